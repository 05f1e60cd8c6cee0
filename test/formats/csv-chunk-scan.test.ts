import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { describe, it } from 'vitest';
import { countRanges, isCounterState } from '../../src/data/range-counts.ts';
import { CELL_BAD, CELL_MISSING, CELL_PRESENT } from '../../src/data/table-scan.ts';
import { bufferByteSource } from '../../src/formats/byte-source.ts';
import { type CsvChunkRequest, scanCsvChunk } from '../../src/formats/csv-chunk-scan.ts';
import type { ChunkColumn } from '../../src/formats/scan-column-builder.ts';
import { momentsOf } from '../../src/statistics/moments.ts';
import { finishedTable, plain } from '../data/sorted-counts.ts';

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
    bytesPerRecord: 1,
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

describe('scanCsvChunk: a wide table', () => {
  // 20,000 columns: the fast lane takes 13 records per batch (2^18 cells), so 40 rows span 4 batches.
  const columns = 20_000;
  const rows = 40;
  const header = Array.from({ length: columns }, (_, k) => `c${k}`);
  const cell = (row: number, column: number) =>
    column % 3 === 0 ? `t${row % 4}` : `${row + column}`;
  const lines = Array.from({ length: rows }, (_, row) =>
    header.map((_, column) => cell(row, column)).join(','),
  );
  const bytes = bufferByteSource(Buffer.from(`${header.join(',')}\n${lines.join('\n')}\n`));
  const start = header.join(',').length + 1;

  it('reads every cell of every column, whatever the batch size', () => {
    const outcome = scanCsvChunk(
      bytes,
      request(start, {
        header,
        plans: header.map((name, index) => ({ name, index, kind: 'auto' as const })),
        expectedRows: rows,
      }),
    );
    assert.ok('columns' in outcome);
    assert.equal(outcome.records, rows);
    for (const column of [0, 1, 2, 19_999]) {
      const chunk: ChunkColumn = outcome.columns[column]!;
      const expected = Array.from({ length: rows }, (_, row) => cell(row, column));
      if (column % 3 === 0) {
        assert.equal(chunk.kind, 'category');
        assert.deepEqual(
          Array.from(chunk.codes!.subarray(0, rows), (code: number) => chunk.dictionary![code]),
          expected,
        );
      } else {
        assert.equal(chunk.kind, 'number');
        assert.deepEqual(Array.from(chunk.values!.subarray(0, rows)), expected.map(Number));
      }
    }
  });
});

