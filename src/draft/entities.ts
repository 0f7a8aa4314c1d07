/**
 * Named entities: names the text spells (runs of capitalised proper nouns), matched to the caller's known entities
 * by name or alias (case-insensitive, as the dataset format matches aliases), or by a family or given name that
 * only one known person has; the rest are proposed as new people, outlets or organizations.
 */
import type { EntityType } from '../domain/dataset.js';
import type { Token } from './nlp.js';
import type { KnownEntity } from './types.js';

export interface NameMention {
  /** UTF-16 offsets */
  start: number;
  end: number;
  name: string;
  type: EntityType;
  /** slug of the known entity, or null for a proposed one */
  slug: string | null;
  /** the canonical name: the known entity's name, or the longest spelling seen of a proposed one */
  canonical: string;
}

const OUTLET_WORDS =
  /\b(Times|Post|News|Journal|Magazine|Daily|Tribune|Herald|Gazette|Globe|Politico|Breitbart|CNN|MSNBC|NBC|ABC|CBS|Fox|NPR|Reuters|AP|Bloomberg|Axios|Yorker|Atlantic|Hill|Review|Twitter|Facebook|Chronicle|Register|Examiner|Week|Radio|TV|Network|Press)\b/;
const ORG_WORDS =
  /\b(Party|Committee|Department|Campaign|Association|Council|Democrats|Republicans|GOP|Inc\.?|Corp\.?|Company|University|Institute|Foundation|Agency|Congress|Senate|House|Court|Administration|Union|Center|Group|Coalition|PAC|FBI|CIA|DNC|RNC|NRA|Bureau|Office|Commission|Board)\b/;
