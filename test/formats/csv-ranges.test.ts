import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { bufferByteSource } from '../../src/formats/byte-source.ts';
import { type CsvChunkOutcome, scanCsvChunk } from '../../src/formats/csv-chunk-scan.ts';
import { readCsvHeader } from '../../src/formats/csv-header.ts';
import {
  csvChunkRequest,
  csvRangeFailure,
  joinCsvRanges,
  lineStartAfter,
} from '../../src/formats/csv-ranges.ts';
import { tableScanSettings } from '../../src/formats/table-scan-settings.ts';

describe('lineStartAfter', () => {
  it('gives the offset after the first line break at or after a position', () => {
    const input = bufferByteSource(Buffer.from('h\naaaa\nbbbb\ncccc\ndddd\n'));
    assert.equal(lineStartAfter(input, 7), 12);
    assert.equal(lineStartAfter(input, 6), 7);
    // The break after 17 ends the input: no record starts there.
    assert.equal(lineStartAfter(input, 17), undefined);
  });

  it('reads on past a probe without a line break', () => {
    const input = bufferByteSource(Buffer.from(`h\n${'x'.repeat(200_000)}\n${'y'.repeat(5)}\n`));
    assert.equal(lineStartAfter(input, 2), 200_003);
    assert.equal(lineStartAfter(input, 2, Buffer.alloc(16)), 200_003);
  });
});

describe('csvChunkRequest', () => {
  it('carries the settings, and sizes the columns from the bytes per record with 2 % to spare', () => {
    const header = { names: ['a'], line: 1, dataStart: 2, dataLine: 2, bytesPerRecord: 10 };
    const settings = tableScanSettings('r.csv', { missingValues: ['NA'] });
    const plans = [{ name: 'a', index: 0, kind: 'number' }] as const;
    const request = csvChunkRequest(1002, header, plans, settings, 2, Number.POSITIVE_INFINITY);
    assert.deepEqual(request, {
      source: 'r.csv',
      start: 2,
      stopAt: Number.POSITIVE_INFINITY,
      delimiter: ',',
      missingValues: ['NA'],
      header: ['a'],
      plans,
      badCellsPerColumn: 100,
      badRowsKept: 100,
      expectedRows: 102 + 16,
      bytesPerRecord: 10,
      layout: 'rows',
    });
    assert.equal(csvChunkRequest(1002, header, plans, settings, 2, 502).expectedRows, 51 + 16);
  });
});

describe('joinCsvRanges', () => {
  // Row 2's quoted field holds a line break, so a range guessed to start after it starts mid-field.
  const text = 'a,b\n1,x\n2,"q\n3,y"\n4,z\n5,w\n';
  const input = bufferByteSource(Buffer.from(text));
  const settings = tableScanSettings('j.csv', { otherColumns: 'category' });
  const header = readCsvHeader(input, 'j.csv', ',');
  const plans = [{ name: 'b', index: 1, kind: 'category' }] as const;
  const requestFrom = (stops: number[]) => (k: number, start: number) =>
    csvChunkRequest(input.size, header, plans, settings, start, stops[k]!);

  it('keeps ranges that start where the previous one ended, and scans a wrongly guessed one again', () => {
    const wrong = text.indexOf('3,y');
    const right = text.indexOf('4,z');
    for (const starts of [
      [header.dataStart, right],
      [header.dataStart, wrong],
    ]) {
      const stops = [starts[1]!, Number.POSITIVE_INFINITY];
      const request = requestFrom(stops);
      const outcomes: CsvChunkOutcome[] = starts.map((start, k) =>
        scanCsvChunk(input, request(k, start)),
      );
      const chunks = joinCsvRanges(input, header, starts, outcomes, request, 'j.csv');
      assert.equal(chunks[1] === outcomes[1], starts[1] === right, 'a right guess is kept');
      assert.deepEqual(
        chunks.map((chunk) => [chunk.records, chunk.lines, chunk.endOffset]),
        [
          [2, 3, right],
          [2, 2, text.length],
        ],
      );
      assert.deepEqual(
        chunks.map((chunk) => chunk.columns[0]!.dictionary),
        [
          ['x', 'q\n3,y'],
          ['z', 'w'],
        ],
      );
    }
  });

  it('scans a range that gave up again from its true start', () => {
    const starts = [header.dataStart, text.indexOf('4,z')];
    const request = requestFrom([starts[1]!, Number.POSITIVE_INFINITY]);
    const outcomes: CsvChunkOutcome[] = [
      scanCsvChunk(input, request(0, starts[0]!)),
      { abandoned: true },
    ];
    const chunks = joinCsvRanges(input, header, starts, outcomes, request, 'j.csv');
    assert.deepEqual(chunks[1]!.columns[0]!.dictionary, ['z', 'w']);
  });
});

describe('csvRangeFailure', () => {
  it("places a range's failure at its absolute line", () => {
    const failure = { failure: { line: 3, problem: 'text follows a closing quote' }, endOffset: 0 };
    const error = csvRangeFailure(failure, 10, 'f.csv');
    assert.equal(error.message, 'f.csv:13: text follows a closing quote');
    assert.equal(
      csvRangeFailure({ failure: { line: undefined, problem: 'p' }, endOffset: 0 }, 10, 'f.csv')
        .message,
      'f.csv: p',
    );
    assert.throws(() => csvRangeFailure({ abandoned: true }, 1, 'f.csv'), /gave up/);
  });
});
