import assert from 'node:assert/strict';
import { test } from 'vitest';
import type { ScanColumn, ScanNumericColumn } from '../../src/data/table-scan.ts';
import { profileScanColumn } from '../../src/profile/column-profile.ts';
import type { ColumnProfile, ProfileSettings } from '../../src/profile/profile-types.ts';
import { planProfileWork, profileColumnsWithHelper } from '../../src/profile/profile-work-split.ts';

const settings: ProfileSettings = {
  sketchSize: 4,
  categoryLimit: 10,
  hllPrecision: 8,
  histogramBins: 5,
};

/** A counted column of `distinct` values; more than 2 · sketchSize (8) of them is heavy. */
function counted(name: string, distinct: number, weight = 1): ScanNumericColumn {
  const values = Float64Array.from({ length: distinct }, (_, i) => i * 0.5 - 3);
  return {
    name,
    kind: 'number',
    values: new Float64Array(0),
    status: new Uint8Array(0),
    presentCount: distinct * weight,
    missingCount: 1,
    badCount: 0,
    counted: {
      values,
      weights: new Uint32Array(distinct).fill(weight),
      nan: 0,
      positiveInfinity: 0,
      negativeInfinity: 0,
    },
  };
}

function category(name: string): ScanColumn {
  return {
    name,
    kind: 'category',
    codes: new Int32Array(0),
    dictionary: ['a', 'b'],
    counts: Int32Array.from([3, 4]),
    presentCount: 7,
    missingCount: 0,
    badCount: 0,
  };
}

const columns = (): ScanColumn[] => [
  counted('big', 40),
  category('kind'),
  counted('small', 8), // a lossless summary: light
  counted('mid', 20, 3),
  counted('wide', 30),
];

test('plans only the heavy columns, each to the thread with less work so far', () => {
  // Costs: big 40 + 12·40 = 520 (here), wide 30 + 360 = 390 (helper), mid 60 + 240 = 300 (helper: 390 < 520).
  assert.deepEqual(planProfileWork(columns(), settings), [
    { start: 0, end: 5, here: [0], helper: [4, 3] },
  ]);
  // Windows of at most two heavy columns: the columns after the last heavy one close the plan.
  assert.deepEqual(planProfileWork(columns(), settings, 2), [
    { start: 0, end: 4, here: [0], helper: [3] },
    { start: 4, end: 5, here: [4], helper: [] },
  ]);
  assert.deepEqual(planProfileWork([category('a')], settings), [
    { start: 0, end: 1, here: [], helper: [] },
  ]);
});

test('makes the profiles profileScanColumn makes, in scan order, with or without a helper', async () => {
  const expected = columns().map((column) => profileScanColumn(column, settings));
  const handed: string[][] = [];
  // The helper gets the columns as a worker would: copied through structured clone.
  const helper = (sent: ScanColumn[]) => {
    handed.push(sent.map((column) => column.name));
    return Promise.resolve(
      structuredClone(sent).map((column) => structuredClone(profileScanColumn(column, settings))),
    );
  };
  const collect = async (profiles: AsyncIterable<ColumnProfile>) => {
    const all: ColumnProfile[] = [];
    for await (const profile of profiles) all.push(profile);
    return all;
  };
  assert.deepEqual(await collect(profileColumnsWithHelper(columns(), settings, helper)), expected);
  assert.deepEqual(handed, [['wide', 'mid']]);
  const alone = profileColumnsWithHelper(columns(), settings, () => undefined);
  assert.deepEqual(await collect(alone), expected);
  const short = profileColumnsWithHelper(columns(), settings, () => Promise.resolve([]));
  await assert.rejects(collect(short), /the helper thread made 0 profiles of 2 columns/);
});
