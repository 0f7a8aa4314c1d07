/**
 * The cap on every string a client sends (README "Security and limits", values in src/config/queryLimits.ts):
 * each String or ID argument and input field of the operation about to run, whether written in the document or
 * passed as a variable, is measured before any resolver runs. One too long, or holding a NUL character (which no
 * store can keep: PostgreSQL refuses it in text), is refused with BAD_USER_INPUT naming the argument (its path, as
 * `extensions.argumentPath`) and the cap, so no oversized pattern or search query ever reaches a store. New
 * arguments are covered without a change here: an argument this file does not name gets the cap of its type
 * (`id` for ID, `text` for String, `cursor` for `after`/`before`).
 */
import {
  getNamedType,
  getVariableValues,
  GraphQLError,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { INPUT_CAPS, type InputCapKind } from '../../config/queryLimits.js';

/** Arguments (`Type.field(argument)`) and input fields (`Input.field`) whose cap is not their type's default. */
const CAP_KINDS: Readonly<Record<string, InputCapKind>> = {
  'Query.search(query)': 'searchQuery',
  'Query.entity(name)': 'name',
  'Query.similarClaims(text)': 'quote',
  'Query.timeline(from)': 'date',
  'Query.timeline(to)': 'date',
  'StatementFilter.text': 'textFilter',
  'StatementFilter.speaker': 'name',
  'StatementFilter.about': 'name',
  'StatementFilter.outlet': 'name',
  'StatementFilter.event': 'name',
  'StatementFilter.saidFrom': 'date',
  'StatementFilter.saidTo': 'date',
  'ClaimFilter.text': 'textFilter',
  'ClaimFilter.claimant': 'name',
  'ClaimFilter.about': 'name',
  'DatedFactInput.date': 'date',
  'AddDocumentInput.published': 'date',
  'AddStatementInput.saidOn': 'date',
  'RelationshipStateInput.start': 'date',
  'RelationshipStateInput.end': 'date',
  'CitedSourceInput.accessed': 'date',
  'DraftDocumentInput.published': 'date',
  'AddStatementInput.quote': 'quote',
  'AddClaimInput.text': 'quote',
  'EvidenceInput.exact': 'quote',
  'EvidenceInput.prefix': 'quote',
  'EvidenceInput.suffix': 'quote',
  'AddDocumentInput.text': 'documentText',
  'HeldTextInput.text': 'documentText',
  'DraftDocumentInput.text': 'documentText',
  'DraftDocumentInput.html': 'documentText',
  // a whole feed or file of fact-checks, bounded like a document's text (and, before it, by the body limit)
  'Mutation.importClaimReviews(feed)': 'documentText',
  'Mutation.importVerifiedClaims(tsv)': 'documentText',
  'Mutation.importVerifiedClaims(publisher)': 'name',
  'LinkSameClaimInput.reason': 'reason',
  'UnlinkSameClaimInput.reason': 'reason',
  'WithdrawReviewInput.reason': 'reason',
};

/** The cap of one String or ID argument or input field, by its schema coordinate. */
export function capKindFor(coordinate: string, name: string, typeName: string): InputCapKind {
  const kind = CAP_KINDS[coordinate];
  if (kind) return kind;
  if (typeName === 'ID') return 'id';
  if (name === 'after' || name === 'before') return 'cursor';
  return 'text';
}

// `problems` in the shape every other input refusal has (inputProblems.ts), so that clients place it on its field
function refusal(field: string, argumentPath: string, message: string, extra: Record<string, unknown> = {}) {
  return new GraphQLError(`${field}: the argument \`${argumentPath}\` ${message}`, {
    extensions: {
      code: 'BAD_USER_INPUT',
      argumentPath,
      problems: [{ field: argumentPath, message: `it ${message}` }],
      ...extra,
      http: { status: 400 },
    },
  });
}

/**
 * The first argument of `operation` over its cap, as the error to answer with; null when all fit (or when the
 * variables do not even coerce: execution reports that with graphql's own message).
 */
export function inputCapError(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
): GraphQLError | null {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {}, {
    maxErrors: 1,
  });
  if (coerced.errors) return null;
  const variables = coerced.coerced;

  const check = (
    value: unknown,
    type: GraphQLInputType,
    path: string,
    coordinate: string,
    field: string,
  ): GraphQLError | null => {
    if (value === null || value === undefined) return null;
    if (isNonNullType(type)) return check(value, type.ofType, path, coordinate, field);
    if (isListType(type)) {
      if (!Array.isArray(value)) return check(value, type.ofType, path, coordinate, field);
      for (const [index, item] of value.entries()) {
        const problem = check(item, type.ofType, `${path}[${index}]`, coordinate, field);
        if (problem) return problem;
      }
      return null;
    }
    if (isInputObjectType(type)) {
      for (const [name, inputField] of Object.entries(type.getFields())) {
        const fieldValue = (value as Record<string, unknown>)[name];
        const problem = check(fieldValue, inputField.type, `${path}.${name}`, `${type.name}.${name}`, field);
        if (problem) return problem;
      }
      return null;
    }
    const named = getNamedType(type);
    if ((named.name !== 'String' && named.name !== 'ID') || typeof value !== 'string') return null;
    const leaf = coordinate.replace(/^.*[.(]/, '').replace(/\)$/, '');
    const kind = capKindFor(coordinate, leaf, named.name);
    const max = INPUT_CAPS[kind];
    if (value.length > max) {
      return refusal(field, path, `may be at most ${max} characters long; it has ${value.length}`, {
        cap: kind,
        max,
        found: value.length,
      });
    }
    if (value.includes('\u0000'))
      return refusal(field, path, 'contains a NUL character (U+0000), as binary data does: text may not');
    return null;
  };

  for (const site of argumentSites(schema, document, operation)) {
    const value = valueFromAST(site.node.value, site.type, variables);
    if (value === undefined) continue;
    const problem = check(value, site.type, site.name, site.coordinate, site.field);
    if (problem) return problem;
  }
  return null;
}

