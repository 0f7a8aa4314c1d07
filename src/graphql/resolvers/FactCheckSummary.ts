import type {
  ClaimStatus,
  DisputedClaimResolvers,
  FactCheckSummaryResolvers,
  MentionCountResolvers,
  SpeakerCountResolvers,
} from '../../generated/graphql.js';
import type { DashboardFigureReadOf, DashboardFigureValues } from '../../store/store.js';
import type { GraphQLContext } from '../context.js';
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

/**
 * One of the request's dashboard figures. The summary's fields resolve in the same tick, so the loader reads all
 * the figures a query asks for in one store call.
 */
function figure<F extends keyof DashboardFigureValues>(
  context: GraphQLContext,
  read: DashboardFigureReadOf<F>,
): Promise<DashboardFigureValues[F]> {
  return context.loaders.dashboardFigures.load(read) as Promise<DashboardFigureValues[F]>;
}

export const FactCheckSummary: FactCheckSummaryResolvers = {
  totalClaims: (_summary, _args, context) => figure(context, { figure: 'totalClaims' }),
  byStatus: async (_summary, _args, context) => {
    const counts = new Map(
      (await figure(context, { figure: 'claimStatusCounts' })).map((row) => [row.status, row.count]),
    );
    return STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 }));
  },
  byRating: (_summary, _args, context) => figure(context, { figure: 'claimRatingCounts' }),
  mostDisputed: (_summary, { first }, context) =>
    figure(context, { figure: 'mostDisputedClaims', limit: rankingSize(first, 5) }),
  statementsPerSpeaker: (_summary, { first }, context) =>
    figure(context, { figure: 'statementCountsBySpeaker', limit: rankingSize(first, 10) }),
  mentionsPerEntity: (_summary, { first }, context) =>
    figure(context, { figure: 'mentionCountsByEntity', limit: rankingSize(first, 10) }),
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
