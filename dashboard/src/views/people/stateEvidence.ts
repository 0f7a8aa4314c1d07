/**
 * A relationship's states, oldest first, each with its own dates, how it is known and the quoted evidence for that
 * state: a friendship that became strained shows what reports the friendship apart from what reports the strain.
 */
import { h } from '../../dom.js';
import { enumWords } from '../../format/labels.js';
import { href } from '../../router.js';
import { basisBadge, datedFactElement } from '../../components/provenance.js';
import type { GraphRelationship } from './relationshipPairs.js';

type RelationshipState = GraphRelationship['states'][number];
/** A quoted span and where it is: what a state's or a path hop's evidence gives. */
export interface QuotedSpan {
  exact: string;
  start: number;
  end: number;
  document: { id: string; title: string };
}

/** "Active · from 2020 (stated) · until …": the state's label and dates, on one line. */
export function stateHeadline(state: RelationshipState): HTMLElement[] {
  return [
    h('strong', { class: 'state-status' }, enumWords(state.status)),
    state.startFact ? h('span', { class: 'state-date' }, ' · from ', datedFactElement(state.startFact)) : null,
    state.endFact ? h('span', { class: 'state-date' }, ' · until ', datedFactElement(state.endFact)) : null,
    !state.startFact && !state.endFact ? h('span', { class: 'muted' }, ' · undated') : null,
  ].filter((element): element is HTMLElement => element !== null);
}

/** One quoted span as a list item, linking to the exact characters in its source. */
export function evidenceQuote(span: QuotedSpan): HTMLElement {
  return h(
    'li',
    {},
    h('q', {}, h('mark', {}, span.exact)),
    ' ',
    h(
      'a',
      {
        href: href(['document', span.document.id], { start: span.start, end: span.end }),
        class: 'source-link',
        title: span.document.title,
        'aria-label': `in the source: ${span.document.title}`,
      },
      'in the source',
    ),
  );
}

/** Each state as a group: its headline and basis, then the evidence quoted for it alone. */
export function stateEvidenceList(states: readonly RelationshipState[]): HTMLElement {
  return h(
    'ol',
    { class: 'state-evidence' },
    states.map((state) =>
      h(
        'li',
        { class: 'state-group', dataset: { status: state.status } },
        h('p', { class: 'state-headline' }, stateHeadline(state)),
        h('p', { class: 'state-basis' }, 'Known: ', basisBadge(state.basis)),
        state.evidence.length > 0
          ? h(
              'ul',
              { class: 'state-quotes', 'aria-label': `Evidence for “${enumWords(state.status)}”` },
              state.evidence.map(evidenceQuote),
            )
          : h('p', { class: 'muted' }, 'No evidence span recorded for this state.'),
      ),
    ),
  );
}

/** The states without their evidence, for the table: dates and how each state is known. */
export function stateList(states: readonly RelationshipState[]): HTMLElement {
  return h(
    'ol',
    { class: 'state-list' },
    states.map((state) => {
      const [status, ...dates] = stateHeadline(state);
      return h('li', { dataset: { status: state.status } }, status, ' ', basisBadge(state.basis), dates);
    }),
  );
}
