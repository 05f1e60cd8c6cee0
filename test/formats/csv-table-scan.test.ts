import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import {
  CELL_BAD,
  CELL_MISSING,
  CELL_PRESENT,
  type ScanNumericColumn,
} from '../../src/data/table-scan.ts';
import { scanTableBytes, scanTableText } from '../../src/formats/scan-table-bytes.ts';
import {
  actual,
  category,
  expectedDistribution,
  numeric,
  texts,
  weather,
} from './table-scan-fixtures.ts';

describe('scanTableText: typed columns', () => {
  const scan = scanTableText(weather, 'weather.csv', {
    columns: { temp: 'number', city: 'category', day: 'date', wet: 'boolean', id: 'integer' },
  });

  it('reads numbers into a Float64Array with a status per row: missing is not NaN-in-data', () => {
    const temp = numeric(scan, 'temp');
    assert.equal(scan.rowCount, 6);
    assert.deepEqual(Array.from(temp.values), [
      12.5,
      Number.NaN,
      Number.NaN,
      Number.NaN,
      Number.NaN,
      Number.NaN,
    ]);
    assert.deepEqual(Array.from(temp.status), [
      CELL_PRESENT,
      CELL_BAD,
      CELL_MISSING,
      CELL_BAD,
      CELL_PRESENT,
      CELL_BAD,
    ]);
    assert.deepEqual([temp.presentCount, temp.missingCount, temp.badCount], [2, 1, 3]);
  });

  it('reports 12,8, 15.6C, unknown and 2014-02-30 as bad cells with row, line and column', () => {
    assert.deepEqual(
      scan.badCells.map((cell) => [cell.row, cell.line, cell.column, cell.value, cell.expected]),
      [
        [2, 3, 'temp', '12,8', 'number'],
        [2, 3, 'day', '2014-02-30', 'date'],
        [4, 5, 'temp', '15.6C', 'number'],
        [4, 5, 'wet', 'yes', 'boolean'],
        [7, 9, 'temp', 'unknown', 'number'],
      ],
    );
  });

  it('leaves a ragged row out of every column and reports it with its data row and line', () => {
    assert.equal(scan.badRowCount, 1);
    assert.deepEqual(scan.badRows, [
      {
        row: 5,
        line: 7,
        problem:
          'has 3 fields but the header has 5: no value for "day"; an empty value still needs its delimiter',
      },
    ]);
    assert.deepEqual(Array.from(numeric(scan, 'id').values), [1, 2, 3, 4, 6, 7]);
    assert.deepEqual(
      Array.from({ length: scan.rowCount }, (_, i) => [scan.dataRowOf(i), scan.lineOf(i)]),
      [
        [1, 2],
        [2, 3],
        [3, 4],
        [4, 5],
        [6, 8],
        [7, 9],
      ],
    );
  });

  it('dictionary-encodes categories in order of first appearance, quotes and line breaks included', () => {
    const city = category(scan, 'city');
    assert.deepEqual(city.dictionary, ['Oslo', 'Bergen', 'Os"lo', 'multi\r\nline']);
    assert.deepEqual(Array.from(city.codes), [0, 1, 2, 3, 0, 0]);
    assert.deepEqual(Array.from(city.counts), [3, 1, 1, 1]);
  });

  it('reads dates as epoch ms and booleans as 1/0', () => {
    assert.deepEqual(Array.from(numeric(scan, 'day').values), [
      Date.UTC(2014, 1, 3),
      Number.NaN,
      Number.NaN,
      Date.UTC(2014, 0, 1),
      Date.UTC(2014, 0, 2),
      Date.UTC(2014, 0, 3),
    ]);
    assert.deepEqual(Array.from(numeric(scan, 'wet').values), [1, 0, Number.NaN, Number.NaN, 0, 1]);
  });

  it('names every column of the file and reads only the requested ones', () => {
    assert.deepEqual(scan.columnNames, ['id', 'temp', 'city', 'day', 'wet']);
    const only = scanTableText(weather, 'weather.csv', { columns: { city: 'category' } });
    assert.deepEqual(
      only.columns.map((column) => column.name),
      ['city'],
    );
    assert.equal(only.column('temp'), undefined);
  });
});

