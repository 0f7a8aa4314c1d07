/**
 * Mutation inputs name records by global id, slug, name or alias; the dataset format names them by slug. These
 * turn a reference into the slug it stands for, or leave it as written when nothing matches, so that the
 * validator reports it ("no record has the slug ...") with the other problems of the input.
 */
import type { NodeTypeName } from './globalId.js';
import { tryDecodeGlobalId } from './globalId.js';
import type { GraphQLContext } from './context.js';
import { findEntityId } from './references.js';

export async function entitySlug(context: GraphQLContext, reference: string): Promise<string> {
  const id = await findEntityId(context, reference);
  // a global id of some other record: its slug, so the validator can say what kind of record it is
  if (id === null) return tryDecodeGlobalId(reference)?.slug ?? reference;
  const row = await context.loaders.entity.load(id);
  return row?.slug ?? reference;
}

export async function optionalEntitySlug(context: GraphQLContext, reference: string | null | undefined) {
  return reference == null ? undefined : entitySlug(context, reference);
}

/** A reference to a non-entity record: a global id of the expected type, or a slug. */
export function nodeSlug(reference: string, typeName: NodeTypeName): string {
  const decoded = tryDecodeGlobalId(reference);
  return decoded && decoded.typeName === typeName ? decoded.slug : reference.trim();
}

export function optionalNodeSlug(reference: string | null | undefined, typeName: NodeTypeName): string | undefined {
  return reference == null ? undefined : nodeSlug(reference, typeName);
}

/** Drops null and undefined fields, which the dataset format writes as absent. */
export function withoutNulls<T extends object>(record: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value != null)) as never;
}
