/**
 * The dataset to import from a draft and the editor's decisions: the draft's own dataset (which would import every
 * attribution as drafted) cut down to the accepted attributions, with the editor's changes applied.
 *
 *  - one statement per accepted attribution: the draft's statement, or a new one for an attribution the draft's
 *    dataset left out (no speaker found, or one it could not use), with the speaker the editor chose, the direct /
 *    reported flag (and the attribution confidence that goes with it) and the mentions the editor kept;
 *  - a speaker from the graph is referred to by its slug (importArticle checks references against the stored
 *    records); a new speaker gets a record with a fresh slug and, as evidence, every place the text names it (or
 *    the description the text gives at the cue, "the festival's director"); a name the draft already proposes, or an entity the draft
 *    already has a record of, is reused rather than added twice;
 *  - every reference stays valid: the statements of rejected attributions go, and with them the claims that only
 *    they made, the reviews of those claims and the references to them; people, outlets and organizations that no
 *    kept record refers to any more are left out.
 *
 * What cannot be imported as decided (an accepted attribution without a speaker, a new speaker the text never
 * names) is returned as a problem of that attribution: the page shows it there and sends nothing. The server checks
 * everything again on import, spans included.
 *
 * Pure and DOM-free. Records keep the fields this module does not know (whatever the dataset format adds), and the
 * dataset keeps its format.
 */
import { CodePoints, type EvidenceJson, type Span } from './codePoints.js';
import { claimSlug, slugify } from './slugify.js';
import type { ArticleDraft, AttributionDecision, DraftedAttribution, EntityKind, GraphEntity } from './draftTypes.js';

type Json = Record<string, unknown>;

export interface EntityRecordJson extends Json {
  slug: string;
  name: string;
  aliases?: string[];
  evidence: EvidenceJson[];
}

export interface MentionJson extends Json {
  entity: string;
}

export interface StatementJson extends Json {
  slug: string;
  speaker: string;
  quote: string;
  isDirectQuote: boolean;
  attributionConfidence: string;
  mentions: MentionJson[];
  evidence: EvidenceJson[];
  voice?: string;
  respondsTo?: string[];
  disputes?: string[];
}

export interface DatasetJson extends Json {
  format: string;
  documents: Json[];
  people: EntityRecordJson[];
  outlets: EntityRecordJson[];
  organizations: EntityRecordJson[];
  events: Json[];
  statements: StatementJson[];
  claims: Json[];
  reviews?: Json[];
  relationships: Json[];
}

/** A problem that keeps the plan from being imported; `attribution` is null for the plan as a whole. */
export interface PlanProblem {
  attribution: number | null;
  message: string;
}

/** An entity the import adds to the graph (the draft proposed it, or the editor named it). */
export interface NewEntity {
  slug: string;
  name: string;
  type: EntityKind;
}

export interface ImportPlan {
  /** the dataset to pass to importArticle */
  dataset: DatasetJson;
  /** the held texts to pass with it */
  texts: { document: string; text: string }[];
  /** accepted attribution index -> the slug of its statement in `dataset` */
  statementSlugs: Map<number, string>;
  /** accepted attribution index -> its speaker */
  speakers: Map<number, { slug: string; name: string }>;
  /** entity slug -> the accepted attributions that involve it (speaker or mention), to place the server's problems */
  entityUsers: Map<string, number[]>;
  /** the entities the import adds to the graph */
  newEntities: NewEntity[];
  /** why the plan cannot be imported; empty when it can */
  problems: PlanProblem[];
}

const COLLECTION_OF: Record<EntityKind, 'people' | 'outlets' | 'organizations'> = {
  PERSON: 'people',
  OUTLET: 'outlets',
  ORGANIZATION: 'organizations',
};
const TYPE_LABELS: Record<EntityKind, string> = { PERSON: 'person', OUTLET: 'outlet', ORGANIZATION: 'organization' };
/** The kinds a new outlet or organization gets when nothing says which it is (as the server's drafts do). */
const DEFAULT_KINDS: Partial<Record<EntityKind, string>> = { OUTLET: 'WEBSITE', ORGANIZATION: 'OTHER' };
/** Words at a cue that refer to someone without describing them: no evidence for a new entity. */
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them', 'his', 'their', 'its']);
/** Fields whose strings are words of the text, never references to records. */
const TEXT_FIELDS = new Set([
  'evidence',
  'quote',
  'text',
  'title',
  'headline',
  'name',
  'aliases',
  'description',
  'reason',
  'explanation',
  'completions',
  'url',
  'sha256',
  'textFile',
  'slug',
]);

