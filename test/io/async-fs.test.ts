import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as promises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, it } from 'vitest';
import * as asyncFs from '../../src/io/async-fs.ts';

/** What a call settles to, for comparing the two modules' answers (an error by its code and message). */
async function settled(call: () => Promise<unknown>): Promise<unknown> {
  try {
    const value = await call();
    return { value };
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    return { code, message };
  }
}

describe('asyncFs', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'mlgate-async-fs-'));
  writeFileSync(path.join(root, 'a.csv'), 'x,y\n1,2\n');
  symlinkSync(path.join(root, 'a.csv'), path.join(root, 'link.csv'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reads, resolves and stats as node:fs/promises does, and fails with the same errors', async () => {
    for (const file of ['a.csv', 'link.csv', 'missing.csv']) {
      const at = path.join(root, file);
      assert.deepEqual(
        await settled(() => asyncFs.readFile(at, 'utf8')),
        await settled(() => promises.readFile(at, 'utf8')),
      );
      assert.deepEqual(
        await settled(() => asyncFs.realpath(at)),
        await settled(() => promises.realpath(at)),
      );
      assert.deepEqual(
        await settled(async () => (await asyncFs.stat(at)).size),
        await settled(async () => (await promises.stat(at)).size),
      );
    }
  });

  it('copies a folder with cp and its options', async () => {
    await asyncFs.mkdir(path.join(root, 'tree/inner'), { recursive: true });
    writeFileSync(path.join(root, 'tree/inner/b.txt'), 'b');
    await asyncFs.cp(path.join(root, 'tree'), path.join(root, 'copy'), { recursive: true });
    assert.equal(readFileSync(path.join(root, 'copy/inner/b.txt'), 'utf8'), 'b');
    await asyncFs.rm(path.join(root, 'copy'), { recursive: true, force: true });
    assert.deepEqual(await asyncFs.readdir(root), ['a.csv', 'link.csv', 'tree']);
  });
});
