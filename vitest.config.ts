import { defineConfig } from 'vitest/config';

/**
 * Test files that must load their modules fresh: @actions/github fixes its API URL from
 * GITHUB_API_URL when it is first loaded, so this file sets the environment of a runner
 * (pointing at the local fake server) before it imports the store.
 */
const needsFreshModules = ['test/github/actions-artifact-store.test.ts'];

export default defineConfig({
  test: {
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
    // vi.stubEnv lasts one test, so a shared worker never carries it into the next file.
    unstubEnvs: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['test/**/*.test.ts'],
          exclude: ['test/fixtures/**', ...needsFreshModules],
          // Files share a worker's loaded modules: loading zod, yaml and the engine once per
          // worker instead of once per file saves about a third of the suite's CPU time.
          isolate: false,
        },
      },
      { extends: true, test: { name: 'fresh', include: needsFreshModules } },
    ],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // The terminal gets the totals and the per-file table goes to coverage/coverage.txt: CI
      // shows the log's last lines, and a table of 200 files pushed a failing test out of them.
      reporter: ['text-summary', ['text', { file: 'coverage.txt' }]],
      // The table is most useful when something failed: write it anyway.
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
