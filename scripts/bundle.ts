/**
 * Bundles the action and the CLI into dist/ as ESM for Node 24. Both entries
 * share chunks, so the action and `mlgate` run the same engine code. The
 * worker threads' entries are bundled apart: esbuild makes a chunk of the
 * modules each set of entries shares, so entries that also reached the CLI's
 * modules split them into more, smaller files, and a run pays for each file it
 * loads (about 0.2 ms each, cached). A PR-sized `mlgate drift` loaded 36
 * modules instead of 45. A worker is an isolate of its own, whose modules are
 * never the instances its parent loaded, so only dist/ changes (0.5 MB larger
 * for the code both builds hold). Imports of
 * Node's built-ins are rewritten to process.getBuiltinModule reads
 * (scripts/builtin-imports.ts), so a run loads only the built-ins it uses;
 * simple-statistics comes from its per-function files (scripts/simple-statistics-by-file.ts); only
 * files that call require() get one (scripts/require-banner.ts); and what
 * non-ASCII text esbuild leaves is escaped (scripts/ascii-source.ts).
 * `node scripts/bundle.ts [outdir]`: the freshness test bundles into a temp dir.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { escapeNonAscii } from './ascii-source.ts';
import { builtinImportsToReads } from './builtin-imports.ts';
import { withRequireWhereUsed } from './require-banner.ts';
import { simpleStatisticsByFile } from './simple-statistics-by-file.ts';

const outdir = process.argv[2] ?? 'dist';
await rm(outdir, { recursive: true, force: true });
/** The bundle of `entryPoints`: ESM for Node 24, split into shared chunks under chunks/. */
async function bundle(entryPoints: Record<string, string>) {
  const { outputFiles } = await build({
    entryPoints,
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    chunkNames: 'chunks/[name]-[hash]',
    legalComments: 'linked',
    logLevel: 'warning',
    write: false,
    // DuckDB's native module is not shipped: src/io/sql/load-duckdb.ts imports it where it is
    // installed, or installs the pinned version on first use. pg, imported dynamically, gets a chunk of its own.
    external: ['@duckdb/node-api', '@duckdb/node-bindings', '@duckdb/node-bindings-*'],
    plugins: [simpleStatisticsByFile],
  });
  return outputFiles;
}

const outputFiles = [
  ...(await bundle({ index: 'src/index.ts', cli: 'src/cli.ts' })),
  // Worker threads load these small entries, not the engine's chunk (src/io/worker-entry-url.ts).
  ...(await bundle({
    'scan-worker': 'src/io/scan-worker.ts',
    'bootstrap-worker': 'src/io/bootstrap-worker.ts',
  })),
];
for (const file of outputFiles) {
  await mkdir(path.dirname(file.path), { recursive: true });
  await writeFile(
    file.path,
    file.path.endsWith('.js')
      ? escapeNonAscii(withRequireWhereUsed(builtinImportsToReads(file.text)))
      : file.contents,
  );
}
