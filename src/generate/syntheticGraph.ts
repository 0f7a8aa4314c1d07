/**
 * A synthetic knowledge graph with the article's shape, at any scale: people, outlets and organisations (with
 * aliases and evidence), events with partial dates, held documents whose text carries every quote and paraphrase
 * (each giving its headline, and listing what it does not give as unknown), statements in their speakers' voices
 * with mentions and stances, claims with their claimants, appearances and reviews, and relationships with dated
 * states, each with its basis (mostly stated, some inferred from their span).
 * Who speaks and who is spoken about follow a Zipf law: a few people are quoted and discussed everywhere, most
 * rarely.
 *
 * The graph is cut into shards, each a complete dataset in the import format: shard 0 holds the entities and
 * events (with the held "directory" documents that name them), and each later shard holds documents, statements,
 * claims, reviews and relationships that refer to shard 0's records by slug. Every shard is generated from the
 * seed and its own number alone, so shards can be written one at a time in constant memory.
 */
import { sha256Hex } from '../domain/spans.js';
import {
  ATTRIBUTION_CONFIDENCES,
  DATASET_FORMAT,
  type ClaimRecord,
  type Dataset,
  type DocumentRecord,
  type EventKind,
  type EventRecord,
  type OrganizationKind,
  type OutletKind,
  type RelationshipRecord,
  type RelationshipStateRecord,
  type RelationshipStatus,
  type RelationshipType,
  type ReviewRecord,
  type Stance,
  type StatementRecord,
} from '../domain/dataset.js';
import { RATING_LABELS } from '../domain/claimStatus.js';
import { HeldTextBuilder } from './heldText.js';
import { Random, ZipfSampler } from './random.js';
import {
  CITIES,
  CLAIM_PREDICATES,
  CLOSERS,
  coinedWord,
  OPENERS,
  personName,
  PROFESSIONS,
  slugify,
  STANCE_PHRASES,
  TOPICS,
} from './vocabulary.js';

export interface SyntheticGraphOptions {
  statements: number;
  seed: number;
  /** statements per content shard (default 50,000): each shard is one JSON file, parsed whole on import */
  statementsPerShard?: number;
  /** statements reported by each held document (default 100) */
  statementsPerDocument?: number;
}

export interface GraphSizes {
  statements: number;
  people: number;
  outlets: number;
  organizations: number;
  events: number;
  contentShards: number;
  statementsPerShard: number;
  statementsPerDocument: number;
}

export function graphSizes(options: SyntheticGraphOptions): GraphSizes {
  const { statements } = options;
  if (!Number.isInteger(statements) || statements < 1) throw new Error('statements must be a positive integer');
  const statementsPerShard = options.statementsPerShard ?? 50_000;
  return {
    statements,
    people: Math.max(20, Math.round(statements / 50)),
    outlets: Math.max(8, Math.round(statements / 1_000)),
    organizations: Math.max(4, Math.round(statements / 10_000)),
    events: Math.max(10, Math.round(statements / 20)),
    contentShards: Math.ceil(statements / statementsPerShard),
    statementsPerShard,
    statementsPerDocument: options.statementsPerDocument ?? 100,
  };
}

/** One dataset file and the held texts it names (by their `textFile` paths, relative to the dataset file). */
export interface SyntheticShard {
  name: string;
  dataset: Dataset;
  texts: Map<string, string>;
}

type EntityType = 'PERSON' | 'OUTLET' | 'ORGANIZATION';

export interface SyntheticEntity {
  slug: string;
  name: string;
  type: EntityType;
}

interface SyntheticEvent {
  slug: string;
  kind: EventKind;
  title: string;
  date: string | undefined;
  participants: SyntheticEntity[];
  outlet: SyntheticEntity | undefined;
}

