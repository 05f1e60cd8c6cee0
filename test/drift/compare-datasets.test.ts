import assert from 'node:assert/strict';
import { test } from 'vitest';
import {
  compareWithReference,
  driftAgainstProfile,
  referenceFromScan,
} from '../../src/drift/compare-datasets.ts';
import { DriftRuleError } from '../../src/drift/decide-drift.ts';
import type {
  CategoricalFeatureResult,
  DriftResult,
  FeatureResult,
  NumericFeatureResult,
} from '../../src/drift/drift-result.ts';
import { type DriftRules, defaultDriftRules } from '../../src/drift/drift-rules.ts';
import { profileTable } from '../../src/profile/profile-table.ts';
import { driftBetweenScans } from '../mocks/drift-between-scans.ts';
import { assertClose } from '../statistics/fixture-samples.ts';
import { csv, scanFixture, scanText } from './drift-fixtures.ts';

function feature(result: DriftResult, name: string): FeatureResult {
  const found = result.features.find((f) => f.name === name);
  assert.ok(found, `no feature ${name}`);
  return found;
}
const numeric = (result: DriftResult, name: string) =>
  feature(result, name) as NumericFeatureResult;
const categorical = (result: DriftResult, name: string) =>
  feature(result, name) as CategoricalFeatureResult;
const rules = (changes: Partial<DriftRules>): DriftRules => ({ ...defaultDriftRules, ...changes });

const cars = () =>
  driftBetweenScans(
    scanFixture('cars-1970-1975.csv'),
    scanFixture('cars-1976-1982.csv'),
    defaultDriftRules,
  );

test('cars 1970–75 vs 1976–82: every figure matches scipy, p-values adjusted together', () => {
  const result = cars();
  const mpg = numeric(result, 'miles_per_gallon');
  // stats.ks_2samp(cars early miles_per_gallon, cars late miles_per_gallon) → (0.406033781033781, 4.16133799413949e-15)
  assertClose(mpg.ks!.statistic, 0.406033781033781, 1e-14);
  assertClose(mpg.ks!.pValue, 4.16133799413949e-15, 1e-9);
  assert.equal(mpg.ks!.method, 'exact');
  assert.deepEqual(
    [mpg.reference.count, mpg.reference.missing, mpg.current.count, mpg.current.missing],
    [182, 7, 216, 1],
  );
  // stats.wasserstein_distance(…); np.std(early, ddof=1) → (7.518711843711845, 5.820856381341432)
  assertClose(mpg.wasserstein!, 7.518711843711845, 1e-13);
  assertClose(mpg.reference.std!, 5.820856381341432, 1e-13);
  assertClose(mpg.normalizedWasserstein!, 7.518711843711845 / 5.820856381341432, 1e-13);
  const displacement = numeric(result, 'displacement');
  // displacement: wasserstein/std(ddof=1), PSI (zeros→1e-4), jensenshannon(base=2) on decile bins
  //   → (0.5497456043786473, 0.6728427752376485, 0.2996480300252158)
  assertClose(displacement.normalizedWasserstein!, 0.5497456043786473, 1e-13);
  assertClose(displacement.psi!, 0.6728427752376485, 1e-13);
  assertClose(displacement.jensenShannon!, 0.2996480300252158, 1e-13);
  const origin = categorical(result, 'origin');
  // stats.chi2_contingency([[129, 35, 25], [125, 38, 54]], correction=False) → (8.943351684698348, 2, 0.011428148019436576)
  assert.deepEqual(
    origin.categories.map((c) => [c.value, c.reference, c.current]),
    [
      ['USA', 129, 125],
      ['Europe', 35, 38],
      ['Japan', 25, 54],
    ],
  );
  assertClose(origin.chiSquare!.statistic, 8.943351684698348, 1e-13);
  assert.equal(origin.chiSquare!.degreesOfFreedom, 2);
  // stats.false_discovery_control(p-values of [miles_per_gallon, cylinders, displacement, horsepower,
  //   weight_in_lbs, acceleration, origin]) → [2.912936595897643e-14, 3.0626833277795277e-05,
  //   8.933628231910843e-08, 6.797426931794513e-07, 5.8600710791732236e-05, 3.0626833277795277e-05, 0.011428148019436576]
  const adjusted: [string, number][] = [
    ['miles_per_gallon', 2.912936595897643e-14],
    ['cylinders', 3.0626833277795277e-5],
    ['displacement', 8.933628231910843e-8],
    ['horsepower', 6.797426931794513e-7],
    ['weight_in_lbs', 5.8600710791732236e-5],
    ['acceleration', 3.0626833277795277e-5],
  ];
  for (const [name, q] of adjusted)
    assertClose(numeric(result, name).ks!.adjustedPValue, q, 1e-9, name);
  assertClose(origin.chiSquare!.adjustedPValue, 0.011428148019436576, 1e-12);
  // Every feature moved a lot after the 1973 oil crisis.
  assert.deepEqual(result.summary, {
    verdict: 'fail',
    tested: 7,
    uncertain: 0,
    drifted: 7,
    share: 1,
    warnShare: 0,
    failShare: 0.5,
    message: '7 of 7 tested features drifted (100%); at least 50% fails',
    driftVerdict: 'fail',
    unreadableCells: 0,
    unreadableVerdict: 'pass',
  });
  assert.equal(result.features[0]!.name, 'miles_per_gallon', 'worst first');
});

