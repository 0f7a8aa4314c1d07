import type { ChangeResolvers } from '../../generated/graphql.js';

export const Change: ChangeResolvers = {
  before: (change) => change.before ?? null,
  after: (change) => change.after ?? null,
};
