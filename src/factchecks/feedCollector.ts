/**
 * Gathers a feed's items and problems as its readers find them, and enforces MAX_FEED_ITEMS: every candidate item
 * counts, whether it reads cleanly or not, so a feed of a million broken entries costs no more than one of
 * MAX_FEED_ITEMS good ones.
 */
import type { FactCheckFields, ImportedFactCheck } from './importedFactCheck.js';
import { ItemProblem, type FeedProblem } from './feedProblem.js';
import { MAX_FEED_ITEMS } from './limits.js';

export interface FeedContents {
  items: ImportedFactCheck[];
  problems: FeedProblem[];
}

export class FeedCollector {
  private readonly items: ImportedFactCheck[] = [];
  private readonly problems: FeedProblem[] = [];
  private candidates = 0;
  private stopped = false;

  /** True once the cap is reached: readers stop walking the feed. */
  get isFull(): boolean {
    return this.stopped;
  }

  /** Reads one item at `position`; a problem it throws is recorded for that position and the item skipped. */
  read(position: string, readFields: () => FactCheckFields): void {
    if (!this.admit(position)) return;
    try {
      this.items.push({ position, ...readFields() });
    } catch (error) {
      if (!(error instanceof ItemProblem)) throw error;
      this.problems.push({ position, message: error.message });
    }
  }

  /** Records a candidate that is not an item at all (a number where a ClaimReview should be). */
  reject(position: string, message: string): void {
    if (this.admit(position)) this.problems.push({ position, message });
  }

  /** Records a problem with the feed as a whole or with a container; not counted against the cap. */
  problem(position: string, message: string): void {
    this.problems.push({ position, message });
  }

  contents(): FeedContents {
    return { items: this.items, problems: this.problems };
  }

  private admit(position: string): boolean {
    if (this.stopped) return false;
    if (this.candidates === MAX_FEED_ITEMS) {
      this.stopped = true;
      this.problems.push({
        position,
        message: `the feed has more than ${MAX_FEED_ITEMS} fact-checks; this one and the rest were not read`,
      });
      return false;
    }
    this.candidates += 1;
    return true;
  }
}
