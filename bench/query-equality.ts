/**
 * `node bench/query-equality.ts`: issue 18's equality on the bench's
 * 1,000,000-row × 20-column pair (bench/generate-data.ts): drift computed from
 * the CSV files, inside DuckDB (both files read in place, one engine: only
 * aggregates come back) and with the reference in PostgreSQL (the real engine,
 * PGlite on 127.0.0.1, loaded with COPY) against current data in DuckDB (value
 * counts per side). Every figure of the three DriftResults is compared: within
 * 1e-9 relative, p-values within 1e-6 absolute. Prints the largest differences
 * and the wall time of each path; exits 1 when a figure disagrees.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { defaultDriftRules } from '../src/drift/drift-rules.ts';
import { runDrift } from '../src/drift/run-drift.ts';
import { nodeWorkspace } from '../src/io/node-workspace.ts';
import { sqlConnectionPool } from '../src/io/sql/sql-connection-pool.ts';
import { ensureBenchData } from './generate-data.ts';

const directory = path.resolve('bench/.data');
// The CSV pair, generated (and cached) as the other bench cases use it.
const { reference } = ensureBenchData(directory);

/** Loads the reference CSV into PostgreSQL with the column types DuckDB's reader gives it. */
async function postgresReference(): Promise<{ url: string; stop: () => Promise<void> }> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const duck = await (await DuckDBInstance.create(':memory:')).connect();
  const described = await duck.runAndReadAll(`DESCRIBE SELECT * FROM read_csv('${reference}')`);
  duck.closeSync();
  const types: Record<string, string> = {
    BIGINT: 'bigint',
    DOUBLE: 'double precision',
    DATE: 'date',
    VARCHAR: 'text',
  };
  const columns = described
    .getRows()
    .map(([name, type]) => `"${name}" ${types[String(type)] ?? 'text'}`);
  const db = await PGlite.create();
  await db.exec(`CREATE TABLE bench_reference (${columns.join(', ')})`);
  await db.query(`COPY bench_reference FROM '/dev/blob' WITH (FORMAT csv, HEADER true)`, [], {
    blob: new Blob([readFileSync(reference)]),
  });
  const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1' });
  await server.start();
  return {
    url: `postgres://postgres:bench@${server.getServerConn()}/postgres`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}

type Worst = { path: string; difference: number };

/** The largest relative (p-values: absolute) difference between two results, walking both. */
function compare(
  a: unknown,
  b: unknown,
  at: string,
  worst: { figure: Worst; pValue: Worst },
  problems: string[],
): void {
  if (typeof a === 'number' && typeof b === 'number') {
    const pValue = /[pP]Value/.test(at);
    const difference = pValue
      ? Math.abs(a - b)
      : a === b
        ? 0
        : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
    const slot = pValue ? worst.pValue : worst.figure;
    if (difference > slot.difference) Object.assign(slot, { path: at, difference });
    if (difference > (pValue ? 1e-6 : 1e-9)) problems.push(`${at}: ${a} vs ${b}`);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) problems.push(`${at}: ${a.length} vs ${b.length} entries`);
    for (const [i, item] of a.entries()) compare(item, b[i], `${at}[${i}]`, worst, problems);
    return;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of Object.keys(a)) {
      // Where the data came from differs by design.
      if (at === '' && (key === 'reference' || key === 'current')) continue;
      compare(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${at}.${key}`,
        worst,
        problems,
      );
    }
    return;
  }
  if (a !== b) problems.push(`${at}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  process.stdout.write(`${label}: ${((performance.now() - started) / 1000).toFixed(2)} s\n`);
  return result;
}

const postgres = await timed('loading the reference into PostgreSQL (COPY)', postgresReference);
const pool = sqlConnectionPool();
const workspace = nodeWorkspace(directory, undefined, undefined, {
  connections: { bench: postgres.url },
  pool,
});
const rules = { ...defaultDriftRules, ignore: ['id'] };
const file = (name: string) => ({
  path: name,
  read: {},
  scan: (options: Parameters<typeof workspace.scanTable>[2]) =>
    workspace.scanTable(name, name, options),
});
const query = async (table: string, engine: 'duckdb' | 'postgres' = 'duckdb') => ({
  kind: 'query' as const,
  source: await workspace.openQuerySource(
    engine === 'duckdb' ? { engine, table } : { engine, table, connection: { input: 'bench' } },
    table,
  ),
});
try {
  const files = await timed('files', () =>
    runDrift({ kind: 'rows', ...file('reference.csv') }, file('current.csv'), rules),
  );
  const inDuckDb = await timed('both in DuckDB', async () =>
    runDrift(await query('reference.csv'), await query('current.csv'), rules),
  );
  const crossEngine = await timed('PostgreSQL reference, DuckDB current', async () =>
    runDrift(await query('bench_reference', 'postgres'), await query('current.csv'), rules),
  );
  let failed = false;
  for (const [label, run] of [
    ['DuckDB', inDuckDb],
    ['PostgreSQL + DuckDB', crossEngine],
  ] as const) {
    const worst = { figure: { path: '', difference: 0 }, pValue: { path: '', difference: 0 } };
    const problems: string[] = [];
    compare(files.result, run.result, '', worst, problems);
    process.stdout.write(
      `${label} vs files: largest relative difference ${worst.figure.difference.toExponential(2)} (${worst.figure.path}), largest p-value difference ${worst.pValue.difference.toExponential(2)} (${worst.pValue.path}); ${problems.length} disagreements\n`,
    );
    for (const problem of problems.slice(0, 10)) process.stdout.write(`  ${problem}\n`);
    failed ||= problems.length > 0;
  }
  process.exitCode = failed ? 1 : 0;
} finally {
  await pool.close();
  await postgres.stop();
}
