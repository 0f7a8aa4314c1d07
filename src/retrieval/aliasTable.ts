/**
 * Entity names matched through their aliases: with the entry { name: "Kanye West", aliases: ["Ye"] }, a text
 * that says "Ye" and one that says "Kanye West" both carry the same entity feature, so either finds the other.
 * Phrases are matched on whole lower-case words, longest first, before stop words are dropped (names such as
 * "The Rock" hold them).
 */
import { words } from './words.js';

export interface AliasEntry {
  name: string;
  aliases: string[];
}

/** A matched entity in a text. `term` is the indexed feature; it cannot collide with a word. */
export interface EntityMention {
  term: string;
  name: string;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entity?: EntityMention;
}

/** Prefix of entity features; a control character, so no cleaned word starts with it. */
export const ENTITY_PREFIX = '\u0001';

export class AliasTable {
  private readonly root: TrieNode = { next: new Map() };
  readonly size: number;

  constructor(entries: readonly AliasEntry[] = []) {
    for (const entry of entries) {
      const canonical = words(entry.name);
      if (canonical.length === 0) continue;
      const entity: EntityMention = { term: ENTITY_PREFIX + canonical.join(' '), name: entry.name };
      for (const phrase of [entry.name, ...entry.aliases]) this.insert(words(phrase), entity);
    }
    this.size = entries.length;
  }

  private insert(phrase: string[], entity: EntityMention): void {
    if (phrase.length === 0) return;
    let node = this.root;
    for (const word of phrase) {
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = { next: new Map() }));
      node = child;
    }
    // The first entry to claim a phrase keeps it: an ambiguous alias is the table's to resolve, not ours.
    node.entity ??= entity;
  }

  /** The entities named in a word sequence, in order; overlapping mentions resolve to the longest. */
  mentions(sequence: readonly string[]): EntityMention[] {
    if (this.root.next.size === 0) return [];
    const found: EntityMention[] = [];
    for (let start = 0; start < sequence.length;) {
      let node: TrieNode | undefined = this.root;
      let best: EntityMention | undefined;
      let bestEnd = start;
      for (let i = start; i < sequence.length; i++) {
        node = node.next.get(sequence[i]);
        if (!node) break;
        if (node.entity) {
          best = node.entity;
          bestEnd = i + 1;
        }
      }
      if (best) {
        found.push(best);
        start = bestEnd;
      } else start++;
    }
    return found;
  }
}
