import type { MutationResolvers } from '../../../generated/graphql.js';
import type { RetractableTable } from '../../../store/store.js';
import { requireRole } from '../../auth.js';
import { badUserInput, notFound } from '../../errors.js';
import { decodeGlobalId, type NodeTypeName } from '../../globalId.js';
import type DataLoader from 'dataloader';
import type { Retractable } from '../../../store/rows.js';
import { loadOne } from '../load.js';
import { findNode } from '../Query/node.js';

const RETRACTABLE: Partial<Record<NodeTypeName, RetractableTable>> = {
  Document: 'document',
  Statement: 'statement',
  Claim: 'claim',
  ClaimReview: 'review',
  Relationship: 'relationship',
  PublishedFactCheck: 'factCheck',
};

export const MAX_REASON_LENGTH = 2000;

export const retract: MutationResolvers['retract'] = async (_root, { id, reason }, context) => {
  const actor = requireRole(context, 'admin', 'retract');
  const { typeName } = decodeGlobalId(id, 'id');
  const table = RETRACTABLE[typeName];
  if (!table) {
    throw badUserInput(
      `${/^[AEIOU]/.test(typeName) ? 'an' : 'a'} ${typeName} cannot be retracted; retractable: ${Object.keys(RETRACTABLE).join(', ')}`,
      'id',
    );
  }
  const why = reason.trim();
  if (why === '') throw badUserInput('give the reason for the retraction', 'reason');
  if (why.length > MAX_REASON_LENGTH)
    throw badUserInput(`the reason may be at most ${MAX_REASON_LENGTH} characters`, 'reason');
  const row = await findNode(context, id, 'id');
  if (row === null) throw notFound(`no node has the id ${JSON.stringify(id)}`, 'id');
  const record = row as { id: number; slug: string; retractedAt: string | null };
  if (record.retractedAt !== null) throw badUserInput(`${typeName} ${record.slug} is already retracted`, 'id');
  await context.store.retract(table, record.id, why, { actor: actor.name, action: 'RETRACT' });
  const loader = {
    document: context.loaders.document,
    statement: context.loaders.statement,
    claim: context.loaders.claim,
    review: context.loaders.review,
    relationship: context.loaders.relationship,
    factCheck: context.loaders.factCheck,
  }[table];
  loader.clear(record.id);
  const reloaded = await loadOne(loader as DataLoader<number, Retractable | null>, record.id);
  return { node: reloaded, retraction: reloaded };
};
