/**
 * Paths between two chosen entities: the form that picks them, and each path's hops with the evidence for each (a
 * relationship's grouped under its states).
 */
import { h, uniqueId } from '../../dom.js';
import type { EntityRefFragment as EntityRef, PathsQuery } from '../../generated/graphql.js';
import { empty } from '../../components/feedback.js';
import { ENTITY_TYPE_LABELS, enumWords } from '../../format/labels.js';
import { href, type Route } from '../../router.js';
import { evidenceQuote, stateEvidenceList } from './stateEvidence.js';

type PathResult = PathsQuery['paths'][number];

export function pathFormFields(entities: EntityRef[], route: Route): HTMLElement[] {
  const sorted = [...entities].sort((a, b) => a.name.localeCompare(b.name));
  const picker = (name: 'from' | 'to', label: string) => {
    const id = uniqueId(`path-${name}`);
    return h(
      'div',
      { class: 'field' },
      h('label', { for: id }, label),
      h(
        'select',
        { id, name, required: true, 'aria-required': 'true' },
        h('option', { value: '' }, 'Choose…'),
        sorted.map((entity) =>
          h(
            'option',
            { value: entity.id, selected: route.params.get(name) === entity.id },
            entity.entityType === 'PERSON'
              ? entity.name
              : `${entity.name} (${ENTITY_TYPE_LABELS[entity.entityType].toLowerCase()})`,
          ),
        ),
      ),
    );
  };
  return [
    picker('from', 'From'),
    picker('to', 'To'),
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'button primary' }, 'Find paths')),
  ];
}

export function pathsList(paths: PathResult[]): HTMLElement {
  if (paths.length === 0) return empty('No connection within 4 hops.');
  return h(
    'ol',
    { class: 'path-list' },
    paths.map((path, index) =>
      h(
        'li',
        { class: 'path', dataset: { path: String(index + 1) } },
        h(
          'h3',
          { class: 'path-title' },
          `Path ${index + 1} · ${path.length} hop${path.length === 1 ? '' : 's'}: `,
          path.entities.map((entity) => entity.name).join(' → '),
        ),
        h(
          'ol',
          { class: 'hops' },
          path.hops.map((hop) =>
            h(
              'li',
              { class: 'hop' },
              h(
                'p',
                { class: 'hop-description' },
                h('span', { class: `badge hop-${hop.kind.toLowerCase()}` }, enumWords(hop.kind)),
                ' ',
                hop.statement
                  ? h('a', { href: href(['statement', hop.statement.id]) }, hop.description)
                  : hop.event
                    ? h('a', { href: href(['event', hop.event.id]) }, hop.description)
                    : hop.description,
              ),
              // a relationship's evidence under each of its states, as the sources date them, not merged
              hop.relationship && hop.relationship.states.length > 0
                ? stateEvidenceList(hop.relationship.states)
                : hop.evidence.length > 0
                  ? h('ul', { class: 'hop-evidence', 'aria-label': 'Evidence' }, hop.evidence.map(evidenceQuote))
                  : h('p', { class: 'muted' }, 'No evidence span recorded for this hop.'),
            ),
          ),
        ),
      ),
    ),
  );
}
