/**
 * The arguments of `npm run eval:claims` (bench/evalClaims.ts), checked before any database is created, so a typo
 * costs nothing and is reported in one line naming the problem.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';

export type StoreKind = 'sqlite' | 'postgres';
export type RankingKind = 'semantic' | 'lexical';

export interface EvalClaimsArgs {
  claims: string;
  queries: string;
  qrels: string;
  run?: string;
  store: StoreKind;
  /** hits asked for per query (`first`); MAP@5 and Recall@5 need 5, MRR is over this depth */
  depth: number;
  /** semantic: the server's default, measured once every claim has its sentence vectors; lexical: turned off */
  ranking: RankingKind;
}

export const EVAL_CLAIMS_USAGE =
  'usage: npm run eval:claims -- --claims TSV --queries TSV --qrels QRELS [--run FILE] [--store sqlite|postgres] [--depth N] [--ranking semantic|lexical]';

export class EvalClaimsArgsError extends Error {
  override name = 'EvalClaimsArgsError';
}

/** Parses and checks the arguments; throws EvalClaimsArgsError with a one-line message on any problem. */
export function parseEvalClaimsArgs(
  argv: string[],
  fileExists: (path: string) => boolean = existsSync,
): EvalClaimsArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        claims: { type: 'string' },
        queries: { type: 'string' },
        qrels: { type: 'string' },
        run: { type: 'string' },
        store: { type: 'string', default: 'sqlite' },
        depth: { type: 'string', default: '5' },
        ranking: { type: 'string', default: 'semantic' },
      },
      allowPositionals: false,
    }));
  } catch (error) {
    throw new EvalClaimsArgsError((error as Error).message);
  }
  for (const name of ['claims', 'queries', 'qrels'] as const) {
    const path = values[name];
    if (path === undefined || path === '') throw new EvalClaimsArgsError(`--${name} is missing`);
    if (!fileExists(path)) throw new EvalClaimsArgsError(`--${name} ${path}: no such file`);
  }
  if (values.store !== 'sqlite' && values.store !== 'postgres') {
    throw new EvalClaimsArgsError(`--store must be sqlite or postgres, got ${JSON.stringify(values.store)}`);
  }
  const depth = Number(values.depth);
  if (!/^\d+$/.test(values.depth) || depth < 5 || depth > 100) {
    throw new EvalClaimsArgsError(`--depth must be an integer from 5 to 100, got ${JSON.stringify(values.depth)}`);
  }
  if (values.ranking !== 'semantic' && values.ranking !== 'lexical') {
    throw new EvalClaimsArgsError(`--ranking must be semantic or lexical, got ${JSON.stringify(values.ranking)}`);
  }
  if (values.run === '') throw new EvalClaimsArgsError('--run needs a file name');
  return {
    claims: values.claims!,
    queries: values.queries!,
    qrels: values.qrels!,
    run: values.run,
    store: values.store,
    depth,
    ranking: values.ranking,
  };
}