const DIRECTORY_LINES_PER_DOCUMENT = 2_000;
const INFERRED_RELATIONSHIP_REASON = 'the report’s sentence implies the relationship without stating it';
const FIRST_YEAR = 2005;
const LAST_YEAR = 2024;
const STANCES: Stance[] = ['NEUTRAL', 'SUPPORTS', 'CRITICIZES', 'OPPOSES', 'DISPUTES'];
const STANCE_WEIGHTS = [30, 20, 25, 10, 15];
const EVENT_KINDS: EventKind[] = [
  'INTERVIEW',
  'SOCIAL_MEDIA_POST',
  'PODCAST_EPISODE',
  'CAMPAIGN',
  'ELECTION',
  'ENDORSEMENT',
  'PUBLICATION',
  'OTHER',
];
const EVENT_KIND_WEIGHTS = [30, 25, 20, 6, 4, 8, 4, 3];
const OUTLET_KINDS: OutletKind[] = [
  'MAGAZINE',
  'NEWSPAPER',
  'TV_NETWORK',
  'PODCAST',
  'TV_SHOW',
  'SOCIAL_NETWORK',
  'WEBSITE',
];
const ORGANIZATION_KINDS: OrganizationKind[] = ['POLITICAL_PARTY', 'COMPANY', 'GOVERNMENT', 'OTHER'];
const ORGANIZATION_WORDS: Record<OrganizationKind, string> = {
  POLITICAL_PARTY: 'Party',
  COMPANY: 'Records',
  GOVERNMENT: 'Council',
  OTHER: 'Collective',
};
const OUTLET_WORDS: Record<OutletKind, string> = {
  MAGAZINE: 'Monthly',
  NEWSPAPER: 'Daily',
  TV_NETWORK: 'Network',
  PODCAST: 'Podcast',
  TV_SHOW: 'Tonight',
  SOCIAL_NETWORK: 'Social',
  WEBSITE: 'Online',
};
const STATUS_PHRASES: Record<RelationshipStatus, string> = {
  ACTIVE: 'were on good terms',
  STRAINED: 'fell out',
  ENDED: 'cut ties',
};

export class SyntheticGraph {
  readonly sizes: GraphSizes;
  readonly people: SyntheticEntity[];
  readonly outlets: SyntheticEntity[];
  readonly organizations: SyntheticEntity[];
  private readonly aliases = new Map<string, string[]>();
  private readonly descriptions = new Map<string, string>();
  private readonly kinds = new Map<string, string>();
  private readonly events: SyntheticEvent[] = [];
  /** events each entity took part in, for a statement's occasion */
  private readonly eventsOf = new Map<string, SyntheticEvent[]>();
  /** popularity order: index 0 is the most quoted and most discussed */
  private readonly peopleByFame: SyntheticEntity[];
  private readonly outletsByFame: SyntheticEntity[];
  private readonly organizationsByFame: SyntheticEntity[];
  private readonly peopleZipf: ZipfSampler;
  private readonly outletZipf: ZipfSampler;
  private readonly organizationZipf: ZipfSampler;
  private readonly topicZipf = new ZipfSampler(TOPICS.length, 1);

  constructor(readonly options: SyntheticGraphOptions) {
    this.sizes = graphSizes(options);
    const random = new Random(options.seed, 0);
    this.people = Array.from({ length: this.sizes.people }, (_, n) => {
      const name = personName(n);
      return { slug: slugify(name), name, type: 'PERSON' as const };
    });
    this.outlets = Array.from({ length: this.sizes.outlets }, (_, n) => {
      const kind = OUTLET_KINDS[n % OUTLET_KINDS.length];
      const name = `The ${coinedWord(n + 11)} ${OUTLET_WORDS[kind]}`;
      this.kinds.set(slugify(name), kind);
      return { slug: slugify(name), name, type: 'OUTLET' as const };
    });
    this.organizations = Array.from({ length: this.sizes.organizations }, (_, n) => {
      const kind = ORGANIZATION_KINDS[n % ORGANIZATION_KINDS.length];
      const name = `${coinedWord(n + 5_000)} ${ORGANIZATION_WORDS[kind]}`;
      this.kinds.set(slugify(name), kind);
      return { slug: slugify(name), name, type: 'ORGANIZATION' as const };
    });
    for (const person of this.people) {
      if (random.chance(0.25)) {
        const [first, ...rest] = person.name.split(' ');
        const last = rest.join(' ');
        const alias = random.pick([`${first[0]}. ${last}`, `Big ${first}`, `${first}${last.length}`, `Lil ${last}`]);
        this.aliases.set(person.slug, [alias]);
      }
      this.descriptions.set(person.slug, `A ${random.pick(PROFESSIONS)} from ${random.pick(CITIES)}`);
    }
    this.peopleByFame = random.shuffled(this.people);
    this.outletsByFame = random.shuffled(this.outlets);
    this.organizationsByFame = random.shuffled(this.organizations);
    this.peopleZipf = new ZipfSampler(this.people.length, 1);
    this.outletZipf = new ZipfSampler(this.outlets.length, 1);
    this.organizationZipf = new ZipfSampler(this.organizations.length, 1);
    for (let n = 0; n < this.sizes.events; n++) this.events.push(this.newEvent(random, n));
  }

