/**
 * An event: what, when (as precisely as known), on which outlet, who took part, the documents that report it (with
 * their original addresses and dates), what was said there, and the evidence.
 */
import { h, replaceChildren } from '../dom.js';
import { graphql, hasSelection } from '../api/graphqlClient.js';
import { EVENT_DETAIL } from '../api/queries.js';
import { entityLink, entityList } from '../components/badges.js';
import { documentTexts, evidenceInContext } from '../components/evidenceInContext.js';
import { empty, errorBox, loading } from '../components/feedback.js';
import { isMissingRecord, notFoundMessage, notFoundTitle } from '../components/notFound.js';
import { datedFactElement } from '../components/provenance.js';
import { originalUrlLink } from '../components/originalUrl.js';
import { partialDateElement } from '../format/partialDate.js';
import { enumWords } from '../format/labels.js';
import { href } from '../router.js';
import type { EventDetailQuery } from '../generated/graphql.js';
import type { View } from './view.js';

type EventEvidence = Extract<NonNullable<EventDetailQuery['node']>, { kind: unknown }>['evidence'];

export const eventView: View = ({ main, route, setTitle }) => {
  const id = route.segments[1] ?? '';
  setTitle('Event');
  const body = h('div', { class: 'event-detail' }, loading('the event'));
  main.append(body);
  let disposed = false;
  const showNotFound = () => {
    setTitle(notFoundTitle('event'));
    replaceChildren(body, notFoundMessage('event'));
  };
  const load = async () => {
    try {
      const data = await graphql(EVENT_DETAIL, { id });
      if (disposed) return;
      const event = data.node;
      if (!hasSelection(event, 'kind')) {
        showNotFound();
        return;
      }
      const texts = await documentTexts(event.evidence.map((span) => span.document.id));
      if (disposed) return;
      setTitle(event.title);
      replaceChildren(
        body,
        h(
          'dl',
          { class: 'facts' },
          h('dt', {}, 'Kind'),
          h('dd', {}, enumWords(event.kind)),
          h('dt', {}, 'When'),
          h('dd', {}, datedFactElement(event.dateFact)),
          h('dt', {}, 'On'),
          h('dd', {}, event.outlet ? entityLink(event.outlet) : 'no outlet'),
          h('dt', {}, 'Taking part'),
          h('dd', {}, event.participants.length > 0 ? entityList(event.participants) : 'not recorded'),
          h('dt', {}, 'Reported in'),
          h('dd', {}, reportingDocuments(event.evidence)),
        ),
        h('h2', {}, 'Said on this occasion'),
        event.statements.nodes.length === 0
          ? empty('No statement recorded.')
          : h(
              'ul',
              {},
              event.statements.nodes.map((statement) =>
                h(
                  'li',
                  {},
                  entityLink(statement.speaker),
                  statement.voice.kind === 'DOCUMENT' ? ' (narrating): ' : ': ',
                  h(
                    'a',
                    { href: href(['statement', statement.id]) },
                    statement.isDirectQuote ? `“${statement.quote}”` : statement.quote,
                  ),
                ),
              ),
            ),
        h('h2', {}, 'In the source'),
        event.evidence.map((span) => evidenceInContext(span, texts.get(span.document.id))),
      );
    } catch (error) {
      if (disposed) return;
      if (isMissingRecord(error)) showNotFound();
      else
        replaceChildren(
          body,
          errorBox(error, () => void load()),
        );
    }
  };
  void load();
  return () => {
    disposed = true;
  };
};

/** The documents whose spans report the event, once each: title, original address and publication date. */
function reportingDocuments(evidence: EventEvidence): HTMLElement | string {
  const documents = [...new Map(evidence.map((span) => [span.document.id, span.document])).values()];
  if (documents.length === 0) return 'no document recorded';
  return h(
    'ul',
    { class: 'reporting-documents' },
    documents.map((document) =>
      h(
        'li',
        {},
        h('a', { href: href(['document', document.id]) }, document.title),
        ' · ',
        document.published ? partialDateElement(document.published) : h('span', { class: 'muted' }, 'undated'),
        ' · ',
        originalUrlLink(document.url, h('span', { class: 'muted' }, 'no original address recorded')),
      ),
    ),
  );
}
