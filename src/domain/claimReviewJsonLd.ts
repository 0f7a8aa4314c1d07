/**
 * schema.org ClaimReview as JSON-LD, the markup search engines read for fact-checks. Google's fact-check markup
 * requires claimReviewed, reviewRating (with alternateName, and ratingValue/bestRating/worstRating for a numeric
 * scale), url and author; itemReviewed (a Claim with its author and where it appeared) and datePublished are
 * recommended. Pure: the caller supplies the facts and the public URLs.
 */
import { BEST_RATING, WORST_RATING } from './claimStatus.js';

/** Someone who makes a claim. */
export interface ClaimAuthor {
  name: string;
  isPerson: boolean;
}

export interface ClaimReviewFacts {
  claimText: string;
  /**
   * The claimants shown making the claim, in order. Claimants only reported to make it by someone else are left
   * out: the reporter alleges it, and naming them as authors would state as fact what is only alleged.
   */
  claimants: ClaimAuthor[];
  /** when the claim was first made, if known (a partial date; not a date it is only known to have been made by) */
  claimDate: string | null;
  /** the documents it appears in: `title` as the graph shows it, `headline` only when the source gives it */
  appearances: { title: string; headline: string | null; url: string | null; publisher: string | null }[];
  review: {
    ratingValue: number;
    ratingLabel: string;
    explanation: string;
    reviewer: string;
    reviewedAt: string;
  };
  /** the public address of this review (the plain HTTP URL per claim) */
  url: string;
  /** the publishing fact-check organisation */
  publisher: string;
}

function author(claimant: ClaimAuthor): Record<string, unknown> {
  return { '@type': claimant.isPerson ? 'Person' : 'Organization', name: claimant.name };
}

/** One author as an object, several as an array, none (every claimant only reported) left out. */
function claimAuthors(claimants: readonly ClaimAuthor[]): Record<string, unknown> {
  if (claimants.length === 0) return {};
  return { author: claimants.length === 1 ? author(claimants[0]) : claimants.map(author) };
}

/**
 * A document as a CreativeWork: its name always, its headline only when the source gives it (an editor's title is
 * not a headline), its URL when known.
 */
function creativeWork(appearance: ClaimReviewFacts['appearances'][number]): Record<string, unknown> {
  return {
    '@type': 'CreativeWork',
    name: appearance.title,
    ...(appearance.headline ? { headline: appearance.headline } : {}),
    ...(appearance.url ? { url: appearance.url } : {}),
  };
}

export function claimReviewJsonLd(facts: ClaimReviewFacts): Record<string, unknown> {
  const { review } = facts;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: facts.url,
    claimReviewed: facts.claimText,
    datePublished: review.reviewedAt.slice(0, 10),
    reviewBody: review.explanation,
    author: { '@type': 'Organization', name: facts.publisher, member: { '@type': 'Person', name: review.reviewer } },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: review.ratingValue,
      bestRating: BEST_RATING,
      worstRating: WORST_RATING,
      alternateName: review.ratingLabel,
    },
    itemReviewed: {
      '@type': 'Claim',
      ...claimAuthors(facts.claimants),
      ...(facts.claimDate ? { datePublished: facts.claimDate } : {}),
      appearance: facts.appearances.map((appearance) => ({
        ...creativeWork(appearance),
        ...(appearance.publisher ? { publisher: { '@type': 'Organization', name: appearance.publisher } } : {}),
      })),
      ...(facts.appearances[0] ? { firstAppearance: creativeWork(facts.appearances[0]) } : {}),
    },
  };
}
