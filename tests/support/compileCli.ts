/**
 * Vitest global setup: bundles the CLI once per test run exactly as `npm run build:server` builds dist/
 * (scripts/bundleServer.mjs, ~3 s), into a folder of its own at the project's top, so that the CLI tests spawn
 * `node <folder>/cli.js`, the code a user runs, instead of tsx, which compiles every module again in every child
 * (about 1.5 s more per spawn, over a hundred spawns). Type checking is `npm run typecheck`'s job, not this one's.
 * The folder sits beside src/ so that the bundle finds schema.graphql, fixtures/ and node_modules exactly as
 * dist/ does; it is removed when the run ends.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { bundleServer } from '../../scripts/bundleServer.mjs';
import { PROJECT_ROOT } from '../../src/config/config.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** the compiled CLI entry point for this run, or '' when it could not be built (tsx is used then) */
    compiledCli: string;
  }
}

export default async function compileCli(project: TestProject): Promise<() => void> {
  const outdir = join(PROJECT_ROOT, `.test-cli-${process.pid}`);
  rmSync(outdir, { recursive: true, force: true });
  await bundleServer({ projectRoot: PROJECT_ROOT, outdir });
  project.provide('compiledCli', join(outdir, 'cli.js'));
  return () => rmSync(outdir, { recursive: true, force: true });
}
