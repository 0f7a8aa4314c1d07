/**
 * The draft's text cut into runs for highlighting: each run is covered by the same set of marked spans (the content,
 * cue and source of the attributions), so spans that touch or overlap are shown without nesting elements in ways
 * HTML cannot express.
 */
import { CodePoints } from './codePoints.js';

export type SpanRole = 'content' | 'cue' | 'source';

export interface MarkedSpan {
  /** the attribution's index in the draft */
  attribution: number;
  role: SpanRole;
  start: number;
  end: number;
}

export interface TextSegment {
  start: number;
  end: number;
  text: string;
  /** the spans covering the whole run, in the order given */
  marks: { attribution: number; role: SpanRole }[];
  /** the attributions whose content starts at this run */
  contentStarts: number[];
}

export function textSegments(text: string, spans: readonly MarkedSpan[]): TextSegment[] {
  const doc = new CodePoints(text);
  const valid = spans.filter((span) => span.start >= 0 && span.end > span.start && span.end <= doc.length);
  const cuts = new Set<number>([0, doc.length]);
  for (const span of valid) cuts.add(span.start).add(span.end);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let index = 0; index + 1 < points.length; index++) {
    const start = points[index];
    const end = points[index + 1];
    const covering = valid.filter((span) => span.start <= start && span.end >= end);
    segments.push({
      start,
      end,
      text: doc.slice(start, end),
      marks: covering.map(({ attribution, role }) => ({ attribution, role })),
      contentStarts: covering
        .filter((span) => span.role === 'content' && span.start === start)
        .map((span) => span.attribution),
    });
  }
  return segments;
}
