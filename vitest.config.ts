import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

// The kill and concurrent-edit runs are long (SIGKILL and editor races through real processes): they
// run in `npm run test:long` (DISCLOSE_LONG_TESTS=1), which CI runs after `npm test`, keeping
// `npm test` within its 4 minutes on 2 cores.
const LONG_ONLY = ['test/io/kill.test.ts', 'test/io/sync-concurrent.test.ts'];
// Test files that mock modules (vi.mock): see `isolate` below.
const MOCKING = ['test/cache/shared-pages.test.ts'];

export default defineConfig({
  test: {
    // Unpack the packaged Chromium once before the browser tests run in parallel.
    globalSetup: ['test/setup/chromium.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The suite is CPU-bound (fuzzing, the kill test's processes): use every core, not all but one.
    maxWorkers: Math.max(1, availableParallelism()),
    // Each worker runs its test files one after another in one module graph, not a fresh one per file:
    // src/ and its data (the catalog, compiled lexicons and schemas) load once per worker instead of
    // once for each of the 200-odd files, which halves the suite's CPU time. So a test file must leave
    // nothing behind that another file reads: no vi.mock or stubs, no change to process.env or the
    // working folder, temporary folders of its own (src/ caches some files by path). A file that must
    // mock a module (MOCKING) runs in a project of its own with a fresh module graph: in the shared one
    // its vi.mock would not apply to modules another file had loaded first.
    isolate: false,
    projects: [
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...MOCKING, ...(process.env['DISCLOSE_LONG_TESTS'] ? [] : LONG_ONLY)] } },
      { extends: true, test: { name: 'mocking', include: MOCKING, isolate: true } },
    ],
  },
});
