/**
 * The postings and per-claim columns of the index, and their upkeep under add and remove. Scoring lives
 * elsewhere (firstStage.ts, features.ts); this module only keeps the counts they read consistent.
 *
 * A claim occupies a slot. Removing a claim tombstones its slot and takes it out of the statistics at once (so
 * document frequencies and average lengths stay exact) but leaves its postings, which scoring skips; when
 * tombstones reach a quarter of the slots the postings are compacted in one pass, which keeps removal cheap
 * amortised and postings sorted by slot.
 */
import { FIELD_COUNT, packTf } from './fields.js';
import { grow } from './growable.js';

/** Separates fields in a slot's stored term sequence. */
export const FIELD_SEPARATOR = -1;

export interface IndexedClaim {
  id: string;
  /** Per field: word terms in order, then entity features. */
  fields: { terms: string[]; entities: string[] }[];
}

const MIN_TOMBSTONES_TO_COMPACT = 1024;

export class InvertedIndex {
  // Vocabulary.
  readonly termIds = new Map<string, number>();
  readonly termText: string[] = [];
  /** Live claims containing the term. */
  df = new Int32Array(1024);
  isEntity = new Uint8Array(1024);
  /** Terms that are numbers, for the re-ranker's agreement-of-numbers features. */
  isNumber = new Uint8Array(1024);

  // Postings, per term id: slots ascending, and the packed field frequencies beside them.
  postingSlots: Int32Array[] = [];
  postingTfs: Uint16Array[] = [];
  postingLength: number[] = [];

  // Per slot.
  slotIds: (string | undefined)[] = [];
  alive = new Uint8Array(1024);
  fieldLength: Uint16Array[] = Array.from({ length: FIELD_COUNT }, () => new Uint16Array(1024));
  /** Where the slot's term sequence starts in `sequencePool`; it ends where the next slot's starts. */
  sequenceStart = new Int32Array(1025);
  sequencePool = new Int32Array(16_384);
  slotCount = 0;

  // Statistics over live claims.
  liveCount = 0;
  readonly totalFieldLength = new Float64Array(FIELD_COUNT);
  readonly slotOf = new Map<string, number>();

