import assert from 'node:assert/strict';
import { test } from 'vitest';
import { mergeProfiles } from '../../src/profile/merge-profiles.ts';
import { numericDistribution } from '../../src/profile/profile-distribution.ts';
import { defaultProfileSettings } from '../../src/profile/profile-settings.ts';
import type { TableProfile } from '../../src/profile/profile-types.ts';
import { columnOf, fixtureNumbers, fixtureText, profileText } from '../mocks/profile-fixtures.ts';

const weather = fixtureText('profile/seattle-weather.csv');

/** The CSV text cut into shards of consecutive rows, each with the header. */
function shards(text: string, cuts: number[]): string[] {
  const [header, ...rows] = text.trimEnd().split('\n');
  const bounds = [0, ...cuts, rows.length];
  return bounds.slice(1).map((end, i) => [header, ...rows.slice(bounds[i], end)].join('\n'));
}

/** Deep equality where numbers may differ by floating-point rounding (relative 1e-12). */
function assertClose(actual: unknown, expected: unknown, path = 'profile'): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const tolerance = 1e-12 * Math.max(1, Math.abs(expected));
    assert.ok(Math.abs(actual - expected) <= tolerance, `${path}: ${actual} vs ${expected}`);
    return;
  }
  if (expected === null || typeof expected !== 'object') {
    assert.equal(actual, expected, path);
    return;
  }
  assert.ok(actual !== null && typeof actual === 'object', `${path}: not an object`);
  const keys = Object.keys(expected);
  assert.deepEqual(Object.keys(actual).sort(), [...keys].sort(), `${path}: keys`);
  for (const key of keys) {
    assertClose(
      (actual as Record<string, unknown>)[key],
      (expected as Record<string, unknown>)[key],
      `${path}.${key}`,
    );
  }
}

const withoutSources = ({ sources: _, ...rest }: TableProfile) => rest;

test('profiles of 2 and of 3 shards merge into the profile of the whole', async () => {
  const whole = await profileText(weather, 'seattle-weather.csv');
  for (const cuts of [[700], [1, 500, 1460]]) {
    const parts = await Promise.all(
      shards(weather, cuts).map((text, i) => profileText(text, `part-${i}.csv`)),
    );
    const merged = mergeProfiles(parts);
    assert.deepEqual(
      merged.sources.map((s) => s.path),
      parts.map((_, i) => `part-${i}.csv`),
    );
    assertClose(withoutSources(merged), withoutSources(whole));
  }
});

test('lossy summaries: exact counts, extremes and moments; quantiles within the stated rank error', async () => {
  const settings = { ...defaultProfileSettings, sketchSize: 8 };
  const parts = await Promise.all(
    shards(weather, [400, 900]).map((text) => profileText(text, 'part.csv', settings)),
  );
  const merged = mergeProfiles(parts);
  const whole = await profileText(weather, 'seattle-weather.csv');
  const wind = columnOf(merged, 'wind').numeric!;
  const exactWind = columnOf(whole, 'wind').numeric!;
  for (const key of ['count', 'min', 'max'] as const) assert.equal(wind[key], exactWind[key]);
  assert.ok(Math.abs(wind.mean! - exactWind.mean!) < 1e-13);
  assert.ok(Math.abs(wind.std! - exactWind.std!) < 1e-13);
  assert.equal(wind.accuracy.exact, false);
  assert.ok(wind.accuracy.rankError > 0 && wind.accuracy.rankError < 0.25);
  assert.ok(wind.distinctSketch, 'a lossy summary carries its distinct-count sketch');
  assert.equal(wind.distinct.exact, false);
  assert.ok(Math.abs(wind.distinct.value - 79) <= 4);

  const data = fixtureNumbers('profile/seattle-weather.csv', 'wind').sort((a, b) => a - b);
  const n = data.length;
  const distribution = numericDistribution(columnOf(merged, 'wind'))!;
  for (const { p, value } of wind.quantiles) {
    const lowestRank = data.findIndex((x) => x >= value) / n;
    const highestRank = (data.findLastIndex((x) => x <= value) + 1) / n;
    assert.ok(
      lowestRank - distribution.rankError - 1 / n <= p &&
        p <= highestRank + distribution.rankError + 1 / n,
      `p=${p}: ${value} has ranks ${lowestRank}..${highestRank}`,
    );
  }
  for (const x of [1, 2.2, 3, 4.5, 7]) {
    const truth = data.filter((v) => v <= x).length / n;
    assert.ok(Math.abs(distribution.cdf(x) - truth) <= distribution.rankError, `cdf(${x})`);
  }
  // Histogram counts are within their stated error.
  const exactCounts = exactWind.histogram!.counts;
  for (const [i, count] of wind.histogram!.counts.entries()) {
    assert.ok(Math.abs(count - exactCounts[i]!) <= wind.histogram!.countError, `bin ${i}`);
  }
});

