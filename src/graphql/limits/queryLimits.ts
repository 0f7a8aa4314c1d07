/**
 * Every limit a query must respect, checked before it runs (see README "Security and limits"). Armor's rules
 * report through the validation context instead of throwing (Apollo does not catch an exception from a rule: it
 * would become a 500), and the cost rule stops walking as soon as the limit is passed, so a hostile query is
 * refused quickly whatever its size.
 */
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { maxMutationFieldsRule, maxOperationsRule } from './countRules.js';
import { fromArmorMessage, type LimitName } from './limitError.js';
import { queryCostRule } from './queryCostRule.js';
import type { QueryLimits } from '../../config/queryLimits.js';

function report(limit: LimitName, what: string) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    context?.reportError(fromArmorMessage(limit, what, error.message));
  };
}

export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  return [
    maxDepthRule({
      n: limits.maxDepth,
      // Introspection is deep by nature (the standard query is 21 levels) and governed by its own switch and by
      // graphql's MaxIntrospectionDepthRule; Armor exempts only a real __schema field, not a fragment so named.
      ignoreIntrospection: true,
      // Depth is field nesting only: a fragment (named or inline, however chained) adds no level of its own, so
      // Relay/Apollo colocated fragments count as the fields they hold. (Armor's default counts a spread as a
      // level and its fragment's selection as another.) Cycles are refused by graphql's NoFragmentCycles.
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [report('depth', 'The query is too deeply nested')],
    }),
    maxAliasesRule({
      n: limits.maxAliases,
      allowList: [], // __typename aliases count too (graphql-cop's alias overloading probe)
      propagateOnRejection: false,
      onReject: [report('aliases', 'Too many aliases')],
    }),
    maxDirectivesRule({
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [report('directives', 'Too many directives')],
    }),
    maxOperationsRule(limits.maxOperations),
    maxMutationFieldsRule(limits.maxMutationFields),
    queryCostRule(limits.maxCost),
  ] as ValidationRule[];
}
