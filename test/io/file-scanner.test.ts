import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { FileScanScheduler } from '../../src/io/file-scan-scheduler.ts';
import { fileScanner } from '../../src/io/file-scanner.ts';

describe('fileScanner', () => {
  const directory = mkdtemp(path.join(os.tmpdir(), 'mlgate-file-scanner-'));
  afterAll(async () => rm(await directory, { recursive: true, force: true }));

  it('scans a file by the name the user typed, and names it so in the scan', async () => {
    const file = path.join(await directory, 'a.csv');
    await writeFile(file, 'x,y\n1,a\n2,b\n');
    const scan = await fileScanner()(path.relative(process.cwd(), file), { otherColumns: 'auto' });
    assert.equal(scan.rowCount, 2);
    assert.equal(scan.source, path.relative(process.cwd(), file));
  });

  it('runs every scan through the scheduler it was given', async () => {
    const file = path.join(await directory, 'b.csv');
    await writeFile(file, 'x\n1\n');
    const scheduler = new FileScanScheduler(4);
    const track = scheduler.track.bind(scheduler);
    let tracked = 0;
    scheduler.track = (work) => {
      tracked++;
      return track(work);
    };
    const scan = fileScanner(scheduler);
    await Promise.all([scan(file), scan(file)]);
    assert.equal(tracked, 2);
    // Both settled: the scheduler counts none under way, so a new scan gets all four threads.
    assert.equal(scheduler.rangesFor(4), 4);
  });
});
