import type { CitedSourceResolvers } from '../../generated/graphql.js';
import { toPartialDate } from '../references.js';

export const CitedSource: CitedSourceResolvers = {
  accessed: (source) => toPartialDate(source.accessed ?? null),
};
