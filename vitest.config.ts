import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // test/fixtures holds other projects' test files (node:test, pytest), run by the checks under test.
    exclude: ['test/fixtures/**', 'node_modules/**'],
    // Threads start faster than forks, and no test needs a process of its own (none calls chdir).
    pool: 'threads',
    // vitest's default is one worker per core but one: a single worker on a 2-core runner. Many
    // files wait on git, child processes and local HTTP servers, so three keep both cores busy.
    maxWorkers: 3,
    // Many tests start processes, git and worker threads: node:test allowed them unlimited time.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text'],
      // The table is most useful when something failed: print it anyway.
      reportOnFailure: true,
      thresholds: {
        'src/statistics/**': { lines: 90 },
        'src/engine/**': { lines: 90 },
        'src/scoring/**': { lines: 90 },
        'src/report/**': { lines: 90 },
      },
    },
  },
});
