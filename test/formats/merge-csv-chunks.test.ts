import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { bufferByteSource } from '../../src/formats/byte-source.ts';
import type { ColumnPlan } from '../../src/formats/column-plans.ts';
import { type CsvChunkScan, scanCsvChunk } from '../../src/formats/csv-chunk-scan.ts';
import { readCsvHeader } from '../../src/formats/csv-header.ts';
import { csvChunkRequest } from '../../src/formats/csv-ranges.ts';
import { mergeCsvChunks, withTextPass } from '../../src/formats/merge-csv-chunks.ts';
import { tableScanSettings } from '../../src/formats/table-scan-settings.ts';

// Line 5 holds a quoted line break, row 3 is ragged.
const text = 'id,v\n1,a\n2,"b\nb"\n3\n4,x\n5,y\n6,z\n';
const input = bufferByteSource(Buffer.from(text));
const settings = tableScanSettings('m.csv', { otherColumns: 'category' });
const header = readCsvHeader(input, 'm.csv', ',');
const plans = [
  { name: 'id', index: 0, kind: 'integer' },
  { name: 'v', index: 1, kind: 'category' },
] as const;

function chunks(starts: number[], read: readonly ColumnPlan[] = plans): CsvChunkScan[] {
  return starts.map((start, k) => {
    const stop = starts[k + 1] ?? Number.POSITIVE_INFINITY;
    const outcome = scanCsvChunk(
      input,
      csvChunkRequest(input.size, header, read, settings, start, stop),
    );
    assert.ok('columns' in outcome);
    return outcome;
  });
}

describe('mergeCsvChunks', () => {
  it('numbers records and lines across chunks as one chunk would', () => {
    const whole = mergeCsvChunks(chunks([header.dataStart]), plans, header.dataLine, settings);
    const split = mergeCsvChunks(
      chunks([header.dataStart, text.indexOf('3\n'), text.indexOf('6,z')]),
      plans,
      header.dataLine,
      settings,
    );
    assert.deepEqual(split, whole);
    assert.equal(whole.records, 6);
    assert.deepEqual(Array.from(whole.badRecords), [2]);
    assert.deepEqual(
      whole.badRows.map((bad) => [bad.row, bad.line]),
      [[3, 5]],
    );
    // Records 0 and 1 are on lines 2 and 3; from record 2 on, a line later.
    assert.deepEqual(whole.lineJumps, [0, 2, 2, 3]);
    assert.deepEqual(whole.hasLines, true);
  });
});

describe('withTextPass', () => {
  it('puts the columns read again as text in place of the first pass ones', () => {
    const first = mergeCsvChunks(chunks([header.dataStart]), plans, header.dataLine, settings);
    assert.equal(withTextPass(first, [], undefined), first);
    const again = [{ name: 'id', index: 0, kind: 'category' }] as const;
    const second = mergeCsvChunks(
      chunks([header.dataStart], again),
      again,
      header.dataLine,
      settings,
    );
    const joined = withTextPass(first, again, second);
    assert.equal(joined.columns[0], second.columns[0]);
    assert.equal(joined.columns[1], first.columns[1]);
    assert.deepEqual(
      joined.columns.map((column) => column.kind),
      ['category', 'category'],
    );
  });
});
