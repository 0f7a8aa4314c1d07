/**
 * How a record's name becomes its slug, everywhere the server makes one (drafts, GraphQL writes that name no slug,
 * imported fact-checks, the synthetic graph): readable words, accents folded, so the same name gives the same slug
 * whichever path wrote it.
 */

/** "Sen. Ted Cruz" -> "sen-ted-cruz"; "Renée" -> "renee"; at most `maxWords` words; "" when no letter or digit is left. */
export function slugify(text: string, maxWords = 6): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '')
    .slice(0, maxWords)
    .join('-');
}
