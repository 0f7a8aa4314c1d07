import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One graphql for everyone: Apollo loads its CommonJS build, and two copies of GraphQLError break instanceof.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // the CLI compiled once for the run, so that CLI tests spawn node rather than tsx
    globalSetup: ['tests/support/compileCli.ts'],
    // Files share one worker's module graph instead of importing the server afresh each (~2 s a file, a fifth of
    // the run on 2 cores). Safe because no test mocks a module and every console spy is restored in its file.
    isolate: false,
    // Integration tests start servers and child processes; give them room without hiding a hang.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
