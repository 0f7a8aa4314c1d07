import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Integration tests start servers and child processes; give them room without hiding a hang.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