  /** The most quoted people, most quoted first. */
  famousPeople(count: number): SyntheticEntity[] {
    return this.peopleByFame.slice(0, count);
  }

  get shardCount(): number {
    return 1 + this.sizes.contentShards;
  }

  *shards(): Generator<SyntheticShard> {
    for (let index = 0; index < this.shardCount; index++) yield this.shard(index);
  }

  shard(index: number): SyntheticShard {
    return index === 0 ? this.baseShard() : new ContentShardWriter(this, index).write();
  }

  // --- choices shared by the shards ---------------------------------------------------------------------------

  person(random: Random): SyntheticEntity {
    return this.peopleByFame[this.peopleZipf.sample(random)];
  }

  outlet(random: Random): SyntheticEntity {
    return this.outletsByFame[this.outletZipf.sample(random)];
  }

  organization(random: Random): SyntheticEntity {
    return this.organizationsByFame[this.organizationZipf.sample(random)];
  }

  /** Who says something: mostly people, sometimes an outlet in its own voice. */
  speaker(random: Random): SyntheticEntity {
    return random.chance(0.9) ? this.person(random) : this.outlet(random);
  }

  /** Who is spoken about: mostly people, then organisations and outlets. */
  subject(random: Random): SyntheticEntity {
    const u = random.next();
    return u < 0.85 ? this.person(random) : u < 0.95 ? this.organization(random) : this.outlet(random);
  }

  topic(random: Random): string {
    // one topic in ten is a rare coined one, so search meets a long tail of words
    return random.chance(0.1) ? `${coinedWord(random.int(0, 20_000))} affair` : TOPICS[this.topicZipf.sample(random)];
  }

  occasionFor(random: Random, speaker: SyntheticEntity): SyntheticEvent | undefined {
    const own = this.eventsOf.get(speaker.slug);
    if (own !== undefined && random.chance(0.7)) return random.pick(own);
    return random.chance(0.2) ? random.pick(this.events) : undefined;
  }

  // --- shard 0: entities, events and the documents that name them --------------------------------------------

