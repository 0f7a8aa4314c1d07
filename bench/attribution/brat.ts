/**
 * Reads PolNeAR's brat standoff files: `T` lines are role spans, `E` lines tie one attribution's roles together.
 *
 * Offsets are Unicode code points; a discontinuous span lists its pieces separated by `;`. A span's text may run
 * over several lines (a multi-paragraph quote), so any line that is not a `T`, `E` or note line is the tail of the
 * previous span's text and is skipped: the scorer reads the article text at the offsets, never the copy here.
 */

/** [start, end) in code points */
export interface Piece {
  start: number;
  end: number;
}

export interface GoldAttribution {
  content: Piece[];
  source: Piece[] | null;
  cue: Piece[] | null;
}

const SPAN_LINE = /^(T\d+)\t(\S+) ([\d; ]+)\t/;
const EVENT_LINE = /^E\d+\t(.*)$/;

export function parseBrat(ann: string): GoldAttribution[] {
  const spans = new Map<string, Piece[]>();
  const events: Array<Map<string, string>> = [];
  for (const line of ann.split('\n')) {
    const span = SPAN_LINE.exec(line);
    if (span) {
      const pieces = span[3]
        .split(';')
        .map((range) => range.trim().split(/\s+/).map(Number))
        .map(([start, end]) => ({ start: start, end: end }));
      spans.set(span[1], pieces);
      continue;
    }
    const event = EVENT_LINE.exec(line.replace(/\r$/, ''));
    if (event) {
      // the first filler of each role wins ("Content2" is a second content and is ignored, like any other role)
      const roles = new Map<string, string>();
      for (const pair of event[1].trim().split(/\s+/)) {
        const [role, id] = pair.split(':');
        if (role && id && !roles.has(role)) roles.set(role, id);
      }
      events.push(roles);
    }
  }
  const gold: GoldAttribution[] = [];
  for (const roles of events) {
    const content = spans.get(roles.get('Content') ?? '');
    if (!content) continue; // an attribution without content cannot be matched by content
    gold.push({
      content,
      source: spans.get(roles.get('Source') ?? '') ?? null,
      cue: spans.get(roles.get('Cue') ?? '') ?? null,
    });
  }
  return gold;
}
