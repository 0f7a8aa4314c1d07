/**
 * Resolves the references clients pass as arguments (a global id, a slug, a name or an alias) to internal ids,
 * through the request's loaders. An unknown reference is a NOT_FOUND error naming the argument, so that a typo in
 * a filter never looks like an empty answer.
 */
import { resolveName } from '../domain/nameLookup.js';
import { parsePartialDate, PartialDateError, type PartialDate } from '../domain/partialDate.js';
import type { EntityRow } from '../store/rows.js';
import type { NodeTable } from '../store/store.js';
import type { GraphQLContext } from './context.js';
import { ambiguousName, badUserInput, notFound } from './errors.js';
import { NODE_TYPES, toGlobalId, tryDecodeGlobalId } from './globalId.js';

const ENTITY_TYPE_NAMES: Record<string, EntityRow['type']> = {
  Person: 'PERSON',
  Outlet: 'OUTLET',
  Organization: 'ORGANIZATION',
};

const ENTITY_TYPE_NODES = { PERSON: 'Person', OUTLET: 'Outlet', ORGANIZATION: 'Organization' } as const;

/**
 * An entity by global id, slug, name, alias, or a word of a name or alias ("kanye"), ignoring case and accents;
 * null when nothing matches. A name that matches several entities equally well (src/domain/nameLookup.ts) is a
 * BAD_USER_INPUT error listing them, on `argumentPath` when given.
 */
export async function findEntityId(
  context: GraphQLContext,
  reference: string,
  argumentPath?: string,
): Promise<number | null> {
  const decoded = tryDecodeGlobalId(reference);
  if (decoded) {
    const expectedType = ENTITY_TYPE_NAMES[decoded.typeName];
    if (!expectedType) return null;
    const id = await context.loaders.idBySlug.entity.load(decoded.slug);
    if (id === null) return null;
    const row = await context.loaders.entity.load(id);
    return row?.type === expectedType ? id : null;
  }
  const name = reference.trim();
  const resolution = resolveName(name, await context.loaders.entityCandidatesByName.load(name));
  switch (resolution.kind) {
    case 'unique':
      return resolution.entity.id;
    case 'none':
      return null;
    case 'ambiguous': {
      const candidates = resolution.candidates.map(({ slug, name: candidateName, type }) => ({
        id: toGlobalId(ENTITY_TYPE_NODES[type], slug),
        slug,
        name: candidateName,
        entityType: type,
      }));
      throw ambiguousName(name, candidates, argumentPath);
    }
  }
}

export async function requireEntityId(
  context: GraphQLContext,
  reference: string,
  argumentPath: string,
): Promise<number> {
  const id = await findEntityId(context, reference, argumentPath);
  if (id === null) {
    throw notFound(`no person, outlet or organization matches ${JSON.stringify(reference)}`, argumentPath);
  }
  return id;
}

/** A node of one table by global id or slug. */
export async function requireNodeId(
  context: GraphQLContext,
  table: NodeTable,
  what: string,
  reference: string,
  argumentPath: string,
): Promise<number> {
  const decoded = tryDecodeGlobalId(reference);
  const slug = decoded && NODE_TYPES[decoded.typeName] === table ? decoded.slug : reference.trim();
  const id = await context.loaders.idBySlug[table].load(slug);
  if (id === null) throw notFound(`no ${what} matches ${JSON.stringify(reference)}`, argumentPath);
  return id;
}

export function parseDateArgument(text: string, argumentPath: string): PartialDate {
  try {
    return parsePartialDate(text);
  } catch (error) {
    if (error instanceof PartialDateError) throw badUserInput(error.message, argumentPath);
    throw error;
  }
}

/** Converts a stored partial-date string to the API's PartialDate. */
export function toPartialDate(iso: string | null): PartialDate | null {
  return iso === null ? null : parsePartialDate(iso);
}
