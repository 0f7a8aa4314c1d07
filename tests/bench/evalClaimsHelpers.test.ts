import { describe, expect, it } from 'vitest';
import { EvalClaimsArgsError, parseEvalClaimsArgs } from '../../bench/retrieval/evalClaimsArgs.js';
import { claimIdFromSlug, formatRunFile } from '../../bench/retrieval/runFile.js';

const everyFileExists = () => true;
const required = ['--claims', 'c.tsv', '--queries', 'q.tsv', '--qrels', 'r.qrels'];

function parseError(argv: string[], fileExists: (path: string) => boolean = everyFileExists): string {
  try {
    parseEvalClaimsArgs(argv, fileExists);
  } catch (error) {
    expect(error).toBeInstanceOf(EvalClaimsArgsError);
    return (error as Error).message;
  }
  throw new Error('expected the arguments to be refused');
}

describe('eval:claims arguments', () => {
  it('defaults to SQLite, five hits per query, semantic ranking and no run file', () => {
    expect(parseEvalClaimsArgs(required, everyFileExists)).toEqual({
      claims: 'c.tsv',
      queries: 'q.tsv',
      qrels: 'r.qrels',
      run: undefined,
      store: 'sqlite',
      depth: 5,
      ranking: 'semantic',
    });
  });

  it('accepts PostgreSQL, a run file and a deeper ranking', () => {
    const args = parseEvalClaimsArgs(
      [...required, '--store', 'postgres', '--run', 'run.tsv', '--depth', '100'],
      everyFileExists,
    );
    expect(args).toMatchObject({ store: 'postgres', run: 'run.tsv', depth: 100, ranking: 'semantic' });
    expect(parseEvalClaimsArgs([...required, '--ranking', 'lexical'], everyFileExists).ranking).toBe('lexical');
  });

  it('names each missing required file argument', () => {
    expect(parseError(['--queries', 'q.tsv', '--qrels', 'r.qrels'])).toBe('--claims is missing');
    expect(parseError(['--claims', 'c.tsv', '--qrels', 'r.qrels'])).toBe('--queries is missing');
    expect(parseError(['--claims', 'c.tsv', '--queries', 'q.tsv'])).toBe('--qrels is missing');
  });

  it('names a file that does not exist', () => {
    expect(parseError(required, (path) => path !== 'q.tsv')).toBe('--queries q.tsv: no such file');
  });

  it('refuses an unknown store, a bad depth, an empty run file name and unknown options', () => {
    expect(parseError([...required, '--store', 'mysql'])).toBe('--store must be sqlite or postgres, got "mysql"');
    expect(parseError([...required, '--depth', '3'])).toMatch(/^--depth must be an integer from 5 to 100/);
    expect(parseError([...required, '--depth', 'ten'])).toMatch(/^--depth must be an integer from 5 to 100/);
    expect(parseError([...required, '--ranking', 'neural'])).toBe(
      '--ranking must be semantic or lexical, got "neural"',
    );
    expect(parseError([...required, '--run', ''])).toBe('--run needs a file name');
    expect(parseError([...required, '--verbose'])).toMatch(/--verbose/);
    expect(parseError([...required, 'extra'])).toMatch(/extra/);
  });
});

describe('run file', () => {
  it('writes one line per hit: query id, 0, claim id, rank from 1, score, tag, in the queries order', () => {
    const rankings = new Map([
      [
        '7',
        [
          { id: '12', score: 0.9 },
          { id: '3', score: 0.25 },
        ],
      ],
      ['2', [{ id: '5', score: 1 }]],
    ]);
    expect(formatRunFile(['2', '7', '9'], rankings)).toBe(
      '2\t0\t5\t1\t1\tclaimgraph\n7\t0\t12\t1\t0.9\tclaimgraph\n7\t0\t3\t2\t0.25\tclaimgraph\n',
    );
  });

  it('is empty when no query has a hit', () => {
    expect(formatRunFile(['1'], new Map())).toBe('');
  });

  it('maps an imported claim slug back to the data file id', () => {
    expect(claimIdFromSlug('vclaim-1042', 'vclaim-')).toBe('1042');
  });

  it('refuses a slug that is not one of the imported claims', () => {
    expect(() => claimIdFromSlug('legend-west-claim', 'vclaim-')).toThrow(/does not start with the import's prefix/);
    expect(() => claimIdFromSlug('vclaim-', 'vclaim-')).toThrow(/does not start with the import's prefix/);
  });
});
