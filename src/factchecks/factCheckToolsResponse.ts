/**
 * The claims:search response of Google's Fact Check Tools API: claims, each with the reviews fact-checkers
 * published of it. Each review becomes one item, carrying its claim's text, claimant and date. The API gives a
 * verdict only in words (textualRating), so ratingValue is always null, and no appearances.
 */
import type { FeedCollector } from './feedCollector.js';
import { ItemProblem } from './feedProblem.js';
import { claimTextOf, describeValue, optionalText } from './feedText.js';
import type { FactCheckFields, ImportedReview } from './importedFactCheck.js';
import { firstClaimant } from './importedFactCheck.js';
import { httpUrlOrNull, requiredHttpUrl } from './httpUrl.js';
import { isNode, type JsonLdNode } from './jsonLdNodes.js';
import { partialDateOf } from './partialDateOf.js';

const RESPONSE_FIELDS = new Set(['claims', 'nextPageToken']);

/**
 * An object with `claims`, or with nothing but a nextPageToken: the API answers a search that found nothing with
 * `{}` (protobuf's JSON leaves an empty list out), and that is an empty response, not input of the wrong shape.
 */
export function isFactCheckToolsResponse(value: unknown): value is JsonLdNode {
  if (!isNode(value)) return false;
  const keys = Object.keys(value);
  return keys.includes('claims') || keys.every((key) => RESPONSE_FIELDS.has(key));
}

export function readFactCheckToolsResponse(response: JsonLdNode, collector: FeedCollector): void {
  const claims = response.claims ?? [];
  if (!Array.isArray(claims)) {
    collector.problem('claims', `expected an array of claims, found ${describeValue(claims)}`);
    return;
  }
  for (let index = 0; index < claims.length && !collector.isFull; index += 1) {
    readClaim(claims[index], `claims[${index}]`, collector);
  }
}

/** A claim's reviews, each an item; a problem with the claim itself is reported once, at the claim. */
function readClaim(claim: unknown, position: string, collector: FeedCollector): void {
  if (!isNode(claim)) {
    collector.reject(position, `expected a claim object, found ${describeValue(claim)}`);
    return;
  }
  const reviews = claim.claimReview;
  if (reviews !== undefined && reviews !== null && !Array.isArray(reviews)) {
    collector.reject(position, `claimReview is ${describeValue(reviews)}; expected an array of reviews`);
    return;
  }
  if (!Array.isArray(reviews) || reviews.length === 0) {
    collector.reject(position, 'claim has no claimReview');
    return;
  }
  let claimFields: Omit<FactCheckFields, 'review'>;
  try {
    claimFields = claimFieldsOf(claim);
  } catch (error) {
    if (!(error instanceof ItemProblem)) throw error;
    collector.reject(position, error.message);
    return;
  }
  for (let index = 0; index < reviews.length && !collector.isFull; index += 1) {
    collector.read(`${position}.claimReview[${index}]`, () => ({
      ...claimFields,
      review: reviewOf(reviews[index]),
    }));
  }
}

function claimFieldsOf(claim: JsonLdNode): Omit<FactCheckFields, 'review'> {
  const claimText = claimTextOf(claim.text, 'text', 'claim has no text');
  const claimantName = optionalText(claim.claimant, 'claimant');
  const claimants = claimantName === null ? [] : [{ name: claimantName, type: null }];
  return {
    claimText,
    claimant: firstClaimant(claimants),
    claimants,
    claimDate: partialDateOf(claim.claimDate),
    appearanceUrls: [],
  };
}

function reviewOf(review: unknown): ImportedReview {
  if (!isNode(review)) throw new ItemProblem(`expected a claimReview object, found ${describeValue(review)}`);
  return {
    url: requiredHttpUrl(review.url, 'claimReview has no url'),
    title: optionalText(review.title, 'title'),
    publisher: publisherOf(review.publisher),
    reviewDate: partialDateOf(review.reviewDate),
    textualRating: optionalText(review.textualRating, 'textualRating'),
    ratingValue: null,
    languageCode: optionalText(review.languageCode, 'languageCode'),
  };
}

/**
 * `publisher.name`, else its `site`: the API leaves the name out for some publishers. `site` is a host name
 * ("example.org"), made an address with https, which every fact-checker's site serves today.
 */
function publisherOf(value: unknown): ImportedReview['publisher'] {
  const publisher = isNode(value) ? value : {};
  const site = optionalText(publisher.site, 'publisher.site');
  const name = optionalText(publisher.name, 'publisher.name') ?? site;
  if (name === null) throw new ItemProblem('claimReview has no publisher name or site');
  return { name, url: site === null ? null : siteUrlOf(site) };
}

function siteUrlOf(site: string): string | null {
  return httpUrlOrNull(/^https?:\/\//i.test(site) ? site : `https://${site}`);
}
