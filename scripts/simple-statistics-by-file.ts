/**
 * An esbuild plugin that bundles simple-statistics from the files its package
 * ships one function each (`index.js` and `src/`), marked free of side effects,
 * instead of its one-file build.
 *
 * Why: the one-file build fills a table of the standard normal CDF when it
 * loads (310 entries, each a 30-term series), whether or not anyone reads it.
 * In a fresh process that loop ran in the interpreter: about 3 ms and 560 KB
 * of boxed numbers for the young generation to collect, in every `mlgate drift`,
 * which needs only `gammaln` (issue 17, target 1). From the per-function files
 * esbuild keeps only the modules whose exports mlgate imports; the functions
 * are the same source, so their results are too (the bench pair's JSON is
 * byte-identical).
 */
import path from 'node:path';
import type { Plugin } from 'esbuild';

const packageDirectory = path.resolve('node_modules/simple-statistics');

export const simpleStatisticsByFile: Plugin = {
  name: 'simple-statistics-by-file',
  setup(build) {
    build.onResolve({ filter: /^simple-statistics$/ }, () => ({
      path: path.join(packageDirectory, 'index.js'),
      sideEffects: false,
    }));
    // The package's own relative imports, which esbuild would otherwise take as having effects.
    build.onResolve({ filter: /^\.\.?\// }, ({ path: imported, resolveDir, importer }) =>
      importer.startsWith(packageDirectory + path.sep)
        ? { path: path.resolve(resolveDir, imported), sideEffects: false }
        : undefined,
    );
  },
};