describe('scanTableText: options', () => {
  it('treats configured tokens as missing, and only the empty field by default', () => {
    const text = 'x\n1\nNA\n\n-\n ';
    const plain = scanTableText(text, 'm.csv', { columns: { x: 'number' } });
    assert.deepEqual([plain.column('x')!.missingCount, plain.column('x')!.badCount], [0, 3]);
    const tokens = scanTableText('x,y\n1,a\nNA,NA\n,\n-,-\n', 'm.csv', {
      columns: { x: 'number', y: 'category' },
      missingValues: ['NA', '-'],
    });
    assert.deepEqual([tokens.column('x')!.missingCount, tokens.column('x')!.badCount], [2, 1]);
    assert.deepEqual(texts(tokens.column('y')!), ['a', null, '', null]);
  });

  it('uses another delimiter, and tabs for .tsv', () => {
    const semicolon = scanTableText('a;b\n"1;5";2\n', 'x.csv', {
      delimiter: ';',
      otherColumns: 'category',
    });
    assert.deepEqual(texts(semicolon.column('a')!), ['1;5']);
    const tsv = scanTableText('a\tb\n1,5\t2\n', 'x.tsv', { otherColumns: 'category' });
    assert.deepEqual(texts(tsv.column('a')!), ['1,5']);
  });

  it('limits the bad cells listed per column but counts them all', () => {
    const rows = Array.from({ length: 50 }, (_, i) => `x${i},y${i}`).join('\n');
    const scan = scanTableText(`a,b\n${rows}\n`, 'b.csv', {
      otherColumns: 'number',
      badCellsPerColumn: 3,
    });
    assert.equal(scan.column('a')!.badCount, 50);
    assert.deepEqual(
      scan.badCells.map((cell) => `${cell.column}${cell.row}`),
      ['a1', 'b1', 'a2', 'b2', 'a3', 'b3'],
    );
  });

  it('drops a UTF-8 byte order mark before the first column name', () => {
    assert.deepEqual(scanTableText('\ufeffid,v\n1,2\n', 'b.csv').columnNames, ['id', 'v']);
  });
});

describe('scanTableText: auto kinds', () => {
  it('settles on number, date, datetime or category from the cells', () => {
    const scan = scanTableText(
      'n,d,t,c,mixed,empty\n1,2014-01-01,2014-01-01T10:00,a,1,\n2.5,2014-01-02,2014-01-01 11:00:00Z,b,x,\nnan,,,,2,\n',
      'auto.csv',
      { otherColumns: 'auto' },
    );
    assert.deepEqual(
      scan.columns.map((column) => [column.name, column.kind, column.badCount]),
      [
        ['n', 'number', 0],
        ['d', 'date', 0],
        ['t', 'datetime', 0],
        ['c', 'category', 0],
        ['mixed', 'category', 0],
        ['empty', 'category', 0],
      ],
    );
    assert.deepEqual(texts(scan.column('mixed')!), ['1', 'x', '2']);
    const n = numeric(scan, 'n');
    assert.ok(
      Number.isNaN(n.values[2]) && n.status[2] === CELL_PRESENT,
      'nan is data, not missing',
    );
    assert.equal(scan.column('empty')!.missingCount, 3);
  });

  it('reads a high-cardinality text column exactly even after its first pass dictionary was dropped', () => {
    const count = 70000;
    const rows = Array.from({ length: count }, (_, i) =>
      i === count - 1 ? 'last,x' : `${i},${i % 7}`,
    );
    const scan = scanTableText(`id,k\n${rows.join('\n')}\n`, 'big.csv', { otherColumns: 'auto' });
    const id = category(scan, 'id');
    assert.equal(id.dictionary.length, count);
    assert.equal(id.dictionary[12345], '12345');
    assert.equal(id.dictionary[count - 1], 'last');
    assert.deepEqual(category(scan, 'k').dictionary, ['0', '1', '2', '3', '4', '5', '6', 'x']);
  });
});

describe('scanTableText: file-level errors', () => {
  const cases: [string, RegExp][] = [
    ['', /^TableReadError: e\.csv: the file is empty; it needs a header row/],
    ['\n\n', /the file is empty/],
    ['a,b\n', /^TableReadError: e\.csv: the file has a header but no rows/],
    [
      'a,b,a\n1,2,3\n',
      /^TableReadError: e\.csv:1: the header names column "a" twice \(columns 1 and 3\); rename one/,
    ],
    [
      ',b\n1,2\n',
      /column 1 of the header has no name; name it \(pandas writes an unnamed index column: save with index=False\)/,
    ],
    ['a\n1\n"x"y\n', /^TableReadError: e\.csv:3: text follows a closing quote/],
  ];
  for (const [text, expected] of cases) {
    it(`refuses ${JSON.stringify(text)}`, () => {
      assert.throws(() => scanTableText(text, 'e.csv', { otherColumns: 'category' }), expected);
    });
  }
  it('accepts a header without rows when asked', () => {
    assert.equal(scanTableText('a,b\n', 'e.csv', { allowNoRows: true }).rowCount, 0);
  });
  it('names a requested column the file lacks, with the columns it has', () => {
    assert.throws(
      () => scanTableText('a,b\n1,2\n', 'e.csv', { columns: { c: 'number' } }),
      /e\.csv: no column named "c"; the file has: a, b/,
    );
  });
  it('names the line of the first byte that is not UTF-8', () => {
    const latin1 = Buffer.concat([
      Buffer.from('city,n\nOslo,1\nZ'),
      Buffer.from([0xfc]),
      Buffer.from('rich,2\n'),
    ]);
    assert.throws(
      () => scanTableBytes(latin1, 'l.csv', { otherColumns: 'category' }),
      /^TableReadError: l\.csv:3: byte 0xFC is not valid UTF-8 \(the file looks like Latin-1 or Windows-1252\); re-save it as UTF-8/,
    );
    // Even in a column that is not read.
    assert.throws(
      () => scanTableBytes(latin1, 'l.csv', { columns: { n: 'number' } }),
      /l\.csv:3: byte 0xFC/,
    );
  });
});

