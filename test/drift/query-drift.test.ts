/**
 * Drift with query sources against real engines (DuckDB embedded, PostgreSQL
 * as PGlite over a socket): on the vega-datasets slices, the DriftResult of
 * two sources in one engine (computed there), of two engines, and of a source
 * against a file all equal the file path's for the same data, the reference
 * here (tested against scipy): every figure within 1e-9 relative (p-values
 * and what derives from them 1e-6), the same roles and the same decisions.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { otherCategories } from '../../src/drift/categorical-drift.ts';
import { categoricalInEngine } from '../../src/drift/categorical-in-engine.ts';
import type { DriftResult } from '../../src/drift/drift-result.ts';
import { type DriftRules, defaultDriftRules } from '../../src/drift/drift-rules.ts';
import { type CurrentData, type ReferenceFile, runDrift } from '../../src/drift/run-drift.ts';
import { scanTableText } from '../../src/formats/scan-table-bytes.ts';
import type { ClosableSqlConnection } from '../../src/io/sql/duckdb-connection.ts';
import type { OpenedQuerySource } from '../../src/workspace/sql-source.ts';
import { expectSameDrift } from '../mocks/same-drift.ts';
import { copyCsvToPostgres, withRealEngines } from '../mocks/sql-engines.ts';

const statistics = new URL('../fixtures/statistics/', import.meta.url).pathname;
const directory = mkdtempSync(join(tmpdir(), 'mlgate-query-drift-'));

/** The vega slices compared: reference and current CSV files (penguins split in two halves). */
const pairs = (() => {
  const penguins = readFileSync(join(statistics, 'penguins.csv'), 'utf8').trimEnd().split('\n');
  const half = Math.floor(penguins.length / 2);
  const penguinsA = join(directory, 'penguins-a.csv');
  const penguinsB = join(directory, 'penguins-b.csv');
  writeFileSync(penguinsA, `${penguins.slice(0, half).join('\n')}\n`);
  writeFileSync(penguinsB, `${[penguins[0], ...penguins.slice(half)].join('\n')}\n`);
  return [
    {
      name: 'cars',
      reference: join(statistics, 'cars-1970-1975.csv'),
      current: join(statistics, 'cars-1976-1982.csv'),
    },
    {
      name: 'weather',
      reference: join(statistics, 'weather-seattle-2012.csv'),
      current: join(statistics, 'weather-new-york-2012.csv'),
    },
    { name: 'penguins', reference: penguinsA, current: penguinsB },
  ];
})();

function fileData(path: string) {
  const text = readFileSync(path, 'utf8');
  return {
    path,
    read: {},
    scan: (options: Parameters<typeof scanTableText>[2]) =>
      Promise.resolve(scanTableText(text, path, options)),
  };
}

const quoted = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** What the engines were sent and the most rows one statement returned. */
const traffic = { statements: [] as string[], mostRows: 0 };

function opened(
  connection: ClosableSqlConnection,
  relation: string,
  engineId: string,
): OpenedQuerySource {
  const recording = {
    dialect: connection.dialect,
    async query(sql: string) {
      const result = await connection.query(sql);
      traffic.statements.push(sql);
      traffic.mostRows = Math.max(traffic.mostRows, result.rows.length);
      return result;
    },
  };
  return { connection: recording, relation, label: `${engineId}:${relation}`, engineId };
}

/** In one engine, no statement counts a column's values, and none returns more than the bins' rows. */
function expectAggregatesOnly(): void {
  const valueCounts = /^SELECT \S+ AS cell_value, COUNT\(\*\) AS cell_count/;
  expect(traffic.statements.filter((sql) => valueCounts.test(sql))).toEqual([]);
  expect(traffic.statements.length).toBeGreaterThan(0);
  expect(traffic.mostRows).toBeLessThanOrEqual(2 * 10 * 10);
}

let duck: ClosableSqlConnection;
let pg: ClosableSqlConnection;

afterAll(() => rmSync(directory, { recursive: true, force: true }));

withRealEngines(async (engines) => {
  ({ duck, pg } = engines);
  for (const pair of pairs) {
    await copyCsvToPostgres(pg, `${pair.name}_reference`, pair.reference);
    await copyCsvToPostgres(pg, `${pair.name}_current`, pair.current);
    await duck.query(
      `COPY (SELECT * FROM read_csv(${quoted(pair.current)})) TO ${quoted(join(directory, `${pair.name}-current.parquet`))} (FORMAT parquet)`,
    );
  }
}, 240_000);

async function drift(
  reference: ReferenceFile,
  current: CurrentData,
  rules: DriftRules = defaultDriftRules,
): Promise<DriftResult> {
  traffic.statements = [];
  traffic.mostRows = 0;
  return (await runDrift(reference, current, rules)).result;
}

const query = (source: OpenedQuerySource) => ({ kind: 'query' as const, source });

