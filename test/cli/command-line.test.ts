/**
 * Where `mlgate` runs a command line (src/cli/command-line.ts): here, or, for
 * profile, validate and drift on a table of 1,000 columns or more, in a
 * command thread; a thread that runs out of its heap before writing its result
 * runs again here, and one that had written part of it fails with exit 3. V8's
 * flags are set for a short run everywhere but where a scan worker starts ahead.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { type CommandLineRunners, runCommandLine } from '../../src/cli/command-line.ts';
import type { CommandThreadEnd } from '../../src/io/command-thread.ts';

/** Runners that record where each command line ran; `wide.csv` has 5,000 fields. */
function runners(threadEnd: () => Promise<CommandThreadEnd>) {
  const ran: string[] = [];
  let err = '';
  const fake: CommandLineRunners = {
    here: async (argv) => {
      ran.push(`here ${argv.join(' ')}`);
      return 0;
    },
    inThread: async (argv) => {
      ran.push(`thread ${argv.join(' ')}`);
      return threadEnd();
    },
    fieldsOf: (file) =>
      ({ 'wide.csv': 5_000, 'narrow.csv': 20, 'edge.csv': 1_000, 'schema.json': 3_000 })[file] ?? 0,
    largeEnoughForThreads: (file) => /^(large|huge)/.test(file),
    prestartScanWorker: () => {
      ran.push('prestart');
    },
    tuneForShortRun: () => {
      ran.push('tune');
    },
    // `large…` files are 100 MiB, and `huge…` 200 MiB.
    bytesOf: (file) => (file.startsWith('huge') ? 200 : file.startsWith('large') ? 100 : 1) << 20,
    restartWithMallocTunables: () => {
      ran.push('restart');
    },
    err: (text) => {
      err += text;
    },
  };
  return { fake, ran, err: () => err };
}

const exited = (code: number) => async (): Promise<CommandThreadEnd> => ({ kind: 'exited', code });

describe('runCommandLine', () => {
  it('runs table commands on wide files in a thread, and everything else here', async () => {
    const { fake, ran } = runners(exited(1));
    assert.equal(
      await runCommandLine(['drift', '--reference', 'narrow.csv', '--current=wide.csv'], fake),
      1,
    );
    assert.equal(await runCommandLine(['validate', 'edge.csv'], fake), 1);
    assert.equal(await runCommandLine(['profile', 'narrow.csv'], fake), 0);
    // A schema on one line has many commas, but is no table.
    assert.equal(
      await runCommandLine(['validate', '--schema', 'schema.json', 'narrow.csv'], fake),
      0,
    );
    assert.equal(await runCommandLine(['metrics', 'wide.csv'], fake), 0);
    assert.equal(await runCommandLine([], fake), 0);
    assert.deepEqual(ran, [
      'tune',
      'thread drift --reference narrow.csv --current=wide.csv',
      'tune',
      'thread validate edge.csv',
      'tune',
      'here profile narrow.csv',
      'tune',
      'here validate --schema schema.json narrow.csv',
      'tune',
      'here metrics wide.csv',
      'tune',
      'here ',
    ]);
  });

  it('starts a scan worker ahead of a table command that reads a large CSV file here', async () => {
    const { fake, ran } = runners(exited(1));
    await runCommandLine(['drift', '--reference', 'large-a.csv', '--current=large-b.csv'], fake);
    await runCommandLine(['profile', 'narrow.csv'], fake);
    // Only CSV files are read in ranges on threads; a schema, a JSONL or a Parquet file is not.
    await runCommandLine(['validate', '--schema', 'large.json', 'large.jsonl'], fake);
    await runCommandLine(['profile', 'large.parquet'], fake);
    // Not a table command: nothing to scan on threads.
    await runCommandLine(['metrics', 'large.csv'], fake);
    // V8's flags are left as they are where a worker starts ahead (the worker sets them once up).
    assert.deepEqual(ran, [
      // Two files of 100 MiB: the process runs again with malloc's tunables first (next test).
      'restart',
      'prestart',
      'here drift --reference large-a.csv --current=large-b.csv',
      'tune',
      'here profile narrow.csv',
      'tune',
      'here validate --schema large.json large.jsonl',
      'tune',
      'here profile large.parquet',
      'tune',
      'here metrics large.csv',
    ]);
  });

  it('runs profile and drift again with malloc tuned from 128 MiB of CSV in all, before any worker starts', async () => {
    const { fake, ran } = runners(exited(1));
    await runCommandLine(['drift', '--reference', 'large-a.csv', '--current=large-b.csv'], fake);
    await runCommandLine(['profile', 'huge.csv'], fake);
    // Below the line: one file of 100 MiB, or two whose sizes add up to less.
    await runCommandLine(['profile', 'large.csv'], fake);
    await runCommandLine(['drift', '--reference', 'large.csv', '--current', 'narrow.csv'], fake);
    // validate keeps few values per column; JSONL files are not counted.
    await runCommandLine(['validate', '--schema', 'schema.json', 'huge.csv'], fake);
    await runCommandLine(['drift', '--reference', 'huge.jsonl', '--current', 'huge-b.jsonl'], fake);
    assert.deepEqual(ran, [
      'restart',
      'prestart',
      'here drift --reference large-a.csv --current=large-b.csv',
      'restart',
      'prestart',
      'here profile huge.csv',
      'prestart',
      'here profile large.csv',
      'prestart',
      'here drift --reference large.csv --current narrow.csv',
      'prestart',
      'here validate --schema schema.json huge.csv',
      'tune',
      'here drift --reference huge.jsonl --current huge-b.jsonl',
    ]);
  });

  it('runs again here, saying so, when the thread ran out of memory before writing a result', async () => {
    const { fake, ran, err } = runners(async () => ({ kind: 'out-of-memory', wroteResult: false }));
    assert.equal(await runCommandLine(['profile', 'wide.csv'], fake), 0);
    assert.deepEqual(ran, ['tune', 'thread profile wide.csv', 'here profile wide.csv']);
    assert.match(
      err(),
      /^mlgate profile: the thread for wide tables ran out of its heap; running again without its limit/,
    );
  });

  it('fails with exit 3 when the thread ran out of memory after writing part of its result', async () => {
    const { fake, ran, err } = runners(async () => ({ kind: 'out-of-memory', wroteResult: true }));
    assert.equal(await runCommandLine(['drift', '--current', 'wide.csv'], fake), 3);
    assert.deepEqual(ran, ['tune', 'thread drift --current wide.csv']);
    assert.match(err(), /^mlgate drift: ran out of memory .* the result is incomplete/);
  });

  it('fails with exit 3, as an internal failure, when the thread throws', async () => {
    const { fake, err } = runners(() => Promise.reject(new Error('a worker broke')));
    assert.equal(await runCommandLine(['validate', 'wide.csv'], fake), 3);
    assert.match(err(), /^mlgate validate: internal error: a worker broke/);
  });
});
