/**
 * The schema for the explorer, read by introspection. GraphiQL's own introspection query nests `ofType` nine
 * levels deep, more than claimgraph's query depth limit allows (introspection gets no exemption from it), so the
 * explorer sends this shallower one: three levels of `ofType` describe every type claimgraph's schema uses (the
 * deepest is `[ID!]!`), and buildClientSchema says so if that ever stops being true.
 *
 * The answer also tells the page whether this server allows introspection at all (production servers do not), and
 * so what the explorer can promise: the page words its help from it. The request needs no GraphQL library, so the
 * page sends it at once, while the explorer's code is still loading; the schema is built from the answer later.
 */
import type { IntrospectionQuery } from 'graphql';

/** `kind name ofType { ... }`, `levels` deep; written out inline (through fragments, the server's depth rule counted this query 15 levels deep). */
function typeRef(levels: number): string {
  return levels === 0 ? 'kind name' : `kind name ofType { ${typeRef(levels - 1)} }`;
}

const TYPE_REF = typeRef(3);
const INPUT_VALUE = `name description type { ${TYPE_REF} } defaultValue`;

export const SHALLOW_INTROSPECTION = `query ExplorerIntrospection {
  __schema {
    queryType { name } mutationType { name } subscriptionType { name }
    types {
      kind name description specifiedByURL
      fields(includeDeprecated: true) { name description args { ${INPUT_VALUE} } type { ${TYPE_REF} } isDeprecated deprecationReason }
      inputFields { ${INPUT_VALUE} }
      interfaces { ${TYPE_REF} }
      enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
      possibleTypes { ${TYPE_REF} }
    }
    directives { name description locations isRepeatable args { ${INPUT_VALUE} } }
  }
}`;

export type IntrospectionOutcome =
  | { kind: 'introspection'; result: IntrospectionQuery }
  | { kind: 'disabled'; message: string }
  | { kind: 'failed'; message: string };

export async function requestIntrospection(url: string): Promise<IntrospectionOutcome> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: SHALLOW_INTROSPECTION, operationName: 'ExplorerIntrospection' }),
    });
    const body = (await response.json()) as {
      data?: IntrospectionQuery;
      errors?: { message: string; extensions?: { code?: string; validationErrorCode?: string } }[];
    };
    if (body.data?.__schema) return { kind: 'introspection', result: body.data };
    const message = body.errors?.map((error) => error.message).join('; ') ?? `HTTP ${response.status}`;
    // claimgraph names the refusal INTROSPECTION_DISABLED (src/http/graphqlOverHttp.ts); other servers say it in words
    const disabled = body.errors?.some(
      (error) =>
        error.extensions?.validationErrorCode === 'INTROSPECTION_DISABLED' ||
        error.extensions?.code === 'INTROSPECTION_DISABLED',
    );
    if (disabled || /introspection/i.test(message)) return { kind: 'disabled', message };
    return { kind: 'failed', message };
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
