/**
 * `profile`, `validate` and `drift` on a table of 1,000 columns or more run in
 * a command thread (src/cli/command-line.ts, src/io/command-thread.ts): through
 * the bundled CLI (`node dist/cli.js`, rebuilt with `npm run bundle`), what
 * they print and their exit codes are those of the same command run in this
 * process, and the real field count sends such a table to the thread.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'vitest';
import { runCommandLine, WIDE_TABLE_FIELDS } from '../../src/cli/command-line.ts';
import { firstLineFields } from '../../src/io/first-line-fields.ts';
import { bundledCli, bundledCliPath } from './bundled-cli.ts';
import { mlgate } from './mlgate-in-process.ts';

const COLUMNS = 1_200;
const directory = mkdtempSync(path.join(os.tmpdir(), 'mlgate-wide-thread-'));

/** A table of COLUMNS columns: every 3rd a category, a shift in current data's every 4th. */
function wideCsv(name: string, shift: number, badCell: boolean): string {
  const header = Array.from({ length: COLUMNS }, (_, k) => `c${k}`).join(',');
  const rows = Array.from({ length: 12 }, (_, row) =>
    Array.from({ length: COLUMNS }, (_, k) => {
      if (badCell && row === 5 && k === 7) return 'n/a';
      if (k % 3 === 0) return 'abc'[(row + k) % 3];
      return String(((row * 7 + k) % 10) + (k % 4 === 0 ? shift : 0));
    }).join(','),
  );
  const file = path.join(directory, name);
  writeFileSync(file, `${[header, ...rows].join('\n')}\n`);
  return file;
}

const reference = wideCsv('reference.csv', 0, false);
const current = wideCsv('current.csv', 6, true);
const schema = path.join(directory, 'schema.json');
writeFileSync(
  schema,
  JSON.stringify({
    fields: [
      { name: 'c1', type: 'number', constraints: { required: true } },
      { name: 'c7', type: 'number' },
    ],
  }),
);

describe('a wide table command in its thread', () => {
  it('is sent to the thread by the real field count of its file', async () => {
    assert.ok(firstLineFields(current) >= WIDE_TABLE_FIELDS);
    const where: string[] = [];
    await runCommandLine(['drift', '--reference', reference, '--current', current], {
      here: async () => 0,
      inThread: async () => {
        where.push('thread');
        return { kind: 'exited', code: 0 };
      },
      fieldsOf: firstLineFields,
      largeEnoughForThreads: () => true,
      prestartScanWorker: () => where.push('prestart'),
      tuneForShortRun: () => where.push('tune'),
      bytesOf: () => 1 << 30,
      restartWithMallocTunables: () => where.push('restart'),
      err: () => {},
    });
    // The thread's own scans start their workers: none is started ahead for it, and the
    // process is not run again with malloc tuned (nor is its thread); V8 is set for a short run first.
    assert.deepEqual(where, ['tune', 'thread']);
  });

  const commands: [string, string[]][] = [
    ['drift', ['drift', '--reference', reference, `--current=${current}`, '--format', 'json']],
    ['validate', ['validate', '--schema', schema, current, '--format', 'json']],
    ['profile', ['profile', current]],
  ];
  for (const [name, argv] of commands) {
    it(`${name} prints and exits as it does in this process`, async () => {
      assert.ok(existsSync(bundledCliPath), 'dist/cli.js is missing: run `npm run bundle`');
      const [inThread, here] = await Promise.all([bundledCli(argv), mlgate(argv)]);
      assert.equal(inThread.code, here.code);
      assert.equal(inThread.out, here.out);
      assert.equal(inThread.err, here.err);
      assert.ok(inThread.out.length > 1_000, 'the command printed its result');
    });
  }

  it('ends with the exit code the command chose', async () => {
    const validated = await mlgate(commands[1]![1]);
    const drifted = await mlgate(commands[0]![1]);
    assert.deepEqual([validated.code, drifted.code], [1, 1]);
  });
});
