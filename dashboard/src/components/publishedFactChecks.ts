/**
 * Fact-checks other organizations published about a claim (the API's `Claim.factChecks`): who published it, their
 * verdict in their own words, a link to read it, and when. Not the newsroom's own reviews, which the claim page
 * lists under its review history.
 */
import { h } from '../dom.js';
import type { PublishedFactCheckSummaryFragment as PublishedFactCheck } from '../generated/graphql.js';
import { VERDICT_LABELS } from '../format/labels.js';
import { partialDateElement } from '../format/partialDate.js';
import { isWebAddress } from '../format/webAddress.js';

/** 2 -> "2", 2.5 -> "2.5": a feed's rating normalised to 1-5 need not be whole. */
function formatRating(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

function factCheckItem(factCheck: PublishedFactCheck): HTMLElement {
  const rating = factCheck.textualRating ?? (factCheck.verdict ? VERDICT_LABELS[factCheck.verdict] : 'no rating given');
  const title = factCheck.headline ?? `${factCheck.publisher.name}’s fact-check`;
  return h(
    'li',
    { class: 'published-fact-check' },
    h('span', { class: 'fact-check-publisher' }, factCheck.publisher.name),
    ': ',
    h('strong', { class: 'fact-check-rating' }, rating),
    factCheck.ratingValue !== null && factCheck.ratingValue !== undefined
      ? h('span', { class: 'muted' }, ` (${formatRating(factCheck.ratingValue)}/5)`)
      : null,
    ' · ',
    factCheck.url && isWebAddress(factCheck.url)
      ? h('a', { href: factCheck.url, rel: 'noopener noreferrer', class: 'fact-check-link' }, title)
      : h('span', {}, title, h('span', { class: 'muted' }, ' (no address given)')),
    factCheck.reviewedOn ? [' · ', partialDateElement(factCheck.reviewedOn)] : null,
  );
}

/** The fact-checks as a list, newest first as the API gives them. */
export function factCheckList(factChecks: readonly PublishedFactCheck[]): HTMLElement {
  return h('ul', { class: 'fact-check-list' }, factChecks.map(factCheckItem));
}
