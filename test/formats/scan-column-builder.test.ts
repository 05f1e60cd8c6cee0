/**
 * How a scan counts an `auto` column's dates (src/formats/scan-column-builder.ts):
 * by the codes of their texts, which it keeps anyway, not value by value;
 * the same value counts as the rows layout's values give, whether every
 * text keeps its code, or the texts outgrow the dictionary part-way and the
 * rest are counted value by value. Categories, counted by the codes the CSV
 * lane found cached, come to the counts the rows layout's codes give; numbers
 * taken in runs, empty cells between them, come to its values, and so do an
 * `auto` column's few numbers taken with their texts' cached codes.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { valueCountsOf } from '../../src/data/count-values.ts';
import type {
  ScanCategoryColumn,
  ScanNumericColumn,
  TableScan,
} from '../../src/data/table-scan.ts';
import { scanTableText } from '../../src/formats/scan-table-bytes.ts';
import { plain } from '../data/sorted-counts.ts';

const day = 86_400_000;
const start = Date.UTC(2023, 0, 1);

/** `rows` rows: a date cycling through 400 days and a datetime `distinct` seconds apart, a few cells empty. */
function csv(rows: number, distinct: number): string {
  const lines = ['when,at'];
  for (let i = 0; i < rows; i++) {
    const when =
      i % 97 === 0 ? '' : new Date(start + ((i * 7) % 400) * day).toISOString().slice(0, 10);
    const at = new Date(start + (i % distinct) * 1000).toISOString();
    lines.push(`${when},${at}`);
  }
  return `${lines.join('\n')}\n`;
}

const numeric = (scan: TableScan, name: string) => scan.column(name) as ScanNumericColumn;

function assertCountedAsRows(text: string, name: string, missingValues = ['']) {
  const options = { otherColumns: 'auto', missingValues } as const;
  const counted = scanTableText(text, 'd.csv', { ...options, layout: 'distribution' });
  const rows = scanTableText(text, 'd.csv', { ...options, layout: 'rows' });
  const column = numeric(counted, name);
  assert.equal(column.kind, numeric(rows, name).kind);
  assert.ok(column.counted);
  assert.deepEqual(plain(column.counted), plain(valueCountsOf(numeric(rows, name))));
  assert.equal(column.presentCount, numeric(rows, name).presentCount);
}

describe('ScanColumnBuilder: dates of an auto column', () => {
  it('are counted by the codes of their texts, as the rows give them', () => {
    const text = csv(20_000, 500);
    assertCountedAsRows(text, 'when');
    assertCountedAsRows(text, 'at');
    const when = numeric(
      scanTableText(text, 'd.csv', { otherColumns: 'auto', layout: 'distribution' }),
      'when',
    );
    assert.equal(when.kind, 'date');
    assert.equal(when.counted!.values.length, 400);
    assert.equal(when.missingCount, Math.ceil(20_000 / 97));
  });

  it('are counted value by value from where their texts outgrow the dictionary, to the same counts', () => {
    // 70,000 distinct datetimes: more texts than an auto column keeps codes for (65,536).
    assertCountedAsRows(csv(70_000, 70_000), 'at');
  });
});

/** The rows per text of a category column, from its counts (layout `distribution`) or its codes (`rows`). */
function countsByText(column: ScanCategoryColumn, fromCodes: boolean): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (code: number, rows: number) => {
    const text = column.dictionary[code]!;
    counts.set(text, (counts.get(text) ?? 0) + rows);
  };
  if (fromCodes) {
    for (const code of column.codes) if (code >= 0) add(code, 1);
  } else {
    for (let code = 0; code < column.dictionary.length; code++) add(code, column.counts[code]!);
  }
  return counts;
}

