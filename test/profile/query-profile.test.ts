import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, test } from 'vitest';
import { driftAgainstProfile } from '../../src/drift/compare-datasets.ts';
import { defaultDriftRules } from '../../src/drift/drift-rules.ts';
import { fileScanner } from '../../src/io/file-scanner.ts';
import type { ClosableSqlConnection } from '../../src/io/sql/duckdb-connection.ts';
import { mergeProfiles } from '../../src/profile/merge-profiles.ts';
import { parseProfileJson } from '../../src/profile/profile-json-schema.ts';
import { defaultProfileSettings } from '../../src/profile/profile-settings.ts';
import { profileTable } from '../../src/profile/profile-table.ts';
import type { ProfileSettings, TableProfile } from '../../src/profile/profile-types.ts';
import { profileQuerySource } from '../../src/profile/query-profile.ts';
import { sqlDialect } from '../../src/sql/sql-dialect.ts';
import { prunedRuns, pruneSorted } from '../../src/statistics/quantile-summary.ts';
import type { OpenedQuerySource } from '../../src/workspace/sql-source.ts';
import { scanFixture } from '../drift/drift-fixtures.ts';
import { copyCsvToPostgres, withRealEngines } from '../mocks/sql-engines.ts';
import { sortedSample } from '../statistics/fixture-samples.ts';

const fixtures = [
  'statistics/cars-1970-1975.csv',
  'statistics/cars-1976-1982.csv',
  'statistics/penguins.csv',
  'statistics/weather-seattle-2012.csv',
  'statistics/weather-new-york-2012.csv',
  'profile/seattle-weather.csv',
];

/** Small enough that every numeric column's summary is pruned and most category lists are cut. */
const coarse: ProfileSettings = {
  sketchSize: 8,
  categoryLimit: 2,
  hllPrecision: 12,
  histogramBins: 20,
};

const fixturePath = (fixture: string) =>
  fileURLToPath(new URL(`../fixtures/${fixture}`, import.meta.url));

/** The profile `mlgate profile FILE` writes, of a fixture. */
function fileProfile(fixture: string, settings: ProfileSettings): Promise<TableProfile> {
  return profileOfPath(fixturePath(fixture), settings);
}

/** The profile `mlgate profile FILE` writes: from the file's value counts. */
async function profileOfPath(file: string, settings: ProfileSettings): Promise<TableProfile> {
  const scan = await fileScanner()(file, { otherColumns: 'auto', layout: 'distribution' });
  return profileTable(scan, settings);
}

/**
 * Equal within 1e-9 relative for every number, exactly for everything else;
 * `distinctSketch` (HyperLogLog registers, which no engine computes) and
 * `sources` (the file's path, the query's label) are compared apart.
 */
function assertSameProfile(actual: unknown, expected: unknown, path = 'profile'): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const scale = Math.max(Math.abs(expected), Math.abs(actual));
    assert.ok(
      Math.abs(actual - expected) <= 1e-9 * scale,
      `${path}: ${actual} ≠ ${expected} (relative 1e-9)`,
    );
    return;
  }
  if (typeof expected !== 'object' || expected === null || actual === null) {
    assert.equal(actual, expected, path);
    return;
  }
  assert.equal(typeof actual, 'object', path);
  const keys = new Set([...Object.keys(expected), ...Object.keys(actual as object)]);
  for (const key of keys) {
    if (key === 'distinctSketch' || key === 'sources') continue;
    assertSameProfile(
      (actual as Record<string, unknown>)[key],
      (expected as Record<string, unknown>)[key],
      `${path}.${key}`,
    );
  }
}

let duck: ClosableSqlConnection;
let pg: ClosableSqlConnection;
const pgTables = new Map<string, string>();

withRealEngines(async (engines) => {
  ({ duck, pg } = engines);
  for (const [i, fixture] of fixtures.entries()) {
    const table = `fixture_${i}`;
    await copyCsvToPostgres(pg, table, fixturePath(fixture));
    pgTables.set(fixture, table);
  }
}, 120_000);

function duckSource(fixture: string): OpenedQuerySource {
  const dialect = sqlDialect('duckdb');
  return {
    connection: duck,
    relation: `read_csv(${dialect.string(fixturePath(fixture))})`,
    label: `duckdb:${fixture}`,
    engineId: 'duckdb',
  };
}

function postgresSource(fixture: string): OpenedQuerySource {
  const table = pgTables.get(fixture)!;
  return { connection: pg, relation: `"${table}"`, label: `postgres:${table}`, engineId: 'pg' };
}

const engines = [
  ['duckdb', duckSource],
  ['postgres', postgresSource],
] as const;

