import { globSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

/**
 * Test files that must load their modules fresh: @actions/github fixes its API URL from
 * GITHUB_API_URL when it is first loaded, so this file sets the environment of a runner
 * (pointing at the local fake server) before it imports the store.
 */
const needsFreshModules = ['test/github/actions-artifact-store.test.ts'];

/**
 * Test files that start PostgreSQL as PGlite (test/mocks/sql-engines.ts), found by the call.
 * They run in processes of their own: PGlite's WebAssembly, compiled and freed in worker
 * threads that share one process, races V8's process-wide register of code pages, and the
 * whole run dies on `Check failed: jit_page_->allocations_.erase(addr) == 1` (nodejs/node
 * issue 64500; once in about ten runs here, exit 133).
 */
const startsPostgres = globSync('test/**/*.test.ts').filter((file) =>
  /\b(startPostgres|withRealEngines)\(/.test(readFileSync(file, 'utf8')),
);

export default defineConfig({
  test: {
    // test/fixtures holds other projects' test files (node:test, pytest), run by the checks under test.
    exclude: ['test/fixtures/**', 'node_modules/**'],
    // Threads start faster than forks; only the PGlite files (startsPostgres) need processes of
    // their own (no test calls chdir).
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
          exclude: ['test/fixtures/**', ...needsFreshModules, ...startsPostgres],
          // Files share a worker's loaded modules: loading zod, yaml and the engine once per
          // worker instead of once per file saves about a third of the suite's CPU time.
          isolate: false,
        },
      },
      { extends: true, test: { name: 'fresh', include: needsFreshModules } },
      // A process per file: one PGlite each, never two in one process's threads.
      { extends: true, test: { name: 'postgres', include: startsPostgres, pool: 'forks' } },
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