describe.each(pairs)('$name', (pair) => {
  const fromFiles = () =>
    drift({ kind: 'rows', ...fileData(pair.reference) }, fileData(pair.current));

  test('the file path compares numbers and categories here (what the engines must match)', async () => {
    const kinds = new Set((await fromFiles()).features.map((feature) => feature.kind));
    expect(kinds).toContain('numeric');
    expect(kinds).toContain('categorical');
  });

  test('two DuckDB file sources, computed in DuckDB', async () => {
    const result = await drift(
      query(opened(duck, `read_csv(${quoted(pair.reference)})`, 'duckdb')),
      query(opened(duck, `read_csv(${quoted(pair.current)})`, 'duckdb')),
    );
    expectAggregatesOnly();
    expectSameDrift(result, await fromFiles());
  });

  test('two PostgreSQL tables, computed in PostgreSQL', async () => {
    const result = await drift(
      query(opened(pg, `"${pair.name}_reference"`, 'postgres')),
      query(opened(pg, `"${pair.name}_current"`, 'postgres')),
    );
    expectAggregatesOnly();
    expectSameDrift(result, await fromFiles());
  });

  test('a PostgreSQL reference and a Parquet file read by DuckDB, from value counts', async () => {
    const parquet = join(directory, `${pair.name}-current.parquet`);
    const result = await drift(
      query(opened(pg, `"${pair.name}_reference"`, 'postgres')),
      query(opened(duck, `read_parquet(${quoted(parquet)})`, 'duckdb')),
    );
    expectSameDrift(result, await fromFiles());
  });

  test('a DuckDB source against a file, from value counts', async () => {
    const result = await drift(
      query(opened(duck, `read_csv(${quoted(pair.reference)})`, 'duckdb')),
      fileData(pair.current),
    );
    expectSameDrift(result, await fromFiles());
  });
});

describe('in one engine', () => {
  const [cars, weather, penguins] = pairs as [
    (typeof pairs)[0],
    (typeof pairs)[0],
    (typeof pairs)[0],
  ];
  const duckSide = (path: string) => query(opened(duck, `read_csv(${quoted(path)})`, 'duckdb'));

  test("dates compared as numbers (a method set) come from value counts, as a file's", async () => {
    const rules = { ...defaultDriftRules, features: { date: { method: 'ks' as const } } };
    const result = await drift(duckSide(weather.reference), duckSide(weather.current), rules);
    expect(result.features.find((feature) => feature.name === 'date')?.kind).toBe('numeric');
    const files = await drift(
      { kind: 'rows', ...fileData(weather.reference) },
      fileData(weather.current),
      rules,
    );
    expectSameDrift(result, files);
  });

  test("an engine whose quantiles are approximate still gives the exact figures: drift fetches order statistics, never the engine's quantile", async () => {
    const approximate = {
      ...duck,
      dialect: {
        ...duck.dialect,
        quantile: (expression: string, p: number) => `approx_quantile(${expression}, ${p})`,
        exactQuantiles: false,
        quantileRankError: 0.01,
      },
    };
    const side = (path: string) =>
      query(opened(approximate, `read_csv(${quoted(path)})`, 'duckdb'));
    const result = await drift(side(cars.reference), side(cars.current));
    const files = await drift(
      { kind: 'rows', ...fileData(cars.reference) },
      fileData(cars.current),
    );
    expectSameDrift(result, files);
    expect(
      result.features.every(
        (feature) => !('approximation' in feature) || feature.approximation === null,
      ),
    ).toBe(true);
  });

  test('past the category limit the rest of each side is pooled as "(other)", and the notes say so', async () => {
    const side = (path: string) => ({
      relation: `read_csv(${quoted(path)})`,
      column: 'species',
      present: 0,
      missing: 0,
    });
    const reference = side(penguins.reference);
    const current = side(penguins.current);
    const all = await categoricalInEngine('species', duck, reference, current);
    const totals = all.result.categories.reduce(
      (sum, category) => [sum[0]! + category.reference, sum[1]! + category.current],
      [0, 0],
    );
    const counted = (at: typeof reference, present: number) => ({ ...at, present });
    const pooled = await categoricalInEngine(
      'species',
      duck,
      counted(reference, totals[0]!),
      counted(current, totals[1]!),
      1,
    );
    const top = all.result.categories
      .slice()
      .sort((a, b) => b.reference + b.current - (a.reference + a.current))[0]!;
    expect(pooled.result.categories.map((category) => category.value).sort()).toEqual(
      [top.value, otherCategories].sort(),
    );
    const other = pooled.result.categories.find((category) => category.value === otherCategories);
    expect([other?.reference, other?.current]).toEqual([
      totals[0]! - top.reference,
      totals[1]! - top.current,
    ]);
    expect(pooled.result.notes.join(' ')).toMatch(/more than 1 categories/);
  });
});
