/** An attribution as the rules build it: UTF-16 offsets, before spans are converted and speakers resolved. */
import type { SourceRange } from './sources.js';

export interface Found {
  content: [number, number];
  cue: [number, number] | null;
  source: SourceRange | null;
  direct: boolean;
  confidence: number;
  /** for a continued turn: the attribution whose speaker carries on */
  continues: Found | null;
  /** a guess from a quotation alone (no cue word), which a reported clause holding it replaces */
  tentative?: boolean;
}

/** The most a quotation with no cue of its own is trusted: pass 2 replaces it by a reported clause that holds it. */
export const LONE_CONFIDENCE = 0.5;
