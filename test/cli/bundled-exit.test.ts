/**
 * The bundled CLI ends its process as soon as a command run in its main thread
 * returns (src/cli.ts, exitWith), without waiting for Node's teardown: what
 * the command printed must all be out by then, and the process must end with
 * the command's exit code, not the 0 of an exit that forgets it. The result
 * (1.3 MB) fills the pipe many times over, and several processes run at once,
 * as in CI: their parent then reads each pipe late enough that a write finds
 * it full and the rest goes through Node's stream. Exiting without waiting for
 * that stream cut the end off most of 12 such results.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'vitest';
import { WIDE_TABLE_FIELDS } from '../../src/cli/command-line.ts';
import { bundledCli, bundledCliPath } from './bundled-cli.ts';
import { mlgate } from './mlgate-in-process.ts';

/** Columns enough for a long result, yet few enough that the command runs in the main thread. */
const COLUMNS = 600;
/** Processes run at once. */
const AT_ONCE = 8;
const directory = mkdtempSync(path.join(os.tmpdir(), 'mlgate-bundled-exit-'));

/** 40 rows of COLUMNS numeric columns, three in five shifted by `shift`. */
function numericCsv(name: string, shift: number): string {
  const header = Array.from({ length: COLUMNS }, (_, k) => `x${k}`).join(',');
  const rows = Array.from({ length: 40 }, (_, row) =>
    Array.from({ length: COLUMNS }, (_, k) => ((row * 13 + k) % 17) + (k % 5 < 3 ? shift : 0)),
  );
  const file = path.join(directory, name);
  writeFileSync(file, `${[header, ...rows.map((cells) => cells.join(','))].join('\n')}\n`);
  return file;
}

const reference = numericCsv('reference.csv', 0);
const current = numericCsv('current.csv', 9);

describe('the bundled CLI, ending when its command returns', () => {
  const cases: [string, string, number][] = [
    ['a drift it blocks on', current, 1],
    ['a drift it passes', reference, 0],
  ];
  for (const [name, compared, code] of cases) {
    it(`prints all of ${name} through a pipe, and exits ${code}`, async () => {
      assert.ok(COLUMNS < WIDE_TABLE_FIELDS, 'the table would run in a command thread');
      assert.ok(existsSync(bundledCliPath), 'dist/cli.js is missing: run `npm run bundle`');
      const argv = ['drift', '--reference', reference, '--current', compared, '--format', 'json'];
      const here = await mlgate(argv);
      assert.ok(here.out.length > 16 * 65_536, `only ${here.out.length} bytes printed`);
      const runs = await Promise.all(Array.from({ length: AT_ONCE }, () => bundledCli(argv)));
      for (const bundled of runs) {
        assert.equal(bundled.out.length, here.out.length);
        assert.equal(bundled.out, here.out);
        assert.equal(bundled.err, here.err);
        assert.equal(bundled.code, code);
      }
      assert.equal(here.code, code);
    });
  }
});
