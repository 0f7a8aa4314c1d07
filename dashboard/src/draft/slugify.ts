/**
 * Slugs for the records the editor adds (a new speaker, a statement the draft left out), made as the server makes
 * its own (src/domain/slugs.ts): readable words, accents folded, unique in the dataset.
 */

/** "Sen. Ted Cruz" -> "sen-ted-cruz"; "" when no letter or digit is left. */
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

/** `base`, or the first of `base-2`, `base-3`, ... that `used` does not hold; the slug returned is added to it. */
export function claimSlug(base: string, used: Set<string>): string {
  let slug = base;
  for (let suffix = 2; used.has(slug); suffix++) slug = `${base}-${suffix}`;
  used.add(slug);
  return slug;
}