/** An argument of the operation that can hold text, where it stands in the schema. */
interface ArgumentSite {
  node: ArgumentNode;
  type: GraphQLInputType;
  name: string;
  /** `Type.field(argument)` */
  coordinate: string;
  /** `Type.field` */
  field: string;
}

/**
 * The arguments of an operation (and of the fragments it may spread) that can hold a String or an ID, found once
 * per parsed operation: Apollo keeps parsed documents, and walking one with type information on every request was
 * ~2% of a neighbourhood request's CPU.
 */
const sitesBySchema = new WeakMap<GraphQLSchema, WeakMap<OperationDefinitionNode, ArgumentSite[]>>();

function argumentSites(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): ArgumentSite[] {
  let byOperation = sitesBySchema.get(schema);
  if (byOperation === undefined) {
    byOperation = new WeakMap();
    sitesBySchema.set(schema, byOperation);
  }
  let sites = byOperation.get(operation);
  if (sites === undefined) {
    sites = findArgumentSites(schema, document, operation);
    byOperation.set(operation, sites);
  }
  return sites;
}

function findArgumentSites(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): ArgumentSite[] {
  const sites: ArgumentSite[] = [];
  const typeInfo = new TypeInfo(schema);
  const definitions = document.definitions.filter(
    (definition) => definition === operation || definition.kind === Kind.FRAGMENT_DEFINITION,
  );
  visit(
    { ...document, definitions },
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        const fieldDef = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        if (!argument || !fieldDef || !parent || typeInfo.getDirective()) return false;
        if (canHoldText(argument.type, new Set())) {
          sites.push({
            node,
            type: argument.type,
            name: argument.name,
            coordinate: `${parent.name}.${fieldDef.name}(${argument.name})`,
            field: `${parent.name}.${fieldDef.name}`,
          });
        }
        return false;
      },
    }),
  );
  return sites;
}

/** True when a value of the type can contain a String or an ID, at any depth of its lists and input objects. */
function canHoldText(type: GraphQLInputType, seen: Set<string>): boolean {
  const named = getNamedType(type);
  if (named.name === 'String' || named.name === 'ID') return true;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((field) => canHoldText(field.type, seen));
}