  private termId(term: string, entity: boolean): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termText.length;
      this.termIds.set(term, id);
      this.termText.push(term);
      this.df = grow(this.df, id + 1);
      this.isEntity = grow(this.isEntity, id + 1);
      this.isEntity[id] = entity ? 1 : 0;
      this.isNumber = grow(this.isNumber, id + 1);
      this.isNumber[id] = !entity && /^\d/.test(term) ? 1 : 0;
      this.postingSlots.push(new Int32Array(2));
      this.postingTfs.push(new Uint16Array(2));
      this.postingLength.push(0);
    }
    return id;
  }

  add(claim: IndexedClaim): void {
    if (this.slotOf.has(claim.id)) this.remove(claim.id);
    const slot = this.slotCount++;
    this.slotIds[slot] = claim.id;
    this.slotOf.set(claim.id, slot);
    this.alive = grow(this.alive, slot + 1);
    this.alive[slot] = 1;
    this.liveCount++;

    // Term frequencies per field, and the stored sequence.
    const tfs = new Map<number, number[]>();
    const sequence: number[] = [];
    claim.fields.forEach((field, f) => {
      if (f > 0) sequence.push(FIELD_SEPARATOR);
      const length = field.terms.length;
      this.fieldLength[f] = grow(this.fieldLength[f], slot + 1);
      this.fieldLength[f][slot] = Math.min(length, 0xffff);
      this.totalFieldLength[f] += Math.min(length, 0xffff);
      const add = (term: string, entity: boolean): void => {
        const id = this.termId(term, entity);
        sequence.push(id);
        let counts = tfs.get(id);
        if (!counts) tfs.set(id, (counts = new Array<number>(FIELD_COUNT).fill(0)));
        counts[f]++;
      };
      for (const term of field.terms) add(term, false);
      for (const entity of field.entities) add(entity, true);
    });
    for (let f = claim.fields.length; f < FIELD_COUNT; f++) {
      this.fieldLength[f] = grow(this.fieldLength[f], slot + 1);
      this.fieldLength[f][slot] = 0;
    }

    const start = this.sequenceStart[slot];
    this.sequencePool = grow(this.sequencePool, start + sequence.length);
    this.sequencePool.set(sequence, start);
    this.sequenceStart = grow(this.sequenceStart, slot + 2);
    this.sequenceStart[slot + 1] = start + sequence.length;

    for (const [id, counts] of tfs) {
      const n = this.postingLength[id];
      this.postingSlots[id] = grow(this.postingSlots[id], n + 1);
      this.postingTfs[id] = grow(this.postingTfs[id], n + 1);
      this.postingSlots[id][n] = slot;
      this.postingTfs[id][n] = packTf(counts);
      this.postingLength[id] = n + 1;
      this.df[id]++;
    }
  }

  /** Returns whether the claim was there. */
  remove(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    this.slotOf.delete(id);
    this.alive[slot] = 0;
    this.slotIds[slot] = undefined;
    this.liveCount--;
    for (let f = 0; f < FIELD_COUNT; f++) this.totalFieldLength[f] -= this.fieldLength[f][slot];
    const seen = new Set<number>();
    for (let i = this.sequenceStart[slot]; i < this.sequenceStart[slot + 1]; i++) {
      const term = this.sequencePool[i];
      if (term !== FIELD_SEPARATOR && !seen.has(term)) {
        seen.add(term);
        this.df[term]--;
      }
    }
    const tombstones = this.slotCount - this.liveCount;
    if (tombstones >= MIN_TOMBSTONES_TO_COMPACT && tombstones * 4 >= this.slotCount) this.compact();
    return true;
  }

  /** The stored term sequence of a slot (fields separated by FIELD_SEPARATOR). */
  sequence(slot: number): Int32Array {
    return this.sequencePool.subarray(this.sequenceStart[slot], this.sequenceStart[slot + 1]);
  }

  averageFieldLength(field: number): number {
    return this.liveCount === 0 ? 0 : this.totalFieldLength[field] / this.liveCount;
  }

  /** Drops tombstoned slots, renumbering live ones in order (so postings stay sorted). */
  compact(): void {
    const newSlot = new Int32Array(this.slotCount).fill(-1);
    let next = 0;
    for (let s = 0; s < this.slotCount; s++) if (this.alive[s]) newSlot[s] = next++;

    const pool = new Int32Array(Math.max(16, this.sequenceStart[this.slotCount]));
    const starts = new Int32Array(next + 1);
    const lengths = this.fieldLength.map(() => new Uint16Array(Math.max(4, next)));
    const ids = new Array<string | undefined>(next);
    let at = 0;
    for (let s = 0; s < this.slotCount; s++) {
      const to = newSlot[s];
      if (to < 0) continue;
      const seq = this.sequence(s);
      pool.set(seq, at);
      starts[to] = at;
      at += seq.length;
      starts[to + 1] = at;
      for (let f = 0; f < FIELD_COUNT; f++) lengths[f][to] = this.fieldLength[f][s];
      ids[to] = this.slotIds[s];
      this.slotOf.set(this.slotIds[s]!, to);
    }
    for (let t = 0; t < this.postingSlots.length; t++) {
      const slots = this.postingSlots[t];
      const tfs = this.postingTfs[t];
      let kept = 0;
      for (let i = 0; i < this.postingLength[t]; i++) {
        const to = newSlot[slots[i]];
        if (to < 0) continue;
        slots[kept] = to;
        tfs[kept] = tfs[i];
        kept++;
      }
      this.postingLength[t] = kept;
      // Give back space a shrunken list no longer needs.
      if (kept * 4 < slots.length && slots.length > 8) {
        this.postingSlots[t] = slots.slice(0, Math.max(2, kept * 2));
        this.postingTfs[t] = tfs.slice(0, Math.max(2, kept * 2));
      }
    }
    this.sequencePool = pool;
    this.sequenceStart = starts;
    this.fieldLength = lengths;
    this.slotIds = ids;
    this.alive = new Uint8Array(Math.max(4, next)).fill(1);
    this.slotCount = next;
  }
}
