import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { openFileByteSource } from '../../src/io/file-byte-source.ts';

describe('openFileByteSource', () => {
  const directory = mkdtempSync(path.join(tmpdir(), 'mlgate-bytes-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('reads a file at any position until it is closed', () => {
    const file = path.join(directory, 'a.txt');
    writeFileSync(file, 'abcdef');
    const source = openFileByteSource(file);
    const target = Buffer.alloc(4, '.');
    assert.equal(source.size, 6);
    assert.equal(source.read(target, 1, 3, 4), 2);
    assert.equal(target.toString(), '.ef.');
    assert.equal(source.read(target, 0, 4, 6), 0);
    source.close();
    assert.throws(() => source.read(target, 0, 1, 0), /a\.txt was read after it was closed/);
    source.close(); // closing twice closes nothing else
  });

  it('fails as the file system does on a missing file', () => {
    assert.throws(() => openFileByteSource(path.join(directory, 'none')), { code: 'ENOENT' });
  });
});