  private baseShard(): SyntheticShard {
    const documents: DocumentRecord[] = [];
    const texts = new Map<string, string>();
    let builder: HeldTextBuilder | undefined;
    let lines = 0;
    const line = (title: string): HeldTextBuilder => {
      if (builder === undefined || lines === DIRECTORY_LINES_PER_DOCUMENT) {
        if (builder !== undefined) finish(builder);
        const part = documents.length + 1;
        const slug = `directory-${part}`;
        builder = new HeldTextBuilder(slug);
        builder.append(`${title}, part ${part}\n\n`);
        documents.push({
          slug,
          title: `${title}, part ${part}`,
          // the text's first line
          headline: `${title}, part ${part}`,
          outlet: this.outletsByFame[0].slug,
          published: `${LAST_YEAR}-01`,
          unknown: [{ field: 'url', reason: 'the synthetic directory is not published at a web address' }],
          textFile: `texts/base/${slug}.txt`,
          sha256: '',
        });
        lines = 0;
      }
      lines += 1;
      return builder;
    };
    const finish = (done: HeldTextBuilder) => {
      const record = documents[documents.length - 1];
      const text = done.text();
      record.sha256 = sha256Hex(text);
      texts.set(record.textFile!, text);
    };

    const people = this.people.map((person, n) => {
      const aliases = this.aliases.get(person.slug);
      const known = aliases ? ` (also known as ${aliases.join(', ')})` : '';
      const mark = n % 50 === 7 ? '🎤 ' : '';
      const evidence = line('Who’s who').appendEvidence(
        mark,
        person.name,
        `${known}: ${this.descriptions.get(person.slug)}.\n`,
      );
      return {
        slug: person.slug,
        name: person.name,
        ...(aliases ? { aliases } : {}),
        description: this.descriptions.get(person.slug)!,
        evidence: [evidence],
      };
    });
    const outlets = this.outlets.map((outlet) => {
      const kind = this.kinds.get(outlet.slug) as OutletKind;
      const url = `https://${outlet.slug}.example`;
      const evidence = line('Who’s who').appendEvidence(
        '',
        outlet.name,
        ` (${kind.toLowerCase().replace('_', ' ')}) publishes at ${url}.\n`,
      );
      return { slug: outlet.slug, name: outlet.name, kind, url, evidence: [evidence] };
    });
    const organizations = this.organizations.map((organization) => {
      const kind = this.kinds.get(organization.slug) as OrganizationKind;
      const evidence = line('Who’s who').appendEvidence(
        '',
        organization.name,
        ` is a ${kind.toLowerCase().replace('_', ' ')}.\n`,
      );
      return { slug: organization.slug, name: organization.name, kind, evidence: [evidence] };
    });
    lines = DIRECTORY_LINES_PER_DOCUMENT; // events start a document of their own
    const events: EventRecord[] = this.events.map((event) => {
      const evidence = line('Calendar of events').appendEvidence(`${event.date ?? 'Undated'}: `, event.title, '.\n');
      return {
        slug: event.slug,
        kind: event.kind,
        title: event.title,
        ...(event.date ? { date: event.date } : {}),
        participants: event.participants.map((entity) => entity.slug),
        ...(event.outlet ? { outlet: event.outlet.slug } : {}),
        evidence: [evidence],
      };
    });
    if (builder !== undefined) finish(builder);
    const dataset: Dataset = {
      format: DATASET_FORMAT,
      documents,
      people,
      outlets,
      organizations,
      events,
      statements: [],
      claims: [],
      reviews: [],
      relationships: [],
    };
    return { name: 'shard-000', dataset, texts };
  }

  private newEvent(random: Random, n: number): SyntheticEvent {
    const kind = random.weighted(EVENT_KINDS, EVENT_KIND_WEIGHTS);
    const main = this.person(random);
    const year = random.int(FIRST_YEAR, LAST_YEAR);
    let title: string;
    let outlet: SyntheticEntity | undefined;
    const participants = [main];
    switch (kind) {
      case 'INTERVIEW':
      case 'PODCAST_EPISODE':
      case 'SOCIAL_MEDIA_POST':
        outlet = this.outlet(random);
        title =
          kind === 'INTERVIEW'
            ? `${main.name} interview with ${outlet.name}`
            : kind === 'PODCAST_EPISODE'
              ? `${main.name} on ${outlet.name}`
              : `${main.name}’s posts on ${outlet.name}`;
        if (random.chance(0.4)) participants.push(this.person(random));
        break;
      case 'CAMPAIGN':
        title = `${main.name}’s ${year} campaign`;
        participants.push(this.organization(random));
        break;
      case 'ELECTION': {
        const party = this.organization(random);
        title = `The ${year} ${party.name} primary`;
        participants.push(party, this.person(random));
        break;
      }
      case 'ENDORSEMENT': {
        const endorsed = this.person(random);
        title = `${main.name} endorses ${endorsed.name}`;
        participants.push(endorsed);
        break;
      }
      default:
        title = `${main.name} and the ${TOPICS[this.topicZipf.sample(random)]}`;
    }
    const unique = participants.filter((entity, index) => participants.indexOf(entity) === index);
    const event: SyntheticEvent = {
      slug: `event-${n + 1}`,
      kind,
      title,
      date: randomPartialDate(random, year),
      participants: unique,
      outlet,
    };
    for (const entity of outlet ? [...unique, outlet] : unique) {
      const list = this.eventsOf.get(entity.slug) ?? [];
      list.push(event);
      this.eventsOf.set(entity.slug, list);
    }
    return event;
  }
}

