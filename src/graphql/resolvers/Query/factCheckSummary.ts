import type { QueryResolvers } from '../../../generated/graphql.js';

export const factCheckSummary: QueryResolvers['factCheckSummary'] = () => ({});
