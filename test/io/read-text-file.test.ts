import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'vitest';
import { readTextFile } from '../../src/io/read-text-file.ts';

test('readTextFile reads UTF-8 relative to the working directory', async () => {
  const directory = await mkdtemp(path.join(tmpdir(), 'mlgate-read-text-'));
  const file = path.join(directory, 'schema.json');
  await writeFile(file, '{"name":"café"}\n');
  assert.equal(await readTextFile(path.relative(process.cwd(), file)), '{"name":"café"}\n');
});

test('readTextFile names the absolute file it could not find', async () => {
  await assert.rejects(readTextFile('no-such-dir/missing.json'), (error: Error) =>
    error.message.includes(path.resolve('no-such-dir/missing.json')),
  );
});
