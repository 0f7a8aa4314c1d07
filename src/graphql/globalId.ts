/**
 * Relay global ids: base64url of "Type:slug". Built from the slug, not from a database key, so an id stays the
 * same across restarts, re-imports, backends and server instances.
 */
import type { NodeTable } from '../store/store.js';
import { badUserInput } from './errors.js';

export const NODE_TYPES = {
  Person: 'entity',
  Outlet: 'entity',
  Organization: 'entity',
  Event: 'event',
  Document: 'document',
  Statement: 'statement',
  Claim: 'claim',
  ClaimReview: 'review',
  Relationship: 'relationship',
  PublishedFactCheck: 'factCheck',
} as const satisfies Record<string, NodeTable>;

export type NodeTypeName = keyof typeof NODE_TYPES;

export interface DecodedGlobalId {
  typeName: NodeTypeName;
  slug: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function toGlobalId(typeName: NodeTypeName, slug: string): string {
  return Buffer.from(`${typeName}:${slug}`, 'utf8').toString('base64url');
}

/** Decodes a global id, or returns null when the text is not one. */
export function tryDecodeGlobalId(id: string): DecodedGlobalId | null {
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(id)) return null;
  const decoded = Buffer.from(id, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  const typeName = decoded.slice(0, colon);
  const slug = decoded.slice(colon + 1);
  if (!Object.hasOwn(NODE_TYPES, typeName) || !SLUG.test(slug)) return null;
  return { typeName: typeName as NodeTypeName, slug };
}

export function decodeGlobalId(id: string, argumentPath: string): DecodedGlobalId {
  const decoded = tryDecodeGlobalId(id);
  if (decoded === null) {
    throw badUserInput(`${JSON.stringify(id)} is not a claimgraph global id`, argumentPath);
  }
  return decoded;
}