test('a column one shard lacks counts as missing there; kinds are re-inferred', async () => {
  const merged = mergeProfiles([
    await profileText('a,b\n1,x\n2,y', 'one.csv'),
    await profileText('a\n3\n4\n5', 'two.csv'),
  ]);
  assert.equal(merged.rowCount, 5);
  const b = columnOf(merged, 'b');
  assert.equal(b.count, 2);
  assert.equal(b.missing, 3);
  assert.equal(b.kind, 'categorical');
  assert.equal(columnOf(merged, 'a').numeric!.mean, 3);
  assert.throws(() => mergeProfiles([]), /at least one profile/);
});

test('profiles with different HyperLogLog precision do not merge', async () => {
  const a = await profileText('v\n1', 'a.csv');
  const b = await profileText('v\n2', 'b.csv', { ...defaultProfileSettings, hllPrecision: 10 });
  assert.throws(() => mergeProfiles([a, b]), /precision 12 and 10/);
});

test('an exact shard merges with lossy shards; distinct counts then come from HyperLogLog', async () => {
  const settings = { ...defaultProfileSettings, sketchSize: 16 };
  const parts = await Promise.all(
    shards(weather, [1, 1400]).map((text) => profileText(text, 'part.csv', settings)),
  );
  assert.equal(columnOf(parts[0]!, 'wind').numeric!.sketch.error, 0);
  assert.ok(columnOf(parts[1]!, 'wind').numeric!.sketch.error > 0);
  const merged = mergeProfiles(parts);
  const wind = columnOf(merged, 'wind');
  assert.equal(wind.count, 1461);
  assert.equal(wind.distinct.exact, false);
  // len(numpy.unique(df['wind'])) → 79
  assert.ok(Math.abs(wind.distinct.value - 79) <= 3);
  assert.equal(wind.numeric!.sketch.n, 1461);
});

test('a column of NaN only: counted, no statistics, and it merges', async () => {
  const profile = await profileText('v\nnan\nNaN\n');
  const v = columnOf(profile, 'v').numeric!;
  assert.deepEqual(
    [v.count, v.nan, v.min, v.mean, v.std, v.quantiles.length, v.histogram],
    [0, 2, null, null, null, 0, null],
  );
  const merged = mergeProfiles([profile, await profileText('v\n4\n')]);
  assert.deepEqual(
    [
      columnOf(merged, 'v').numeric!.count,
      columnOf(merged, 'v').numeric!.nan,
      columnOf(merged, 'v').numeric!.mean,
    ],
    [1, 2, 4],
  );
});

test('a merged distinct count never exceeds the number of values (HyperLogLog overshoots 200 all-distinct rows)', async () => {
  // Two shards of 100 distinct ids and numbers, summaries lossy (sketchSize 8, categoryLimit 10):
  // the merged sketch's raw estimate is 202 (ids) and 204 (numbers) for 200 values.
  const settings = { ...defaultProfileSettings, categoryLimit: 10, sketchSize: 8 };
  const shard = (from: number) =>
    ['id,x', ...Array.from({ length: 100 }, (_, i) => `u${from + i},${from + i + 0.5}`)].join('\n');
  const merged = mergeProfiles([
    await profileText(shard(0), 'a.csv', settings),
    await profileText(shard(100), 'b.csv', settings),
  ]);
  const id = columnOf(merged, 'id');
  const x = columnOf(merged, 'x');
  assert.equal(id.distinct.exact, false);
  assert.deepEqual(
    [id.distinct.value, id.categories!.distinct.value, x.distinct.value, x.numeric!.distinct.value],
    [200, 200, 200, 200],
  );
  assert.equal(id.kind, 'identifier');
});
