import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'vitest';
import { writeTextFile } from '../../src/io/write-text-file.ts';

test('writeTextFile replaces the file with the text', async () => {
  const directory = await mkdtemp(path.join(tmpdir(), 'mlgate-write-text-'));
  const file = path.join(directory, 'out.json');
  await writeFile(file, 'old and longer\n');
  await writeTextFile(file, '{}\n');
  assert.equal(await readFile(file, 'utf8'), '{}\n');
});

test('writeTextFile creates no directory, and names the file as typed', async () => {
  const directory = await mkdtemp(path.join(tmpdir(), 'mlgate-write-text-'));
  const file = path.join(directory, 'missing', 'out.json');
  await assert.rejects(writeTextFile(file, '{}\n'), (error: NodeJS.ErrnoException) => {
    assert.equal(error.code, 'ENOENT');
    assert.ok(error.message.includes(file));
    return true;
  });
});
