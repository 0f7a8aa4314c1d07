import type {
  ClaimStatus,
  DisputedClaimResolvers,
  FactCheckSummaryResolvers,
  MentionCountResolvers,
  SpeakerCountResolvers,
} from '../../generated/graphql.js';
import { badUserInput } from '../errors.js';
import { loadOne } from './load.js';

/** The longest ranking the dashboard may ask for. */
export const MAX_SUMMARY_ROWS = 50;
const STATUSES: ClaimStatus[] = ['UNREVIEWED', 'UNDER_REVIEW', 'REVIEWED', 'DISPUTED'];

function rankingSize(first: number | null | undefined, fallback: number): number {
  const value = first ?? fallback;
  if (!Number.isInteger(value) || value < 1 || value > MAX_SUMMARY_ROWS) {
    throw badUserInput(`\`first\` must be between 1 and ${MAX_SUMMARY_ROWS}, got ${value}`, 'first');
  }
  return value;
}

export const FactCheckSummary: FactCheckSummaryResolvers = {
  totalClaims: (_summary, _args, context) => context.store.countClaims({}),
  byStatus: async (_summary, _args, context) => {
    const counts = new Map((await context.store.claimStatusCounts()).map((row) => [row.status, row.count]));
    return STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 }));
  },
  byRating: (_summary, _args, context) => context.store.claimRatingCounts(),
  mostDisputed: (_summary, { first }, context) => context.store.mostDisputedClaims(rankingSize(first, 5)),
  statementsPerSpeaker: (_summary, { first }, context) =>
    context.store.statementCountsBySpeaker(rankingSize(first, 10)),
  mentionsPerEntity: (_summary, { first }, context) => context.store.mentionCountsByEntity(rankingSize(first, 10)),
};

export const DisputedClaim: DisputedClaimResolvers = {
  claim: (row, _args, context) => loadOne(context.loaders.claim, row.claimId),
};

export const SpeakerCount: SpeakerCountResolvers = {
  speaker: (row, _args, context) => loadOne(context.loaders.entity, row.speakerId),
};

export const MentionCount: MentionCountResolvers = {
  entity: (row, _args, context) => loadOne(context.loaders.entity, row.entityId),
};
