/**
 * What one edge of the graph stands for: every relationship between the two entities, which way each runs, its
 * status now, and its states with the evidence for each.
 */
import { h } from '../../dom.js';
import { enumWords } from '../../format/labels.js';
import { entityLink } from '../../components/badges.js';
import { pairNames, type RelationshipPair } from './relationshipPairs.js';
import { stateEvidenceList } from './stateEvidence.js';

export const PAIR_HEADING_ID = 'connection-heading';

export function pairDetails(pair: RelationshipPair, close: () => void): HTMLElement[] {
  const count = pair.relationships.length;
  return [
    h('h2', { id: PAIR_HEADING_ID, tabindex: '-1' }, pairNames(pair)),
    h('p', { class: 'muted' }, count === 1 ? '1 relationship' : `${count} relationships`),
    h(
      'ol',
      { class: 'pair-relationships' },
      pair.relationships.map((relationship) =>
        h(
          'li',
          { class: 'pair-relationship', dataset: { type: relationship.type } },
          h(
            'h3',
            {},
            entityLink(relationship.from),
            ` ${enumWords(relationship.type)} `,
            entityLink(relationship.to),
            relationship.assertion === 'IMPLIED' ? h('span', { class: 'muted' }, ' (implied by the source)') : null,
          ),
          h('p', { class: 'pair-status' }, 'Now: ', enumWords(relationship.status)),
          stateEvidenceList(relationship.states),
        ),
      ),
    ),
    h('button', { type: 'button', class: 'button', onClick: close }, 'Close'),
  ];
}