describe('ScanColumnBuilder: cells counted by their cached codes', () => {
  it('come to the counts of the rows layout, around missing cells, a missing token and late texts', () => {
    const lines = ['shop,colour,day,note'];
    for (let i = 0; i < 30_000; i++) {
      // Texts new to the column keep arriving (one per 1,000 rows), between runs of cached ones.
      const shop = i % 101 === 0 ? '' : i % 1000 === 999 ? `late ${i}` : `shop ${(i * 7) % 40}`;
      const colour = i % 89 === 0 ? 'NA' : ['red', 'green', 'blue'][i % 3]!;
      const date =
        i % 97 === 0 ? '' : new Date(start + ((i * 7) % 400) * day).toISOString().slice(0, 10);
      // A quoted note leaves the CSV lane for a record: it then asks each column what it needs
      // now, and the columns, settled, have the lane look their codes up from there on.
      const note = i % 500 === 0 ? '"a, b"' : 'plain';
      lines.push(`${shop},${colour},${date},${note}`);
    }
    const text = `${lines.join('\n')}\n`;
    const options = { otherColumns: 'auto', missingValues: ['', 'NA'] } as const;
    const counted = scanTableText(text, 'c.csv', { ...options, layout: 'distribution' });
    const rows = scanTableText(text, 'c.csv', { ...options, layout: 'rows' });
    for (const name of ['shop', 'colour']) {
      const column = counted.column(name) as ScanCategoryColumn;
      const byRow = rows.column(name) as ScanCategoryColumn;
      assert.equal(column.kind, 'category');
      assert.deepEqual(countsByText(column, false), countsByText(byRow, true));
      assert.equal(column.presentCount, byRow.presentCount);
      assert.equal(column.missingCount, byRow.missingCount);
    }
    assert.equal(counted.column('shop')!.missingCount, Math.ceil(30_000 / 101));
    assert.equal(counted.column('colour')!.missingCount, Math.ceil(30_000 / 89));
    assertCountedAsRows(text, 'day', ['', 'NA']);
  });
});

describe('ScanColumnBuilder: runs of numbers with empty cells between them', () => {
  it('come to the values of the rows layout, the empty cells missing, a missing token too', () => {
    const lines = ['x,y'];
    for (let i = 0; i < 30_000; i++) {
      // Empty cells alone and two in a row; a missing token; a text that is no number.
      const x =
        i % 37 === 0 || i % 37 === 1 || i % 53 === 0
          ? ''
          : i % 71 === 0
            ? 'NA'
            : `${(i * 13) % 1000}.5`;
      lines.push(`${x},${i % 997 === 0 ? 'n/a' : i}`);
    }
    const text = `${lines.join('\n')}\n`;
    const options = { columns: { x: 'number', y: 'number' }, missingValues: ['', 'NA'] } as const;
    const counted = scanTableText(text, 'n.csv', { ...options, layout: 'distribution' });
    const rows = scanTableText(text, 'n.csv', { ...options, layout: 'rows' });
    for (const name of ['x', 'y']) {
      const column = numeric(counted, name);
      const byRow = numeric(rows, name);
      assert.deepEqual(plain(column.counted!), plain(valueCountsOf(byRow)));
      assert.equal(column.presentCount, byRow.presentCount);
      assert.equal(column.missingCount, byRow.missingCount);
      assert.equal(column.badCount, byRow.badCount);
    }
    const missing = Array.from({ length: 30_000 }, (_, i) => i).filter(
      (i) => i % 37 <= 1 || i % 53 === 0 || i % 71 === 0,
    ).length;
    assert.equal(numeric(counted, 'x').missingCount, missing);
    assert.equal(numeric(counted, 'y').badCount, Math.ceil(30_000 / 997));
  });
});

describe('ScanColumnBuilder: an auto column of few numbers, taken with their cached codes', () => {
  function text(late: string): string {
    const lines = ['rating,note'];
    for (let i = 0; i < 30_000; i++) {
      const rating = i % 41 === 0 ? '' : i === 29_000 ? late : `${(i * 7) % 60}`;
      // A quoted note leaves the CSV lane: the column, settled, then has its codes looked up.
      lines.push(`${rating},${i % 500 === 0 ? '"a, b"' : 'plain'}`);
    }
    return `${lines.join('\n')}\n`;
  }

  it('come to the values of the rows layout', () => {
    assertCountedAsRows(text('7'), 'rating');
    const rating = numeric(
      scanTableText(text('7'), 'r.csv', { otherColumns: 'auto', layout: 'distribution' }),
      'rating',
    );
    assert.equal(rating.counted!.values.length, 60);
    assert.equal(rating.missingCount, Math.ceil(30_000 / 41));
  });

  it('turn into a category, counted by text, when a late cell is no number', () => {
    const scan = (layout: 'rows' | 'distribution') =>
      scanTableText(text('n/a'), 'r.csv', { otherColumns: 'auto', layout }).column(
        'rating',
      ) as ScanCategoryColumn;
    const counted = scan('distribution');
    assert.equal(counted.kind, 'category');
    assert.deepEqual(countsByText(counted, false), countsByText(scan('rows'), true));
    assert.equal(countsByText(counted, false).get('n/a'), 1);
  });
});
