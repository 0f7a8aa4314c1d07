/**
 * What the "New article" page works on: a draft as the draftDocument mutation answers it, and the editor's decision
 * on each of its attributions. Plain data, no DOM: the rebuild of the import dataset (buildImportDataset.ts) is a
 * pure function of the two, tested without a browser.
 */

export type EntityKind = 'PERSON' | 'OUTLET' | 'ORGANIZATION';

/** [start, end) in Unicode code points of the draft's text, with the text it covers. */
export interface TextSpan {
  start: number;
  end: number;
  exact: string;
}

/** An entity of the graph, as the API's EntityRef fragment gives it. */
export interface GraphEntity {
  id?: string;
  slug: string;
  name: string;
  entityType: EntityKind;
}

/** One attribution of the draft (the API's DraftAttribution). */
export interface DraftedAttribution {
  content: TextSpan;
  cue: TextSpan | null;
  source: TextSpan | null;
  /** the speaker's name as the drafter resolved it; null when it found none */
  speaker: string | null;
  /** the graph's entity that is the speaker, when the graph knows it */
  speakerEntity: GraphEntity | null;
  direct: boolean;
  confidence: number;
  /** its statement in the draft's dataset; null when the dataset leaves it out */
  statementSlug: string | null;
}

/** The draft (the API's DocumentDraft), as far as the page reads it. */
export interface ArticleDraft {
  title: string;
  documentSlug: string;
  text: string;
  attributions: readonly DraftedAttribution[];
  /** the entities the dataset adds to the graph (the others in it are the graph's own) */
  proposedEntities: readonly { slug: string; name: string; type: EntityKind }[];
  /** the dataset that would import every attribution as drafted (JSON, format claimgraph-dataset/N) */
  dataset: unknown;
  texts: readonly { document: string; text: string }[];
  notes: readonly string[];
}

/** Who the editor says the speaker is. */
export type SpeakerChoice =
  /** as drafted */
  | { kind: 'drafted' }
  /** an entity the graph has, found with the search box */
  | { kind: 'graph'; entity: GraphEntity }
  /** a new entity, by name, to add with this article */
  | { kind: 'new'; name: string; type: EntityKind };

export type Verdict = 'undecided' | 'accepted' | 'rejected';

/** The editor's decision on one attribution. */
export interface AttributionDecision {
  verdict: Verdict;
  speaker: SpeakerChoice;
  /** true: a direct quote (the speaker's own words); false: reported speech */
  direct: boolean;
  /** slugs of entities the editor removed from the drafted statement's mentions */
  droppedMentions: readonly string[];
}

/** The decision every attribution starts with: undecided, as drafted. */
export function initialDecision(attribution: DraftedAttribution): AttributionDecision {
  return { verdict: 'undecided', speaker: { kind: 'drafted' }, direct: attribution.direct, droppedMentions: [] };
}
