/**
 * Vitest global setup: compiles src/ once per test run with esbuild (transpile only, no bundling, ~1 s) into a
 * folder of its own at the project's top, so that the CLI tests spawn `node <folder>/cli.js` instead of tsx, which
 * compiles every module again in every child (about 1.5 s more per spawn, over a hundred spawns). Type checking is
 * `npm run typecheck`'s job, not this one's. The folder sits beside src/ so that the compiled modules find
 * schema.graphql, fixtures/ and node_modules exactly as dist/ does; it is removed when the run ends.
 */
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { TestProject } from 'vitest/node';
import { PROJECT_ROOT } from '../../src/config/config.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** the compiled CLI entry point for this run, or '' when it could not be built (tsx is used then) */
    compiledCli: string;
  }
}

export default async function compileCli(project: TestProject): Promise<() => void> {
  const outdir = join(PROJECT_ROOT, `.test-cli-${process.pid}`);
  const source = join(PROJECT_ROOT, 'src');
  const files = readdirSync(source, { recursive: true, encoding: 'utf8' });
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: files.filter((file) => file.endsWith('.ts')).map((file) => join(source, file)),
    outdir,
    outbase: source,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // keep `with { type: 'json' }`: Node 20 needs it to import JSON
    supported: { 'import-attributes': true },
    logLevel: 'error',
  });
  // run-time assets read from beside their modules: migrations and the re-ranker's model
  cpSync(source, outdir, {
    recursive: true,
    filter: (path) => !/\.[a-z]+$/.test(path) || path.endsWith('.sql') || path.endsWith('.json'),
  });
  project.provide('compiledCli', join(outdir, 'cli.js'));
  return () => rmSync(outdir, { recursive: true, force: true });
}
