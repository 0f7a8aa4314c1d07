/**
 * A draft of who said what turned into an import dataset (`claimgraph-dataset/2`) that `validateDataset` accepts:
 *
 *  - one held document: the article's text (`textFile`, with its SHA-256), its title, and its headline, URL,
 *    outlet and date when given; each of those four that is not given is listed as unknown, with the reason
 *    NOT_GIVEN_REASON (or why the outlet given could not be used);
 *  - the entities the draft proposes (people, outlets, organizations), each with a new slug and, as evidence,
 *    every place the text names it;
 *  - the known entities the statements involve, under their own slug and with the spans naming them in this text
 *    as evidence: the file then checks on its own (`claimgraph verify`), and importing it merges them into the
 *    stored entities (same slug) and adds those spans to them. A known entity the text never names is referred to
 *    by its slug alone, which is valid against the graph it comes from (importDataset checks references against the
 *    stored records, src/ingest/existingRecords.ts);
 *  - one statement per attribution that has a speaker who can speak (a person or an outlet): the quoted or reported
 *    words, direct or not, the entities named in them (stance NEUTRAL: the draft does not judge stance), and the
 *    span as evidence, in the speaker's voice (SPEAKER). The one exception is the document's own outlet reporting
 *    in its own words ("The Herald found that …" in the Herald): that is the document's voice (DOCUMENT), narration
 *    spoken by its outlet, verbatim. An attribution without a speaker is left out: the article's own narration is
 *    nobody's statement, and a draft does not put it in anyone's mouth.
 *
 * Everything proposed is a draft for an editor to correct before importing; `notes` says what was left out and why.
 */
import {
  DATASET_FORMAT,
  DOCUMENT_FACT_FIELDS,
  ORGANIZATION_KINDS,
  OUTLET_KINDS,
  type Dataset,
  type EntityType,
  type EvidenceRecord,
  type MentionRecord,
  type OrganizationKind,
  type OutletKind,
  type StatementRecord,
  type UnknownDocumentFact,
} from '../domain/dataset.js';
import { parsePartialDate, PartialDateError } from '../domain/partialDate.js';
import { CodePointText, EVIDENCE_CONTEXT_WIDTH, sha256Hex, spanContext } from '../domain/spans.js';
import type { Draft, DraftAttribution } from '../draft/index.js';
import { InvalidOptionError } from './errors.js';
import type { CatalogEntity } from './knownEntities.js';
import { SlugRegistry } from './slugs.js';

/** An outlet's kind when nothing says what it is: the most general one. */
const DEFAULT_OUTLET_KIND: OutletKind = 'WEBSITE';
const DEFAULT_ORGANIZATION_KIND: OrganizationKind = 'OTHER';
/** Why a drafted document's url, published, headline or outlet is unknown when it was not given. */
export const NOT_GIVEN_REASON = 'not given when drafting';

export interface DatasetOptions {
  /** the text the draft was made from: the held document's text */
  text: string;
  title: string;
  /** the headline exactly as published, when known (the title is otherwise an editor's description) */
  headline?: string;
  url?: string;
  /** the name of the outlet that published the article */
  outlet?: string;
  /** a partial date: YYYY, YYYY-MM or YYYY-MM-DD */
  published?: string;
  /** the entities of the graph, as given to the drafter */
  knownEntities?: readonly CatalogEntity[];
  /** the held text's file name, relative to the dataset file; `<document slug>.txt` by default */
  textFile?: string;
  /** slugs already used in the graph: new records get other ones */
  takenSlugs?: Iterable<string>;
}

export interface ProposedRecord {
  slug: string;
  name: string;
  type: EntityType;
  /** [start, end) in code points, with the text */
  mentions: { start: number; end: number; exact: string }[];
}

export interface DatasetDraft {
  dataset: Dataset;
  /** the held document's slug -> its text: the `texts` importDataset takes with the dataset */
  heldTexts: Map<string, string>;
  documentSlug: string;
  /** per attribution of the draft, in its order: the slug of its statement, or null when it was left out */
  statementSlugs: (string | null)[];
  /** the new entities the dataset proposes */
  proposed: ProposedRecord[];
  /** known entities the dataset refers to by slug without a record (the text does not name them) */
  referencedOnly: string[];
  /** what was left out or guessed, for the editor */
  notes: string[];
}

interface Span {
  start: number;
  end: number;
}

/** An entity the dataset involves, known or proposed, and the spans naming it. */
interface Involved {
  slug: string;
  name: string;
  type: EntityType;
  aliases: string[];
  kind: string | null;
  known: boolean;
  spans: Span[];
}

export function draftToDataset(draft: Draft, options: DatasetOptions): DatasetDraft {
  return new DatasetBuilder(draft, options).build();
}

