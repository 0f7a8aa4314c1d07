/**
 * Provenance on screen: an evidence span inside its sentence, the span itself in <mark>, with the document it is
 * from and a link to the span in the whole document; its character offsets only in a disclosure, on request. Held texts are fetched once per document and kept.
 */
import { h } from '../dom.js';
import { graphql, hasSelection } from '../api/graphqlClient.js';
import { DOCUMENT_TEXTS } from '../api/queries.js';
import type { EvidenceSpanFragment as EvidenceSpan } from '../generated/graphql.js';
import { href } from '../router.js';
import { spanInSentence, spanWithQuoteContext } from '../format/sourceContext.js';

const texts = new Map<string, Promise<string | null>>();

/** The held texts of the given documents (null for a cited document without text), by id. */
export async function documentTexts(ids: string[]): Promise<Map<string, string | null>> {
  const missing = [...new Set(ids)].filter((id) => !texts.has(id));
  if (missing.length > 0) {
    const request = graphql(DOCUMENT_TEXTS, { ids: missing });
    missing.forEach((id, index) => {
      texts.set(
        id,
        request.then((data) => {
          const node = data.nodes[index];
          return hasSelection(node, 'text') ? node.text : null;
        }),
      );
    });
    // a failed request must not stay cached
    request.catch(() => missing.forEach((id) => texts.delete(id)));
  }
  const result = new Map<string, string | null>();
  for (const id of new Set(ids)) result.set(id, await texts.get(id)!);
  return result;
}

export interface EvidenceOptions {
  /** a line above the quote: who said it, where */
  caption?: HTMLElement | string | null;
}

/** A <figure> with the sentence around the span and the span highlighted. */
export function evidenceInContext(
  span: EvidenceSpan,
  documentText: string | null | undefined,
  options: EvidenceOptions = {},
): HTMLElement {
  const context = documentText
    ? spanInSentence(documentText, span.start, span.end)
    : spanWithQuoteContext(span.prefix, span.exact, span.suffix);
  // the document's own characters are the truth; the text sent with the span must agree with them
  const exact = context.exact === span.exact ? context.exact : span.exact;
  return h(
    'figure',
    { class: 'evidence', dataset: { start: String(span.start), end: String(span.end) } },
    options.caption ? h('figcaption', { class: 'evidence-caption' }, options.caption) : null,
    h(
      'blockquote',
      { class: 'source-sentence', cite: href(['document', span.document.id]) },
      context.before,
      h('mark', {}, exact),
      context.after,
    ),
    h(
      'p',
      { class: 'evidence-source' },
      'Source: ',
      h('a', { href: href(['document', span.document.id], { start: span.start, end: span.end }) }, span.document.title),
    ),
    // the quoted text is what a reader checks; the offsets are there for whoever asks for them
    h(
      'details',
      { class: 'span-offsets' },
      h('summary', {}, 'Position in the document'),
      h('p', {}, `Characters ${span.start} to ${span.end}, counted in Unicode code points of the held text.`),
    ),
  );
}