describe('scanTableText: the fast lane agrees with the general tokenizer', () => {
  it('reads every number shape the same whether its record takes the fast lane or not', () => {
    const shapes = [
      '1',
      '-0',
      '+1',
      ' 2',
      '3 ',
      '1e5',
      '-1.5e-3',
      '.5',
      '5.',
      '-',
      '',
      'NA',
      '12,8',
      '15.6C',
      'nan',
      '-inf',
      '1234567890123456',
      '123456789012345',
      '0.000000000000001',
      '00012',
      '9007199254740993',
      '1.2.3',
      '--1',
      '٣',
    ];
    let state = 7;
    const pick = () => {
      state = (Math.imul(state, 48271) + 11) >>> 0;
      return shapes[state % shapes.length]!;
    };
    const rows = Array.from({ length: 3000 }, (_, i) => [pick(), pick(), `k${i % 5}`, pick()]);
    const header = 'a,b,k,c';
    const cell = (text: string) => (text.includes(',') ? `"${text}"` : text);
    // Plain records take the fast lane; quoting every field sends every record through the tokenizer.
    const plain = `${header}\n${rows.map((row) => row.map(cell).join(',')).join('\n')}\n`;
    const quoted = `${header}\r\n${rows.map((row) => row.map((text) => `"${text}"`).join(',')).join('\r\n')}\r\n`;
    // Every 97th record quoted: the lane's batches of 256 are cut short around them.
    const mixed = `${header}\n${rows.map((row, i) => row.map((text) => (i % 97 === 0 ? `"${text}"` : cell(text))).join(',')).join('\n')}\n`;
    for (const options of [
      { columns: { a: 'number', b: 'auto', k: 'category', c: 'integer' } } as const,
      { otherColumns: 'auto', missingValues: ['', 'NA'] } as const,
      { otherColumns: 'number', missingValues: ['-', '00012'] } as const,
      { otherColumns: 'auto', missingValues: ['-', 'NA'] } as const,
    ]) {
      const slow = scanTableText(quoted, 'quoted.csv', options);
      for (const text of [plain, mixed]) {
        const fast = scanTableText(text, 'plain.csv', options);
        assert.deepEqual(fast.columns, slow.columns);
        assert.deepEqual(
          fast.badCells.map((c) => [c.row, c.line, c.column, c.value]),
          slow.badCells.map((c) => [c.row, c.line, c.column, c.value]),
        );
      }
    }
  });
});

describe('the CSV fast lane hands records on in batches', () => {
  it('names the line of a bad cell in any batch, also after a record the lane left to the tokenizer', () => {
    // Data row r is on line r + 1; rows 300 (in the second full batch) and 950 are bad numbers, row 900 is quoted.
    const rows = Array.from({ length: 1000 }, (_, i) => {
      const row = i + 1;
      if (row === 300 || row === 950) return `${row},7x`;
      return row === 900 ? `${row},"5"` : `${row},${row / 4}`;
    });
    for (const layout of ['rows', 'distribution'] as const) {
      const scan = scanTableText(`id,x\n${rows.join('\n')}\n`, 'batches.csv', {
        columns: { x: 'number' },
        layout,
      });
      assert.deepEqual(
        scan.badCells.map((cell) => [cell.row, cell.line, cell.value]),
        [
          [300, 301, '7x'],
          [950, 951, '7x'],
        ],
      );
    }
  });
});

