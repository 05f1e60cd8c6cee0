import assert from 'node:assert/strict';
import { test } from 'vitest';
import { defaultProfileSettings } from '../../src/profile/profile-settings.ts';
import { columnOf, fixtureText, profileText } from '../mocks/profile-fixtures.ts';

const close = (actual: number | null | undefined, expected: number, relative = 1e-14) =>
  assert.ok(
    typeof actual === 'number' && Math.abs(actual - expected) <= relative * Math.abs(expected),
    `${actual} vs ${expected}`,
  );

test('seattle-weather: every figure of temp_min equals numpy, kinds are inferred', async () => {
  const profile = await profileText(
    fixtureText('profile/seattle-weather.csv'),
    'seattle-weather.csv',
  );
  assert.equal(profile.rowCount, 1461);
  assert.deepEqual(
    profile.columns.map((c) => [c.name, c.kind]),
    [
      ['date', 'datetime'],
      ['precipitation', 'numeric'],
      ['temp_max', 'numeric'],
      ['temp_min', 'numeric'],
      ['wind', 'numeric'],
      ['weather', 'categorical'],
    ],
  );
  const temp = columnOf(profile, 'temp_min').numeric!;
  // x = pd.read_csv('seattle-weather.csv')['temp_min']: numpy.mean(x), numpy.std(x, ddof=1)
  close(temp.mean, 8.234770704996578);
  close(temp.std, 5.023004179961266);
  assert.deepEqual(temp.distinct, { value: 55, exact: true, relativeStandardError: 0 }); // len(numpy.unique(x))
  assert.equal(temp.integer, false);
  // numpy.quantile(x, [0, .01, .05, .1, .2, .25, .3, .4, .5, .6, .7, .75, .8, .9, .95, .99, 1])
  assert.deepEqual(
    temp.quantiles.map((q) => q.value),
    [
      -7.1, -3.24, 0.0, 1.7, 3.9, 4.4, 5.6, 6.7, 8.3, 10.0, 11.7, 12.2, 13.3, 14.4, 15.6,
      17.440000000000055, 18.3,
    ],
  );
  // numpy.histogram(x, bins=20)[0]
  assert.deepEqual(
    temp.histogram!.counts,
    [3, 5, 7, 23, 18, 32, 85, 69, 88, 96, 163, 106, 156, 101, 116, 90, 158, 78, 38, 29],
  );
  assert.deepEqual(temp.accuracy, { exact: true, rankError: 0 });
  assert.equal(temp.sketch.error, 0);

  const date = columnOf(profile, 'date');
  assert.deepEqual(date.types, { number: 0, boolean: 0, datetime: 1461, string: 0 });
  // pd.to_datetime(df['date']).astype('int64') // 10**6: min, max, numpy.quantile(·, 0.5)
  assert.equal(date.datetime!.min, 1325376000000);
  assert.equal(date.datetime!.max, 1451520000000);
  assert.equal(date.datetime!.quantiles.find((q) => q.p === 0.5)!.value, 1388448000000);
  assert.equal(date.datetime!.minText, '2012-01-01');
  assert.equal(date.datetime!.maxText, '2015-12-31');
  assert.equal(date.datetime!.dateOnly, true);

  // df['weather'].value_counts()
  assert.deepEqual(columnOf(profile, 'weather').categories!.items, [
    { value: 'rain', count: 641 },
    { value: 'sun', count: 640 },
    { value: 'fog', count: 101 },
    { value: 'drizzle', count: 53 },
    { value: 'snow', count: 26 },
  ]);
});

test('edge cases: all missing, n = 1, constant, single category, booleans, mixed cells', async () => {
  const profile = await profileText(
    [
      'empty,one,constant,single,flag,mixed',
      ',,7,a,true,12',
      ',,7,a,FALSE,x',
      ',,7,a,true,3.5',
      ',5,7,a,,12',
    ].join('\n'),
  );
  const empty = columnOf(profile, 'empty');
  assert.equal(empty.kind, 'empty');
  assert.equal(empty.missing, 4);
  assert.equal(empty.distinct.value, 0);
  assert.equal(empty.numeric, null);

  const one = columnOf(profile, 'one').numeric!;
  assert.equal(columnOf(profile, 'one').kind, 'numeric');
  assert.equal(one.count, 1);
  assert.equal(one.mean, 5);
  assert.equal(one.std, null);
  assert.ok(one.quantiles.every((q) => q.value === 5));

  const constant = columnOf(profile, 'constant').numeric!;
  assert.equal(constant.std, 0);
  assert.equal(constant.integer, true);
  // numpy.histogram([7, 7, 7, 7], bins=20): range (6.5, 7.5), all four in bin 10
  assert.equal(constant.histogram!.edges[0], 6.5);
  assert.equal(constant.histogram!.counts[10], 4);

  assert.equal(columnOf(profile, 'single').kind, 'categorical');
  assert.deepEqual(columnOf(profile, 'single').categories!.items, [{ value: 'a', count: 4 }]);

  const flag = columnOf(profile, 'flag');
  assert.equal(flag.kind, 'boolean');
  assert.deepEqual(flag.categories!.items, [
    { value: 'true', count: 2 },
    { value: 'false', count: 1 },
  ]);

  const mixed = columnOf(profile, 'mixed');
  assert.equal(mixed.kind, 'categorical');
  assert.deepEqual(mixed.types, { number: 3, boolean: 0, datetime: 0, string: 1 });
  assert.equal(mixed.numeric!.count, 3);
  close(mixed.numeric!.mean, 27.5 / 3);
  assert.deepEqual(mixed.categories!.items, [{ value: 'x', count: 1 }]);
  assert.equal(mixed.distinct.value, 3);
});

