/**
 * Profile-based drift decides honestly (issue #19): against a merged, lossy
 * reference profile a feature drifts only when it drifts at the least-drift
 * end of its figures' error range, is stable only when stable at the
 * most-drift end, and is uncertain otherwise. Real data: Seattle weather
 * 2012–2013 in four shards, profiled and merged with mlgate's own functions
 * (drift-fixtures.ts), against later Seattle days.
 *
 * Exact figures from the raw rows, with scipy 1.10.1 (d = pandas.read_csv(
 * 'test/fixtures/profile/seattle-weather.csv'), ref = d[d.date.str.match('^201[23]')]):
 *   stats.ks_2samp(ref.wind, d[d.date.str.match('^2015-0[2-7]')].wind)
 *     → (0.10627990114200633, 0.06920901581270918)
 *   stats.ks_2samp(ref.precipitation, d[d.date.str.match('^2015-0[2-7]')].precipitation)
 *     → (0.1406761342594342, 0.0056689199338908584)
 *   stats.ks_2samp(ref.precipitation, d[d.date.str.match('^2014-0[4-9]')].precipitation)
 *     → (0.18777331748559126, 5.600768379401895e-05)
 */
import assert from 'node:assert/strict';
import { test } from 'vitest';
import { driftAgainstProfile } from '../../src/drift/compare-datasets.ts';
import type { DriftResult, NumericFeatureResult } from '../../src/drift/drift-result.ts';
import { type DriftRules, defaultDriftRules } from '../../src/drift/drift-rules.ts';
import { driftBetweenScans } from '../mocks/drift-between-scans.ts';
import { assertClose } from '../statistics/fixture-samples.ts';
import { scanText, seattleDays, seattleShardsProfile } from './drift-fixtures.ts';

/** Every numeric feature decided on its KS test alone, as issue #19's `method: ks` example. */
const byKs: DriftRules = {
  ...defaultDriftRules,
  features: Object.fromEntries(
    ['precipitation', 'temp_max', 'temp_min', 'wind'].map((name) => [name, { method: 'ks' }]),
  ),
};

function numeric(result: DriftResult, name: string): NumericFeatureResult {
  const found = result.features.find((f) => f.name === name);
  assert.ok(found?.kind === 'numeric', `no numeric feature ${name}`);
  return found;
}

function against(dates: RegExp, rules = byKs) {
  const current = scanText(seattleDays(dates), 'seattle-current.csv');
  const reference = scanText(seattleDays(/^201[23]-/), 'seattle-2012-2013.csv');
  return {
    profile: driftAgainstProfile(seattleShardsProfile(), 'seattle.profile.json', current, rules),
    rows: driftBetweenScans(reference, current, rules),
  };
}

test('an estimate whose error range straddles the level is uncertain, not drifted', () => {
  const { profile, rows } = against(/^2015-0[2-7]-/);
  const wind = numeric(profile, 'wind');
  const exact = numeric(rows, 'wind');
  assertClose(exact.ks!.statistic, 0.10627990114200633, 1e-12);
  assertClose(exact.ks!.pValue, 0.06920901581270918, 1e-9);
  // The merged summary is lossy; its estimate alone (p 0.0304 ≤ 0.05) would call wind drifted…
  assert.ok(wind.approximation!.rankError > 0);
  assertClose(wind.ks!.adjustedPValue, 0.0304, 1e-3);
  assert.ok(wind.decision!.severity >= 1);
  // … while the raw rows say stable (adjusted p 0.069 > 0.05). The range holds the truth
  // and reaches both sides of the level, so the profile cannot decide.
  assert.equal(exact.status, 'stable');
  const [low, high] = wind.ks!.adjustedPValueRange!;
  assert.ok(low <= exact.ks!.adjustedPValue && exact.ks!.adjustedPValue <= high);
  assert.ok(low <= 0.05 && 0.05 < high);
  assert.deepEqual(wind.decision!.measureRange, [low, high]);
  const [least, most] = wind.decision!.severityRange!;
  assert.ok(least < 1 && most >= 1);
  assert.equal(wind.status, 'uncertain');
  // Uncertain counts as tested, not as drifted; every figure and range stays in the JSON.
  assert.equal(profile.summary.uncertain, 1);
  assert.equal(profile.summary.drifted, 4);
  assert.equal(profile.summary.tested, 5);
  assert.match(profile.summary.message, /1 undecided within the reference profile's error range/);
  const json = JSON.parse(JSON.stringify(profile)) as DriftResult;
  assert.deepEqual(numeric(json, 'wind').ks!.adjustedPValueRange, [low, high]);
  assert.deepEqual(numeric(json, 'wind').approximation, wind.approximation);
});

test('an estimate past the level at the least-drift end stays drifted', () => {
  const { profile, rows } = against(/^2014-0[4-9]-/);
  const precipitation = numeric(profile, 'precipitation');
  const exact = numeric(rows, 'precipitation');
  assertClose(exact.ks!.pValue, 5.600768379401895e-5, 1e-9);
  assert.ok(precipitation.approximation!.rankError > 0);
  const [low, high] = precipitation.ks!.adjustedPValueRange!;
  assert.ok(low <= exact.ks!.adjustedPValue && exact.ks!.adjustedPValue <= high);
  // Far past the level: even the least-drift end is below 0.001.
  assert.ok(high < 0.001);
  assert.equal(precipitation.status, 'drifted');
  // A feature the profile holds exactly has no range and decides as from rows.
  const temperature = numeric(profile, 'temp_max');
  assert.equal(temperature.approximation, null);
  assert.equal(temperature.decision!.severityRange, null);
  assert.equal(temperature.status, numeric(rows, 'temp_max').status);
});

test('auto: the effect size and the p-value ranges both count; a bound too wide leaves it uncertain', () => {
  const { profile, rows } = against(/^2015-0[2-7]-/, defaultDriftRules);
  const precipitation = numeric(profile, 'precipitation');
  assertClose(numeric(rows, 'precipitation').ks!.pValue, 0.0056689199338908584, 1e-9);
  // p is significant across its whole range, but W/σ's range (|W − Ŵ| ≤ ε · (max − min))
  // reaches below the floor 0.1: uncertain.
  const [pLow, pHigh] = precipitation.ks!.adjustedPValueRange!;
  assert.ok(pLow <= pHigh && pHigh <= 0.05);
  const [effectLow, effectHigh] = precipitation.decision!.measureRange!;
  assert.deepEqual(
    [effectLow, effectHigh],
    precipitation.approximation!.normalizedWassersteinRange,
  );
  assert.ok(effectLow < 0.1 && effectHigh >= 0.1);
  assert.equal(precipitation.status, 'uncertain');
  // Exact from rows: it drifts.
  assert.equal(numeric(rows, 'precipitation').status, 'drifted');
});
