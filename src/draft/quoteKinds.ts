/**
 * What a quotation with no cue is: somebody's words (a sentence, or a short cry or first-person remark), or a title,
 * slogan or scare quote, which is not speech.
 */

const LONE_QUOTE_WORDS = 6;

/**
 * A quotation with no cue that still reads as somebody's words: a sentence of six words or more that is not a title,
 * or a shorter one that speaks in the first or second person or cries out ("“We won!”", "“You lie!”"); a short noun
 * phrase ("the “establishment”") is a scare quote or a name.
 */
export function isSpeechLike(words: string, count: number): boolean {
  if (isTitle(words)) return false;
  if (count >= LONE_QUOTE_WORDS) return true;
  return count >= 2 && (/\b(I|I'm|I’m|we|we're|we’re|you|me|us|my|our|your)\b/i.test(words) || /[!?]\s*$/.test(words));
}

/** Title Case throughout ("Peace Through Strength", "Saturday Night Live") is a title or slogan, not speech. */
export function isTitle(words: string): boolean {
  const list = words.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  return list.length > 0 && list.filter((w) => /^\p{Lu}/u.test(w)).length >= list.length * 0.7;
}
