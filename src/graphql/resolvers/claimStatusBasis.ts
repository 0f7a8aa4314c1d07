/**
 * How a claim's status is known, derived from what decides it (src/domain/claimStatus.ts): a review cites sources
 * outside the held documents, so REVIEWED is EXTERNAL, citing the current review's sources. DISPUTED is EXTERNAL
 * too when reviewers disagree (every current review's sources, and their ratings as the reason); a claim recorded as
 * DISPUTED without disagreeing reviews is disputed by statements, which state the dispute: STATED by their spans.
 * UNDER_REVIEW and UNREVIEWED rest on the absence of a published review: INFERRED, from the spans where the claim
 * appears (what a reviewer would start from).
 */
import { verdictOf } from '../../domain/claimStatus.js';
import type { CitedSourceRow, ClaimRow, EvidenceRow } from '../../store/rows.js';
import type { GraphQLContext } from '../context.js';
import type { BasisModel } from '../models.js';

function derived(kind: BasisModel['kind'], fields: Partial<BasisModel>): BasisModel {
  return { kind, reason: null, sources: [], documentIds: [], spans: [], evidenceOwners: [], statedBy: [], ...fields };
}

/** Sources cited by several reviews, each once, in the order first cited. */
function distinctSources(lists: readonly CitedSourceRow[][]): CitedSourceRow[] {
  const seen = new Set<string>();
  return lists.flat().filter((source) => !seen.has(source.url) && seen.add(source.url));
}

async function appearanceSpans(context: GraphQLContext, claim: ClaimRow): Promise<EvidenceRow[]> {
  return (await context.loaders.appearances.load(claim.id)).map((appearance) => appearance.evidence);
}

export async function claimStatusBasis(context: GraphQLContext, claim: ClaimRow): Promise<BasisModel> {
  switch (claim.status) {
    case 'REVIEWED': {
      const current = (await context.loaders.reviewsByClaim.load(claim.id)).at(-1);
      return derived('EXTERNAL', { sources: current?.sources ?? [] });
    }
    case 'DISPUTED': {
      const reviews = await context.loaders.reviewsByClaim.load(claim.id);
      if (new Set(reviews.map((review) => verdictOf(review.ratingValue))).size > 1) {
        const ratings = reviews.map((review) => `${review.ratingLabel} (${review.reviewer})`).join(', ');
        return derived('EXTERNAL', {
          reason: `the reviews disagree: ${ratings}`,
          sources: distinctSources(reviews.map((review) => review.sources)),
        });
      }
      const disputing = await context.loaders.disputingStatements.load(claim.id);
      if (disputing.length > 0) {
        return derived('STATED', {
          reason: 'statements dispute the claim',
          evidenceOwners: disputing.map((statement) => ({ kind: 'statement' as const, id: statement.id })),
        });
      }
      return derived('INFERRED', {
        reason: 'recorded as disputed, without a disputing review or statement',
        spans: await appearanceSpans(context, claim),
      });
    }
    case 'UNDER_REVIEW':
      return derived('INFERRED', {
        reason: 'a review has been started; no published review is recorded',
        spans: await appearanceSpans(context, claim),
      });
    case 'UNREVIEWED':
      return derived('INFERRED', {
        reason: 'no published review is recorded',
        spans: await appearanceSpans(context, claim),
      });
  }
}
