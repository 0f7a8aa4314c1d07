/**
 * Builds the fact-check dashboard (index.html) and the GraphiQL explorer (graphiql.html) into dashboard/dist,
 * which claimgraph serves itself (src/http/dashboardRoutes.ts). Every asset is a file of its own under /assets/
 * with a content hash in its name: nothing is inlined as a data: URI (the pages' Content-Security-Policy allows
 * 'self' only, apart from what GraphiQL needs) and nothing is loaded from elsewhere.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  publicDir: resolve(root, 'public'),
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
    assetsDir: 'assets',
    assetsInlineLimit: 0,
    sourcemap: false,
    // GraphiQL's editor (Monaco) is large by nature; it loads on /graphiql only
    chunkSizeWarningLimit: 6000,
    rollupOptions: {
      input: {
        dashboard: resolve(root, 'index.html'),
        graphiql: resolve(root, 'graphiql.html'),
      },
      onwarn(warning, warn) {
        // GraphiQL's dependencies mark React server-component boundaries ("use client"); meaningless in a page bundle
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  worker: { format: 'es' },
  // The dev server's pre-bundler cannot follow GraphiQL's `?worker` imports and would stop; leaving GraphiQL out
  // of it keeps the dev server up for the dashboard. (The explorer itself works only in the build.)
  optimizeDeps: { exclude: ['graphiql', '@graphiql/react'] },
  server: {
    // `npx vite --config dashboard/vite.config.ts` while developing the dashboard: API calls and the live socket go
    // to a running claimgraph (CLAIMGRAPH_URL, default http://127.0.0.1:4000)
    proxy: { '/graphql': { target: process.env.CLAIMGRAPH_URL ?? 'http://127.0.0.1:4000', ws: true } },
  },
});