describe('scanCsvChunk: moments of counted columns', () => {
  // A whole file's range sums them on its thread (each file of a drift); a range of a larger pass does not.
  const values = Array.from({ length: 5000 }, (_, k) => ((k * 7919) % 1000) / 10);
  const text = `a,b\n${values.map((value, k) => `${value},x${k % 3}`).join('\n')}\n`;
  const bytes = bufferByteSource(Buffer.from(text));
  const counted = (sumMoments: boolean | undefined) => {
    const outcome = scanCsvChunk(
      bytes,
      request(4, {
        plans: [{ name: 'a', index: 0, kind: 'number' }],
        layout: 'distribution',
        expectedRows: values.length,
        ...(sumMoments === undefined ? {} : { sumMoments }),
      }),
    );
    assert.ok('columns' in outcome);
    return finishedTable(outcome.columns[0]!.counted);
  };

  it("are summed for a whole file's range, as momentsOf sums the table", () => {
    const table = counted(true);
    assert.equal(
      table.weights.reduce((sum, weight) => sum + weight, 0),
      values.length,
    );
    assert.deepEqual(table.moments, momentsOf(table.values, table.weights));
    // 0.0 to 99.9 in steps of 0.1, 5 each: mean 49.95 (numpy.mean).
    assert.ok(Math.abs(table.moments!.mean - 49.95) < 1e-12);
  });

  it('are left out of a range that hands its counters over, whose state combines to the same table', () => {
    const outcome = scanCsvChunk(
      bytes,
      request(4, {
        header: ['a', 'b'],
        plans: [{ name: 'a', index: 0, kind: 'number' }],
        layout: 'distribution',
        expectedRows: values.length,
        handOverCounts: true,
      }),
    );
    assert.ok('columns' in outcome);
    const state = outcome.columns[0]!.counted!;
    assert.ok(isCounterState(state));
    assert.deepEqual(plain(countRanges([state])), plain(counted(undefined)));
  });

  it('are left out of the columns a whole file hands back once the waiting thread says so', () => {
    const text3 = `a,b,c\n${values.map((value, k) => `${value},${k % 7},${value * 2}`).join('\n')}\n`;
    const plans = (['a', 'b', 'c'] as const).map(
      (name, index) => ({ name, index, kind: 'number' }) as const,
    );
    const asked: number[] = [];
    const scan = (handBack?: () => boolean) =>
      scanCsvChunk(
        bufferByteSource(Buffer.from(text3)),
        request(6, {
          header: ['a', 'b', 'c'],
          plans,
          layout: 'distribution',
          expectedRows: values.length,
          sumMoments: true,
        }),
        undefined,
        handBack,
      );
    // Waiting from the second column on: the first is finished, the others come as states.
    const outcome = scan(() => {
      asked.push(asked.length);
      return asked.length > 1;
    });
    const whole = scan();
    assert.ok('columns' in outcome && 'columns' in whole);
    // Asked until it says so, and not again.
    assert.deepEqual(asked, [0, 1]);
    const [first, ...rest] = outcome.columns.map((column) => column.counted!);
    assert.deepEqual(first, whole.columns[0]!.counted);
    rest.forEach((state, k) => {
      assert.ok(isCounterState(state));
      const table = finishedTable(whole.columns[k + 1]!.counted);
      assert.ok(table.moments);
      assert.deepEqual(plain(countRanges([state])), plain(table));
    });
  });

  it('are left out of any other range, with the same table', () => {
    const whole = counted(true);
    for (const flag of [false, undefined]) {
      const table = counted(flag);
      assert.equal(table.moments, undefined);
      assert.deepEqual(Array.from(table.values), Array.from(whole.values));
      assert.deepEqual(Array.from(table.weights), Array.from(whole.weights));
    }
  });
});

describe('scanCsvChunk: a range cut while it is read', () => {
  // 4.9 MB: two read windows, so the cut is asked twice.
  const text = `a,b\n${Array.from({ length: 700_000 }, (_, i) => `${i % 1000},k${i % 7}`).join('\n')}\n`;
  const bytes = bufferByteSource(Buffer.from(text));
  const start = 4;
  const plans = [
    { name: 'a', index: 0, kind: 'number' },
    { name: 'b', index: 1, kind: 'category' },
  ] as const;

  it('stops where the cut says, as a range given that stop from the start', () => {
    const stop = text.indexOf('\n', 4_500_000) + 1;
    const asked: number[] = [];
    const cut = (position: number) => {
      asked.push(position);
      return asked.length === 2 ? stop : undefined;
    };
    const cutScan = scanCsvChunk(bytes, request(start, { plans }), cut);
    const stopScan = scanCsvChunk(bytes, request(start, { plans, stopAt: stop }));
    // Compared without a diff, which two long columns would make too large to print.
    assert.ok(isDeepStrictEqual(cutScan, stopScan), 'the cut scan equals the stopped one');
    assert.ok('endOffset' in cutScan && cutScan.endOffset === stop);
    assert.ok('records' in cutScan && cutScan.records < 700_000);
    // Asked before each read, with what was read so far: first nothing, then the first read's
    // 64 KB (FIRST_READ_BYTES), then what whole windows add.
    assert.deepEqual(asked.slice(0, 2), [start, start + (1 << 16)]);
    assert.ok(asked.length === 3 && asked[2]! > start + (1 << 22) && asked[2]! < stop);
  });
});

