/** The limits every query must respect (see README "Security and limits") and their defaults. */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxCost: number;
  /** lexical tokens in a document (Apollo's parser refuses more) */
  maxTokens: number;
  maxOperations: number;
  maxMutationFields: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 50,
  maxCost: 500_000,
  maxTokens: 1_000,
  maxOperations: 5,
  maxMutationFields: 5,
};
