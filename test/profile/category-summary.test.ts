import assert from 'node:assert/strict';
import { test } from 'vitest';
import {
  mergeCategories,
  summarizeCategories,
  truncateCategories,
} from '../../src/profile/category-summary.ts';
import { defaultProfileSettings } from '../../src/profile/profile-settings.ts';

const settings = { ...defaultProfileSettings, categoryLimit: 3 };

test('exact table, most frequent first, ties by value', () => {
  // pandas: df['weather'].value_counts() on seattle-weather → rain 641, sun 640, fog 101, drizzle 53, snow 26
  const weather = summarizeCategories(
    [
      ['drizzle', 53],
      ['rain', 641],
      ['sun', 640],
      ['snow', 26],
      ['fog', 101],
    ],
    defaultProfileSettings,
  );
  assert.equal(weather.exact, true);
  assert.equal(weather.count, 1461);
  assert.deepEqual(
    weather.items.map((i) => i.value),
    ['rain', 'sun', 'fog', 'drizzle', 'snow'],
  );
  assert.deepEqual(weather.distinct, { value: 5, exact: true, relativeStandardError: 0 });
  assert.equal(weather.distinctSketch, null);
  const tie = summarizeCategories(
    [
      ['b', 2],
      ['a', 2],
    ],
    settings,
  );
  assert.deepEqual(
    tie.items.map((i) => i.value),
    ['a', 'b'],
  );
});

test('over the limit: top categories, a bound, exact distinct and a sketch for merging', () => {
  const many = summarizeCategories(
    [
      ['a', 10],
      ['b', 7],
      ['c', 5],
      ['d', 4],
      ['e', 1],
    ],
    settings,
  );
  assert.equal(many.exact, false);
  assert.deepEqual(
    many.items.map((i) => i.value),
    ['a', 'b', 'c'],
  );
  assert.equal(many.countErrorBound, 4);
  assert.deepEqual(many.distinct, { value: 5, exact: true, relativeStandardError: 0 });
  assert.ok(many.distinctSketch);
});

test('merges add counts; bounds add; every true count lies within [listed, listed + bound]', () => {
  const truth = new Map<string, number>();
  const shards = [
    [
      ['a', 10],
      ['b', 7],
      ['c', 5],
      ['d', 4],
    ],
    [
      ['d', 9],
      ['e', 8],
      ['a', 1],
      ['f', 3],
    ],
  ] as [string, number][][];
  for (const shard of shards) for (const [v, c] of shard) truth.set(v, (truth.get(v) ?? 0) + c);
  const merged = mergeCategories(
    summarizeCategories(shards[0]!, settings),
    summarizeCategories(shards[1]!, settings),
    settings,
  );
  assert.equal(merged.count, 47);
  assert.ok(merged.items.length <= 3);
  for (const [value, count] of truth) {
    const listed = merged.items.find((i) => i.value === value)?.count;
    if (listed === undefined) assert.ok(count <= merged.countErrorBound, value);
    else assert.ok(listed <= count && count <= listed + merged.countErrorBound, value);
  }
  assert.equal(merged.distinct.exact, false);
  assert.equal(merged.distinct.value, 6);

  const exact = mergeCategories(
    summarizeCategories([['x', 1]], defaultProfileSettings),
    summarizeCategories(
      [
        ['x', 2],
        ['y', 1],
      ],
      defaultProfileSettings,
    ),
    defaultProfileSettings,
  );
  assert.deepEqual(exact.items, [
    { value: 'x', count: 3 },
    { value: 'y', count: 1 },
  ]);
  assert.equal(exact.exact, true);
});

test('truncation for identifiers lists nothing and bounds every count', () => {
  const ids = summarizeCategories(
    [
      ['u1', 1],
      ['u2', 1],
    ],
    defaultProfileSettings,
  );
  const hidden = truncateCategories(ids, 0, 1, defaultProfileSettings);
  assert.deepEqual(hidden.items, []);
  assert.equal(hidden.countErrorBound, 1);
  assert.equal(hidden.distinct.value, 2);
});
