/**
 * Splits a hashtag or handle body into words at the boundaries its writer marked: camelCase humps, letter/digit
 * changes and underscores. "BlackLivesMatter" -> "Black Lives Matter", "COVID19" -> "COVID 19",
 * "realDonaldTrump" -> "real Donald Trump". An all-lower-case run ("fakenews") has no marks and stays whole.
 */
export function splitCompoundWord(word: string): string {
  return word
    .replace(/_+/g, ' ')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/(\p{L})(\p{N})/gu, '$1 $2')
    .replace(/(\p{N})(\p{L})/gu, '$1 $2')
    .trim();
}