const TITLE = /^(Mr\.|Mrs\.|Ms\.|Dr\.|Sen\.|Rep\.|Gov\.|Gen\.|President|Senator|Secretary|Governor|Former|Sen|Rep)$/;
/** Capitalised words that open sentences or name months and days, not entities. */
const NOT_NAMES = new Set([
  'The',
  'A',
  'An',
  'In',
  'On',
  'But',
  'And',
  'As',
  'It',
  'He',
  'She',
  'They',
  'We',
  'I',
  'This',
  'That',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Mr.',
  'Mrs.',
  'Ms.',
  // function words, interjections and cue words that open sentences or headlines
  'According',
  'To',
  'Let',
  'Yes',
  'No',
  'One',
  'People',
  'If',
  'When',
  'What',
  'Why',
  'How',
  'Who',
  'So',
  'Then',
  'There',
  'Here',
  'After',
  'Before',
  'While',
  'For',
  'With',
  'At',
  'By',
  'From',
  'Of',
  'Or',
  'Not',
  'All',
  'Some',
  'Many',
  'Most',
  'Even',
  'Now',
  'Just',
  'Also',
  'Still',
  'His',
  'Her',
  'Their',
  'Our',
  'My',
  'Your',
  'Its',
  'These',
  'Those',
  'Today',
  'Tonight',
  'Yesterday',
  'You',
  'Please',
  'Thank',
  'Thanks',
  'Well',
  'Oh',
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'Jun.',
  'Jul.',
  'Aug.',
  'Sept.',
  'Sep.',
  'Oct.',
  'Nov.',
  'Dec.',
]);
/** Adjectives of nation, party or faith ("Republican nominee", "a Democratic senator"): not names by themselves. */
const ADJECTIVE_ENDING = /^[A-Z][a-z]+(an|ic|ish|ese)$/;
/** "I'm", "Let's", "It’s": a pronoun or verb with its contraction. */
const CONTRACTION = /^(I|Let|It|He|She|We|They|You|That|There|What|Who|Here)['’][a-z]+$/;

export function classify(name: string): EntityType {
  if (OUTLET_WORDS.test(name)) return 'OUTLET';
  if (ORG_WORDS.test(name)) return 'ORGANIZATION';
  return 'PERSON';
}

export class EntityIndex {
  /** lower-cased name or alias -> entity */
  private readonly byName = new Map<string, KnownEntity>();

  constructor(known: readonly KnownEntity[]) {
    const partCount = new Map<string, number>();
    for (const entity of known) {
      for (const name of [entity.name, ...entity.aliases]) this.byName.set(name.toLowerCase(), entity);
      if (entity.type === 'PERSON') {
        for (const part of new Set(entity.name.toLowerCase().split(/\s+/)))
          partCount.set(part, (partCount.get(part) ?? 0) + 1);
      }
    }
    // a family or given name resolves only when one known person has it
    for (const entity of known) {
      if (entity.type !== 'PERSON') continue;
      for (const part of entity.name.toLowerCase().split(/\s+/)) {
        if (partCount.get(part) === 1 && part.length > 1 && !this.byName.has(part)) this.byName.set(part, entity);
      }
    }
  }

  /** The known entity a phrase names: whole phrase first, then without titles and determiners, then its last word. */
  lookup(phrase: string): KnownEntity | null {
    const words = phrase
      .replace(/[’']s$/, '')
      .split(/\s+/)
      .filter((word) => !TITLE.test(word) && !/^(the|The)$/.test(word));
    const candidates = [phrase, words.join(' '), words[words.length - 1] ?? ''];
    for (const candidate of candidates) {
      const entity = this.byName.get(candidate.toLowerCase());
      if (entity) return entity;
    }
    return null;
  }
}

/** Runs of proper nouns in the text, each matched to a known entity or proposed. */
export function findNames(tokens: readonly Token[], index: EntityIndex): NameMention[] {
  const mentions: NameMention[] = [];
  const proposedFull = new Map<string, string>();
  const midSentence = capitalisedMidSentence(tokens);
  for (let i = 0; i < tokens.length; i++) {
    if (!isNamePart(tokens[i])) continue;
    let j = i + 1;
    while (
      j < tokens.length &&
      tokens[j].sentence === tokens[i].sentence &&
      (isNamePart(tokens[j]) ||
        (tokens[j].lower === 'of' && isNamePart(tokens[j + 1] ?? tokens[j]) && tokens[j + 1] !== undefined)) &&
      tokens[j].start - tokens[j - 1].end <= 1
    )
      j++;
    while (j > i + 1 && tokens[j - 1].lower === 'of') j--;
    let first = i;
    while (first < j && (NOT_NAMES.has(tokens[first].text) || TITLE.test(tokens[first].text))) first++;
    // one capitalised word opening a sentence ("Politics has…") is a name only if the text capitalises it elsewhere
    const opensSentence = first === j - 1 && (first === 0 || tokens[first - 1].sentence !== tokens[first].sentence);
    if (opensSentence && !(midSentence.get(tokens[first].text)! > 0)) first = j;
    if (first === j - 1 && usedAsAdjective(tokens, first)) first = j;
    // "Trump’s": the possessive is not part of the name
    let nameEnd = tokens[j - 1].end;
    if (first < j && /^\p{Lu}.*['’]s$/u.test(tokens[j - 1].text)) nameEnd -= 2;
    if (first < j) {
      const start = tokens[first].start;
      const end = nameEnd;
      const name = tokens
        .slice(first, j)
        .map((t) => t.text)
        .join(' ')
        .slice(0, nameEnd === tokens[j - 1].end ? undefined : -2);
      const known = index.lookup(name);
      const type = known?.type ?? classify(name);
      let canonical = known?.name ?? name;
      if (!known) {
        // "Sanders" after "Bernie Sanders": the shorter spelling is the same proposed entity
        const last = tokens[j - 1].text;
        const full = proposedFull.get(last);
        if (full && full.length > name.length) canonical = full;
        else proposedFull.set(last, name);
      }
      mentions.push({ start, end, name, type, slug: known?.slug ?? null, canonical });
    }
    i = j - 1;
  }
  return mentions;
}

/** One capitalised adjective of nation or party before a lower-case word, or after "a": "Republican nominee". */
function usedAsAdjective(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at];
  if (!ADJECTIVE_ENDING.test(word.text)) return false;
  const next = tokens[at + 1];
  const previous = tokens[at - 1];
  return (
    (next !== undefined &&
      next.sentence === word.sentence &&
      /^[a-z]/.test(next.text) &&
      /^(NOUN|ADJ)$/.test(next.pos)) ||
    /^(a|an)$/.test(previous?.lower ?? '')
  );
}

function isNamePart(token: Token): boolean {
  if (token.text.length === 1 || CONTRACTION.test(token.text)) return false;
  return (
    (token.pos === 'PROPN' ||
      (/^[A-Z][a-z]/.test(token.text) &&
        token.pos !== 'DET' &&
        token.pos !== 'PRON' &&
        token.pos !== 'ADP' &&
        token.pos !== 'CCONJ' &&
        token.pos !== 'SCONJ' &&
        token.pos !== 'AUX' &&
        token.pos !== 'ADV')) &&
    /^[A-Z]/.test(token.text)
  );
}

/** How often each word stands inside a sentence (not first): counted once per text, not rescanned per name. */
function capitalisedMidSentence(tokens: readonly Token[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i - 1].sentence === tokens[i].sentence)
      counts.set(tokens[i].text, (counts.get(tokens[i].text) ?? 0) + 1);
  }
  return counts;
}
