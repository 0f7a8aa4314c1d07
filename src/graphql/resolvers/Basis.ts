import type { BasisResolvers } from '../../generated/graphql.js';
import type { EvidenceOwner, EvidenceRow } from '../../store/rows.js';
import type { GraphQLContext } from '../context.js';
import { loadExisting } from './load.js';

async function evidenceOf(context: GraphQLContext, owners: readonly EvidenceOwner[]): Promise<EvidenceRow[]> {
  const lists = await context.loaders.evidence.loadMany(owners);
  return lists.flatMap((spans) => {
    if (spans instanceof Error) throw spans;
    return spans;
  });
}

export const Basis: BasisResolvers = {
  evidence: async (basis, _args, context) => {
    const own = [...basis.spans, ...(await evidenceOf(context, basis.evidenceOwners))];
    if (own.length > 0 || basis.kind !== 'STATED') return own;
    return evidenceOf(context, basis.statedBy);
  },
  documents: (basis, _args, context) => loadExisting(context.loaders.document, basis.documentIds),
};
