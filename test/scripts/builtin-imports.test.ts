/**
 * The bundle reads Node's built-ins with process.getBuiltinModule instead of
 * importing them (scripts/builtin-imports.ts): each form esbuild writes becomes
 * reads of the same names, other imports and text are left alone, and the
 * committed bundle has no built-in import left.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'vitest';
import { builtinImportsToReads } from '../../scripts/builtin-imports.ts';

describe('builtinImportsToReads', () => {
  it('reads each form of built-in import, renames included', () => {
    const code = [
      'import path from "node:path";',
      'import * as os from "node:os";',
      'import { readSync, statSync as statSync2 } from "node:fs";',
      'import {\n  readFile,\n  stat as stat2\n} from "node:fs/promises";',
      'import Stream, { Readable as Readable3 } from "node:stream";',
    ].join('\n');
    assert.equal(
      builtinImportsToReads(code),
      [
        'const path = process.getBuiltinModule("node:path");',
        'const os = process.getBuiltinModule("node:os");',
        'const { readSync, statSync: statSync2 } = process.getBuiltinModule("node:fs");',
        'const {\n  readFile,\n  stat: stat2\n} = process.getBuiltinModule("node:fs/promises");',
        'const Stream = process.getBuiltinModule("node:stream"); const { Readable: Readable3 } = Stream;',
      ].join('\n'),
    );
  });

  it('leaves imports of chunks and packages, dynamic imports and strings alone', () => {
    const code = [
      'import { x } from "./chunks/chunk-A.js";',
      'import "./chunks/chunk-B.js";',
      'const duckdb = await import("@duckdb/node-api");',
      'const threads = await import("node:worker_threads");',
      'const text = "import { a } from \\"node:fs\\";";',
    ].join('\n');
    assert.equal(builtinImportsToReads(code), code);
  });

  it('has left no built-in import in the committed dist/', () => {
    const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.js'),
    );
    assert.ok(files.length > 10, 'dist/ was not found');
    const importing = files.filter((file) =>
      /^import [^;]*from ["']node:/m.test(readFileSync(path.join('dist', file), 'utf8')),
    );
    assert.deepEqual(importing, []);
  });
});
