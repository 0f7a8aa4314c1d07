import type { DatedFactResolvers } from '../../generated/graphql.js';
import { parsePartialDate } from '../../domain/partialDate.js';

export const DatedFact: DatedFactResolvers = {
  date: (fact) => parsePartialDate(fact.date),
};
