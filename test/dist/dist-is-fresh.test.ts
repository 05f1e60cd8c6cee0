import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, it } from 'vitest';

/** GitHub runs the committed dist/, so it must be exactly what src/ bundles to. */
describe('dist/', () => {
  const fresh = mkdtempSync(path.join(os.tmpdir(), 'mlgate-dist-'));
  afterAll(() => rmSync(fresh, { recursive: true, force: true }));

  it('matches a fresh bundle of src/ (run `npm run bundle` and commit dist/ when this fails)', () => {
    const bundled = spawnSync(process.execPath, ['scripts/bundle.ts', fresh], { encoding: 'utf8' });
    assert.equal(bundled.status, 0, bundled.stderr);
    const list = (dir: string) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
        .sort();
    const expected = list(fresh);
    assert.deepEqual(list('dist'), expected, 'dist/ has other files than a fresh bundle');
    for (const file of expected) {
      assert.ok(
        readFileSync(path.join('dist', file)).equals(readFileSync(path.join(fresh, file))),
        `dist/${file} differs from a fresh bundle`,
      );
    }
  });
});
