/**
 * The deliberate, user-facing errors of the API. Each carries `extensions.code` (see DESIGN.md "Errors and
 * safety") and, for input errors, `extensions.argumentPath`: the argument at fault, such as "filter.speaker".
 */
import { GraphQLError } from 'graphql';

export type ClaimgraphErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND';

export function badUserInput(message: string, argumentPath?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', ...(argumentPath ? { argumentPath } : {}) },
  });
}

export function notFound(message: string, argumentPath?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'NOT_FOUND', ...(argumentPath ? { argumentPath } : {}) },
  });
}

/** One of the entities an ambiguous name may stand for, as an error lists it. */
export interface NameCandidate {
  id: string;
  slug: string;
  name: string;
  entityType: string;
}

/**
 * A name that matches several entities equally well (a family name two people share): BAD_USER_INPUT with
 * `extensions.reason` AMBIGUOUS_NAME and the candidates, so the client can ask again by slug or id.
 */
export function ambiguousName(name: string, candidates: NameCandidate[], argumentPath?: string): GraphQLError {
  const listed = candidates.map((c) => `${c.name} (${c.entityType.toLowerCase()}, slug ${c.slug}, id ${c.id})`);
  return new GraphQLError(
    `${JSON.stringify(name)} is ambiguous: it matches ${candidates.length} entities: ${listed.join('; ')}. ` +
      'Ask by slug or global id.',
    {
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: 'AMBIGUOUS_NAME',
        ...(argumentPath ? { argumentPath } : {}),
        candidates,
      },
    },
  );
}
