/**
 * Rewrites the bundle's imports of Node's built-in modules into
 * `process.getBuiltinModule()` reads of just the names imported.
 *
 * Why: importing a built-in as ESM builds its module facade, which reads every
 * export, lazy getters included. `import { readSync } from 'node:fs'` thereby
 * loads fs/promises, fs streams and, through `FileHandle.readLines`, readline;
 * `node:util` loads its text decoder and diff. A PR-sized `mlgate drift` loaded
 * 52 of Node's internal modules, 33 after this rewrite (issue 17, target 1).
 * Built-ins never change under a running process, so the live bindings an
 * import would give are the same values a destructuring reads once.
 */

/** `import … from "node:…";` as esbuild writes it: a default, names, a namespace, or a default and names. */
const builtinImport =
  /^import (?:([\w$]+)(?:, |(?= from)))?(\{[^}]*\}|\* as [\w$]+)? from (["'])(node:[\w/]+)\3;$/gm;

/** Each built-in import in `code` as `const` reads from process.getBuiltinModule. */
export function builtinImportsToReads(code: string): string {
  return code.replace(
    builtinImport,
    (_line, name: string | undefined, bindings: string | undefined, _quote, specifier: string) => {
      const module = `process.getBuiltinModule(${JSON.stringify(specifier)})`;
      const reads = name === undefined ? [] : [`const ${name} = ${module};`];
      const from = name ?? module;
      if (bindings?.startsWith('* as ')) reads.push(`const ${bindings.slice(5)} = ${from};`);
      // Named imports: `{ a, b as c }` destructures as `{ a, b: c }`.
      else if (bindings)
        reads.push(`const ${bindings.replace(/([\w$]+) as ([\w$]+)/g, '$1: $2')} = ${from};`);
      return reads.join(' ');
    },
  );
}
