import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';

describe('schema/mlgate.schema.json', () => {
  it('is the JSON Schema of the current zod schema (run `npm run schema` when this fails)', () => {
    const result = spawnSync(process.execPath, ['scripts/write-json-schema.ts', '--check'], {
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr);
  });
});
