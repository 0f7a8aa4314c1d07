/**
 * The page for an id that names no record: "No such claim", with a link back to the list it could have come from.
 * A missing record is not a failure to retry (trying again finds nothing again), so it never shows the error box.
 */
import { h } from '../dom.js';
import { href } from '../router.js';

export { isMissingRecord } from '../api/missingRecord.js';

export type RecordKind = 'claim' | 'person' | 'statement' | 'document' | 'event';

/** Each kind's words and the list to go back to. */
const KINDS: Record<RecordKind, { list: string[]; listName: string }> = {
  claim: { list: ['claims'], listName: 'All claims' },
  person: { list: ['people'], listName: 'All people' },
  statement: { list: ['search'], listName: 'Search the statements' },
  document: { list: ['documents'], listName: 'All documents' },
  event: { list: ['events'], listName: 'All events' },
};

/** "No such claim", as the page's title. */
export function notFoundTitle(kind: RecordKind): string {
  return `No such ${kind}`;
}

/** What the page says under its title: the address names no record of this kind, and where to go instead. */
export function notFoundMessage(kind: RecordKind): HTMLElement {
  const { list, listName } = KINDS[kind];
  return h(
    'div',
    { class: 'not-found', dataset: { notFound: kind } },
    h('p', {}, `There is no ${kind} at this address: the link may be mistyped, or the ${kind} was never recorded.`),
    h('p', {}, h('a', { href: href(list) }, `${listName} →`)),
  );
}
