/**
 * The graph's filter: a checkbox per relationship type and a choice of status, applied as soon as one changes (no
 * focus moves: the graph and table redraw around the control the user is on), with a live count of what is shown.
 */
import { h, uniqueId } from '../../dom.js';
import { enumWords } from '../../format/labels.js';
import type { RelationshipType } from '../../generated/graphql.js';
import { STATUS_CHOICES, type RelationshipFilter, type StatusChoice } from './relationshipFilter.js';

export interface FilterForm {
  element: HTMLFormElement;
  /** "Showing 7 of 10 relationships", read out politely after each change */
  showCount: (shown: number, total: number) => void;
}

export function relationshipFilterForm(
  types: RelationshipType[],
  onChange: (filter: RelationshipFilter) => void,
): FilterForm {
  const count = h('p', { class: 'filter-count muted', 'aria-live': 'polite' });
  const typeBoxes = types.map((type) => {
    const id = uniqueId('relationship-type');
    const box = h('input', { type: 'checkbox', id, name: 'type', value: type, checked: true });
    return { type, box, item: h('li', {}, box, h('label', { for: id }, enumWords(type))) };
  });
  const statusName = uniqueId('relationship-status');
  const statusRadios = STATUS_CHOICES.map((choice) => {
    const id = uniqueId('relationship-status');
    const radio = h('input', {
      type: 'radio',
      id,
      name: statusName,
      value: choice.value,
      checked: choice.value === 'ALL',
    });
    return { radio, item: h('li', {}, radio, h('label', { for: id }, choice.label)) };
  });
  const element = h(
    'form',
    { class: 'relationship-filter', 'aria-label': 'Filter the relationships' },
    h(
      'fieldset',
      {},
      h('legend', {}, 'Relationship types'),
      h(
        'ul',
        { class: 'filter-choices' },
        typeBoxes.map(({ item }) => item),
      ),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Status now'),
      h(
        'ul',
        { class: 'filter-choices' },
        statusRadios.map(({ item }) => item),
      ),
    ),
    count,
  );
  const current = (): RelationshipFilter => ({
    types: new Set(typeBoxes.filter(({ box }) => box.checked).map(({ type }) => type)),
    status: (statusRadios.find(({ radio }) => radio.checked)?.radio.value ?? 'ALL') as StatusChoice,
  });
  element.addEventListener('change', () => onChange(current()));
  element.addEventListener('submit', (event) => event.preventDefault());
  return {
    element,
    showCount: (shown, total) => {
      count.textContent =
        shown === total ? `Showing all ${total} relationships.` : `Showing ${shown} of ${total} relationships.`;
    },
  };
}
