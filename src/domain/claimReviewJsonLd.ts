/**
 * schema.org ClaimReview as JSON-LD, the markup search engines read for fact-checks. Google's fact-check markup
 * requires claimReviewed, reviewRating (with alternateName, and ratingValue/bestRating/worstRating for a numeric
 * scale), url and author; itemReviewed (a Claim with its author and where it appeared) and datePublished are
 * recommended. Pure: the caller supplies the facts and the public URLs.
 */
import { BEST_RATING, WORST_RATING } from './claimStatus.js';

export interface ClaimReviewFacts {
  claimText: string;
  claimant: { name: string; isPerson: boolean };
  /** when the claim was first made, if known (a partial date) */
  claimDate: string | null;
  appearances: { title: string; url: string | null; publisher: string | null }[];
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
      author: { '@type': facts.claimant.isPerson ? 'Person' : 'Organization', name: facts.claimant.name },
      ...(facts.claimDate ? { datePublished: facts.claimDate } : {}),
      appearance: facts.appearances.map((appearance) => ({
        '@type': 'CreativeWork',
        headline: appearance.title,
        ...(appearance.url ? { url: appearance.url } : {}),
        ...(appearance.publisher ? { publisher: { '@type': 'Organization', name: appearance.publisher } } : {}),
      })),
      ...(facts.appearances[0]
        ? {
            firstAppearance: {
              '@type': 'CreativeWork',
              headline: facts.appearances[0].title,
              ...(facts.appearances[0].url ? { url: facts.appearances[0].url } : {}),
            },
          }
        : {}),
    },
  };
}