describe.each(engines)('profiled in %s', (_engine, source) => {
  test.each(fixtures)(
    '%s equals the file profile (default settings: lossless)',
    async (fixture) => {
      const expected = await fileProfile(fixture, defaultProfileSettings);
      const actual = await profileQuerySource(source(fixture), defaultProfileSettings);
      assertSameProfile(actual, expected);
      // Nothing is lossy, so nothing lacks a HyperLogLog: the profiles are equal but for the source.
      assert.deepEqual(
        actual.columns.map(
          (c) => c.numeric?.distinctSketch ?? c.categories?.distinctSketch ?? null,
        ),
        expected.columns.map(
          (c) => c.numeric?.distinctSketch ?? c.categories?.distinctSketch ?? null,
        ),
      );
      assert.deepEqual(actual.sources, [
        { path: source(fixture).label, format: 'sql', rows: expected.rowCount, badRows: 0 },
      ]);
    },
  );

  test.each(fixtures)(
    '%s equals the file profile (pruned summaries, cut category lists)',
    async (fixture) => {
      const expected = await fileProfile(fixture, coarse);
      const actual = await profileQuerySource(source(fixture), coarse);
      assertSameProfile(actual, expected);
      const pruned = actual.columns.filter((c) => (c.numeric ?? c.datetime)?.sketch.error);
      assert.ok(pruned.length >= 3, 'the pruned path ran');
      for (const column of pruned)
        assert.equal((column.numeric ?? column.datetime)!.distinctSketch, null);
      assert.doesNotThrow(() => parseProfileJson(JSON.stringify(actual), 'sql.profile.json'));
    },
  );
});

describe('cells at the edges: NaN, ±Infinity, missing, booleans, timestamps, numbers among texts', () => {
  const csv = [
    'x,flag,at,code,n',
    '1.5,true,2020-01-01 10:00:00,a,1',
    'NaN,false,2020-01-02 11:30:00,7,2',
    'inf,true,,b,',
    '-inf,,2021-03-04 00:00:01,a,4',
    ',false,2020-01-01 10:00:00,x y,5',
    '2,TRUE,2022-12-31 23:59:59,,5',
  ].join('\n');
  const rows = [
    "(1.5, true, TIMESTAMP '2020-01-01 10:00:00', 'a', 1)",
    "('NaN', false, TIMESTAMP '2020-01-02 11:30:00', '7', 2)",
    "('Infinity', true, NULL, 'b', NULL)",
    "('-Infinity', NULL, TIMESTAMP '2021-03-04 00:00:01', 'a', 4)",
    "(NULL, false, TIMESTAMP '2020-01-01 10:00:00', 'x y', 5)",
    "(2, true, TIMESTAMP '2022-12-31 23:59:59', NULL, 5)",
  ];
  // Every numeric summary pruned; the text column (4 distinct) still listed in full.
  const tiny: ProfileSettings = {
    sketchSize: 1,
    categoryLimit: 4,
    hllPrecision: 12,
    histogramBins: 4,
  };
  let file: string;

  beforeAll(async () => {
    file = join(mkdtempSync(join(tmpdir(), 'mlgate-query-profile-')), 'edge.csv');
    writeFileSync(file, `${csv}\n`);
    await pg.query(
      'CREATE TABLE edge (x double precision, flag boolean, at timestamp, code text, n bigint)',
    );
    await pg.query(`INSERT INTO edge VALUES ${rows.join(', ')}`);
  });

  test.each([
    ['default', defaultProfileSettings],
    ['tiny', tiny],
  ] as const)('%s settings: DuckDB and PostgreSQL give the file profile', async (_, settings) => {
    const expected = await profileOfPath(file, settings);
    const fromDuck = await profileQuerySource(
      { connection: duck, relation: `read_csv('${file}')`, label: 'duckdb:edge', engineId: 'd' },
      settings,
    );
    const fromPostgres = await profileQuerySource(
      { connection: pg, relation: 'edge', label: 'postgres:edge', engineId: 'pg' },
      settings,
    );
    assertSameProfile(fromDuck, expected);
    assertSameProfile(fromPostgres, expected);
    assert.deepEqual(
      [fromDuck.columns[0]!.numeric, fromPostgres.columns[0]!.numeric].map((x) => [
        x!.nan,
        x!.positiveInfinity,
        x!.negativeInfinity,
      ]),
      [
        [1, 1, 1],
        [1, 1, 1],
      ],
    );
  });
  test('the known difference: beyond categoryLimit distinct texts, SQL counts every text as a string', async () => {
    const settings = { ...tiny, categoryLimit: 1 };
    const fromFile = (await profileOfPath(file, settings)).columns[3]!;
    const fromSql = (
      await profileQuerySource(
        { connection: pg, relation: 'edge', label: 'postgres:edge', engineId: 'pg' },
        settings,
      )
    ).columns[3]!;
    assert.deepEqual(fromFile.types, { number: 1, boolean: 0, datetime: 0, string: 4 });
    assert.deepEqual(fromSql.types, { number: 0, boolean: 0, datetime: 0, string: 5 });
    assert.equal(fromSql.numeric, null);
    assert.deepEqual(fromSql.categories!.items, [{ value: 'a', count: 2 }]);
    assert.equal(fromSql.categories!.countErrorBound, 1);
  });
});

