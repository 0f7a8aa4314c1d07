/**
 * Cost of a query before it runs: every field costs 1, and what a list field selects costs as many times as the
 * list can hold. A connection holds its `first`/`last` (a literal; a variable counts as the maximum page size,
 * since variables are not known yet; absent, the default page size); `paths` holds its `first` paths of up to
 * `maxHops` hops; any other list (mentions, evidence, participants: short by nature) is estimated at
 * PLAIN_LIST_ESTIMATE items. So `statements(first: 100) { claims
 * (first: 100) { ... } }` costs 10,000 times its inner selection. Fragments are expanded, with cycles cut (the
 * NoFragmentCycles rule reports them).
 */
import {
  OperationTypeNode,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type ASTVisitor,
  type FieldNode,
  type GraphQLNamedType,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../connection.js';
import { limitError } from './limitError.js';

export const PLAIN_LIST_ESTIMATE = 5;

function intArgument(field: FieldNode, name: string): number | 'variable' | undefined {
  const value: ValueNode | undefined = field.arguments?.find((arg) => arg.name.value === name)?.value;
  if (value === undefined || value.kind === Kind.NULL) return undefined;
  if (value.kind === Kind.VARIABLE) return 'variable';
  if (value.kind === Kind.INT) return Math.max(0, Number(value.value));
  return undefined;
}

function pageSize(field: FieldNode): number {
  const size = intArgument(field, 'first') ?? intArgument(field, 'last');
  if (size === 'variable') return MAX_PAGE_SIZE;
  return Math.min(size ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
}

export function queryCostRule(maxCost: number) {
  return (context: ValidationContext): ASTVisitor => {
    const schema = context.getSchema();
    // Each fragment's cost is computed once per document (a fragment's type condition fixes its parent type), so
    // fragments that spread each other twice over cannot blow up the count; a fragment in a cycle costs 0 (the
    // NoFragmentCycles rule reports the cycle).
    const fragmentCosts = new Map<string, number>();
    const inProgress = new Set<string>();
    const fragmentCost = (name: string): number => {
      const known = fragmentCosts.get(name);
      if (known !== undefined) return known;
      const fragment = context.getFragment(name);
      if (!fragment || inProgress.has(name)) return 0;
      inProgress.add(name);
      const type = schema.getType(fragment.typeCondition.name.value);
      const total = type ? cost(fragment.selectionSet, type) : 0;
      inProgress.delete(name);
      fragmentCosts.set(name, total);
      return total;
    };
    const cost = (selectionSet: SelectionSetNode | undefined, parent: GraphQLNamedType): number => {
      if (!selectionSet) return 0;
      let total = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FRAGMENT_SPREAD) {
          total += fragmentCost(selection.name.value);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const type = selection.typeCondition
            ? (schema.getType(selection.typeCondition.name.value) ?? parent)
            : parent;
          total += cost(selection.selectionSet, type);
        } else {
          total += 1;
          if (!selection.selectionSet) continue;
          const fieldDef =
            isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
          if (!fieldDef) continue;
          const named = getNamedType(fieldDef.type);
          let times = 1;
          if (selection.name.value === 'paths') {
            const first = intArgument(selection, 'first');
            times = first === 'variable' ? 10 : (first ?? 3);
          } else if (named.name.endsWith('Connection')) {
            times = pageSize(selection);
          } else if (isListType(getNullableType(fieldDef.type)) && !parent.name.endsWith('Connection')) {
            times = PLAIN_LIST_ESTIMATE;
          }
          total += times * cost(selection.selectionSet, named);
        }
        if (total > maxCost) return total; // already over: stop counting (the reported figure is a lower bound)
      }
      return total;
    };
    return {
      OperationDefinition(operation: OperationDefinitionNode) {
        const root =
          operation.operation === OperationTypeNode.QUERY
            ? schema.getQueryType()
            : operation.operation === OperationTypeNode.MUTATION
              ? schema.getMutationType()
              : schema.getSubscriptionType();
        if (!root) return;
        const total = cost(operation.selectionSet, root);
        if (total > maxCost) {
          context.reportError(
            limitError('cost', maxCost, total, 'The query is too costly (fields times list sizes)', 'at least '),
          );
        }
      },
    };
  };
}
