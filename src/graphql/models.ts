/** Model types the generated resolver types map schema types to, where a store row type does not fit. */
import type { BasisKind, RelationshipStatus, Voice } from '../domain/dataset.js';
import type {
  CitedSourceRow,
  EvidenceOwner,
  EvidenceRow,
  EventRow,
  PathEdgeRow,
  StatementRow,
  TimelineRow,
  EntityRow,
  ClaimRow,
  DocumentRow,
  RelationshipRow,
  RelationshipStateRow,
  ReviewRow,
} from '../store/rows.js';
import type { ConnectionModel, EdgeModel } from './connection.js';

export type { PartialDate as PartialDateModel } from '../domain/partialDate.js';

/**
 * A basis as the API shows it: a stored fact's (BasisRow) or one derived on the fly (a claim's status). Its spans
 * are those in hand, then those of `evidenceOwners`; a STATED basis with none is stated by `statedBy`'s evidence.
 */
export interface BasisModel {
  kind: BasisKind;
  reason: string | null;
  sources: CitedSourceRow[];
  documentIds: number[];
  spans: EvidenceRow[];
  evidenceOwners: EvidenceOwner[];
  statedBy: EvidenceOwner[];
}

export interface DatedFactModel {
  /** a partial date ("2018", "2020-11-03") */
  date: string;
  knownBy: boolean;
  basis: BasisModel;
}

/**
 * Whose voice: a speaker's (`speakerId`), or a document's own, whose entity is its outlet. A statement's own
 * narration names the statement, whose document is that of its evidence; a claim appearance names its document.
 */
export interface VoiceModel {
  kind: Voice;
  speakerId: number | null;
  documentId: number | null;
  statementId: number | null;
}

/** A relationship entering one of its states; `previousStatus` is that of the state before it, if any. */
export interface RelationshipChangeModel {
  relationship: RelationshipRow;
  state: RelationshipStateRow;
  previousStatus: RelationshipStatus | null;
}

export type TimelineItemModel = EventRow | StatementRow | ClaimRow | ReviewRow | RelationshipChangeModel;
export type TimelineEdgeModel = EdgeModel<TimelineRow>;

/** A hit of the similar-claim engine; the claim is loaded when asked for. */
export interface SimilarClaimModel {
  claimId: number;
  score: number;
  matchedTerms: string[];
}

export type SimilarClaimConnectionModel = ConnectionModel<SimilarClaimModel> & { ranking: 'LEXICAL' | 'SEMANTIC' };

export type SearchResultModel = EntityRow | StatementRow | ClaimRow | EventRow | DocumentRow;

/** One hop as walked: `edge` is seen from the entity the hop leaves. */
export interface PathHopModel {
  fromId: number;
  toId: number;
  edge: PathEdgeRow;
}

export interface PathModel {
  sourceId: number;
  hops: PathHopModel[];
}

/** The summary's figures are each resolved on demand; the object itself carries nothing. */
export type FactCheckSummaryModel = Record<string, never>;

export type TimelineConnectionModel = import('./connection.js').ConnectionModel<TimelineRow>;

export interface AddDocumentPayloadModel {
  document: DocumentRow;
}
export interface AddStatementPayloadModel {
  statement: StatementRow;
}
export interface AddClaimPayloadModel {
  claim: ClaimRow;
}
export interface AddRelationshipPayloadModel {
  relationship: import('../store/rows.js').RelationshipRow;
}
export interface StartClaimReviewPayloadModel {
  claim: ClaimRow;
}
export interface ReviewClaimPayloadModel {
  review: import('../store/rows.js').ReviewRow;
  claim: ClaimRow;
}
export interface RetractPayloadModel {
  node: object;
  retraction: import('../store/rows.js').Retractable;
}
export interface EntityMergeModel {
  importedSlug: string;
  entityId: number;
}
export interface ImportDatasetPayloadModel {
  counts: { kind: string; count: number }[];
  merged: EntityMergeModel[];
}

export interface ClaimReviewedEventModel {
  review: import('../store/rows.js').ReviewRow;
  claim: ClaimRow;
}
export interface StatementAddedEventModel {
  statement: StatementRow;
}