test('the ranks read from the engine are the ones pruneSorted reads', () => {
  for (const [n, size] of [
    [17, 8],
    [1000, 1024],
    [2049, 1024],
    [365, 8],
    [10_000, 7],
  ] as const) {
    const read = new Set<number>();
    const sorted = new Proxy({ length: n } as { length: number; [i: number]: number }, {
      get: (target, key) => {
        if (key === 'length') return target.length;
        read.add(Number(key));
        return Number(key);
      },
    });
    pruneSorted(sorted, size);
    assert.deepEqual(
      prunedRuns(n, size).map((run) => run.rank),
      [...read].sort((a, b) => a - b),
      `n=${n} size=${size}`,
    );
  }
});

describe('merged with file profiles', () => {
  test('lossless: a SQL profile merges with a file profile as the two files merge', async () => {
    const early = 'statistics/cars-1970-1975.csv';
    const late = 'statistics/cars-1976-1982.csv';
    const fromSql = await profileQuerySource(postgresSource(early), defaultProfileSettings);
    const merged = mergeProfiles([fromSql, await fileProfile(late, defaultProfileSettings)]);
    const expected = mergeProfiles([
      await fileProfile(early, defaultProfileSettings),
      await fileProfile(late, defaultProfileSettings),
    ]);
    assertSameProfile(merged, expected);
    const parsed = parseProfileJson(JSON.stringify(merged), 'merged.profile.json');
    assert.deepEqual(
      parsed.sources.map((s) => s.format),
      ['sql', 'csv'],
    );
  });

  test('pruned: the merged summary keeps its rank-error bound, the distinct count its stated bound', async () => {
    const early = 'statistics/weather-seattle-2012.csv';
    const late = 'statistics/weather-new-york-2012.csv';
    const fromSql = await profileQuerySource(duckSource(early), coarse);
    const merged = parseProfileJson(
      JSON.stringify(mergeProfiles([fromSql, await fileProfile(late, coarse)])),
      'merged.profile.json',
    );
    for (const name of ['precipitation', 'temp_max', 'temp_min', 'wind']) {
      const all = Float64Array.from([
        ...sortedSample(early.replace('statistics/', ''), name),
        ...sortedSample(late.replace('statistics/', ''), name),
      ]).sort();
      const column = merged.columns.find((c) => c.name === name)!;
      const numeric = column.numeric!;
      assert.equal(numeric.count, all.length);
      assert.ok(numeric.sketch.error > 0);
      // Every summarised count of values ≤ x is within `error` of the data's, at every data value.
      let cumulative = 0;
      for (let i = 0; i < all.length; i++) {
        if (i + 1 < all.length && all[i + 1] === all[i]) continue;
        cumulative = i + 1;
        let summarised = 0;
        numeric.sketch.values.forEach((v, k) => {
          if (v <= all[i]!) summarised += numeric.sketch.weights[k]!;
        });
        assert.ok(
          Math.abs(summarised - cumulative) <= numeric.sketch.error,
          `${name}: F̂(${all[i]}) = ${summarised}, F = ${cumulative}, error ${numeric.sketch.error}`,
        );
      }
      // No HyperLogLog on the SQL side: the distinct count is bounded, and the bound holds.
      const truth = new Set(all).size;
      const { value, exact, relativeStandardError } = numeric.distinct;
      assert.equal(exact, false);
      assert.equal(numeric.distinctSketch, null);
      assert.ok(
        Math.abs(value - truth) <= relativeStandardError * value,
        `${name}: ${truth} distinct, stated ${value} ± ${relativeStandardError * value}`,
      );
    }
    // A second merge with the bounded profile keeps bounding it.
    const again = mergeProfiles([merged, await fileProfile(early, coarse)]);
    assert.doesNotThrow(() => parseProfileJson(JSON.stringify(again), 'again.profile.json'));
    const weather = again.columns.find((c) => c.name === 'weather')!.categories!;
    assert.equal(weather.exact, false);
    assert.ok(weather.distinct.value >= 5);
  });
});

describe('drift against a profile made by SQL', () => {
  test.each([
    ['lossless', defaultProfileSettings],
    ['pruned', coarse],
  ] as const)('%s: the same result as against the file profile', async (_, settings) => {
    const reference = 'statistics/cars-1970-1975.csv';
    const current = scanFixture('cars-1976-1982.csv');
    const fromFile = driftAgainstProfile(
      await fileProfile(reference, settings),
      'early.profile.json',
      current,
      defaultDriftRules,
    );
    const fromSql = driftAgainstProfile(
      await profileQuerySource(postgresSource(reference), settings),
      'early.profile.json',
      scanFixture('cars-1976-1982.csv'),
      defaultDriftRules,
    );
    assertSameProfile(fromSql, fromFile, 'drift');
    assert.ok(fromSql.features.length > 0);
  });
});
