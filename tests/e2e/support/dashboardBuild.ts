/**
 * Builds the dashboard before the browser tests, in a child process (the build runs Vite, which should not share
 * the test worker), and only when its sources changed since the last build (dashboard/scripts/buildDashboard.ts).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../../src/config/config.js';

/**
 * Test files share their worker's modules (vitest.config.ts), so once the check has passed in this process the
 * other browser files skip the child process (about a second each).
 */
let checked = false;

export function ensureDashboardBuilt(): void {
  if (checked) return;
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(PROJECT_ROOT, 'dashboard', 'scripts', 'buildDashboard.ts')],
    {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      timeout: 180_000,
    },
  );
  if (result.status !== 0) {
    throw new Error(`building the dashboard failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  checked = true;
}
