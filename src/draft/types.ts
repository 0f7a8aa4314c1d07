/** The public shapes of a draft: what the CLI, the GraphQL mutation and the dashboard build on. */
import type { EntityType } from '../domain/dataset.js';

/** [start, end) in Unicode code points of the drafted text, with the text it covers (checked when built). */
export interface DraftSpan {
  start: number;
  end: number;
  exact: string;
}

/** An entity the caller already knows (from the graph), matched by name or alias. */
export interface KnownEntity {
  slug: string;
  name: string;
  aliases: string[];
  type: EntityType;
}

export interface DraftMention {
  /** slug of the known entity mentioned, or null when it is a proposed one */
  entitySlug: string | null;
  /** the name of the proposed entity when entitySlug is null */
  proposedName: string | null;
  start: number;
  end: number;
}

export interface DraftAttribution {
  /** what was said: the words inside the quotation marks for a direct quote, the reported clause otherwise */
  content: DraftSpan;
  /** how: "said", "according to", a colon; null when the attribution continues a speaker's turn */
  cue: DraftSpan | null;
  /** who, as the text names them at the cue: "he", "the newspaper", "Sen. Ted Cruz" */
  source: DraftSpan | null;
  /** the speaker's name after resolving pronouns and descriptions ("he" -> "John Legend") */
  speaker: string | null;
  /** slug of the known entity that is the speaker */
  speakerId: string | null;
  /** the content is quoted verbatim */
  direct: boolean;
  /**
   * index in `attributions` of the earlier quotation whose speaker's turn this one carries on: the second half of
   * "“…,” he said, “…”" (same cue), or a quotation in the next paragraph with no cue of its own; null otherwise
   */
  continues: number | null;
  /** 0..1: how much the rule that found it is to be trusted */
  confidence: number;
  /** entities named inside the content */
  mentions: DraftMention[];
}

export interface ProposedEntity {
  name: string;
  type: EntityType;
  /** every place the text names it */
  mentions: DraftSpan[];
}

export interface DraftDate {
  /** "2018", "2020-11" or "2020-11-03" */
  date: string;
  span: DraftSpan;
}

export interface Draft {
  attributions: DraftAttribution[];
  /** speakers and named entities that are not among the known entities */
  entities: ProposedEntity[];
  dates: DraftDate[];
}

export interface DraftOptions {
  knownEntities?: KnownEntity[];
}
