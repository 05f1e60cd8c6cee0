/**
 * What a command (or the action) loads before it runs: the modules its file reaches through
 * static imports, as esbuild follows them (dynamic `import()` starts a chunk
 * of its own, loaded when reached). A PR-sized `mlgate drift` spent most of
 * its time loading code (issue 17), so readers and renderers a run may not
 * need stay behind dynamic imports; this keeps them there.
 */
import assert from 'node:assert/strict';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, it } from 'vitest';

let graph: Metafile['inputs'];

beforeAll(async () => {
  const { metafile } = await build({
    entryPoints: [
      'src/cli.ts',
      'src/cli/drift-command.ts',
      'src/cli/profile-command.ts',
      'src/cli/run-command.ts',
      'src/main.ts',
    ],
    bundle: true,
    write: false,
    metafile: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    outdir: 'unused',
    // Packages stay import paths in the graph, so the test names them without bundling them.
    packages: 'external',
    logLevel: 'silent',
  });
  graph = metafile.inputs;
}, 60_000);

/** Every source file and external import reached from `entry` by static imports. */
function staticClosure(entry: string): Set<string> {
  const reached = new Set([entry]);
  const pending = [entry];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    for (const { path, kind } of graph[file]?.imports ?? []) {
      if (kind !== 'import-statement' || reached.has(path)) continue;
      reached.add(path);
      pending.push(path);
    }
  }
  return reached;
}

function assertNotLoaded(entry: string, modules: readonly string[]): void {
  const closure = staticClosure(entry);
  assert.ok(closure.size > 10, `${entry}: the import graph was not followed`);
  const loaded = modules.filter((module) => closure.has(module));
  assert.deepEqual(loaded, [], `${entry} loads these before it runs`);
}

describe('command imports', () => {
  it('the entry point decides where a command runs before it loads the commands or value counting', () => {
    // A 1M-row drift's first process only runs itself again with malloc tuned: without these, the
    // process it runs reached its preloaded first line 101 instead of 94 ms after the first
    // process reached its own (medians of 8 runs alternating, `node --import` of a timestamp).
    assertNotLoaded('src/cli.ts', [
      'src/cli/run-cli.ts',
      'src/cli/help-text.ts',
      'src/io/scan-worker-protocol.ts',
      'src/data/value-counter.ts',
    ]);
  });

  it('drift on CSV files loads no Parquet reader, worker pool, promise-based file module, zod or YAML', () => {
    assertNotLoaded('src/cli/drift-command.ts', [
      'zod',
      'yaml',
      'hyparquet',
      'src/io/parquet-file.ts',
      'src/formats/parquet-table-scan.ts',
      'src/formats/jsonl-table-scan.ts',
      'src/io/scan-worker-pool.ts',
      'node:worker_threads',
      'node:fs/promises',
    ]);
  });

  it('profile loads the profile schema (zod, YAML) only for --merge', () => {
    assertNotLoaded('src/cli/profile-command.ts', [
      'zod',
      'yaml',
      'src/profile/profile-json-schema.ts',
    ]);
  });

  it('run loads the HTML renderer only for --html', () => {
    assertNotLoaded('src/cli/run-command.ts', ['src/report/render-html.ts']);
  });

  it('the action loads the artifact client only once it uploads or downloads an artifact', () => {
    // 3.7 MB bundled, about 0.25 s to load on a fresh runner: `artifact: off` never needs it.
    assertNotLoaded('src/main.ts', ['@actions/artifact']);
  });

  it('run loads crypto, child processes and threads only once it hashes, runs or starts one', () => {
    // src/io/builtins-on-use.ts reads them when first used; a static import would load them all.
    assertNotLoaded('src/cli/run-command.ts', [
      'node:crypto',
      'node:child_process',
      'node:worker_threads',
    ]);
  });
});
