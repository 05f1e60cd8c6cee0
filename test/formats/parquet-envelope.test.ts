import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { parquetFrameProblem } from '../../src/formats/parquet-envelope.ts';
import { fixtureParquet, memoryParquet, testingParquet } from './parquet-fixtures.ts';

// The damaged frames, through readParquetFooter, are in parquet-row-groups.test.ts.
describe('parquetFrameProblem', () => {
  it('finds nothing wrong with sound files, including a footer it cannot judge', async () => {
    assert.equal(await parquetFrameProblem(fixtureParquet()), undefined);
    assert.equal(
      await parquetFrameProblem(testingParquet('datapage_v2.snappy.parquet')),
      undefined,
    );
    // The frame of bad_data/PARQUET-1481.parquet is sound; its footer's content is not.
    assert.equal(await parquetFrameProblem(testingParquet('PARQUET-1481.parquet')), undefined);
  });

  it('says what is wrong in words', async () => {
    const problem = (text: string) => parquetFrameProblem(memoryParquet(Buffer.from(text)));
    assert.match(
      (await problem('PAR1'))!,
      /^holds only 4 bytes: after the magic "PAR1" there is no footer/,
    );
    assert.match(
      (await problem('PAR1\0\0\0\0PAR2'))!,
      /^does not end with the magic bytes "PAR1" \(it ends with "PAR2"\)/,
    );
    assert.match((await problem('PAR1\0\0\0\0PAR1'))!, /^has an empty footer \(length 0\)/);
  });
});
