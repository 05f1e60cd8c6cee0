import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { bufferByteSource } from '../../src/formats/byte-source.ts';
import { type CsvChunkRequest, scanCsvChunk } from '../../src/formats/csv-chunk-scan.ts';

function request(start: number, extra: Partial<CsvChunkRequest> = {}): CsvChunkRequest {
  return {
    source: 'q.csv',
    start,
    stopAt: Number.POSITIVE_INFINITY,
    delimiter: ',',
    missingValues: [''],
    header: ['a', 'b'],
    plans: [{ name: 'b', index: 1, kind: 'category' }],
    badCellsPerColumn: 10,
    badRowsKept: 10,
    expectedRows: 16,
    layout: 'rows',
    ...extra,
  };
}

describe('scanCsvChunk: a range that starts inside a quoted field', () => {
  // The quoted field of row 1 ends with a line break, so a guessed range start right after
  // that break reads its closing quote as an opening one, with no other quote for 5 MB.
  const text = `a,b\n1,"ends with a break\n"\n${'2,plain\n'.repeat(700_000)}`;
  const bytes = bufferByteSource(Buffer.from(text));
  const guess = text.indexOf('break\n') + 'break\n'.length;

  it('gives up instead of growing its window without bound when its start was a guess', () => {
    assert.deepEqual(
      scanCsvChunk(bytes, request(guess, { speculative: true, speculationLimit: 1 << 20 })),
      {
        abandoned: true,
      },
    );
  });

  it('reads the same bytes from the true record start', () => {
    const outcome = scanCsvChunk(bytes, request(4));
    assert.ok('columns' in outcome);
    assert.equal(outcome.records, 700_001);
    assert.deepEqual(outcome.columns[0]!.dictionary, ['ends with a break\n', 'plain']);
  });
});
