/**
 * Words for the synthetic graph: names built from syllables (unique, pronounceable, as many as a 1M-statement
 * graph needs), topics with a Zipf-like frequency for realistic search, and the phrases statements are made of.
 */
import { slugify as domainSlugify } from '../domain/slugs.js';

const FIRST_NAMES = [
  'Ava',
  'Ben',
  'Cora',
  'Dev',
  'Elena',
  'Femi',
  'Gia',
  'Hugo',
  'Ines',
  'Jalen',
  'Kira',
  'Leon',
  'Maya',
  'Nico',
  'Omar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sami',
  'Tariq',
  'Uma',
  'Vic',
  'Wren',
  'Xavi',
  'Yara',
  'Zane',
  'Amara',
  'Bo',
  'Chloe',
  'Dante',
  'Esme',
  'Felix',
  'Greta',
  'Hana',
  'Ivan',
  'Jonah',
  'Keiko',
  'Luca',
  'Mila',
  'Nadia',
  'Otis',
  'Pia',
  'Rafi',
  'Sana',
  'Theo',
  'Ulla',
  'Vera',
  'Wes',
  'Ximena',
  'Yusuf',
  'Zora',
  'Aiden',
  'Bea',
  'Cyrus',
  'Dina',
  'Emil',
  'Farah',
  'Gus',
  'Hollis',
  'Ida',
];

const SYLLABLES = [
  'ka',
  'lo',
  'ri',
  'ven',
  'mar',
  'tel',
  'do',
  'sa',
  'bro',
  'quin',
  'har',
  'li',
  'mo',
  'ne',
  'tor',
  'wa',
  'zel',
  'fen',
  'gra',
  'pa',
];
const NAME_ENDINGS = ['', 'son', 'ley', 'ton', 'ez', 'ski', 'wood', 'er'];

/** The n-th unique "First Last" name (n < 192,000; beyond that a number keeps it unique). */
export function personName(n: number): string {
  const first = FIRST_NAMES[n % FIRST_NAMES.length];
  const m = Math.floor(n / FIRST_NAMES.length);
  const last = capitalize(
    SYLLABLES[m % SYLLABLES.length] +
      SYLLABLES[Math.floor(m / SYLLABLES.length) % SYLLABLES.length] +
      NAME_ENDINGS[Math.floor(m / (SYLLABLES.length * SYLLABLES.length)) % NAME_ENDINGS.length],
  );
  const lap = Math.floor(m / (SYLLABLES.length * SYLLABLES.length * NAME_ENDINGS.length));
  return lap === 0 ? `${first} ${last}` : `${first} ${last} ${lap + 1}`;
}

/** A made-up proper word (for outlets, organisations and rare topics), unique per n. */
export function coinedWord(n: number): string {
  let word = '';
  let rest = n;
  do {
    word += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  } while (rest > 0);
  return capitalize(word.length < 5 ? `${word}${SYLLABLES[(n * 7) % SYLLABLES.length]}` : word);
}

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Every word of a generated name, so that long made-up names stay distinct. */
export function slugify(text: string): string {
  return domainSlugify(text, Number.MAX_SAFE_INTEGER);
}

/** Common topics first: a Zipf draw over this list makes the first ones frequent and the last ones rare. */
export const TOPICS = [
  'election',
  'album',
  'tour',
  'campaign',
  'endorsement',
  'interview',
  'debate',
  'tax plan',
  'lawsuit',
  'podcast',
  'festival',
  'contract',
  'merger',
  'budget',
  'scandal',
  'award',
  'documentary',
  'strike',
  'protest',
  'policy',
  'record label',
  'fundraiser',
  'headline',
  'rally',
  'apology',
  'verdict',
  'reunion',
  'biography',
  'sponsorship',
  'stadium deal',
  'streaming numbers',
  'voter turnout',
  'primary',
  'press tour',
  'charity gala',
  'trade deal',
  'climate pledge',
  'housing bill',
  'school board',
  'court ruling',
  'music video',
  'book deal',
  'late-night show',
  'union vote',
  'ballot measure',
  'debut single',
  'farewell concert',
  'opinion poll',
  'ad campaign',
  'town hall',
];

export const PROFESSIONS = [
  'singer',
  'rapper',
  'producer',
  'senator',
  'governor',
  'columnist',
  'actor',
  'entrepreneur',
  'activist',
  'podcaster',
  'comedian',
  'publisher',
  'strategist',
  'economist',
  'athlete',
  'director',
];

export const CITIES = [
  'Chicago',
  'Atlanta',
  'Brooklyn',
  'Detroit',
  'Oakland',
  'Houston',
  'Seattle',
  'Lagos',
  'London',
  'Toronto',
  'Montréal',
  'São Paulo',
  'Zürich',
  'Kraków',
];

/** What a statement does to the entity it mentions, with the words that say so. */
export const STANCE_PHRASES = {
  SUPPORTS: ['stood by', 'backed', 'praised', 'was right about', 'deserves credit for'],
  OPPOSES: ['should drop', 'is wrong on', 'must not win with', 'is blocking'],
  CRITICIZES: ['let everyone down over', 'sold out on', 'embarrassed us with', 'was reckless about'],
  DISPUTES: ['never said that about', 'made up the story about', 'got the numbers wrong on', 'misquoted me on'],
  NEUTRAL: ['talked about', 'was asked about', 'mentioned', 'brought up'],
} as const;

/** The checkable propositions a claim can make about its subject. */
export const CLAIM_PREDICATES = [
  'doubled the attendance of the',
  'lost money on the',
  'wrote most of the',
  'was paid to promote the',
  'cancelled the',
  'won the vote on the',
  'owes millions over the',
  'started the rumour about the',
];

export const OPENERS = ['Look,', 'Honestly,', 'I’ll say it again:', 'Let me be clear:', 'You know what?', 'Listen,'];
export const CLOSERS = [
  'and that’s the truth.',
  'and everybody knows it.',
  'I don’t care who hears it.',
  'that’s all I’m saying.',
  'and I stand by that.',
  'believe me.',
];
