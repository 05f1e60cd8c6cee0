/**
 * Shared by the scan tests (test/formats/, test/io/): typed accessors of a
 * TableScan's columns, a small CSV with every kind of problem, and what the
 * distribution layout must equal given the rows layout.
 */
import assert from 'node:assert/strict';
import { CELL_PRESENT, type ScanColumn, type TableScan } from '../../src/data/table-scan.ts';

export function numeric(scan: TableScan, name: string) {
  const column = scan.column(name);
  assert.ok(column && column.kind !== 'category', `${name} is numeric`);
  return column;
}

export function category(scan: TableScan, name: string) {
  const column = scan.column(name);
  assert.ok(column?.kind === 'category', `${name} is a category`);
  return column;
}

export function texts(column: ScanColumn): (string | null)[] {
  assert.equal(column.kind, 'category');
  if (column.kind !== 'category') return [];
  return Array.from(column.codes, (code) => (code < 0 ? null : column.dictionary[code]!));
}

export const weather = [
  'id,temp,city,day,wet',
  '1,12.5,Oslo,2014-02-03,true',
  '2,"12,8",Bergen,2014-02-30,0',
  '3,,"Os""lo",,',
  '4,15.6C,"multi',
  'line",2014-01-01,yes',
  '5,1,2',
  '6,nan,Oslo,2014-01-02,FALSE',
  '7,unknown,Oslo,2014-01-03,1',
].join('\r\n');

/**
 * What the distribution layout must equal: the rows layout's present finite
 * values, sorted and run-length encoded (as numpy.unique(x, return_counts=True)),
 * the non-finite ones apart, and its counts.
 */
export function expectedDistribution(rows: TableScan) {
  return rows.columns.map((column) => {
    if (column.kind === 'category')
      return {
        name: column.name,
        dictionary: column.dictionary,
        counts: Array.from(column.counts),
      };
    const present = Array.from(column.values.filter((_, i) => column.status[i] === CELL_PRESENT));
    const finite = present.filter(Number.isFinite).sort((a, b) => a - b);
    const weights = new Map<number, number>();
    for (const value of finite) weights.set(value, (weights.get(value) ?? 0) + 1);
    return {
      name: column.name,
      values: [...weights.keys()],
      weights: [...weights.values()],
      nonFinite: present.length - finite.length,
      counts: [column.presentCount, column.missingCount, column.badCount],
    };
  });
}
export function actual(scan: TableScan) {
  return scan.columns.map((column) => {
    if (column.kind === 'category') {
      assert.equal(column.codes.length, 0);
      return {
        name: column.name,
        dictionary: column.dictionary,
        counts: Array.from(column.counts),
      };
    }
    assert.equal(column.values.length, 0);
    assert.equal(column.status.length, 0);
    const counted = column.counted!;
    return {
      name: column.name,
      values: Array.from(counted.values),
      weights: Array.from(counted.weights),
      nonFinite: counted.nan + counted.positiveInfinity + counted.negativeInfinity,
      counts: [column.presentCount, column.missingCount, column.badCount],
    };
  });
}
