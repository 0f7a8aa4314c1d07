/**
 * One schema.org ClaimReview node read into an ImportedFactCheck's fields. Required: claimReviewed, an http(s)
 * url, an author naming the fact-checker, and a rating that is on its own scale if it is numeric (Google's
 * fact-check markup requires the same). The rest (the claim's author, date and appearances; the review's
 * headline, date and textual verdict) is kept when present and usable, and is otherwise left empty rather than
 * costing the item: a fact-check is worth importing for its claim and verdict alone.
 */
import type { FactCheckFields, ImportedClaimant, ImportedReview } from './importedFactCheck.js';
import { firstClaimant } from './importedFactCheck.js';
import { ItemProblem } from './feedProblem.js';
import { claimTextOf, cleanedText, describeValue, optionalText } from './feedText.js';
import { httpUrlOrNull, requiredHttpUrl } from './httpUrl.js';
import {
  hasType,
  isNode,
  isReference,
  plainValue,
  property,
  typesOf,
  valuesOf,
  type JsonLdNode,
  type ResolveReference,
} from './jsonLdNodes.js';
import { partialDateOf } from './partialDateOf.js';
import { normaliseRating } from './ratingScale.js';

/** schema.org's Organization and the subtypes a claimant is likely to have */
const ORGANIZATION_TYPES = new Set([
  'Organization',
  'GovernmentOrganization',
  'NewsMediaOrganization',
  'PoliticalParty',
  'Corporation',
  'NGO',
]);

export function readClaimReview(node: JsonLdNode, resolve: ResolveReference): FactCheckFields {
  const claimText = claimTextOf(
    plainValue(property(node, 'claimReviewed')),
    'claimReviewed',
    'ClaimReview has no claimReviewed',
  );
  const review = reviewOf(node, resolve);
  const claim = resolve(plainValue(property(node, 'itemReviewed')));
  const claimants = isNode(claim) ? claimantsOf(claim, resolve) : [];
  return {
    claimText,
    claimant: firstClaimant(claimants),
    claimants,
    claimDate: isNode(claim) ? partialDateOf(plainValue(property(claim, 'datePublished'))) : null,
    appearanceUrls: isNode(claim) ? appearanceUrlsOf(claim, resolve) : [],
    review,
  };
}

function reviewOf(node: JsonLdNode, resolve: ResolveReference): ImportedReview {
  const url = requiredHttpUrl(plainValue(property(node, 'url')), 'ClaimReview has no url');
  const publisher = publisherOf(node, resolve);
  const rating = resolve(plainValue(property(node, 'reviewRating')));
  let ratingValue: number | null = null;
  let textualRating: string | null = null;
  if (isNode(rating)) {
    textualRating = optionalText(plainValue(property(rating, 'alternateName')), 'reviewRating.alternateName');
    const normalised = normaliseRating(
      {
        ratingValue: plainValue(property(rating, 'ratingValue')),
        bestRating: plainValue(property(rating, 'bestRating')),
        worstRating: plainValue(property(rating, 'worstRating')),
      },
      'reviewRating',
    );
    if (!normalised.ok) throw new ItemProblem(normalised.message);
    ratingValue = normalised.value;
  }
  return {
    url,
    title:
      optionalText(plainValue(property(node, 'name')), 'name') ??
      optionalText(plainValue(property(node, 'headline')), 'headline'),
    publisher,
    reviewDate: partialDateOf(plainValue(property(node, 'datePublished'))),
    textualRating,
    ratingValue,
    languageCode: optionalText(plainValue(property(node, 'inLanguage')), 'inLanguage'),
  };
}

/**
 * The fact-checker: the ClaimReview's author (what Google's markup requires), else its publisher (what some CMSs
 * fill in instead); the first of them that has a name.
 */
function publisherOf(node: JsonLdNode, resolve: ResolveReference): ImportedReview['publisher'] {
  let dangling: string | undefined;
  for (const field of ['author', 'publisher']) {
    for (const value of valuesOf(property(node, field)).map(resolve)) {
      if (typeof value === 'string') {
        const name = cleanedText(value, field);
        if (name !== '') return { name, url: null };
      } else if (isReference(value)) {
        dangling ??= `${field} refers to @id ${describeValue(value['@id'])}, which is no node of this @graph`;
      } else if (isNode(value)) {
        const name = optionalText(plainValue(property(value, 'name')), `${field}.name`);
        if (name !== null) return { name, url: httpUrlOrNull(plainValue(property(value, 'url'))) };
      }
    }
  }
  throw new ItemProblem(dangling ?? 'ClaimReview has no author naming the fact-checker');
}

/** itemReviewed.author: a name, a Person or Organization, or several of them; those without a name are left out. */
function claimantsOf(claim: JsonLdNode, resolve: ResolveReference): ImportedClaimant[] {
  const claimants: ImportedClaimant[] = [];
  for (const value of valuesOf(property(claim, 'author')).map(resolve)) {
    if (typeof value === 'string') {
      const name = cleanedText(value, 'itemReviewed.author');
      if (name !== '') claimants.push({ name, type: null });
    } else if (isNode(value)) {
      const name = optionalText(plainValue(property(value, 'name')), 'itemReviewed.author.name');
      if (name !== null) claimants.push({ name, type: claimantTypeOf(value) });
    }
  }
  return claimants;
}

function claimantTypeOf(node: JsonLdNode): ImportedClaimant['type'] {
  if (hasType(node, 'Person')) return 'Person';
  return typesOf(node).some((type) => ORGANIZATION_TYPES.has(type)) ? 'Organization' : null;
}

/** itemReviewed.appearance[].url, itemReviewed.firstAppearance.url and itemReviewed.sameAs, each address once. */
function appearanceUrlsOf(claim: JsonLdNode, resolve: ResolveReference): string[] {
  const candidates = [
    ...valuesOf(property(claim, 'appearance')),
    ...valuesOf(property(claim, 'firstAppearance')),
    ...valuesOf(property(claim, 'sameAs')),
  ].map(resolve);
  const urls = new Set<string>();
  for (const candidate of candidates) {
    const url = httpUrlOrNull(isNode(candidate) ? plainValue(property(candidate, 'url')) : candidate);
    if (url !== null) urls.add(url);
  }
  return [...urls];
}
