/**
 * How a scan counts an `auto` column's dates (src/formats/scan-column-builder.ts):
 * by the codes of their texts, which it keeps anyway, not value by value;
 * the same value counts as the rows layout's values give, whether every
 * text keeps its code, or the texts outgrow the dictionary part-way and the
 * rest are counted value by value.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { valueCountsOf } from '../../src/data/count-values.ts';
import type { ScanNumericColumn, TableScan } from '../../src/data/table-scan.ts';
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

function assertCountedAsRows(text: string, name: string) {
  const counted = scanTableText(text, 'd.csv', { otherColumns: 'auto', layout: 'distribution' });
  const rows = scanTableText(text, 'd.csv', { otherColumns: 'auto', layout: 'rows' });
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