/** A partial date in `year`: mostly full dates, some to the month or the year only, a few undated. */
function randomPartialDate(random: Random, year = random.int(FIRST_YEAR, LAST_YEAR)): string | undefined {
  const u = random.next();
  if (u < 0.05) return undefined;
  if (u < 0.2) return String(year);
  const month = String(random.int(1, 12)).padStart(2, '0');
  if (u < 0.3) return `${year}-${month}`;
  return `${year}-${month}-${String(random.int(1, 28)).padStart(2, '0')}`;
}

function laterYear(date: string | undefined, random: Random): number {
  const year = date ? Number(date.slice(0, 4)) : random.int(FIRST_YEAR, LAST_YEAR - 4);
  return Math.min(LAST_YEAR, year + random.int(0, 3));
}

/** Writes one content shard: documents with the statements they report, claims, reviews, relationships. */
class ContentShardWriter {
  private readonly random: Random;
  private readonly documents: DocumentRecord[] = [];
  private readonly texts = new Map<string, string>();
  private readonly statements: StatementRecord[] = [];
  private readonly claims: ClaimRecord[] = [];
  private readonly reviews: ReviewRecord[] = [];
  private readonly relationships: RelationshipRecord[] = [];
  private readonly disputedClaims = new Set<string>();
  private builder: HeldTextBuilder | undefined;

  constructor(
    private readonly graph: SyntheticGraph,
    private readonly index: number,
  ) {
    this.random = new Random(graph.options.seed, index);
  }

  write(): SyntheticShard {
    const { statements, statementsPerShard, statementsPerDocument } = this.graph.sizes;
    const first = (this.index - 1) * statementsPerShard;
    const end = Math.min(statements, first + statementsPerShard);
    for (let n = first; n < end; n++) {
      if ((n - first) % statementsPerDocument === 0) this.startDocument(Math.floor(n / statementsPerDocument) + 1);
      this.addStatement(n + 1);
      if (this.random.chance(0.1)) this.addRelationship(n + 1);
    }
    this.finishDocument();
    this.settleClaimStatuses();
    const dataset: Dataset = {
      format: DATASET_FORMAT,
      documents: this.documents,
      people: [],
      outlets: [],
      organizations: [],
      events: [],
      statements: this.statements,
      claims: this.claims,
      reviews: this.reviews,
      relationships: this.relationships,
    };
    return { name: `shard-${String(this.index).padStart(3, '0')}`, dataset, texts: this.texts };
  }

  private startDocument(number: number): void {
    this.finishDocument();
    const random = this.random;
    const outlet = this.graph.outlet(random);
    const slug = `report-${number}`;
    const title = `${outlet.name}: the ${this.graph.topic(random)} roundup, no. ${number}`;
    this.builder = new HeldTextBuilder(slug);
    this.builder.append(`${title}\n\n`);
    const published = random.chance(0.9) ? (randomPartialDate(random) ?? String(LAST_YEAR)) : undefined;
    this.documents.push({
      slug,
      title,
      // the text's first line
      headline: title,
      url: `https://${outlet.slug}.example/reports/${number}`,
      outlet: outlet.slug,
      ...(published !== undefined
        ? { published }
        : { unknown: [{ field: 'published' as const, reason: 'the synthetic report gives no date' }] }),
      textFile: `texts/${String(this.index).padStart(3, '0')}/${slug}.txt`,
      sha256: '',
    });
  }

  private finishDocument(): void {
    if (this.builder === undefined) return;
    const record = this.documents[this.documents.length - 1];
    const text = this.builder.text();
    record.sha256 = sha256Hex(text);
    this.texts.set(record.textFile!, text);
    this.builder = undefined;
  }

