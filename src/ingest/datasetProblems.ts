/**
 * What dataset validation reports: a problem names the record, the field inside it and what is wrong.
 */

export interface DatasetProblem {
  /** e.g. "statements[3] (legend-new-yorker-quote)", or "dataset" for the file as a whole */
  record: string;
  /** path inside the record, e.g. "evidence[0].exact"; "" when the record as a whole is wrong */
  field: string;
  message: string;
}

/** Reports a problem about one record, which the reporter was made for. */
export type ReportProblem = (field: string, message: string) => void;

/** How a record is named in problems: its position, and its slug when it has one. */
export function recordLabel(collection: string, index: number, slug: unknown): string {
  return typeof slug === 'string' && slug !== '' ? `${collection}[${index}] (${slug})` : `${collection}[${index}]`;
}

/**
 * Problems grouped by record in file order, whichever check finds them: a record's shape problems and its
 * meaning problems are listed together.
 */
export class ProblemLog {
  private readonly byRecord = new Map<string, DatasetProblem[]>();

  /** Fixes the record's place in the output, so that later problems about it are listed with it. */
  register(record: string): void {
    if (!this.byRecord.has(record)) this.byRecord.set(record, []);
  }

  reporterFor(record: string): ReportProblem {
    this.register(record);
    return (field, message) => this.byRecord.get(record)!.push({ record, field, message });
  }

  /** Forgets the problems reported so far that `explained` says are better explained by another. */
  drop(explained: (problem: DatasetProblem) => boolean): void {
    for (const [record, problems] of this.byRecord)
      this.byRecord.set(
        record,
        problems.filter((p) => !explained(p)),
      );
  }

  list(): DatasetProblem[] {
    return [...this.byRecord.values()].flat();
  }
}
