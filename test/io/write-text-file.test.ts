import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'vitest';
import { openTextFile, writeTextFile } from '../../src/io/write-text-file.ts';

test('writeTextFile replaces the file with the text', async () => {
  const directory = await mkdtemp(path.join(tmpdir(), 'mlgate-write-text-'));
  const file = path.join(directory, 'out.json');
  await writeFile(file, 'old and longer\n');
  await writeTextFile(file, '{}\n');
  assert.equal(await readFile(file, 'utf8'), '{}\n');
});

test('writeTextFile creates the missing parent folders', async () => {
  const directory = await mkdtemp(path.join(tmpdir(), 'mlgate-write-text-'));
  const file = path.join(directory, 'missing', 'deeper', 'out.json');
  await writeTextFile(file, '{}\n');
  assert.equal(await readFile(file, 'utf8'), '{}\n');
});

test('writeTextFile rejects with the node error when a parent is a file', async () => {
  const directory = await mkdtemp(path.join(tmpdir(), 'mlgate-write-text-'));
  const parent = path.join(directory, 'a-file');
  await writeFile(parent, 'not a folder\n');
  // mkdir names the parent that is a file EEXIST, and one further up ENOTDIR.
  for (const [file, code] of [
    [path.join(parent, 'out.json'), 'EEXIST'],
    [path.join(parent, 'deeper', 'out.json'), 'ENOTDIR'],
  ]) {
    await assert.rejects(writeTextFile(file!, '{}\n'), (error: NodeJS.ErrnoException) => {
      assert.equal(error.code, code);
      assert.ok(error.message.includes(parent));
      return true;
    });
  }
});

test('writeTextFile rejects with the node error when the file is a folder', async () => {
  const directory = await mkdtemp(path.join(tmpdir(), 'mlgate-write-text-'));
  await assert.rejects(writeTextFile(directory, '{}\n'), (error: NodeJS.ErrnoException) => {
    assert.equal(error.code, 'EISDIR');
    return true;
  });
});

test('openTextFile writes the pieces in order, creating the folders, and closes', async () => {
  const directory = await mkdtemp(path.join(tmpdir(), 'mlgate-write-'));
  const file = path.join(directory, 'out', 'profile.json');
  const writer = await openTextFile(file);
  for (const piece of ['{"a":', '1', '}\n']) writer.write(piece);
  await writer.drained();
  writer.write('');
  await writer.close();
  assert.equal(await readFile(file, 'utf8'), '{"a":1}\n');
  await rm(directory, { recursive: true, force: true });
});
