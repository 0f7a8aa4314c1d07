/**
 * The record of an imported fact-check: the held document it is kept as, one feed field per line with each value
 * as the feed gave it, so that every span (the publisher's name, each claimant's) points at the publisher's own
 * words; and the store's write of it (FactCheckWrite), with its slugs. Pure.
 */
import { createHash } from 'node:crypto';
import type { ImportedFactCheck, VerifiedClaimRow } from '../factchecks/index.js';
import { slugify } from '../intake/slugs.js';
import type { FactCheckWrite, RecordSpan } from '../store/factCheckImport.js';
import type { UnknownFactRow } from '../store/rows.js';

/** Longest headline or claim a record's title quotes before it is shortened with an ellipsis. */
const TITLE_QUOTE_LENGTH = 80;

/** A record's text built a line at a time, remembering where (in code points) chosen values sit. */
class RecordLines {
  private readonly lines: string[] = [];
  private length = 0;

  /** Adds `label: value` (or `before value after`), returning the value's span. */
  add(before: string, value: string, after = ''): RecordSpan {
    const start = this.length + Array.from(before).length;
    const end = start + Array.from(value).length;
    const line = `${before}${value}${after}`;
    this.lines.push(line);
    this.length += Array.from(line).length + 1;
    return { start, end };
  }

  text(): string {
    return this.lines.join('\n');
  }
}

function shortened(text: string): string {
  if (text.length <= TITLE_QUOTE_LENGTH) return text; // UTF-16 units: never fewer than code points
  const codePoints = Array.from(text);
  return codePoints.length <= TITLE_QUOTE_LENGTH ? text : `${codePoints.slice(0, TITLE_QUOTE_LENGTH - 1).join('')}…`;
}

function recordTitle(publisher: string, headline: string | null, claim: string): string {
  return `Fact-check by ${publisher}: ${shortened(headline ?? claim)}`;
}

/** The Document facts a record leaves unknown, and why. */
function unknownFacts(
  publisher: string,
  given: { url: string | null; published: string | null; headline: string | null },
  urlReason: string,
): UnknownFactRow[] {
  const unknown: UnknownFactRow[] = [];
  if (given.url === null) unknown.push({ field: 'url', reason: urlReason });
  if (given.published === null) unknown.push({ field: 'published', reason: 'the fact-check gives no review date' });
  if (given.headline === null) unknown.push({ field: 'headline', reason: 'the fact-check gives no headline' });
  unknown.push({
    field: 'outlet',
    reason: `the fact-check's publisher, ${publisher}, is recorded as an organization (its publisher), not an outlet`,
  });
  return unknown;
}

/** "factcheck-" and the first 12 hex digits of the review url's SHA-256: the same slug whenever it is imported. */
export function feedItemSlug(reviewUrl: string): string {
  return `factcheck-${createHash('sha256').update(reviewUrl, 'utf8').digest('hex').slice(0, 12)}`;
}

/** The slug a new entity named `name` would start from; `fallback` when the name has no letter or digit. */
function entitySlugBase(name: string, fallback: string): string {
  return slugify(name) || fallback;
}

const ENTITY_TYPES = { Person: 'PERSON', Organization: 'ORGANIZATION' } as const;

/** A ClaimReview feed item as the store writes it. */
export function feedItemWrite(item: ImportedFactCheck): FactCheckWrite {
  const { review } = item;
  const lines = new RecordLines();
  lines.add('Fact-check: ', review.url);
  const publisherSpan = lines.add('Publisher: ', review.publisher.name);
  lines.add('Claim reviewed: ', item.claimText);
  const claimantSpans = item.claimants.map((claimant) => lines.add('Claimant: ', claimant.name));
  if (item.claimDate !== null) lines.add('Claim date: ', item.claimDate);
  for (const url of item.appearanceUrls) lines.add('Appeared at: ', url);
  if (review.textualRating !== null) lines.add('Rating: ', review.textualRating);
  if (review.title !== null) lines.add('Headline: ', review.title);
  if (review.reviewDate !== null) lines.add('Reviewed on: ', review.reviewDate);
  if (review.languageCode !== null) lines.add('Language: ', review.languageCode);
  const slug = feedItemSlug(review.url);
  const given = { url: review.url, published: review.reviewDate, headline: review.title };
  return {
    position: item.position,
    factCheckSlug: slug,
    claimSlug: `${slug}-claim`,
    recordSlug: `${slug}-record`,
    url: review.url,
    headline: review.title,
    textualRating: review.textualRating,
    ratingValue: review.ratingValue,
    reviewedOn: review.reviewDate,
    claimDate: item.claimDate,
    languageCode: review.languageCode,
    claimText: item.claimText,
    claimantNames: item.claimants.map((claimant) => claimant.name),
    appearanceUrls: item.appearanceUrls,
    publisher: {
      name: review.publisher.name,
      url: review.publisher.url,
      slugBase: entitySlugBase(review.publisher.name, 'fact-checker'),
      span: publisherSpan,
    },
    claimants: item.claimants.map((claimant, index) => ({
      name: claimant.name,
      slugBase: entitySlugBase(claimant.name, claimant.type === 'Person' ? 'person' : 'organization'),
      type: claimant.type === null ? null : ENTITY_TYPES[claimant.type],
      span: claimantSpans[index],
    })),
    record: {
      title: recordTitle(review.publisher.name, review.title, item.claimText),
      text: lines.text(),
      unknown: unknownFacts(review.publisher.name, given, 'the feed gives none'),
    },
  };
}

/** A verified-claims row as the store writes it: its claim's slug is `slugPrefix` + its id. */
export function verifiedClaimWrite(row: VerifiedClaimRow, publisher: string, claimSlug: string): FactCheckWrite {
  const lines = new RecordLines();
  const publisherSpan = lines.add(`Verified claim ${row.id} checked by `, publisher);
  lines.add('Claim: ', row.claim);
  if (row.title !== null) lines.add('Fact-check headline: ', row.title);
  const given = { url: null, published: null, headline: row.title };
  return {
    position: `line ${row.line}`,
    factCheckSlug: `${claimSlug}-factcheck`,
    claimSlug,
    recordSlug: `${claimSlug}-record`,
    url: null,
    headline: row.title,
    textualRating: null,
    ratingValue: null,
    reviewedOn: null,
    claimDate: null,
    languageCode: null,
    claimText: row.claim,
    claimantNames: [],
    appearanceUrls: [],
    publisher: { name: publisher, url: null, slugBase: entitySlugBase(publisher, 'fact-checker'), span: publisherSpan },
    claimants: [],
    record: {
      title: recordTitle(publisher, row.title, row.claim),
      text: lines.text(),
      unknown: unknownFacts(publisher, given, 'a verified-claims file gives no address for its fact-checks'),
    },
  };
}
