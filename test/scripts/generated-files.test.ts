import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'vitest';

/** Files generated from the code must be regenerated and committed with it. */
describe('generated files', () => {
  for (const [file, script, fix] of [
    ['schema/mlgate.schema.json', 'scripts/write-json-schema.ts', 'npm run schema'],
    ['README.md (rubric and config tables)', 'scripts/write-readme.ts', 'npm run readme'],
    [
      'the WebAssembly (src/formats/csv-lane-wasm.ts, src/statistics/smirnov-band-wasm.ts)',
      'scripts/write-wasm.ts',
      'npm run wasm',
    ],
  ] as const) {
    it(`${file} is up to date (run \`${fix}\` when this fails)`, () => {
      const result = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
      assert.equal(result.status, 0, result.stderr);
    });
  }
});