describe('layout: distribution', () => {
  it("keeps each column's present values counted or its category counts, with the same counts and bad cells as rows", () => {
    const options = {
      columns: { temp: 'number', city: 'category', day: 'date', wet: 'boolean', id: 'auto' },
    } as const;
    const rows = scanTableText(weather, 'weather.csv', options);
    const distribution = scanTableText(weather, 'weather.csv', {
      ...options,
      layout: 'distribution',
    });
    assert.equal(distribution.layout, 'distribution');
    assert.deepEqual(actual(distribution), expectedDistribution(rows));
    assert.deepEqual(distribution.badCells, rows.badCells);
    assert.deepEqual(distribution.badRows, rows.badRows);
    const nan = scanTableText('x\n3\nnan\n1\n\n2\n', 'n.csv', {
      columns: { x: 'number' },
      layout: 'distribution',
    });
    const counted = (nan.column('x') as ScanNumericColumn).counted!;
    assert.deepEqual([...counted.values, ...counted.weights, counted.nan], [1, 2, 3, 1, 1, 1, 1]);
  });

  it('an auto column that meets text after many numbers ends as text, also within one batch of the lane', () => {
    // 1,000 distinct numbers (too many to keep their texts), then a word and more numbers in the same batch.
    const cells = Array.from({ length: 1100 }, (_, i) => (i === 1050 ? 'oops' : `${i / 8}`));
    const text = `x,y\n${cells.map((cell, i) => `${cell},${i % 3}`).join('\n')}\n`;
    const rows = scanTableText(text, 'late.csv', { otherColumns: 'auto' });
    const distribution = scanTableText(text, 'late.csv', {
      otherColumns: 'auto',
      layout: 'distribution',
    });
    assert.equal(distribution.column('x')!.kind, 'category');
    assert.deepEqual(actual(distribution), expectedDistribution(rows));
  });

  it('numbers counted over many blocks count the same as rows, whichever way the counter keeps them', () => {
    // 100,000 rows: several of the 16,384-value blocks of each column. `dense` has 2 decimals,
    // `wide` 6 over a span too wide to tally (kept as keys), `full` doubles in full precision
    // (counted block by block and merged), `mixed` turns from 1 decimal to full precision
    // halfway; NaN, ±Infinity and missing cells are scattered through all of them.
    const special = (i: number) => ['nan', 'inf', '-inf', ''][i % 4]!;
    const cell = (i: number, value: string) => (i % 997 === 0 ? special(i / 997) : value);
    const lines = Array.from({ length: 100_000 }, (_, i) => {
      const x = Math.sin(i) * 1000;
      return [
        cell(i, x.toFixed(2)),
        cell(i + 1, (x / 2).toFixed(6)),
        cell(i + 2, String(x / 3)),
        cell(i + 3, i < 50_000 ? x.toFixed(1) : String(x / 7)),
      ].join(',');
    });
    const text = `dense,wide,full,mixed\n${lines.join('\n')}\n`;
    const columns = { dense: 'number', wide: 'number', full: 'number', mixed: 'number' } as const;
    const rows = scanTableText(text, 'blocks.csv', { columns });
    const distribution = scanTableText(text, 'blocks.csv', { columns, layout: 'distribution' });
    assert.deepEqual(actual(distribution), expectedDistribution(rows));
  });

  it('an auto column of more distinct texts than it keeps counts the same as rows', () => {
    // 70,000 distinct texts pass the 65,536 an auto column keeps in its dictionary while reading.
    const text = `k,n\n${Array.from({ length: 70_000 }, (_, i) => `k${i},${i % 4}`).join('\n')}\n`;
    const rows = scanTableText(text, 'many.csv', { otherColumns: 'auto' });
    const distribution = scanTableText(text, 'many.csv', {
      otherColumns: 'auto',
      layout: 'distribution',
    });
    assert.deepEqual(actual(distribution), expectedDistribution(rows));
  });
});

it('a table wider than one pass reads (4,096 columns) is read in groups, each column as if alone', () => {
  const width = 5000;
  const names = Array.from({ length: width }, (_, k) => `c${k}`);
  const cell = (r: number, k: number) => (k % 9 === 0 ? 'pq'[(r + k) % 2]! : String((r * k) % 13));
  const rows = [0, 1, 2].map((r) => names.map((_, k) => cell(r, k)).join(','));
  const text = `${[names.join(','), rows[0], 'ragged,row', rows[1], rows[2]].join('\n')}\n`;
  const scan = scanTableText(text, 'wide.csv', { otherColumns: 'auto' });
  assert.equal(scan.columns.length, width);
  assert.equal(scan.rowCount, 3);
  assert.equal(scan.badRowCount, 1);
  for (const k of [1, 4094, 4096, 4097, 4999]) {
    const column = scan.column(`c${k}`)!;
    assert.ok(column.kind === 'number');
    assert.deepEqual(
      Array.from(column.values),
      [0, 1, 2].map((r) => (r * k) % 13),
    );
  }
  const text4500 = scan.column('c4500')!;
  assert.equal(text4500.kind, 'category');
  if (text4500.kind === 'category') assert.deepEqual(text4500.dictionary, ['p', 'q']);
  assert.equal(scan.dataRowOf(1), 3);
});