export function buildImportDataset(draft: ArticleDraft, decisions: readonly AttributionDecision[]): ImportPlan {
  return new ImportDatasetBuilder(draft, decisions).build();
}

/** The draft's dataset, checked for the collections the rebuild reads and copied (the draft itself is untouched). */
export function readDraftDataset(value: unknown): DatasetJson {
  if (!isObject(value) || typeof value.format !== 'string') {
    throw new Error('the draft has no dataset in a format this page reads');
  }
  const copy = JSON.parse(JSON.stringify(value)) as Json;
  for (const name of ['documents', 'people', 'outlets', 'organizations', 'events', 'statements', 'claims']) {
    if (copy[name] === undefined) copy[name] = [];
    if (!Array.isArray(copy[name])) throw new Error(`the draft's dataset has no list of ${name}`);
  }
  if (copy.relationships === undefined) copy.relationships = [];
  return copy as DatasetJson;
}

interface EntityEntry {
  type: EntityKind;
  record: EntityRecordJson;
  /** false for the graph's own entities, which the dataset names to add this text's spans to them */
  isNew: boolean;
}

class ImportDatasetBuilder {
  private readonly doc: CodePoints;
  private readonly dataset: DatasetJson;
  /** every entity record of the dataset, by slug, in order (the draft's first, then the editor's) */
  private readonly entities = new Map<string, EntityEntry>();
  /** entity slug by lowercased name and alias */
  private readonly entityByName = new Map<string, string>();
  /** every slug of the dataset, whatever its kind: new records take others */
  private readonly usedSlugs = new Set<string>();
  private readonly problems: PlanProblem[] = [];

  constructor(
    private readonly draft: ArticleDraft,
    private readonly decisions: readonly AttributionDecision[],
  ) {
    this.doc = new CodePoints(draft.text);
    this.dataset = readDraftDataset(draft.dataset);
    const proposed = new Set(draft.proposedEntities.map((entity) => entity.slug));
    for (const type of Object.keys(COLLECTION_OF) as EntityKind[]) {
      for (const record of this.dataset[COLLECTION_OF[type]]) {
        this.entities.set(record.slug, { type, record, isNew: proposed.has(record.slug) });
        for (const name of [record.name, ...(record.aliases ?? [])]) {
          if (!this.entityByName.has(name.toLowerCase())) this.entityByName.set(name.toLowerCase(), record.slug);
        }
      }
    }
    for (const name of ['documents', 'events', 'statements', 'claims', 'reviews', 'relationships'] as const) {
      for (const record of this.dataset[name] ?? [])
        if (typeof record.slug === 'string') this.usedSlugs.add(record.slug);
    }
    for (const slug of this.entities.keys()) this.usedSlugs.add(slug);
    // statements the editor adds must not take the slugs of the draft's statements left out either
    for (const attribution of draft.attributions) {
      if (attribution.statementSlug !== null) this.usedSlugs.add(attribution.statementSlug);
    }
  }

