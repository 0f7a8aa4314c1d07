/**
 * Label values a client chooses (operation names) kept to a bounded set: the first `max` distinct values seen are
 * used as they are, every later one as "other". Each distinct label value is a time series Prometheus keeps, so a
 * client sending made-up names must not create them without end.
 */
export const OTHER_LABEL = 'other';

export class FirstSeenLabels {
  private readonly seen = new Set<string>();

  constructor(readonly max: number) {}

  label(value: string): string {
    if (this.seen.has(value)) return value;
    if (this.seen.size >= this.max) return OTHER_LABEL;
    this.seen.add(value);
    return value;
  }
}
