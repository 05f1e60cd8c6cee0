/**
 * A column's profile from the scan's value counts (layout `distribution`, as
 * `mlgate profile` scans) equals, to the last bit, the profile of the same
 * column's rows sorted (layout `rows`): numbers of many distinct values (more
 * than twice the sketch, so the sorted path prunes), few distinct values,
 * −0 among them, integers, dates, datetimes, booleans and categories.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import type { TableScan } from '../../src/data/table-scan.ts';
import { scanTableText } from '../../src/formats/scan-table-bytes.ts';
import { profileScanColumn } from '../../src/profile/column-profile.ts';
import {
  numericProfileOfCounts,
  numericProfileOfSorted,
} from '../../src/profile/numeric-profile.ts';
import { defaultProfileSettings } from '../../src/profile/profile-settings.ts';
import { valueTable } from '../../src/statistics/quantile-summary.ts';
import { seededRandom } from '../../src/statistics/seeded-random.ts';

const settings = { ...defaultProfileSettings, sketchSize: 64 };
const random = seededRandom(23);

/** 3,000 rows: `many` has ~2,000 distinct values in thousandths, `few` 40, with −0 and 0. */
function table(): string {
  const rows = Array.from({ length: 3_000 }, (_, i) => {
    const many = (Math.floor(random() * 2_000) / 1_000 - 1).toFixed(3);
    const few = i % 97 === 0 ? '-0' : String(Math.floor(random() * 40) - 20);
    const day = `2024-0${1 + (i % 9)}-1${i % 10}`;
    const at = `2024-03-0${1 + (i % 9)}T0${i % 10}:15:00Z`;
    const flag = i % 3 === 0 ? 'true' : 'false';
    const missing = i % 50 === 0;
    return [missing ? '' : many, few, day, at, flag, `k${i % 7}`].join(',');
  });
  return `many,few,day,at,flag,cat\n${rows.join('\n')}\n`;
}

const columns = {
  many: 'number',
  few: 'integer',
  day: 'date',
  at: 'datetime',
  flag: 'boolean',
  cat: 'category',
} as const;
const profiles = (scan: TableScan) =>
  scan.columns.map((column) => profileScanColumn(column, settings));

describe('a column profiled from its value counts', () => {
  it('equals the profile of its rows, column by column, to the last bit', () => {
    const text = table();
    const rows = scanTableText(text, 'p.csv', { columns });
    const counted = scanTableText(text, 'p.csv', { columns, layout: 'distribution' });
    const fromCounts = profiles(counted);
    assert.equal(fromCounts[0]!.numeric!.accuracy.exact, true);
    assert.ok(
      fromCounts[0]!.numeric!.distinct.value > 2 * settings.sketchSize,
      'the sorted path prunes',
    );
    assert.deepEqual(fromCounts, profiles(rows));
    // deepEqual sees −0 and +0 as different; JSON, which the profile is written as, too must match.
    assert.equal(JSON.stringify(fromCounts), JSON.stringify(profiles(rows)));
  });

  it('numericProfileOfCounts equals numericProfileOfSorted on values with many ties', () => {
    const sorted = Float64Array.from({ length: 10_000 }, () => Math.round(random() * 3_000) / 7);
    sorted.sort();
    const nonFinite = { nan: 2, positiveInfinity: 1, negativeInfinity: 0 };
    assert.deepEqual(
      numericProfileOfCounts(valueTable(sorted), nonFinite, settings),
      numericProfileOfSorted(sorted.slice(), nonFinite, settings),
    );
  });
});