test('a significant test alone is not drift: the effect floor decides on large samples', () => {
  const origin = categorical(cars(), 'origin');
  assert.equal(origin.status, 'drifted');
  const strict = driftBetweenScans(
    scanFixture('cars-1970-1975.csv'),
    scanFixture('cars-1976-1982.csv'),
    rules({ categoricalEffectFloor: 0.2 }),
  );
  // JS = 0.128 < 0.2 although p = 0.011.
  assert.equal(categorical(strict, 'origin').status, 'stable');
  assert.equal(categorical(strict, 'origin').decision!.effectFloor, 0.2);
});

test('per-feature methods, thresholds and ignore', () => {
  const result = driftBetweenScans(
    scanFixture('cars-1970-1975.csv'),
    scanFixture('cars-1976-1982.csv'),
    rules({
      ignore: ['cylinders'],
      features: {
        horsepower: { method: 'psi', threshold: 0.7 },
        acceleration: { method: 'ks', threshold: 1e-6 },
        origin: { method: 'l_infinity', threshold: 0.1 },
        displacement: { ignore: true },
      },
    }),
  );
  assert.equal(feature(result, 'cylinders').status, 'ignored');
  assert.equal(feature(result, 'displacement').status, 'ignored');
  const horsepower = numeric(result, 'horsepower');
  assert.equal(horsepower.decision!.method, 'psi');
  assert.equal(horsepower.status, 'stable', 'PSI 0.641 < 0.7');
  assert.equal(numeric(result, 'acceleration').status, 'stable', 'adjusted p 3e-5 > 1e-6');
  assert.equal(categorical(result, 'origin').status, 'drifted', 'L∞ 0.117 ≥ 0.1');
  assert.equal(result.summary.tested, 5);
  assert.throws(
    () =>
      driftBetweenScans(
        scanFixture('cars-1970-1975.csv'),
        scanFixture('cars-1976-1982.csv'),
        rules({ features: { origin: { method: 'ks' } } }),
      ),
    (error: unknown) =>
      error instanceof DriftRuleError &&
      /features\.origin\.method: "ks" does not apply to a categorical feature/.test(error.message),
  );
});

test('Seattle vs New York weather: dates skipped, categories compared, nothing drifts against itself', () => {
  const seattle = scanFixture('weather-seattle-2012.csv');
  const result = driftBetweenScans(
    seattle,
    scanFixture('weather-new-york-2012.csv'),
    defaultDriftRules,
  );
  assert.equal(feature(result, 'date').status, 'skipped');
  assert.match(
    (feature(result, 'date') as { reason: string }).reason,
    /dates and times move with time/,
  );
  const weather = categorical(result, 'weather');
  // stats.chi2_contingency([[31, 5, 191, 21, 118], [26, 2, 156, 20, 162]], correction=False) → (12.193246101124746, 4, 0.01597062779962721)
  assertClose(weather.chiSquare!.statistic, 12.193246101124746, 1e-13);
  const same = driftBetweenScans(
    seattle,
    scanFixture('weather-seattle-2012.csv'),
    defaultDriftRules,
  );
  assert.equal(same.summary.drifted, 0);
  assert.equal(same.summary.verdict, 'pass');
  for (const f of same.features) {
    if (f.kind === 'numeric')
      assert.deepEqual([f.ks!.statistic, f.wasserstein, f.psi, f.jensenShannon], [0, 0, 0, 0]);
  }
});