  private addStatement(n: number): void {
    const random = this.random;
    const graph = this.graph;
    const builder = this.builder!;
    const speaker = graph.speaker(random);
    const subjects: SyntheticEntity[] = [];
    const wanted = random.weighted([1, 2, 3], [50, 35, 15]);
    for (let tries = 0; subjects.length < wanted && tries < 10; tries++) {
      const subject = graph.subject(random);
      if (subject !== speaker && !subjects.includes(subject)) subjects.push(subject);
    }
    const mentions = subjects.map((entity) => ({
      entity: entity.slug,
      stance: random.weighted(STANCES, STANCE_WEIGHTS),
    }));
    const topic = graph.topic(random);
    const clauses = subjects.map(
      (entity, i) =>
        `${entity.name} ${random.pick(STANCE_PHRASES[mentions[i].stance])} the ${i === 0 ? topic : graph.topic(random)}`,
    );
    const slug = `statement-${n}`;
    // a claim made in the statement: a checkable proposition about the first subject, in the statement's words
    const claimText =
      subjects.length > 0 && random.chance(0.2)
        ? `${subjects[0].name} ${random.pick(CLAIM_PREDICATES)} ${graph.topic(random)}`
        : undefined;
    const disputed = this.claims.length > 0 && random.chance(0.05) ? random.pick(this.claims) : undefined;
    if (disputed && !mentions.some((m) => m.entity === disputed.about[0]) && disputed.about[0] !== speaker.slug) {
      mentions.push({ entity: disputed.about[0], stance: 'DISPUTES' });
    }
    const isDirectQuote = random.chance(0.45);
    // the quote is built in parts so the claim's offset inside it is known
    let head: string;
    if (isDirectQuote) {
      head = `${random.pick(OPENERS)} ${clauses.join(', and ') || `the ${topic} is all anyone asks me about`}`;
    } else {
      head = `${speaker.name} said ${clauses.join(' and that ') || `nothing new about the ${topic}`}`;
    }
    if (disputed)
      head += isDirectQuote ? `. It is not true that ${disputed.text}` : `, and denied that ${disputed.text}`;
    const beforeClaim = claimText ? (isDirectQuote ? `${head}. ` : `${head}, adding that `) : head;
    const quote = `${beforeClaim}${claimText ?? ''}${isDirectQuote ? `, ${random.pick(CLOSERS)}` : ''}`;

    const mark = n % 37 === 0 ? '🎤 ' : '';
    const evidence = isDirectQuote
      ? builder.appendEvidence(`${mark}${speaker.name} said: “`, quote, '”\n\n')
      : builder.appendEvidence(mark, quote, '.\n\n');
    const occasion = graph.occasionFor(random, speaker);
    const saidOn = occasion?.date && random.chance(0.8) ? occasion.date : randomPartialDate(random);
    const earlier =
      this.statements.length > 0 && random.chance(0.05) ? random.pick(this.statements.slice(-1_000)) : undefined;
    const statement: StatementRecord = {
      slug,
      speaker: speaker.slug,
      // the document reports the speaker's words, quoted or paraphrased; it never narrates in its own voice here
      voice: 'SPEAKER',
      quote,
      isDirectQuote,
      attributionConfidence: isDirectQuote
        ? 'DIRECT_QUOTE_IN_SOURCE'
        : random.chance(0.8)
          ? 'PARAPHRASED_BY_SOURCE'
          : ATTRIBUTION_CONFIDENCES[2],
      ...(saidOn ? { saidOn } : {}),
      ...(occasion ? { occasion: occasion.slug } : {}),
      mentions,
      ...(disputed ? { disputes: [disputed.slug] } : {}),
      ...(earlier ? { respondsTo: [earlier.slug] } : {}),
      evidence: [evidence],
    };
    this.statements.push(statement);
    if (disputed) this.disputedClaims.add(disputed.slug);
    if (claimText) {
      const appearance = builder.evidenceWithin(
        { start: evidence.start, end: evidence.end },
        [...beforeClaim].length,
        claimText,
      );
      const appearances: ClaimRecord['appearances'] = [{ statement: slug, evidence: appearance }];
      if (random.chance(0.1)) {
        // the document repeats the claim in its own voice
        appearances.push({ evidence: builder.appendEvidence('The claim that ', claimText, ' was widely shared.\n\n') });
      }
      this.claims.push({
        slug: `claim-${n}`,
        text: claimText,
        // the speaker makes it, in the statement's words (the document's repetition is not the speaker's)
        claimants: [{ entity: speaker.slug, evidence: [appearance] }],
        about: [subjects[0].slug],
        status: 'UNREVIEWED',
        appearances,
      });
    }
  }