test('non-finite numbers are counted apart and kept out of the statistics', async () => {
  const profile = await profileText(['v', '1', 'NaN', 'inf', '-inf', '3', 'nan'].join('\n'));
  const v = columnOf(profile, 'v');
  assert.equal(v.kind, 'numeric');
  assert.equal(v.count, 6);
  const numeric = v.numeric!;
  assert.deepEqual(
    [numeric.count, numeric.nan, numeric.positiveInfinity, numeric.negativeInfinity],
    [2, 2, 1, 1],
  );
  assert.equal(numeric.mean, 2);
  assert.equal(v.distinct.value, 5);
});

test('identifiers list no values; free text lists only repeated ones', async () => {
  const rows = Array.from({ length: 60 }, (_, i) => `user-${i},note ${i % 45}`);
  const profile = await profileText(['id,note', ...rows].join('\n'));
  const id = columnOf(profile, 'id');
  assert.equal(id.kind, 'identifier');
  assert.deepEqual(id.categories!.items, []);
  assert.equal(id.categories!.countErrorBound, 1);
  assert.equal(id.distinct.value, 60);
  const note = columnOf(profile, 'note');
  assert.equal(note.kind, 'text');
  assert.ok(note.categories!.items.every((item) => item.count === 2));
  assert.equal(note.categories!.items.length, 15);
});

test('datetimes with a time of day', async () => {
  const profile = await profileText(
    ['t', '2024-02-29T10:00:00Z', '2024-03-01 08:30', '2024-02-29T11:00:00+01:00'].join('\n'),
  );
  const t = columnOf(profile, 't');
  assert.equal(t.kind, 'datetime');
  assert.equal(t.datetime!.dateOnly, false);
  assert.equal(t.datetime!.minText, '2024-02-29T10:00:00.000Z');
  assert.equal(t.distinct.value, 2);
});

test('cars.jsonl: missing values, JSON numbers and texts; figures equal numpy/pandas', async () => {
  const profile = await profileText(fixtureText('profile/cars.jsonl'), 'cars.jsonl');
  const mpg = columnOf(profile, 'Miles_per_Gallon');
  // cars = pd.read_json('cars.jsonl', lines=True); x = cars['Miles_per_Gallon']
  assert.equal(mpg.missing, 8); // x.isna().sum()
  close(mpg.numeric!.mean, 23.514572864321607); // numpy.mean(x.dropna())
  close(mpg.numeric!.std, 7.815984312565782); // numpy.std(x.dropna(), ddof=1)
  assert.equal(mpg.distinct.value, 129); // x.nunique()
  // numpy.quantile(x.dropna(), [.01, .7, .9, .99])
  const at = (p: number) => mpg.numeric!.quantiles.find((q) => q.p === p)!.value;
  assert.deepEqual(
    [at(0.01), at(0.7), at(0.9), at(0.99)],
    [11.0, 27.49, 34.33, 43.417999999999985],
  );
  // numpy.histogram(x.dropna(), bins=20)[0]
  assert.deepEqual(
    mpg.numeric!.histogram!.counts,
    [3, 10, 40, 38, 36, 37, 30, 31, 21, 33, 24, 24, 20, 18, 13, 9, 4, 1, 5, 1],
  );
  assert.equal(columnOf(profile, 'Cylinders').numeric!.integer, true);
  // cars['Origin'].value_counts() → USA 254, Japan 79, Europe 73; cars['Name'].nunique() → 311
  assert.deepEqual(columnOf(profile, 'Origin').categories!.items, [
    { value: 'USA', count: 254 },
    { value: 'Japan', count: 79 },
    { value: 'Europe', count: 73 },
  ]);
  assert.equal(columnOf(profile, 'Name').kind, 'text');
  assert.equal(columnOf(profile, 'Name').distinct.value, 311);
  assert.equal(columnOf(profile, 'Year').kind, 'datetime');
  assert.equal(columnOf(profile, 'Year').distinct.value, 12);
});

test('a lossy summary (tiny sketchSize) leaves the single-file figures exact and numpy-equal', async () => {
  const settings = { ...defaultProfileSettings, sketchSize: 16 };
  const profile = await profileText(
    fixtureText('profile/seattle-weather.csv'),
    'seattle-weather.csv',
    settings,
  );
  const temp = columnOf(profile, 'temp_min').numeric!;
  assert.ok(temp.sketch.error > 0 && temp.sketch.values.length <= 16);
  assert.ok(temp.sketch.error <= Math.ceil(1461 / 32));
  assert.ok(temp.distinctSketch);
  assert.deepEqual(temp.accuracy, { exact: true, rankError: 0 });
  assert.deepEqual(temp.distinct, { value: 55, exact: true, relativeStandardError: 0 });
  close(temp.std, 5.023004179961266);
  // numpy.quantile(x, [.01, .99]) and numpy.histogram(x, bins=20)[0], as above
  assert.equal(temp.quantiles.find((q) => q.p === 0.01)!.value, -3.24);
  assert.equal(temp.quantiles.find((q) => q.p === 0.99)!.value, 17.440000000000055);
  assert.deepEqual(
    temp.histogram!.counts,
    [3, 5, 7, 23, 18, 32, 85, 69, 88, 96, 163, 106, 156, 101, 116, 90, 158, 78, 38, 29],
  );
});