test('edge cases: constant column, n = 1, all missing, single category, disjoint categories, values outside the range', () => {
  const reference = scanText(
    csv({
      constant: [5, 5, 5, 5, 5, 5],
      constant_moves: [5, 5, 5, 5, 5, 5],
      single: [3],
      empty: ['', '', ''],
      one_category: ['a', 'a', 'a', 'a'],
      disjoint: ['x', 'y', 'x', 'y', 'x', 'y'],
      range: [1, 2, 3, 4, 5, 6],
    }),
    'reference.csv',
  );
  const current = scanText(
    csv({
      constant: [5, 5, 5, 5],
      constant_moves: [5, 6, 6, 6],
      single: [3],
      empty: ['', ''],
      one_category: ['a', 'a'],
      disjoint: ['p', 'q', 'p', 'q'],
      range: [-100, 1000, 2, 3],
    }),
    'current.csv',
  );
  const result = driftBetweenScans(reference, current, defaultDriftRules);
  const constant = numeric(result, 'constant');
  assert.equal(constant.normalizedWasserstein, 0);
  assert.equal(constant.status, 'stable');
  assert.deepEqual(constant.bins, { cuts: [5], reference: [6, 0], current: [4, 0] });
  const moves = numeric(result, 'constant_moves');
  assert.equal(moves.normalizedWasserstein, null);
  assert.equal(moves.decision!.measure, Number.POSITIVE_INFINITY);
  assert.match(moves.notes.join(' '), /reference is constant \(5\)/);
  const single = numeric(result, 'single');
  assert.equal(single.reference.std, null);
  assert.equal(single.status, 'stable');
  assert.match(single.notes.join(' '), /single value/);
  const empty = feature(result, 'empty') as CategoricalFeatureResult;
  assert.equal(empty.status, 'untested');
  assert.match(empty.notes.join(' '), /the reference and current data has no values/);
  const one = categorical(result, 'one_category');
  assert.deepEqual(one.chiSquare, {
    statistic: 0,
    degreesOfFreedom: 0,
    pValue: 1,
    adjustedPValue: 1,
  });
  const disjoint = categorical(result, 'disjoint');
  assert.equal(disjoint.jensenShannon, 1);
  assert.equal(disjoint.lInfinity, 0.5);
  assert.deepEqual(disjoint.newCategories, ['p', 'q']);
  assert.deepEqual(disjoint.vanishedCategories, ['x', 'y']);
  const range = numeric(result, 'range');
  // Values beyond the reference range fall in the outer bins.
  // Cuts 1.5, 2, …, 5.5: −100 → (−∞, 1.5], 2 → (1.5, 2], 3 → (2.5, 3], 1000 → (5.5, +∞).
  assert.deepEqual(range.bins!.current, [1, 1, 0, 1, 0, 0, 0, 0, 0, 1]);
  assert.equal(
    range.bins!.reference.reduce((s, c) => s + c, 0),
    6,
  );
});

test('text in a number column of current data is counted as bad and named, never coerced', () => {
  const reference = scanText(csv({ temp: [12.5, 13.1, 14.0, 15.2, 11.9] }), 'reference.csv');
  const current = scanText(
    csv({ temp: ['12.8', '15.6C', '"12,8"', 'unknown', '14.1', 'nan'] }),
    'current.csv',
  );
  const temp = numeric(driftBetweenScans(reference, current, defaultDriftRules), 'temp');
  assert.equal(temp.current.count, 2);
  assert.equal(temp.current.bad, 3);
  assert.equal(temp.current.nonFinite, 1);
  assert.match(
    temp.notes[0]!,
    /3 cell\(s\) that are not numbers, left out: "15\.6C", "12,8", "unknown"/,
  );
  // Without a scan of current data as numbers (run-drift.ts makes one), they are counted, not located.
  const result = driftBetweenScans(reference, current, defaultDriftRules);
  assert.deepEqual(result.unreadable, [
    {
      role: 'current',
      path: 'current.csv',
      column: 'temp',
      expected: 'number',
      count: 3,
      cells: 6,
      share: 0.5,
      verdict: 'fail',
      examples: [],
    },
  ]);
  assert.equal(result.summary.verdict, 'fail');
  assert.equal(result.summary.driftVerdict, 'pass');
});

test('identifiers and free text are skipped; columns on one side only are listed', () => {
  const ids = Array.from({ length: 30 }, (_, i) => `user-${i}`);
  // 30 cells, 25 distinct texts: more than max(20, 30/2) categories, yet some repeat.
  const text = Array.from({ length: 30 }, (_, i) => `note ${i % 25}`);
  const reference = scanText(csv({ user: ids, note: text, old: ids }), 'reference.csv');
  const current = scanText(csv({ user: ids, note: text, fresh: ids }), 'current.csv');
  const result = driftBetweenScans(reference, current, defaultDriftRules);
  assert.match((feature(result, 'user') as { reason: string }).reason, /identifier/);
  assert.match((feature(result, 'note') as { reason: string }).reason, /free text/);
  assert.deepEqual([result.onlyInReference, result.onlyInCurrent], [['old'], ['fresh']]);
  assert.equal(result.summary.tested, 0);
  assert.equal(result.summary.message, 'no feature could be tested');
});

