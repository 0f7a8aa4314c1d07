/**
 * linkSameClaim and unlinkSameClaim: an editor says two claims are the same claim (or, with a reason, that they
 * are not after all). Both take Claim global ids only, so a link is never made to the wrong record by a slug typo.
 */
import type { MutationResolvers } from '../../../generated/graphql.js';
import type { ClaimRow } from '../../../store/rows.js';
import { SameClaimLinkError } from '../../../store/errors.js';
import { requireRole } from '../../auth.js';
import type { GraphQLContext } from '../../context.js';
import { badUserInput, notFound } from '../../errors.js';
import { decodeGlobalId } from '../../globalId.js';
import { loadOne } from '../load.js';

interface PairInput {
  claim: string;
  sameAs: string;
}

/** A current claim by its global id: BAD_USER_INPUT for another type or a retracted claim, NOT_FOUND for none. */
async function requireCurrentClaim(context: GraphQLContext, id: string, argumentPath: string): Promise<ClaimRow> {
  const { typeName, slug } = decodeGlobalId(id, argumentPath);
  if (typeName !== 'Claim')
    throw badUserInput(`${JSON.stringify(id)} is the id of a ${typeName}, not a Claim`, argumentPath);
  const claimId = await context.loaders.idBySlug.claim.load(slug);
  if (claimId === null) throw notFound(`no claim has the id ${JSON.stringify(id)}`, argumentPath);
  const claim = await loadOne(context.loaders.claim, claimId);
  if (claim.retractedAt !== null) throw badUserInput(`claim ${claim.slug} is retracted`, argumentPath);
  return claim;
}

async function requirePair(context: GraphQLContext, input: PairInput): Promise<[ClaimRow, ClaimRow]> {
  const claim = await requireCurrentClaim(context, input.claim, 'input.claim');
  const sameAs = await requireCurrentClaim(context, input.sameAs, 'input.sameAs');
  if (claim.id === sameAs.id) throw badUserInput(`a claim cannot be linked to itself`, 'input.sameAs');
  return [claim, sameAs];
}

/** The store refuses what the checks above let through only when a claim changed in between: the same answer. */
async function storeWrite(write: () => Promise<boolean>): Promise<boolean> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof SameClaimLinkError) throw badUserInput(error.message, 'input');
    throw error;
  }
}

async function payload(context: GraphQLContext, claim: ClaimRow, sameAs: ClaimRow, changed: boolean) {
  if (changed) context.loaders.sameClaimIds.clearAll();
  return { claim, sameAs, changed };
}

export const linkSameClaim: MutationResolvers['linkSameClaim'] = async (_root, { input }, context) => {
  const actor = requireRole(context, 'editor', 'linkSameClaim');
  const [claim, sameAs] = await requirePair(context, input);
  const reason = input.reason?.trim() || null;
  const author = { actor: actor.name, action: 'LINK' as const };
  const changed = await storeWrite(() => context.store.linkSameClaims(claim.id, sameAs.id, reason, author));
  return payload(context, claim, sameAs, changed);
};

export const unlinkSameClaim: MutationResolvers['unlinkSameClaim'] = async (_root, { input }, context) => {
  const actor = requireRole(context, 'editor', 'unlinkSameClaim');
  const reason = input.reason.trim();
  if (reason === '') throw badUserInput('give the reason for removing the link', 'input.reason');
  const [claim, sameAs] = await requirePair(context, input);
  const author = { actor: actor.name, action: 'UNLINK' as const };
  const changed = await storeWrite(() => context.store.unlinkSameClaims(claim.id, sameAs.id, reason, author));
  return payload(context, claim, sameAs, changed);
};
