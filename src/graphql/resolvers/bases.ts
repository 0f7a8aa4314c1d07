/**
 * The bases and dated facts of stored records, as the API shows them: a fact's own spans are evidence owned by the
 * fact; a STATED basis without spans of its own is stated by its record's evidence.
 */
import type { BasisRow, EvidenceOwner, EvidenceOwnerKind } from '../../store/rows.js';
import type { BasisModel, DatedFactModel } from '../models.js';

/** The basis of a fact the record states in its own evidence, as a date or an outlet without a stored basis is. */
const STATED: BasisRow = { kind: 'STATED', reason: null, sources: [], documentIds: [] };

/**
 * `row` (null: STATED by the record), its spans owned by (`ownerKind`, `ownerId`), falling back for STATED on the
 * evidence of `record`.
 */
export function basisModel(
  row: BasisRow | null,
  ownerKind: EvidenceOwnerKind,
  ownerId: number,
  record: EvidenceOwner,
): BasisModel {
  const basis = row ?? STATED;
  return {
    kind: basis.kind,
    reason: basis.reason,
    sources: basis.sources,
    documentIds: basis.documentIds,
    spans: [],
    evidenceOwners: [{ kind: ownerKind, id: ownerId }],
    statedBy: [record],
  };
}

/** A stored date with how it is known; null when there is no date. */
export function datedFactModel(
  date: string | null,
  knownBy: boolean,
  basis: BasisRow | null,
  ownerKind: EvidenceOwnerKind,
  ownerId: number,
  record: EvidenceOwner,
): DatedFactModel | null {
  return date === null ? null : { date, knownBy, basis: basisModel(basis, ownerKind, ownerId, record) };
}
