/**
 * Resolves the references clients pass as arguments (a global id, a slug, a name or an alias) to internal ids,
 * through the request's loaders. An unknown reference is a NOT_FOUND error naming the argument, so that a typo in
 * a filter never looks like an empty answer.
 */
import { parsePartialDate, PartialDateError, type PartialDate } from '../domain/partialDate.js';
import type { EntityRow } from '../store/rows.js';
import type { NodeTable } from '../store/store.js';
import type { GraphQLContext } from './context.js';
import { badUserInput, notFound } from './errors.js';
import { NODE_TYPES, tryDecodeGlobalId } from './globalId.js';

const ENTITY_TYPE_NAMES: Record<string, EntityRow['type']> = {
  Person: 'PERSON',
  Outlet: 'OUTLET',
  Organization: 'ORGANIZATION',
};

/** An entity by global id, slug, name or alias (case-insensitive); null when nothing matches. */
export async function findEntityId(context: GraphQLContext, reference: string): Promise<number | null> {
  const decoded = tryDecodeGlobalId(reference);
  if (decoded) {
    const expectedType = ENTITY_TYPE_NAMES[decoded.typeName];
    if (!expectedType) return null;
    const id = await context.loaders.idBySlug.entity.load(decoded.slug);
    if (id === null) return null;
    const row = await context.loaders.entity.load(id);
    return row?.type === expectedType ? id : null;
  }
  return context.loaders.entityIdByName.load(reference.trim());
}

export async function requireEntityId(
  context: GraphQLContext,
  reference: string,
  argumentPath: string,
): Promise<number> {
  const id = await findEntityId(context, reference);
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
