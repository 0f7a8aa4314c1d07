/**
 * How each fact is known, on screen: a basis (Stated / Inferred: the reason / External: the sources), a date that
 * may be only "by 2018", whose voice words are in (a speaker's, or the document's own), who makes a claim (reported
 * claimants as "X, according to Y"), and an editor's [completions] marked as added words.
 */
import { h, type Child } from '../dom.js';
import { href } from '../router.js';
import { BASIS_LABELS } from '../format/labels.js';
import { partialDateElement, partialDateText } from '../format/partialDate.js';
import type {
  BasisFactsFragment as BasisFacts,
  DatedFactPartsFragment as DatedFact,
  EntityRefFragment as EntityRef,
  VoiceKind,
} from '../generated/graphql.js';
import { entityLink } from './badges.js';

/** "Stated", "Inferred: <reason>" or "External: <source links>", as one labelled badge. */
export function basisBadge(basis: BasisFacts): HTMLElement {
  const citations: Child[] = [
    ...basis.sources.map((source) => h('a', { href: source.url, rel: 'noopener noreferrer' }, source.title)),
    ...basis.documents.map((document) => h('a', { href: href(['document', document.id]) }, document.title)),
  ].flatMap((link, index) => (index > 0 ? [', ', link] : [link]));
  return h(
    'span',
    { class: `basis basis-${basis.kind.toLowerCase()}`, dataset: { basis: basis.kind } },
    h('span', { class: 'badge basis-kind' }, BASIS_LABELS[basis.kind]),
    basis.reason ? [': ', h('span', { class: 'basis-reason' }, basis.reason)] : null,
    citations.length > 0 ? [basis.reason ? ' — ' : ': ', citations] : null,
  );
}

/** A date as known: "by 2018" when it is only a time by which the fact held, with how it is known. */
export function datedFactElement(fact: DatedFact | null, { withBasis = true } = {}): HTMLElement {
  if (!fact) return partialDateElement(null);
  return h(
    'span',
    { class: fact.knownBy ? 'dated-fact known-by' : 'dated-fact' },
    fact.knownBy
      ? h(
          'span',
          { title: `Known to hold by ${partialDateText(fact.date)}; it may have begun earlier` },
          'by ',
          partialDateElement(fact.date),
        )
      : partialDateElement(fact.date),
    withBasis ? [' ', basisBadge(fact.basis)] : null,
  );
}

/** A span as a short quotation that opens the document at it: where a basis's spans are listed. */
export function spanLink(span: {
  start: number;
  end: number;
  exact: string;
  document: { id: string; title: string };
}): HTMLElement {
  return h(
    'a',
    {
      class: 'span-link',
      href: href(['document', span.document.id], { start: span.start, end: span.end }),
      title: `In ${span.document.title}`,
    },
    `“${span.exact}”`,
  );
}

/** "by 2018" or "2018", as plain text (tables, captions). */
export function datedFactText(fact: Pick<DatedFact, 'date' | 'knownBy'>): string {
  return `${fact.knownBy ? 'by ' : ''}${partialDateText(fact.date)}`;
}

/** Whose voice: "in <speaker>'s words" or "in <outlet>'s own voice" (the document narrating). */
export function voiceCaption(voice: { kind: VoiceKind; entity: EntityRef | null }): HTMLElement {
  if (voice.kind === 'DOCUMENT') {
    return h(
      'span',
      { class: 'voice voice-document', dataset: { voice: 'DOCUMENT' } },
      'In ',
      voice.entity ? [entityLink(voice.entity), '’s own voice'] : 'the document’s own voice',
      h('span', { class: 'muted' }, ' (narration, not anyone’s quoted words)'),
    );
  }
  return h(
    'span',
    { class: 'voice voice-speaker', dataset: { voice: 'SPEAKER' } },
    'In the words of ',
    voice.entity ? entityLink(voice.entity) : 'its speaker',
  );
}

/**
 * A claimant: "X", or "X, according to Y" when Y only reports that X makes the claim. `className` tells a claim's
 * list of claimants (`claimant`) from other places that name one.
 */
export function claimantLine(
  attribution: { claimant: EntityRef; reportedBy: EntityRef | null },
  className = 'claimant',
): HTMLElement {
  return h(
    'span',
    {
      class: attribution.reportedBy ? `${className} reported` : className,
      dataset: { claimant: attribution.claimant.slug },
    },
    entityLink(attribution.claimant),
    attribution.reportedBy ? [', according to ', entityLink(attribution.reportedBy)] : null,
  );
}

/** Every claimant of a claim, separated by semicolons. */
export function claimantList(attributions: { claimant: EntityRef; reportedBy: EntityRef | null }[]): HTMLElement {
  return h(
    'span',
    { class: 'claimant-list' },
    attributions.map((attribution, index) => [index > 0 ? '; ' : '', claimantLine(attribution)]),
  );
}

/**
 * A text with an editor's additions marked: each "[words]" listed in `completions` is shown as added words, with
 * the reason as its title and said in words for screen readers. Brackets not listed (a source's own, in a verbatim
 * quote) are left as they are.
 */
export function textWithCompletions(text: string, completions: { text: string; reason: string }[]): Child[] {
  const reasons = new Map(completions.map((completion) => [completion.text, completion.reason]));
  const parts: Child[] = [];
  let last = 0;
  for (const match of text.matchAll(/\[([^\]]*)\]/g)) {
    const reason = reasons.get(match[1]);
    if (reason === undefined) continue;
    parts.push(text.slice(last, match.index));
    parts.push(
      h(
        'ins',
        { class: 'completion', title: `Added by an editor: ${reason}` },
        match[0],
        h('span', { class: 'visually-hidden' }, ` (added by an editor: ${reason})`),
      ),
    );
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

/** The list of an editor's completions with their reasons, or nothing when there are none. */
export function completionNotes(completions: { text: string; reason: string }[]): HTMLElement | null {
  if (completions.length === 0) return null;
  return h(
    'ul',
    { class: 'completion-notes', 'aria-label': 'Words added by an editor' },
    completions.map((completion) =>
      h(
        'li',
        {},
        h('ins', { class: 'completion' }, `[${completion.text}]`),
        ` added by an editor: ${completion.reason}`,
      ),
    ),
  );
}

/** What a statement's words are: a speaker's quote or paraphrase, or a document's own narration. */
export function wordsKind(statement: { isDirectQuote: boolean; voice: { kind: VoiceKind } }): string {
  if (statement.voice.kind === 'DOCUMENT') return 'narration';
  return statement.isDirectQuote ? 'quote' : 'paraphrase';
}
