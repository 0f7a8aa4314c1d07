/**
 * The draft as it leaves the module: spans in code points (each checked against the text), speakers resolved (a
 * pronoun or "the newspaper" to the nearest compatible name, a continued turn to its opener's speaker), proposed
 * entities.
 */
import type { OffsetMap } from './codePoints.js';
import type { EntityIndex, NameMention } from './entities.js';
import type { Found } from './found.js';
import type { Token } from './nlp.js';
import { referringKind } from './sources.js';
import type { DraftAttribution, ProposedEntity } from './types.js';

const CLOSING_QUOTE = /^["”»’']$/;

export function toDraft(
  text: string,
  map: OffsetMap,
  tokens: readonly Token[],
  names: readonly NameMention[],
  index: EntityIndex,
  f: Found,
  continues: number | null,
): DraftAttribution {
  const [start, end] = trimRange(text, f.content[0], f.content[1]);
  const sourceStart = f.source ? tokens[f.source.first].start : null;
  const sourceEnd = f.source ? tokens[f.source.last - 1].end : null;
  const who = f.continues
    ? resolveContinued(f)
    : f.source
      ? resolveSpeaker(text.slice(sourceStart!, sourceEnd!), sourceStart!, sourceEnd!, names, index)
      : null;
  resolved.set(f, who);
  const inside = names.filter((n) => n.start >= start && n.end <= end);
  return {
    content: map.span(start, end),
    cue: f.cue ? map.span(f.cue[0], f.cue[1]) : null,
    source: sourceStart !== null ? map.span(sourceStart, sourceEnd!) : null,
    speaker: who?.name ?? null,
    speakerId: who?.slug ?? null,
    direct: f.direct,
    confidence: f.confidence,
    continues,
    mentions: inside.map((n) => ({
      entitySlug: n.slug,
      proposedName: n.slug ? null : n.canonical,
      start: map.codePointAt(n.start),
      end: map.codePointAt(n.end),
    })),
  };
}

interface Speaker {
  name: string;
  slug: string | null;
}

const resolved = new WeakMap<Found, Speaker | null>();

function resolveContinued(f: Found): Speaker | null {
  return resolved.get(f.continues!) ?? null;
}

/** A name resolves to itself (or its known entity); a pronoun or "the newspaper" to the nearest compatible name. */
function resolveSpeaker(
  phrase: string,
  start: number,
  end: number,
  names: readonly NameMention[],
  index: EntityIndex,
): Speaker | null {
  const words = phrase.toLowerCase().split(/\s+/);
  const kind = referringKind(words);
  if (kind) {
    for (let k = names.length - 1; k >= 0; k--) {
      const name = names[k];
      if (name.end > start) continue;
      if (name.type === kind || (kind === 'ORGANIZATION' && name.type === 'OUTLET'))
        return { name: name.canonical, slug: name.slug };
    }
    return null;
  }
  const inside = names.filter((n) => n.start >= start && n.end <= end);
  const main = inside[inside.length - 1];
  if (main) return { name: main.canonical, slug: main.slug };
  const known = index.lookup(phrase);
  if (known) return { name: known.name, slug: known.slug };
  return { name: phrase, slug: null };
}

/** Content spans drop edge spaces and quotation marks, so they hold just the words. */
function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s"“”'‘’]/.test(text[start])) start++;
  while (end > start && /[\s"“”]/.test(text[end - 1])) end--;
  if (end > start && CLOSING_QUOTE.test(text[end - 1]) && text[end - 1] !== '’') end--;
  return [start, end];
}

export function proposeEntities(map: OffsetMap, names: readonly NameMention[]): ProposedEntity[] {
  const byName = new Map<string, ProposedEntity>();
  for (const name of names) {
    if (name.slug) continue;
    const entity = byName.get(name.canonical) ?? { name: name.canonical, type: name.type, mentions: [] };
    entity.mentions.push(map.span(name.start, name.end));
    byName.set(name.canonical, entity);
  }
  return [...byName.values()];
}
