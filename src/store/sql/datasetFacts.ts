/**
 * How the dataset format's facts are kept in the tables: a date with whether it is only a time by which the fact
 * held, and how it is known; a basis as JSON (see the migrations 006) whose spans the writer adds as evidence rows
 * owned by the fact.
 */
import type { BasisRecord, DatedFactRecord, EvidenceRecord } from '../../domain/dataset.js';

/** A date as the dataset may write it (a bare partial date, or the full object), with the defaults filled in. */
export interface DatedFact {
  date: string;
  knownBy: boolean;
  /** undefined: STATED by the record's own evidence (the format's default), kept as NULL */
  basis: BasisRecord | undefined;
}

export function datedFact(record: DatedFactRecord | undefined): DatedFact | undefined {
  if (record === undefined) return undefined;
  if (typeof record === 'string') return { date: record, knownBy: false, basis: undefined };
  return { date: record.date, knownBy: record.knownBy ?? false, basis: record.basis };
}

/** The basis as stored: its kind, reason and citations (documents by internal id); null when absent. */
export function basisJson(basis: BasisRecord | undefined, idOf: (slug: string) => number): string | null {
  if (basis === undefined) return null;
  switch (basis.kind) {
    case 'STATED':
      return JSON.stringify({ kind: 'STATED' });
    case 'INFERRED':
      return JSON.stringify({ kind: 'INFERRED', reason: basis.reason });
    case 'EXTERNAL':
      return JSON.stringify({
        kind: 'EXTERNAL',
        sources: basis.sources ?? [],
        documentIds: (basis.documents ?? []).map(idOf),
      });
  }
}

/** The spans a basis rests on (none for an EXTERNAL one, which cites instead). */
export function basisEvidence(basis: BasisRecord | undefined): readonly EvidenceRecord[] {
  return basis !== undefined && basis.kind !== 'EXTERNAL' ? (basis.evidence ?? []) : [];
}

/** The documents an EXTERNAL basis cites, by slug. */
export function basisDocuments(basis: BasisRecord | undefined): readonly string[] {
  return basis?.kind === 'EXTERNAL' ? (basis.documents ?? []) : [];
}
