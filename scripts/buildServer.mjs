// Builds the server into dist/ from scratch (a module removed from src must not linger in dist): one bundle with
// its chunks and the SQL migrations (bundleServer.mjs). Type checking is `npm run typecheck`'s job.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleServer } from './bundleServer.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
await bundleServer({ projectRoot: root, outdir: dist, sourcemap: true });
