import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Unpack the packaged Chromium once before the browser tests run in parallel.
    globalSetup: ['test/setup/chromium.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The suite is CPU-bound (fuzzing, the kill test's processes): use every core, not all but one.
    maxWorkers: Math.max(1, availableParallelism()),
  },
});
