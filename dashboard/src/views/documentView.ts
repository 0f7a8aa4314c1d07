/**
 * A held document in full, with one span highlighted when the address names it (`?start=&end=`, code points):
 * the "one click to the exact sentence in the source" of every evidence link. Above it, what is known about the
 * document (its headline, outlet and how the outlet is known, date, address) and, for each fact its source does not
 * give, that it is unknown and why.
 */
import { h, replaceChildren } from '../dom.js';
import { graphql, hasSelection } from '../api/graphqlClient.js';
import { DOCUMENT_DETAIL } from '../api/queries.js';
import { entityLink } from '../components/badges.js';
import { errorBox, loading } from '../components/feedback.js';
import { isMissingRecord, notFoundMessage, notFoundTitle } from '../components/notFound.js';
import { partialDateElement } from '../format/partialDate.js';
import { basisBadge } from '../components/provenance.js';
import { originalUrlLink } from '../components/originalUrl.js';
import type { View } from './view.js';

export const documentView: View = ({ main, route, setTitle }) => {
  const id = route.segments[1] ?? '';
  const start = Number(route.params.get('start'));
  const end = Number(route.params.get('end'));
  const span =
    Number.isInteger(start) && Number.isInteger(end) && route.params.has('start') && end > start
      ? { start, end }
      : null;
  setTitle('Document');
  const body = h('div', { class: 'document-detail' }, loading('the document'));
  main.append(body);
  let disposed = false;
  const showNotFound = () => {
    setTitle(notFoundTitle('document'));
    replaceChildren(body, notFoundMessage('document'));
  };
  const load = async () => {
    try {
      const data = await graphql(DOCUMENT_DETAIL, { id });
      if (disposed) return;
      const document = data.node;
      if (!hasSelection(document, 'title')) {
        showNotFound();
        return;
      }
      setTitle(document.title);
      const points = document.text ? Array.from(document.text) : [];
      const unknown = new Map(document.unknownFacts.map((fact) => [fact.field, fact.reason]));
      /** "unknown: <why>" for a fact the source does not give, or `otherwise` */
      const orUnknown = (field: string, otherwise: string) =>
        unknown.has(field) ? h('span', { class: 'muted unknown-fact' }, `unknown: ${unknown.get(field)}`) : otherwise;
      const mark =
        span && document.text
          ? h('mark', { id: 'highlighted-span', tabindex: '-1' }, points.slice(span.start, span.end).join(''))
          : null;
      replaceChildren(
        body,
        h(
          'dl',
          { class: 'facts' },
          h('dt', {}, 'Headline'),
          h('dd', {}, document.headline ?? orUnknown('headline', 'not recorded (the title above is an editor’s)')),
          h('dt', {}, 'Published by'),
          h(
            'dd',
            {},
            document.outlet
              ? [entityLink(document.outlet), document.outletBasis ? [' ', basisBadge(document.outletBasis)] : null]
              : orUnknown('outlet', 'not recorded'),
          ),
          h('dt', {}, 'Published'),
          h('dd', {}, document.published ? partialDateElement(document.published) : orUnknown('published', 'undated')),
          h('dt', {}, 'Original address'),
          h('dd', {}, originalUrlLink(document.url, orUnknown('url', 'not recorded'))),
          document.sha256
            ? [h('dt', {}, 'SHA-256 of the held text'), h('dd', { class: 'hash' }, document.sha256)]
            : null,
        ),
        document.text
          ? h(
              'div',
              { class: 'document-text', lang: 'en' },
              mark ? [points.slice(0, span!.start).join(''), mark, points.slice(span!.end).join('')] : document.text,
            )
          : h('p', { class: 'muted' }, 'claimgraph cites this document but does not hold its text.'),
      );
      if (mark) {
        mark.scrollIntoView({ block: 'center' });
        mark.focus({ preventScroll: true });
      }
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
