import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'vitest';
import { mlgate } from './mlgate-in-process.ts';

const cars = path.join(import.meta.dirname, '../fixtures/profile/cars.jsonl');

describe('-o of the commands that write a file', () => {
  for (const [command, check] of [
    [['profile', cars], (text: string) => assert.equal(JSON.parse(text).rowCount, 406)],
    [['schema', 'infer', cars], (text: string) => assert.ok(JSON.parse(text).fields.length > 0)],
  ] as const) {
    it(`mlgate ${command[0]} -o creates the missing folders`, async () => {
      const directory = await mkdtemp(path.join(tmpdir(), 'mlgate-output-'));
      const file = path.join(directory, 'missing', 'dir', 'out.json');
      const { code, out } = await mlgate([...command, '-o', file]);
      assert.equal(code, 0);
      assert.match(out, /written to /);
      check(await readFile(file, 'utf8'));
    });

    it(`mlgate ${command[0]} -o under a file exits 2 with one line naming it`, async () => {
      const directory = await mkdtemp(path.join(tmpdir(), 'mlgate-output-'));
      const blocker = path.join(directory, 'a-file');
      await writeFile(blocker, 'not a folder\n');
      const file = path.join(blocker, 'out.json');
      const { code, out, err } = await mlgate([...command, '-o', file]);
      assert.equal(code, 2);
      assert.equal(out, '');
      assert.equal(
        err,
        `mlgate ${command[0]}: cannot write -o ${file}: a folder on its path is a file\n`,
      );
    });
  }
});