  build(): ImportPlan {
    const drafted = new Map(this.dataset.statements.map((statement) => [statement.slug, statement]));
    const kept: StatementJson[] = [];
    const statementSlugs = new Map<number, string>();
    const speakers = new Map<number, { slug: string; name: string }>();
    this.draft.attributions.forEach((attribution, index) => {
      const decision = this.decisions[index];
      if (decision?.verdict !== 'accepted') return;
      const speaker = this.speakerOf(attribution, decision, index);
      if (speaker === null) return;
      const original = attribution.statementSlug === null ? undefined : drafted.get(attribution.statementSlug);
      const statement = original
        ? this.editedStatement(original, decision, speaker)
        : this.newStatement(attribution, index, decision, speaker);
      if (statement === null) return;
      kept.push(statement);
      statementSlugs.set(index, statement.slug);
      speakers.set(index, speaker);
    });
    if (this.decisions.every((decision) => decision.verdict !== 'accepted')) {
      this.problems.push({ attribution: null, message: 'Accept at least one attribution to import.' });
    }

    const keptSlugs = new Set(kept.map((statement) => statement.slug));
    const droppedStatements = new Set([...drafted.keys()].filter((slug) => !keptSlugs.has(slug)));
    const claims = this.keptClaims(droppedStatements);
    const claimSlugs = new Set(claims.map((claim) => claim.slug));
    const droppedClaims = new Set(
      this.dataset.claims
        .map((claim) => claim.slug)
        .filter((slug): slug is string => typeof slug === 'string' && !claimSlugs.has(slug)),
    );
    for (const statement of kept) {
      if (statement.respondsTo)
        statement.respondsTo = statement.respondsTo.filter((slug) => !droppedStatements.has(slug));
      if (statement.disputes) statement.disputes = statement.disputes.filter((slug) => !droppedClaims.has(slug));
    }
    const reviews = this.dataset.reviews?.filter((review) => !droppedClaims.has(String(review.claim)));

    const referenced = new Set<string>();
    for (const record of [
      ...this.dataset.documents,
      ...this.dataset.events,
      ...kept,
      ...claims,
      ...(reviews ?? []),
      ...this.dataset.relationships,
    ]) {
      collectReferences(record, referenced);
    }
    const keptEntities = [...this.entities.values()].filter(({ record }) => referenced.has(record.slug));
    const dataset: DatasetJson = {
      ...this.dataset,
      people: keptEntities.filter((entry) => entry.type === 'PERSON').map((entry) => entry.record),
      outlets: keptEntities.filter((entry) => entry.type === 'OUTLET').map((entry) => entry.record),
      organizations: keptEntities.filter((entry) => entry.type === 'ORGANIZATION').map((entry) => entry.record),
      statements: kept,
      claims,
      ...(reviews !== undefined ? { reviews } : {}),
    };

    const entityUsers = new Map<string, number[]>();
    for (const [index, slug] of statementSlugs) {
      const statement = kept.find((candidate) => candidate.slug === slug)!;
      for (const entity of new Set([statement.speaker, ...statement.mentions.map((mention) => mention.entity)])) {
        entityUsers.set(entity, [...(entityUsers.get(entity) ?? []), index]);
      }
    }
    return {
      dataset,
      texts: this.draft.texts.map(({ document, text }) => ({ document, text })),
      statementSlugs,
      speakers,
      entityUsers,
      newEntities: keptEntities
        .filter((entry) => entry.isNew)
        .map(({ record, type }) => ({ slug: record.slug, name: record.name, type })),
      problems: this.problems,
    };
  }

  /** The slug and name of the speaker the editor chose, or null (with a problem) when there is none to import. */
  private speakerOf(
    attribution: DraftedAttribution,
    decision: AttributionDecision,
    index: number,
  ): { slug: string; name: string } | null {
    const choice = decision.speaker;
    if (choice.kind === 'graph') return this.graphSpeaker(choice.entity);
    if (choice.kind === 'new') return this.newSpeaker(choice.name, choice.type, attribution, index);
    const statement = this.dataset.statements.find((candidate) => candidate.slug === attribution.statementSlug);
    if (statement !== undefined) {
      const entry = this.entities.get(statement.speaker);
      return { slug: statement.speaker, name: entry?.record.name ?? attribution.speaker ?? statement.speaker };
    }
    if (attribution.speakerEntity !== null) return this.graphSpeaker(attribution.speakerEntity);
    if (attribution.speaker !== null && attribution.speaker.trim() !== '') {
      return this.newSpeaker(attribution.speaker, 'PERSON', attribution, index);
    }
    this.problems.push({
      attribution: index,
      message: 'The draft found no speaker for these words: choose one before importing them.',
    });
    return null;
  }

  private graphSpeaker(entity: GraphEntity): { slug: string; name: string } {
    return { slug: entity.slug, name: entity.name };
  }

  /**
   * A new entity by name: the dataset's record of that name when it has one of that type (the draft's proposal, or
   * the graph's entity it already names), else a new record whose evidence is where the text names it.
   */
  private newSpeaker(
    rawName: string,
    type: EntityKind,
    attribution: DraftedAttribution,
    index: number,
  ): { slug: string; name: string } | null {
    const name = rawName.trim().replace(/\s+/g, ' ');
    if (name === '') {
      this.problems.push({
        attribution: index,
        message: 'Type the name of the new speaker, or choose one from the graph.',
      });
      return null;
    }
    const existingSlug = this.entityByName.get(name.toLowerCase());
    const existing = existingSlug === undefined ? undefined : this.entities.get(existingSlug);
    if (existing !== undefined && (existing.type === type || existing.isNew)) {
      if (existing.type !== type) this.retype(existing, type);
      return { slug: existing.record.slug, name: existing.record.name };
    }
    let spans: Span[] = this.doc.findNamed(name);
    if (spans.length === 0 && attribution.source !== null && isDescription(attribution.source.exact)) {
      spans = [attribution.source];
    }
    if (spans.length === 0) {
      this.problems.push({
        attribution: index,
        message:
          `“${name}” is not named in the article, so a new ${TYPE_LABELS[type]} has no evidence: write the name as ` +
          'the article does, or choose someone from the graph.',
      });
      return null;
    }
    const slug = claimSlug(slugify(name) || TYPE_LABELS[type], this.usedSlugs);
    const kind = DEFAULT_KINDS[type];
    const record: EntityRecordJson = {
      slug,
      name,
      ...(kind !== undefined ? { kind } : {}),
      evidence: spans.map((span) => this.doc.evidence(this.draft.documentSlug, span)),
    };
    this.entities.set(slug, { type, record, isNew: true });
    this.entityByName.set(name.toLowerCase(), slug);
    return { slug, name };
  }

