/**
 * Cleaning of raw text (tweets, quotes, sentences, claims) into plain words before tokenising. Claims and queries
 * go through the same cleaning, so whatever is normalised here matches on both sides.
 */
import { splitCompoundWord } from './splitCompoundWord.js';
import { normaliseNumbers } from './numbers.js';

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;

/**
 * An embedded tweet's signature: "— Name (@handle) January 6, 2020" at the end. It names the poster and the day,
 * not the claim; its name and date words would otherwise match unrelated claims about the poster. The dash is an
 * em or en dash (a hyphen is too common inside sentences), the name may hold anything but another dash.
 */
const TWEET_SIGNATURE = new RegExp(
  String.raw`\s*[\u2014\u2013]\s*([^\u2014\u2013]{0,120}?)\s*\(@(\w{1,30})\)\s*(?:(${MONTH})\s+\d{1,2},?\s+(\d{4}))?\s*$`,
  'u',
);

export interface TweetSignature {
  /** The poster's display name as written. */
  author: string;
  handle: string;
  /** "January 2020": the month and year the tweet was posted, if the signature has a date. */
  monthYear?: string;
}

/**
 * Splits an embedded tweet's signature off its text. The signature is not part of what the tweet claims, but the
 * poster and the month are evidence of which claim it is about (claims name people and say "in December 2019"),
 * so a query can use them apart from the text, at a weight of their own.
 */
export function splitTweetSignature(raw: string): { body: string; signature?: TweetSignature } {
  const text = raw.normalize('NFKC');
  const match = TWEET_SIGNATURE.exec(text);
  if (!match) return { body: raw };
  const [, author, handle, month, year] = match;
  return {
    body: text.slice(0, match.index),
    signature: { author, handle, monthYear: month && year ? `${month.replace(/\.$/, '')} ${year}` : undefined },
  };
}

/** Links carry no words a claim shares. Matched anywhere, as tweets glue them to the previous word ("#Tag" +
 * "pic.twitter.com/x"). Global: for String.replace only. */
export const LINKS =
  /(?:https?:\/\/|www\.)\S+|pic\.twitter\.com\/\S+|\b(?:bit\.ly|t\.co|youtu\.be|tinyurl\.com|ow\.ly)\/\S+/giu;

/** @handles and #hashtags are names and phrases written without spaces: keep their words. */
const HANDLE_OR_HASHTAG = /[@#＃]([\p{L}\p{N}_]+)/gu;

/** Emoji, their modifiers and joiners, and other pictographs: no word content. */
// Joiners and variation selectors are alternatives, not class members: in a class they read as combined sequences.
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{1F1E6}-\u{1F1FF}]|\u200d|\ufe0e|\ufe0f|\u20e3/gu;

/** Initialisms with dots ("U.S.", "U.K.") become one word before punctuation splits them into letters. */
const DOTTED_INITIALISM = /\b((?:\p{L}\.){2,})/gu;

/**
 * Cleans text into space-separated words and numbers, in its original case (case carries the camelCase of
 * hashtags until they are split; the tokenizer lower-cases). Returns '' for text with no words.
 */
export function cleanText(raw: string): string {
  let text = raw
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"');
  text = splitTweetSignature(text).body;
  text = text.replace(LINKS, ' ');
  text = text.replace(EMOJI, ' ');
  text = text.replace(HANDLE_OR_HASHTAG, (_m, word: string) => ` ${splitCompoundWord(word)} `);
  text = text.replace(DOTTED_INITIALISM, (m: string) => m.replace(/\./g, '') + ' ');
  text = normaliseNumbers(text);
  // Diacritics folded, so "Beyoncé" matches "Beyonce".
  text = text.normalize('NFD').replace(/\p{M}+/gu, '');
  return text.replace(/\s+/g, ' ').trim();
}
