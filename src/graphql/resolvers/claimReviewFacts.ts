/**
 * Gathers what a claim's ClaimReview JSON-LD states, through the request's loaders (so a list of claims exporting
 * their reviews stays batched).
 */
import type { ClaimReviewFacts } from '../../domain/claimReviewJsonLd.js';
import type { ClaimRow } from '../../store/rows.js';
import type { GraphQLContext } from '../context.js';
import { loadExisting, loadOne, loadOptional } from './load.js';

export function claimReviewUrl(context: GraphQLContext, claim: ClaimRow): string {
  return `${context.site.publicUrl}/claims/${claim.slug}/claimreview`;
}

export async function claimReviewFacts(context: GraphQLContext, claim: ClaimRow): Promise<ClaimReviewFacts | null> {
  const [reviews, claimantRows, appearances] = await Promise.all([
    context.loaders.reviewsByClaim.load(claim.id),
    context.loaders.claimants.load(claim.id),
    context.loaders.appearances.load(claim.id),
  ]);
  const review = reviews.at(-1);
  if (!review) return null;
  // only claimants shown making the claim are its authors; a reported one is only alleged to make it
  const direct = claimantRows.filter((claimant) => claimant.reportedById === null);
  const claimants = await loadExisting(
    context.loaders.entity,
    direct.map((claimant) => claimant.entityId),
  );
  const statements = await Promise.all(
    appearances.map((appearance) => loadOptional(context.loaders.statement, appearance.statementId)),
  );
  const documents = await Promise.all(
    appearances.map((appearance) => loadOne(context.loaders.document, appearance.evidence.documentId)),
  );
  const publishers = await Promise.all(
    documents.map((document) => loadOptional(context.loaders.entity, document.outletId)),
  );
  const seen = new Set<number>();
  // a date the claim is only known to have been made by is not when it was made
  const dates = statements
    .map((statement) => (statement?.saidOnKnownBy ? null : statement?.saidOn))
    .filter((date): date is string => !!date)
    .sort();
  return {
    claimText: claim.text,
    claimants: claimants.map((claimant) => ({ name: claimant.name, isPerson: claimant.type === 'PERSON' })),
    claimDate: dates[0] ?? null,
    appearances: documents.flatMap((document, index) => {
      if (seen.has(document.id)) return [];
      seen.add(document.id);
      const publisher = publishers[index]?.name ?? null;
      return [{ title: document.title, headline: document.headline, url: document.url, publisher }];
    }),
    review: {
      ratingValue: review.ratingValue,
      ratingLabel: review.ratingLabel,
      explanation: review.explanation,
      reviewer: review.reviewer,
      reviewedAt: review.reviewedAt,
    },
    url: claimReviewUrl(context, claim),
    publisher: context.site.publisher,
  };
}