  /** Reviews and statuses, once every statement of the shard is known (a DISPUTED claim needs its disputer). */
  private settleClaimStatuses(): void {
    const random = this.random;
    for (const claim of this.claims) {
      const disputed = this.disputedClaims.has(claim.slug);
      const ratings: number[] = [];
      if (random.chance(0.15)) ratings.push(random.int(1, 5));
      if (disputed && ratings.length === 1 && random.chance(0.4)) ratings.push(ratings[0] <= 2 ? 5 : 1);
      ratings.forEach((rating, i) => {
        const year = random.int(2021, LAST_YEAR);
        this.reviews.push({
          slug: `review-${claim.slug.slice('claim-'.length)}-${i + 1}`,
          claim: claim.slug,
          ratingValue: rating,
          ratingLabel: RATING_LABELS[rating],
          explanation: `Checked against the public record of the ${this.graph.topic(random)}.`,
          reviewer: random.pick(['Fact Desk', 'Verify Team', 'Claims Unit']),
          reviewedAt: `${year}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}T12:00:00Z`,
          sources: [{ url: `https://records.example/${claim.slug}/${i + 1}`, title: `Record for ${claim.slug}` }],
        });
      });
      claim.status =
        ratings.length === 2
          ? 'DISPUTED'
          : ratings.length === 1
            ? 'REVIEWED'
            : disputed && random.chance(0.5)
              ? 'DISPUTED'
              : 'UNREVIEWED';
    }
  }

  private addRelationship(n: number): void {
    const random = this.random;
    const graph = this.graph;
    const builder = this.builder!;
    const from = graph.person(random);
    const u = random.next();
    const to = u < 0.7 ? graph.person(random) : u < 0.9 ? graph.organization(random) : graph.outlet(random);
    if (to === from) return;
    const type: RelationshipType =
      to.type === 'ORGANIZATION'
        ? random.pick(['MEMBER_OF', 'SUPPORTED', 'CRITICIZED'] as const)
        : to.type === 'OUTLET'
          ? random.pick(['APPEARED_ON', 'OWNS', 'CRITICIZED'] as const)
          : random.pick(['FRIENDSHIP', 'FRIENDSHIP', 'SUPPORTED', 'ENDORSED', 'CRITICIZED', 'URGED'] as const);
    const statuses: RelationshipStatus[] = ['ACTIVE', 'STRAINED', 'ENDED'].slice(
      0,
      random.weighted([1, 2, 3], [50, 35, 15]),
    ) as RelationshipStatus[];
    let year = random.int(FIRST_YEAR, LAST_YEAR - 6);
    const states: RelationshipStateRecord[] = statuses.map((status, i) => {
      const start =
        i === 0 && random.chance(0.2)
          ? undefined
          : random.chance(0.3)
            ? String(year)
            : `${year}-${String(random.int(1, 12)).padStart(2, '0')}`;
      const sentence = `${from.name} and ${to.name} ${STATUS_PHRASES[status]}${start ? ` in ${start}` : ''}`;
      const state: RelationshipStateRecord = {
        status,
        basis: { kind: 'STATED' },
        ...(start ? { start } : {}),
        evidence: [builder.appendEvidence('', sentence, '.\n\n')],
      };
      year = laterYear(String(year), random) + 1;
      return state;
    });
    // one relationship in ten is only implied by its sentences: each state is then inferred from its own span
    if (!random.chance(0.9)) {
      for (const state of states) {
        state.basis = { kind: 'INFERRED', reason: INFERRED_RELATIONSHIP_REASON, evidence: state.evidence };
      }
    }
    this.relationships.push({
      slug: `relationship-${n}`,
      type,
      from: from.slug,
      to: to.slug,
      states,
    });
  }
}