test('against a profile: exact while the profile is lossless, approximate with bounds when it is not', () => {
  const early = scanFixture('cars-1970-1975.csv');
  const late = scanFixture('cars-1976-1982.csv');
  const fromRows = driftBetweenScans(early, late, defaultDriftRules);
  const lossless = driftAgainstProfile(
    profileTable(early),
    'early.profile.json',
    late,
    defaultDriftRules,
  );
  assert.equal(lossless.reference.kind, 'profile');
  for (const name of ['miles_per_gallon', 'horsepower', 'weight_in_lbs']) {
    const rows = numeric(fromRows, name);
    const profile = numeric(lossless, name);
    assert.equal(profile.approximation, null);
    assert.equal(profile.ks!.statistic, rows.ks!.statistic);
    assert.equal(profile.ks!.pValue, rows.ks!.pValue);
    assertClose(profile.wasserstein!, rows.wasserstein!, 1e-12);
    assert.deepEqual(profile.bins, rows.bins);
  }
  assert.deepEqual(
    categorical(lossless, 'origin').chiSquare,
    categorical(fromRows, 'origin').chiSquare,
  );
  // A sketch of 16 values per column: every figure is an estimate within the stated bounds.
  const coarse = profileTable(early, {
    sketchSize: 16,
    categoryLimit: 2,
    hllPrecision: 12,
    histogramBins: 20,
  });
  const approximate = driftAgainstProfile(coarse, 'early.profile.json', late, defaultDriftRules);
  for (const name of ['weight_in_lbs', 'displacement']) {
    const exact = numeric(fromRows, name);
    const estimate = numeric(approximate, name);
    const bounds = estimate.approximation!;
    assert.ok(bounds.rankError > 0);
    assert.ok(
      Math.abs(estimate.ks!.statistic - exact.ks!.statistic) <= bounds.ksStatisticError + 1e-12,
    );
    assert.ok(
      Math.abs(estimate.wasserstein! - exact.wasserstein!) <= bounds.wassersteinError + 1e-9,
    );
    assert.ok(
      bounds.pValueRange[0] <= exact.ks!.pValue && exact.ks!.pValue <= bounds.pValueRange[1],
    );
    assert.match(estimate.notes.join(' '), /profile summary with rank error/);
  }
});

test('a reference profile that lists only the most frequent categories: the rest is pooled as "(other)"', () => {
  // 60 cells, 40 distinct codes (20 of them twice): free text to the profile, which lists its top 20.
  const codes = Array.from({ length: 60 }, (_, i) => `code-${i < 40 ? i % 20 : i}`);
  const reference = profileTable(scanText(csv({ code: codes }), 'reference.csv'));
  const current = scanText(
    csv({ code: [...codes.slice(0, 30), 'code-new', 'code-new'] }),
    'current.csv',
  );
  const skipped = driftAgainstProfile(
    reference,
    'reference.profile.json',
    current,
    defaultDriftRules,
  );
  assert.match((feature(skipped, 'code') as { reason: string }).reason, /free text/);
  const result = driftAgainstProfile(
    reference,
    'reference.profile.json',
    current,
    rules({ features: { code: { method: 'chi_square' } } }),
  );
  const code = categorical(result, 'code');
  assert.deepEqual(code.approximation, { countErrorBound: 1 });
  const other = code.categories.at(-1)!;
  assert.deepEqual(other, { value: '(other)', reference: 20, current: 2 });
  assert.equal(code.categories.length, 21);
  assert.deepEqual(code.newCategories, []);
  assert.match(code.notes.join(' '), /lists only its 20 most frequent categories/);
});

test('a comparison releases each reference side once its feature is compared', () => {
  const reference = referenceFromScan(scanFixture('cars-1970-1975.csv'), defaultDriftRules);
  assert.equal(reference.sides.size, 7);
  const result = compareWithReference(
    reference,
    scanFixture('cars-1976-1982.csv'),
    defaultDriftRules,
  );
  assert.equal(reference.sides.size, 0);
  assert.equal(result.features.length, 7);
});
