/** Slugs for the records a draft proposes: readable words, unique in the dataset and among the slugs already taken. */
import { slugify } from '../domain/slugs.js';

export { slugify };

/** Hands out slugs once each: a slug already given out or taken gets the first free "-2", "-3", ... suffix. */
export class SlugRegistry {
  private readonly used: Set<string>;

  constructor(taken: Iterable<string> = []) {
    this.used = new Set(taken);
  }

  /** Marks a slug as used without checking it (a known entity's own slug). */
  reserve(slug: string): void {
    this.used.add(slug);
  }

  /** A free slug made from `text`, or from `fallback` when the text has no letter or digit. */
  claim(text: string, fallback: string, maxWords = 6): string {
    const base = slugify(text, maxWords) || fallback;
    let slug = base;
    for (let suffix = 2; this.used.has(slug); suffix++) slug = `${base}-${suffix}`;
    this.used.add(slug);
    return slug;
  }
}
