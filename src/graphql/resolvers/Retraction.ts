import type { RetractionResolvers } from '../../generated/graphql.js';

export const Retraction: RetractionResolvers = {
  retractedAt: (row) => row.retractedAt!,
  retractedBy: (row) => row.retractedBy!,
  reason: (row) => row.retractionReason!,
};
