/**
 * Which entity a name typed by a client stands for. A name may be a slug, the entity's name, one of its aliases,
 * or part of a name or alias (a given or a family name: "kanye", "Sean"), compared without case or accents
 * ("beyonce" is "Beyoncé"). The strongest kind of match wins (an exact name or alias over a part of one), and two
 * entities that match equally strongly make the name ambiguous: the caller is told who they are rather than
 * handed one of them at random.
 */
import { foldText } from './foldText.js';

export type NamedEntityType = 'PERSON' | 'OUTLET' | 'ORGANIZATION';

/** An entity with every name it is known by: what a lookup by name compares against. */
export interface NamedEntity {
  id: number;
  slug: string;
  name: string;
  type: NamedEntityType;
  aliases: readonly string[];
}

/** How a name matched, strongest first. */
export const NAME_MATCHES = ['SLUG', 'NAME', 'ALIAS', 'NAME_PART'] as const;
export type NameMatch = (typeof NAME_MATCHES)[number];

export type NameResolution =
  | { kind: 'unique'; entity: NamedEntity; match: NameMatch }
  | { kind: 'ambiguous'; candidates: NamedEntity[]; match: NameMatch }
  | { kind: 'none' };

const COMBINING_DIACRITICS = /[\u0300-\u036f]/g;

/**
 * A name as lookups compare it: foldText (compatibility forms, quotes, case), then accents dropped (the combining
 * diacritical marks of the decomposed form, as PostgreSQL's normalize(NFD) and SQLite's unicode61 tokenizer drop
 * them), runs of spaces made one. Left decomposed, so that each store can fold its stored names the same way.
 */
export function foldName(text: string): string {
  return withoutDiacritics(foldText(text)).replace(/\s+/g, ' ').trim();
}

/** Text decomposed (NFD) and without its combining diacritical marks: "Zoë" -> "Zoe". */
export function withoutDiacritics(text: string): string {
  return text.normalize('NFD').replace(COMBINING_DIACRITICS, '');
}

/** The words of a name, folded: "Beyoncé Giselle Knowles-Carter" -> beyonce, giselle, knowles, carter. */
export function nameTokens(text: string): string[] {
  return foldName(text)
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter((token) => token !== '');
}

function matchesOf(entity: NamedEntity, folded: string, tokens: readonly string[]): Set<NameMatch> {
  const matches = new Set<NameMatch>();
  if (foldName(entity.slug) === folded) matches.add('SLUG');
  if (foldName(entity.name) === folded) matches.add('NAME');
  if (entity.aliases.some((alias) => foldName(alias) === folded)) matches.add('ALIAS');
  if (
    tokens.length > 0 &&
    [entity.name, ...entity.aliases].some((name) => {
      const words = new Set(nameTokens(name));
      return tokens.every((token) => words.has(token));
    })
  ) {
    matches.add('NAME_PART');
  }
  return matches;
}

/**
 * Resolves `name` among `candidates` (any superset of the entities it can match: a store hands over those that
 * share a word with it). Every word of a NAME_PART match must be a word of the same name or alias.
 */
export function resolveName(name: string, candidates: readonly NamedEntity[]): NameResolution {
  const folded = foldName(name);
  if (folded === '') return { kind: 'none' };
  const tokens = nameTokens(name);
  const unique = [...new Map(candidates.map((entity) => [entity.id, entity])).values()];
  const matched = unique.map((entity) => ({ entity, matches: matchesOf(entity, folded, tokens) }));
  for (const match of NAME_MATCHES) {
    const found = matched.filter((candidate) => candidate.matches.has(match)).map((candidate) => candidate.entity);
    if (found.length === 1) return { kind: 'unique', entity: found[0], match };
    if (found.length > 1) return { kind: 'ambiguous', candidates: found.sort(byNameThenSlug), match };
  }
  return { kind: 'none' };
}

function byNameThenSlug(a: NamedEntity, b: NamedEntity): number {
  const byName = foldName(a.name).localeCompare(foldName(b.name), 'en');
  return byName !== 0 ? byName : a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}