class DatasetBuilder {
  private readonly doc: CodePointText;
  private readonly slugs: SlugRegistry;
  private readonly knownBySlug: Map<string, CatalogEntity>;
  /** known entities by lowercased slug, name and alias */
  private readonly knownByName = new Map<string, CatalogEntity[]>();
  /** involved entities by slug, in the order first involved */
  private readonly involved = new Map<string, Involved>();
  /** proposed entities by lowercased name */
  private readonly proposedByName = new Map<string, Involved>();
  private readonly notes: string[] = [];

  constructor(
    private readonly draft: Draft,
    private readonly options: DatasetOptions,
  ) {
    this.doc = new CodePointText(options.text);
    const known = options.knownEntities ?? [];
    this.knownBySlug = new Map(known.map((entity) => [entity.slug, entity]));
    this.slugs = new SlugRegistry(options.takenSlugs);
    for (const entity of known) {
      this.slugs.reserve(entity.slug);
      // as importing matches entities: by slug, name or alias, ignoring case
      for (const name of new Set([entity.slug, entity.name, ...entity.aliases].map((n) => n.toLowerCase()))) {
        this.knownByName.set(name, [...(this.knownByName.get(name) ?? []), entity]);
      }
    }
  }

  build(): DatasetDraft {
    const { text, title } = this.options;
    const cleanTitle = title.trim();
    if (cleanTitle === '') throw new InvalidOptionError('title', 'the title is empty');
    const published = checkPublished(this.options.published);
    const url = checkUrl(this.options.url);
    // a blank headline is no headline
    const headline = this.options.headline?.trim() || undefined;

    const documentSlug = this.slugs.claim(cleanTitle, 'article', 8);
    const textFile = this.options.textFile ?? `${documentSlug}.txt`;
    this.proposeDraftEntities();
    const outletSlug = this.resolveOutlet();
    const statementSlugs: (string | null)[] = [];
    const statements: StatementRecord[] = [];
    this.draft.attributions.forEach((attribution, index) => {
      const statement = this.statement(attribution, index, documentSlug, outletSlug);
      statementSlugs.push(statement?.slug ?? null);
      if (statement !== null) statements.push(statement);
    });

    const records = this.entityRecords(documentSlug);
    const present = new Set([...records.recorded, ...records.referencedOnly]);
    const kept = statements.filter((statement) => {
      if (present.has(statement.speaker)) return true;
      this.notes.push(`the statement "${statement.slug}" is left out: the text has no span naming its speaker`);
      statementSlugs[statementSlugs.indexOf(statement.slug)] = null;
      return false;
    });
    for (const statement of kept) statement.mentions = statement.mentions.filter((m) => present.has(m.entity));
    const given = { url, published, headline, outlet: outletSlug };
    const unknown: UnknownDocumentFact[] = DOCUMENT_FACT_FIELDS.filter((field) => given[field] === undefined).map(
      (field) => ({
        field,
        reason:
          field === 'outlet' && this.options.outlet !== undefined
            ? `given when drafting as ${JSON.stringify(this.options.outlet.trim())}, which is neither in the graph nor named in the text`
            : NOT_GIVEN_REASON,
      }),
    );
    const dataset: Dataset = {
      format: DATASET_FORMAT,
      documents: [
        {
          slug: documentSlug,
          title: cleanTitle,
          ...(headline !== undefined ? { headline } : {}),
          ...(url !== undefined ? { url } : {}),
          ...(outletSlug !== undefined ? { outlet: outletSlug } : {}),
          ...(published !== undefined ? { published } : {}),
          ...(unknown.length > 0 ? { unknown } : {}),
          textFile,
          sha256: sha256Hex(text),
        },
      ],
      people: records.people,
      outlets: records.outlets,
      organizations: records.organizations,
      events: [],
      statements: kept,
      claims: [],
      relationships: [],
    };
    const proposed = [...this.involved.values()]
      .filter((entity) => !entity.known && entity.spans.length > 0)
      .map((entity) => ({
        slug: entity.slug,
        name: entity.name,
        type: entity.type,
        mentions: entity.spans.map((span) => ({ ...span, exact: this.doc.slice(span.start, span.end) })),
      }));
    return {
      dataset,
      heldTexts: new Map([[documentSlug, text]]),
      documentSlug,
      statementSlugs,
      proposed,
      referencedOnly: records.referencedOnly,
      notes: this.notes,
    };
  }

  /** Every entity the drafter proposes gets a slug, whether or not a statement involves it. */
  private proposeDraftEntities(): void {
    for (const entity of this.draft.entities) {
      this.propose(
        entity.name,
        entity.type,
        entity.mentions.map(({ start, end }) => ({ start, end })),
      );
    }
  }

