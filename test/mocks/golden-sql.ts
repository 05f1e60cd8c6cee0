/**
 * Golden SQL per dialect: the statement a builder writes is compared with
 * test/fixtures/sql/<engine>/<name>.sql (`UPDATE_GOLDEN=1` rewrites the file),
 * and parsed by node-sql-parser in the dialect that knows the engine's syntax,
 * so the dialects this machine cannot run (BigQuery, Snowflake, Databricks,
 * Trino) are still checked for syntax. DuckDB is parsed as PostgreSQL (its
 * syntax is a superset for what mlgate writes) and Databricks as Hive (Spark SQL's parent).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nodeSqlParser from 'node-sql-parser';
import { expect } from 'vitest';
import type { SqlEngine } from '../../src/sql/sql-dialect.ts';

const parserDatabase: Record<SqlEngine, string> = {
  duckdb: 'PostgresQL',
  postgres: 'PostgresQL',
  bigquery: 'BigQuery',
  snowflake: 'Snowflake',
  databricks: 'Hive',
  trino: 'Trino',
};

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'sql');

/** Throws the parser's message when `sql` is not valid in the engine's dialect. */
export function parseInDialect(engine: SqlEngine, sql: string): void {
  new nodeSqlParser.Parser().astify(sql, { database: parserDatabase[engine] });
}

export function expectGoldenSql(engine: SqlEngine, name: string, sql: string): void {
  const file = join(fixtures, engine, `${name}.sql`);
  const text = `${sql.trim()}\n`;
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(text, `golden SQL ${engine}/${name}.sql`).toBe(readFileSync(file, 'utf8'));
  expect(
    () => parseInDialect(engine, sql),
    `${engine}/${name}.sql parses as ${parserDatabase[engine]}`,
  ).not.toThrow();
}
