/** Model types the generated resolver types map schema types to, where a store row type does not fit. */
import type {
  EventRow,
  PathEdgeRow,
  StatementRow,
  TimelineRow,
  EntityRow,
  ClaimRow,
  DocumentRow,
} from '../store/rows.js';
import type { EdgeModel } from './connection.js';

export type { PartialDate as PartialDateModel } from '../domain/partialDate.js';

export type TimelineItemModel = EventRow | StatementRow;
export type TimelineEdgeModel = EdgeModel<TimelineRow>;

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