  /**
   * A new entity for a name, or the known entity that has it as name or alias (of the same type, if one has it):
   * the graph's entity is never proposed again under a second slug.
   */
  private propose(name: string, type: EntityType, spans: Span[]): Involved {
    const key = name.toLowerCase();
    const known = this.knownByName.get(key);
    const match = known?.find((entity) => entity.type === type) ?? known?.[0];
    if (match !== undefined) {
      const entity = this.involveKnown(match.slug)!;
      entity.spans.push(...spans);
      return entity;
    }
    const existing = this.proposedByName.get(key);
    if (existing !== undefined) {
      existing.spans.push(...spans);
      return existing;
    }
    const fallback = type === 'PERSON' ? 'person' : type === 'OUTLET' ? 'outlet' : 'organization';
    const entity: Involved = {
      slug: this.slugs.claim(name, fallback),
      name,
      type,
      aliases: [],
      kind: null,
      known: false,
      spans: [...spans],
    };
    this.proposedByName.set(key, entity);
    this.involved.set(entity.slug, entity);
    return entity;
  }

  private involveKnown(slug: string): Involved | undefined {
    const existing = this.involved.get(slug);
    if (existing !== undefined) return existing;
    const known = this.knownBySlug.get(slug);
    if (known === undefined) return undefined;
    const entity: Involved = { ...known, known: true, aliases: [...known.aliases], spans: [] };
    this.involved.set(slug, entity);
    return entity;
  }

  /** The document's outlet: a known outlet by name or alias, else one the text names, else none (noted). */
  private resolveOutlet(): string | undefined {
    const name = this.options.outlet?.trim();
    if (this.options.outlet !== undefined && name === '')
      throw new InvalidOptionError('outlet', 'the outlet name is empty');
    if (name === undefined) return undefined;
    const lower = name.toLowerCase();
    const known = [...this.knownBySlug.values()].find(
      (entity) => entity.type === 'OUTLET' && [entity.name, ...entity.aliases].some((n) => n.toLowerCase() === lower),
    );
    if (known !== undefined) return this.involveKnown(known.slug)!.slug;
    const proposed = this.proposedByName.get(lower);
    if (proposed !== undefined) {
      proposed.type = 'OUTLET';
      return proposed.slug;
    }
    const spans = findNamed(this.doc, [name]);
    if (spans.length > 0) return this.propose(name, 'OUTLET', spans).slug;
    this.notes.push(
      `the outlet ${JSON.stringify(name)} is neither in the graph nor named in the text, so it cannot be proposed ` +
        'with evidence: the document is left without an outlet',
    );
    return undefined;
  }

  private statement(
    attribution: DraftAttribution,
    index: number,
    documentSlug: string,
    documentOutlet: string | undefined,
  ): StatementRecord | null {
    const label = `attribution ${index + 1} (${JSON.stringify(shorten(attribution.content.exact, 40))})`;
    const speaker = this.speakerOf(attribution);
    if (speaker === null) return null;
    if (speaker.type === 'ORGANIZATION') {
      this.notes.push(
        `${label} is left out: its speaker ${speaker.name} is an organization, and only a person or an outlet can speak`,
      );
      return null;
    }
    const words = attribution.content.exact.trim() === '' ? '' : attribution.content.exact;
    if (words === '') {
      this.notes.push(`${label} is left out: it has no words`);
      return null;
    }
    const mentions: MentionRecord[] = [];
    const seen = new Set<string>();
    for (const mention of attribution.mentions) {
      const entity = this.mentioned(mention.entitySlug, mention.proposedName, mention);
      if (entity === undefined || seen.has(entity.slug)) continue;
      seen.add(entity.slug);
      mentions.push({ entity: entity.slug, stance: 'NEUTRAL' });
    }
    // the document's own outlet reporting in its own words is the document's voice: narration, not a paraphrase
    const narration = !attribution.direct && speaker.slug === documentOutlet;
    return {
      slug: this.slugs.claim(`${speaker.slug} ${words}`, 'statement', 7),
      speaker: speaker.slug,
      voice: narration ? 'DOCUMENT' : 'SPEAKER',
      quote: words,
      isDirectQuote: attribution.direct,
      attributionConfidence: narration
        ? 'NARRATED_BY_SOURCE'
        : attribution.direct
          ? 'DIRECT_QUOTE_IN_SOURCE'
          : 'PARAPHRASED_BY_SOURCE',
      mentions,
      evidence: [this.evidence(documentSlug, attribution.content)],
    };
  }

  /** Who the attribution's speaker is in the dataset, or null (noted) when it has none. */
  private speakerOf(attribution: DraftAttribution): Involved | null {
    if (attribution.speakerId !== null) {
      const known = this.involveKnown(attribution.speakerId);
      if (known !== undefined) {
        const source = attribution.source;
        if (source !== null && namesEntity(source.exact, known))
          known.spans.push({ start: source.start, end: source.end });
        return known;
      }
    }
    const name = attribution.speaker?.trim();
    if (name === undefined || name === '') return null;
    const proposed = this.proposedByName.get(name.toLowerCase());
    if (proposed !== undefined) return proposed;
    const spans = findNamed(this.doc, [name]);
    if (spans.length > 0) return this.propose(name, 'PERSON', spans);
    this.notes.push(
      `the statement ${JSON.stringify(shorten(attribution.content.exact, 40))} is left out: its speaker ` +
        `${JSON.stringify(name)} is not named in the text, so there is no evidence for them`,
    );
    return null;
  }