describe('scanCsvChunk: a range given less to read than it was asked for', () => {
  // 100,000 whole numbers spanning about 10 million: too wide to count in an array, so the
  // counter lists them as keys, in an array sized for the rows the range expects.
  const rows = 100_000;
  const values = Array.from({ length: rows }, (_, k) => (k * 104_729) % 10_000_019);
  const text = `a\n${values.join('\n')}\n`;
  const bytes = bufferByteSource(Buffer.from(text));
  const tail = text.indexOf('\n', text.length / 2) + 1;
  const taken = text.slice(tail).split('\n').length - 1;
  const plans = [{ name: 'a', index: 0, kind: 'number' }] as const;

  it('sizes its arrays for the rows its own bytes hold, not for the whole range', () => {
    // A tail taken of a whole file's range keeps that range's expected rows, a million here.
    const outcome = scanCsvChunk(
      bytes,
      request(tail, {
        header: ['a'],
        plans,
        layout: 'distribution',
        handOverCounts: true,
        expectedRows: 1_000_000,
        bytesPerRecord: (text.length - 2) / rows,
      }),
    );
    assert.ok('columns' in outcome && outcome.records === taken);
    const state = outcome.columns[0]!.counted!;
    assert.ok(isCounterState(state) && state.mode === 'listed');
    // Room for the tail's 50,000 keys and 2 % more, not for a million.
    assert.ok(
      state.keys.length >= taken && state.keys.length < taken * 1.05,
      `${state.keys.length} keys`,
    );
    assert.equal(
      countRanges([state]).weights.reduce((sum, count) => sum + count, 0),
      taken,
    );
  });
});

/**
 * A column scanned in the `distribution` layout holds, counted, what the same column scanned
 * in the `rows` layout reads: the rows layout never takes the counting paths' shortcuts.
 */
function assertCountedAsRead(counted: ChunkColumn, read: ChunkColumn): void {
  const byValue = new Map<number, number>();
  read.values!.subarray(0, read.length).forEach((value, row) => {
    if (read.status![row] === 0) byValue.set(value, (byValue.get(value) ?? 0) + 1);
  });
  const ascending = [...byValue].sort(([a], [b]) => a - b);
  assert.equal(counted.kind, read.kind);
  assert.deepEqual(
    Array.from(finishedTable(counted.counted).values),
    ascending.map(([value]) => value),
  );
  assert.deepEqual(
    Array.from(finishedTable(counted.counted).weights),
    ascending.map(([, count]) => count),
  );
  const tally = (column: ChunkColumn) => [
    column.presentCount,
    column.missingCount,
    column.badCount,
    column.badCells.length,
  ];
  assert.deepEqual(tally(counted), tally(read));
}

describe('scanCsvChunk: counted columns of dates and booleans', () => {
  // Texts repeat, so most cells are ones whose parse is cached; a date that is not a calendar
  // day repeats too (a bad cell, each time), and a date column read as `auto` settles on dates.
  const date = (row: number) =>
    row % 500 === 7 ? '2023-02-30' : `2023-0${1 + (row % 9)}-1${row % 10}`;
  const flag = (row: number) => (row % 3 === 0 ? 'true' : row % 3 === 1 ? 'FALSE' : '0');
  const lines = Array.from(
    { length: 20_000 },
    (_, row) => `${date(row)},${flag(row)},${date(row + 1).replace('02-30', '03-01')}`,
  );
  const bytes = bufferByteSource(Buffer.from(`a,b,c\n${lines.join('\n')}\n`));
  const plans = [
    { name: 'a', index: 0, kind: 'date' },
    { name: 'b', index: 1, kind: 'boolean' },
    { name: 'c', index: 2, kind: 'auto' },
  ] as const;
  const scan = (layout: 'rows' | 'distribution') => {
    const outcome = scanCsvChunk(bytes, request(6, { header: ['a', 'b', 'c'], plans, layout }));
    assert.ok('columns' in outcome);
    return outcome.columns;
  };

  it('count each present value once, as the rows layout reads them', () => {
    const counted = scan('distribution');
    for (const [c, read] of scan('rows').entries()) assertCountedAsRead(counted[c]!, read);
    assert.deepEqual(
      counted.map((column) => [column.kind, column.badCount]),
      [
        ['date', 40],
        ['boolean', 0],
        ['date', 0],
      ],
    );
  });
});

/**
 * Row `row`'s cell of a column of numbers, among them cells the fast lane leaves to the
 * general path: exponents, missing, not numbers.
 */
