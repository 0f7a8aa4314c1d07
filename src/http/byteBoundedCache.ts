/**
 * The caches Apollo Server keeps per distinct query, bounded by what they really hold in memory: the parsed and
 * validated documents (`documentStore`) and the automatic persisted queries (`cache`, the query text by hash).
 *
 * Apollo's default caches are bounded too (30 MiB each), but they weigh a document by the length of its JSON,
 * which leaves out the token list and source every parsed node points to: a 180-character query weighs 3.4 kB
 * there and holds 14.7 kB of heap, so the "30 MiB" document cache can hold over 120 MiB (and 120,000 unique
 * persisted queries took the server from 134 to 898 MiB of RSS). Here a document is weighed by its tokens and
 * nodes as measured on V8, and the caches evict least recently used entries past a byte budget.
 *
 * The interface is Apollo's KeyValueCache (get, set, delete; promises). Time-to-live options are ignored: entries
 * leave by size only.
 */
import type { DocumentNode, Token } from 'graphql';

/** Bytes of heap per lexical token of a parsed document, its AST node and location included (V8, measured). */
export const BYTES_PER_DOCUMENT_TOKEN = 340;
/** Bookkeeping per entry: the map entry, the key's string header, the entry object. */
export const BYTES_PER_ENTRY = 128;

export interface CacheUsage {
  entries: number;
  /** estimated bytes held, never above maxBytes */
  bytes: number;
  maxBytes: number;
  /** entries evicted so far to stay within maxBytes */
  evictions: number;
}

export class ByteBoundedCache<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private bytes = 0;
  private evictions = 0;

  constructor(
    readonly maxBytes: number,
    private readonly sizeOf: (value: V) => number,
  ) {}

  async get(key: string): Promise<V | undefined> {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // most recently used last
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  async set(key: string, value: V): Promise<void> {
    await this.delete(key);
    const bytes = BYTES_PER_ENTRY + key.length + this.sizeOf(value);
    if (bytes > this.maxBytes) return; // larger than the whole cache: not kept
    this.entries.set(key, { value, bytes });
    this.bytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.bytes;
      this.evictions += 1;
    }
  }

  async delete(key: string): Promise<boolean> {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
    return true;
  }

  usage(): CacheUsage {
    return { entries: this.entries.size, bytes: this.bytes, maxBytes: this.maxBytes, evictions: this.evictions };
  }
}

/** A query text's weight: its characters (two bytes each when not Latin-1, as V8 stores it). */
export function stringBytes(text: string): number {
  // eslint-disable-next-line no-control-regex
  return /^[\u0000-\u00ff]*$/.test(text) ? text.length : 2 * text.length;
}

/**
 * A parsed document's weight: its tokens (each with its AST node and location, as measured) plus its source text.
 * A document parsed without locations has no token list; its JSON length, twice, stands in.
 */
export function documentBytes(document: DocumentNode): number {
  const location = document.loc;
  if (!location) return 2 * JSON.stringify(document).length;
  let tokens = 0;
  for (let token: Token | null = location.startToken; token; token = token.next) tokens += 1;
  return tokens * BYTES_PER_DOCUMENT_TOKEN + stringBytes(location.source.body);
}