  private mentioned(entitySlug: string | null, proposedName: string | null, span: Span): Involved | undefined {
    if (entitySlug !== null) {
      const known = this.involveKnown(entitySlug);
      known?.spans.push({ start: span.start, end: span.end });
      return known;
    }
    if (proposedName === null) return undefined;
    return this.proposedByName.get(proposedName.toLowerCase()) ?? this.propose(proposedName, 'PERSON', [span]);
  }

  private evidence(document: string, span: Span): EvidenceRecord {
    const { prefix, suffix } = spanContext(this.doc, span.start, span.end, EVIDENCE_CONTEXT_WIDTH);
    return { document, start: span.start, end: span.end, exact: this.doc.slice(span.start, span.end), prefix, suffix };
  }

  private entityRecords(documentSlug: string) {
    const people: Dataset['people'] = [];
    const outlets: Dataset['outlets'] = [];
    const organizations: Dataset['organizations'] = [];
    const referencedOnly: string[] = [];
    const recorded: string[] = [];
    for (const entity of this.involved.values()) {
      if (entity.known && entity.spans.length === 0) {
        // the drafter matched it without a span naming it (a pronoun); the text may still name it elsewhere
        entity.spans.push(...findNamed(this.doc, [entity.name, ...entity.aliases]));
      }
      const spans = uniqueSpans(entity.spans);
      if (spans.length === 0) {
        if (entity.known) referencedOnly.push(entity.slug);
        continue;
      }
      recorded.push(entity.slug);
      const evidence = spans.map((span) => this.evidence(documentSlug, span));
      const aliases = entity.aliases.length > 0 ? { aliases: entity.aliases } : {};
      const base = { slug: entity.slug, name: entity.name, ...aliases, evidence };
      if (entity.type === 'PERSON') people.push(base);
      else if (entity.type === 'OUTLET') outlets.push({ ...base, kind: outletKind(entity.kind) });
      else organizations.push({ ...base, kind: organizationKind(entity.kind) });
    }
    for (const slug of referencedOnly) {
      this.notes.push(
        `the known entity "${slug}" is referred to by its slug only (the text does not name it): the dataset is ` +
          'valid against the graph it was drafted from, but `claimgraph verify` on the file alone cannot see it',
      );
    }
    return { people, outlets, organizations, referencedOnly, recorded };
  }
}

function outletKind(kind: string | null): OutletKind {
  return (OUTLET_KINDS as readonly string[]).includes(kind ?? '') ? (kind as OutletKind) : DEFAULT_OUTLET_KIND;
}

function organizationKind(kind: string | null): OrganizationKind {
  return (ORGANIZATION_KINDS as readonly string[]).includes(kind ?? '')
    ? (kind as OrganizationKind)
    : DEFAULT_ORGANIZATION_KIND;
}

function namesEntity(words: string, entity: { name: string; aliases: string[] }): boolean {
  const lower = words.trim().toLowerCase();
  return [entity.name, ...entity.aliases].some((name) => name.toLowerCase() === lower);
}

/** Every place the text has one of the names as whole words (case-sensitive: names are capitalized). */
function findNamed(doc: CodePointText, names: readonly string[]): Span[] {
  const spans: Span[] = [];
  for (const name of names) {
    if (name.trim() === '') continue;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const match of doc.text.matchAll(pattern)) {
      const start = codePointOffset(doc.text, match.index);
      spans.push({ start, end: start + Array.from(match[0]).length });
    }
  }
  return spans;
}

function codePointOffset(text: string, utf16: number): number {
  return Array.from(text.slice(0, utf16)).length;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function uniqueSpans(spans: readonly Span[]): Span[] {
  const byKey = new Map(spans.map((span) => [`${span.start}:${span.end}`, span]));
  return [...byKey.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

function checkPublished(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    return parsePartialDate(value.trim()).iso;
  } catch (error) {
    if (error instanceof PartialDateError) throw new InvalidOptionError('published', error.message);
    throw error;
  }
}

function checkUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const url = value.trim();
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    throw new InvalidOptionError(
      'url',
      `the URL must be an absolute http or https address, found ${JSON.stringify(value)}`,
    );
  }
  return url;
}

/** The words cut to about `length` characters at a word boundary, with an ellipsis when cut. */
export function shorten(words: string, length: number): string {
  const flat = words.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
