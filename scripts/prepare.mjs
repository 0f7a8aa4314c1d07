// Runs on `npm install` and `npm ci`: builds claimgraph (server to dist/, dashboard to dashboard/dist/) so that
// `npm install && npm start` works on a fresh clone. An install without dev dependencies (`npm ci --omit=dev`)
// has no compiler: it keeps a tree built beforehand, and says so plainly when there is none.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const buildTools = ['esbuild', 'vite', 'tsx'];

function installed(name) {
  try {
    require.resolve(`${name}/package.json`);
    return true;
  } catch {
    return false;
  }
}

const missing = buildTools.filter((name) => !installed(name));
if (missing.length === 0) {
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
} else if (existsSync(join(root, 'dist', 'cli.js')) && existsSync(join(root, 'dashboard', 'dist', 'index.html'))) {
  console.log(`claimgraph: build tools not installed (${missing.join(', ')}); using the build already in dist/`);
} else {
  console.error(
    `claimgraph: not built, and the build tools are not installed (${missing.join(', ')}). ` +
      'Run `npm install` (with dev dependencies) to build, or `npm run build` before `npm ci --omit=dev`.',
  );
  process.exit(1);
}
