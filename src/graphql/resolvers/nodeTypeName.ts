/**
 * Which GraphQL object type a store row is. Rows carry no type tag, but each kind has a field no other kind has.
 */
import type { NodeTypeName } from '../globalId.js';

const ENTITY_TYPE_NAMES = { PERSON: 'Person', OUTLET: 'Outlet', ORGANIZATION: 'Organization' } as const;

export function entityTypeName(row: { type: keyof typeof ENTITY_TYPE_NAMES }): 'Person' | 'Outlet' | 'Organization' {
  return ENTITY_TYPE_NAMES[row.type];
}

export function nodeTypeName(row: object): NodeTypeName {
  // before ratingValue: a published fact-check has one too
  if ('publisherId' in row) return 'PublishedFactCheck';
  if ('speakerId' in row) return 'Statement';
  if ('claimantId' in row) return 'Claim';
  if ('ratingValue' in row) return 'ClaimReview';
  if ('fromId' in row) return 'Relationship';
  if ('sha256' in row) return 'Document';
  if ('date' in row) return 'Event';
  if ('type' in row && typeof row.type === 'string' && row.type in ENTITY_TYPE_NAMES) {
    return entityTypeName(row as { type: keyof typeof ENTITY_TYPE_NAMES });
  }
  throw new Error('nodeTypeName: a row of unknown kind reached the schema');
}