  /** A proposed entity the editor says is of another type: the fields the new type has, and its default kind. */
  private retype(entry: EntityEntry, type: EntityKind): void {
    const { slug, name, aliases, evidence } = entry.record;
    const kind = DEFAULT_KINDS[type];
    entry.record = { slug, name, ...(aliases ? { aliases } : {}), ...(kind !== undefined ? { kind } : {}), evidence };
    entry.type = type;
  }

  private editedStatement(
    original: StatementJson,
    decision: AttributionDecision,
    speaker: { slug: string },
  ): StatementJson {
    const statement = JSON.parse(JSON.stringify(original)) as StatementJson;
    const speakerChanged = statement.speaker !== speaker.slug;
    statement.speaker = speaker.slug;
    statement.mentions = statement.mentions.filter((mention) => !decision.droppedMentions.includes(mention.entity));
    if (statement.voice === 'DOCUMENT') {
      // the text's own narration stays so unless the editor gave the words to someone
      if (!speakerChanged) {
        statement.isDirectQuote = decision.direct;
        return statement;
      }
      statement.voice = 'SPEAKER';
    }
    setDirect(statement, decision.direct);
    return statement;
  }

  /** A statement for an attribution the draft's dataset left out. */
  private newStatement(
    attribution: DraftedAttribution,
    index: number,
    decision: AttributionDecision,
    speaker: { slug: string },
  ): StatementJson | null {
    const { content } = attribution;
    if (content.exact.trim() === '') {
      this.problems.push({ attribution: index, message: 'These words are empty: there is nothing to import.' });
      return null;
    }
    // the format records whose voice a statement is in since format 2; format 1 refuses the field
    const hasVoice =
      this.dataset.format !== 'claimgraph-dataset/1' ||
      this.dataset.statements.some((statement) => statement.voice !== undefined);
    const statement: StatementJson = {
      slug: claimSlug(`${this.draft.documentSlug}-attribution-${index + 1}`, this.usedSlugs),
      speaker: speaker.slug,
      ...(hasVoice ? { voice: 'SPEAKER' } : {}),
      quote: content.exact,
      isDirectQuote: decision.direct,
      attributionConfidence: 'PARAPHRASED_BY_SOURCE',
      mentions: [],
      evidence: [this.doc.evidence(this.draft.documentSlug, content)],
    };
    setDirect(statement, decision.direct);
    return statement;
  }

  /** The claims left once the dropped statements' appearances are gone: a claim only they made goes too. */
  private keptClaims(droppedStatements: ReadonlySet<string>): Json[] {
    return this.dataset.claims.flatMap((claim) => {
      if (!Array.isArray(claim.appearances)) return [claim];
      const appearances = claim.appearances.filter(
        (appearance) =>
          !(
            isObject(appearance) &&
            typeof appearance.statement === 'string' &&
            droppedStatements.has(appearance.statement)
          ),
      );
      return appearances.length === 0 ? [] : [{ ...claim, appearances }];
    });
  }
}

/** Direct or reported, and the attribution confidence that goes with it (a second-hand report stays one). */
function setDirect(statement: StatementJson, direct: boolean): void {
  statement.isDirectQuote = direct;
  if (direct) statement.attributionConfidence = 'DIRECT_QUOTE_IN_SOURCE';
  else if (['DIRECT_QUOTE_IN_SOURCE', 'NARRATED_BY_SOURCE'].includes(statement.attributionConfidence)) {
    statement.attributionConfidence = 'PARAPHRASED_BY_SOURCE';
  }
}

/**
 * Whether the words the text names a speaker with describe them ("the festival's director", "a spokeswoman"): then
 * they are evidence for whoever the editor says that is. A name (capitalized) is evidence for that name only, and a
 * pronoun for nobody.
 */
function isDescription(words: string): boolean {
  const text = words.trim();
  return /^\p{Ll}/u.test(text) && !PRONOUNS.has(text.toLowerCase());
}

/** Every string of a record outside its words and evidence: the slugs it refers to (and a few harmless others). */
function collectReferences(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) value.forEach((item) => collectReferences(item, into));
  else if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) if (!TEXT_FIELDS.has(key)) collectReferences(item, into);
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
