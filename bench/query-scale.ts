/**
 * Issue 18's scale figure: drift between two 10,000,000-row Parquet files
 * computed inside DuckDB (a query source: mlgate receives aggregates only),
 * beside the file path on the same files (mlgate reads every row itself).
 * The files are written by DuckDB from a deterministic generator (values from
 * `hash(i)`, so any thread order gives the same rows) and cached in
 * bench/.data/. Both cases run `mlgate run` on a config with one drift check,
 * so they differ only in how the two tables are read. Target: peak memory of
 * the DuckDB case below 1 GB.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchCase } from './bench-case.ts';

export const QUERY_SCALE_ROWS = 10_000_000;
export const queryScaleCase = 'drift 10M Parquet, DuckDB';
const VERSION = 1;

/** A uniform in (0, 1) from the row number and a salt, the same in every engine run. */
const uniform = (salt: number) => `((hash(i * 7919 + ${salt}) % 1000000007) + 0.5) / 1000000007.0`;
/** A standard normal by Box–Muller from two such uniforms. */
const normal = (salt: number) =>
  `sqrt(-2 * ln(${uniform(salt)})) * cos(2 * pi() * ${uniform(salt + 1)})`;

/** Five numeric and two categorical features; `shift` moves current data's distributions a little. */
function generatorSql(shift: number): string {
  return `SELECT i AS id,
  round(40 + 10 * ${normal(1)} + ${shift * 2}, 2) AS num_0,
  round(exp(${normal(3)} + ${shift * 0.1}), 4) AS num_1,
  round(${uniform(5)} * 100, 1) AS num_2,
  CAST(floor(${uniform(6)} * 50 + ${shift * 3}) AS INTEGER) AS num_3,
  round(${normal(7)}, 6) AS num_4,
  'c' || CAST(floor(pow(${uniform(9)}, ${1 + shift}) * 12) AS INTEGER) AS cat_0,
  CASE WHEN ${uniform(10)} < ${0.3 + shift * 0.05} THEN 'yes' ELSE 'no' END AS cat_1
FROM range(${QUERY_SCALE_ROWS}) t(i)`;
}

async function writeParquetPair(
  directory: string,
): Promise<{ reference: string; current: string }> {
  const reference = path.join(directory, `qs${VERSION}-reference-10m.parquet`);
  const current = path.join(directory, `qs${VERSION}-current-10m.parquet`);
  if (existsSync(reference) && existsSync(current)) return { reference, current };
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  for (const [file, shift] of [
    [reference, 0],
    [current, 1],
  ] as const) {
    await connection.run(
      `COPY (${generatorSql(shift)}) TO '${file}' (FORMAT parquet, ROW_GROUP_SIZE 1000000)`,
    );
  }
  connection.closeSync();
  return { reference, current };
}

function writeConfig(
  directory: string,
  name: string,
  side: (file: string) => unknown,
  files: { reference: string; current: string },
): string {
  const config = path.join(directory, name);
  const check = {
    version: 1,
    checks: {
      drift: {
        reference: side(path.basename(files.reference)),
        current: side(path.basename(files.current)),
        ignore: ['id'],
      },
    },
  };
  writeFileSync(config, `${JSON.stringify(check, null, 2)}\n`);
  return config;
}

export async function queryScaleCases(
  directory: string,
  node: string,
  cli: string,
): Promise<BenchCase[]> {
  mkdirSync(directory, { recursive: true });
  const files = await writeParquetPair(directory);
  const run = (config: string) => ({
    argv: [
      node,
      cli,
      'run',
      '--working-directory',
      directory,
      '--config',
      config,
      '--json',
      path.join(directory, `${path.basename(config, '.yml')}.json`),
      '--quiet',
    ],
    okExits: [0, 1],
  });
  const inDuckDb = writeConfig(
    directory,
    'query-scale-duckdb.yml',
    (file) => ({ engine: 'duckdb', table: file }),
    files,
  );
  const asFiles = writeConfig(directory, 'query-scale-files.yml', (file) => file, files);
  return [
    {
      name: queryScaleCase,
      group: 'query',
      mlgate: run(inDuckDb),
      python: run(asFiles),
      pythonNote: 'the "Python" columns: mlgate reading the same Parquet files itself',
    },
  ];
}