function numberCell(row: number): string {
  if (row % 997 === 0) return `${row % 13}e1`;
  if (row % 1009 === 0) return '';
  return row % 4999 === 0 ? 'n/a' : `${(row * 7919) % 2000}.5`;
}

describe('scanCsvChunk: a counted column of numbers', () => {
  // 40,000 rows: runs of numbers the fast lane parsed fill several blocks (16,384 values)
  // and grow the capacity (from the 16 rows expected) part-way through a run.
  const rows = Array.from({ length: 40_000 }, (_, row) => numberCell(row));
  const bytes = bufferByteSource(Buffer.from(`a,b\n${rows.map((a) => `${a},x`).join('\n')}\n`));
  const scan = (layout: 'rows' | 'distribution') => {
    const outcome = scanCsvChunk(
      bytes,
      request(4, { plans: [{ name: 'a', index: 0, kind: 'number' }], layout }),
    );
    assert.ok('columns' in outcome);
    return outcome.columns[0]!;
  };

  it('counts every present number once, as the rows layout reads them', () => {
    const read = scan('rows');
    assertCountedAsRead(scan('distribution'), read);
    assert.equal(read.missingCount, rows.filter((text) => text === '').length);
    assert.equal(read.badCount, rows.filter((text) => text === 'n/a').length);
    assert.ok(read.missingCount > 0 && read.badCount > 0);
  });
});

describe('scanCsvChunk: the rows layout', () => {
  // 40,000 rows (from the 16 expected, so the columns grow part-way through the fast lane's
  // runs): numbers (numberCell), and categories, one read as `auto`, with missing cells.
  const category = (row: number) => (row % 1013 === 0 ? '' : `k${(row * 31) % 7}`);
  const texts = Array.from({ length: 40_000 }, (_, row) => [
    numberCell(row),
    category(row),
    `t${row % 5}`,
  ]);
  const bytes = bufferByteSource(
    Buffer.from(`a,b,c\n${texts.map((t) => t.join(',')).join('\n')}\n`),
  );
  const outcome = scanCsvChunk(
    bytes,
    request(6, {
      header: ['a', 'b', 'c'],
      plans: [
        { name: 'a', index: 0, kind: 'number' },
        { name: 'b', index: 1, kind: 'category' },
        { name: 'c', index: 2, kind: 'auto' },
      ],
    }),
  );
  assert.ok('columns' in outcome);
  const [a, b, c] = outcome.columns as [ChunkColumn, ChunkColumn, ChunkColumn];
  // The first row where two columns differ (Object.is: NaN equals NaN), {} if none: a deepEqual
  // of 40,000 rows that differ in many would print (and build) a diff of all of them.
  const firstDifference = <T>(actual: T[], expected: T[]) => {
    const row = expected.findIndex((value, at) => !Object.is(actual[at], value));
    return row < 0 ? {} : { row, actual: actual[row], expected: expected[row] };
  };

  it('holds every row of a number column: its value, else why not', () => {
    const status = texts.map(([text]) =>
      text === '' ? CELL_MISSING : text === 'n/a' ? CELL_BAD : CELL_PRESENT,
    );
    assert.deepEqual(firstDifference(Array.from(a.status!.subarray(0, texts.length)), status), {});
    const values = texts.map(([text], row) =>
      status[row] === CELL_PRESENT ? Number(text) : Number.NaN,
    );
    assert.deepEqual(firstDifference(Array.from(a.values!.subarray(0, texts.length)), values), {});
    assert.equal(a.presentCount, status.filter((s) => s === CELL_PRESENT).length);
  });

  it("holds every row's text of a category column, or none where it is missing", () => {
    for (const [column, field] of [
      [b, 1],
      [c, 2],
    ] as const) {
      assert.equal(column.kind, 'category');
      const read = Array.from(column.codes!.subarray(0, texts.length), (code) =>
        code < 0 ? '' : column.dictionary![code],
      );
      assert.deepEqual(
        firstDifference(
          read,
          texts.map((text) => text[field]),
        ),
        {},
      );
    }
    assert.equal(b.missingCount, texts.filter(([, text]) => text === '').length);
  });
});
