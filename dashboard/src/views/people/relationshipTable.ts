/** The graph's relationships as a table, one row per relationship: the twin of the canvas for keyboards and screen readers. */
import { h } from '../../dom.js';
import { enumWords } from '../../format/labels.js';
import { entityLink } from '../../components/badges.js';
import { empty } from '../../components/feedback.js';
import type { GraphRelationship } from './relationshipPairs.js';
import { stateList } from './stateEvidence.js';

export function relationshipTable(relationships: readonly GraphRelationship[]): HTMLElement {
  if (relationships.length === 0) return empty('No relationship matches the filter.');
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['From', 'Relationship', 'To', 'Status', 'Dated states, and how each is known'].map((label) =>
            h('th', { scope: 'col' }, label),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        relationships.map((relationship) =>
          h(
            'tr',
            { dataset: { type: relationship.type, status: relationship.status } },
            h('td', {}, entityLink(relationship.from)),
            h(
              'td',
              {},
              enumWords(relationship.type),
              relationship.assertion === 'IMPLIED' ? h('span', { class: 'muted' }, ' (implied)') : null,
            ),
            h('td', {}, entityLink(relationship.to)),
            h('td', {}, enumWords(relationship.status)),
            h('td', {}, stateList(relationship.states)),
          ),
        ),
      ),
    ),
  );
}
