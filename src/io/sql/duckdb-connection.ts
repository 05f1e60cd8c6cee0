/**
 * DuckDB embedded, through @duckdb/node-api: one in-memory database per gate
 * run reads the repository's Parquet, CSV and JSON files (and s3://, gs://,
 * https:// URLs) in place, so two file sources share one connection and one
 * statement can compare them. Cells come back as the port's plain values;
 * lists, arrays, structs and maps as their JSON text.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SqlDialect } from '../../sql/sql-dialect.ts';
import { sqlDialect } from '../../sql/sql-dialect.ts';
import type { SqlColumnType, SqlResult, SqlValue } from '../../workspace/sql-source.ts';
import type { ClosableSqlConnection } from './closable-connection.ts';
import { safeInteger } from './plain-cell.ts';

export type { ClosableSqlConnection } from './closable-connection.ts';

export type DuckDbModule = typeof import('@duckdb/node-api');
type DuckDbConnection = Awaited<
  ReturnType<InstanceType<DuckDbModule['DuckDBInstance']>['connect']>
>;

/**
 * Opens a database (`:memory:` by default, or a database file) with the loaded
 * module. DuckDB would take 80% of the machine's memory; a runner shares it
 * with the job, so DuckDB gets `MLGATE_DUCKDB_MEMORY_LIMIT` (default 512MB)
 * and spills what does not fit (a sort of tens of millions of values) to the
 * temporary directory, as it is built to.
 */
export async function openDuckDb(
  module: DuckDbModule,
  path = ':memory:',
  environment: Readonly<Record<string, string | undefined>> = process.env,
): Promise<ClosableSqlConnection> {
  const instance = await module.DuckDBInstance.create(path, {
    memory_limit: environment.MLGATE_DUCKDB_MEMORY_LIMIT || '512MB',
    temp_directory: join(tmpdir(), `mlgate-duckdb-${process.pid}`),
  });
  const connection = await instance.connect();
  const dialect: SqlDialect = sqlDialect('duckdb');
  return {
    dialect,
    query: (sql) => runQuery(module, connection, sql),
    async close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

async function runQuery(
  module: DuckDbModule,
  connection: DuckDbConnection,
  sql: string,
): Promise<SqlResult> {
  const reader = await connection.runAndReadAll(sql);
  const typeIds = reader.columnTypes().map((type) => type.typeId);
  const columns = reader.columnNames().map((name, index) => ({
    name,
    type: columnType(module, typeIds[index]!),
  }));
  const rows = reader.getRows().map((row) => row.map((value) => plainValue(module, value)));
  return { columns, rows };
}

function columnType(module: DuckDbModule, typeId: number): SqlColumnType {
  const id = module.DuckDBTypeId;
  switch (typeId) {
    case id.TINYINT:
    case id.SMALLINT:
    case id.INTEGER:
    case id.BIGINT:
    case id.UTINYINT:
    case id.USMALLINT:
    case id.UINTEGER:
    case id.UBIGINT:
    case id.HUGEINT:
    case id.UHUGEINT:
      return 'integer';
    case id.FLOAT:
    case id.DOUBLE:
    case id.DECIMAL:
      return 'number';
    case id.BOOLEAN:
      return 'boolean';
    case id.DATE:
      return 'date';
    case id.TIMESTAMP:
    case id.TIMESTAMP_S:
    case id.TIMESTAMP_MS:
    case id.TIMESTAMP_NS:
    case id.TIMESTAMP_TZ:
      return 'datetime';
    case id.VARCHAR:
    case id.ENUM:
    case id.UUID:
      return 'text';
    default:
      return 'other';
  }
}

const msPerDay = 86_400_000;

function plainValue(module: DuckDbModule, value: unknown): SqlValue {
  if (
    value === null ||
    typeof value === 'number' ||
    typeof value === 'string' ||
    typeof value === 'boolean'
  )
    return value;
  if (typeof value === 'bigint') return safeInteger(value);
  if (value instanceof module.DuckDBDecimalValue) return value.toDouble();
  if (value instanceof module.DuckDBDateValue) return value.days * msPerDay;
  if (
    value instanceof module.DuckDBTimestampValue ||
    value instanceof module.DuckDBTimestampTZValue
  )
    return Number(value.micros / 1000n);
  if (value instanceof module.DuckDBTimestampMillisecondsValue) return Number(value.millis);
  if (value instanceof module.DuckDBTimestampSecondsValue) return Number(value.seconds) * 1000;
  if (value instanceof module.DuckDBTimestampNanosecondsValue)
    return Number(value.nanos / 1_000_000n);
  const nested = nestedValue(module, value);
  return nested === undefined ? String(value) : JSON.stringify(nested);
}

/** A list, array, struct or map as a JSON value whose leaves are plain values; else undefined. */
function nestedValue(module: DuckDbModule, value: unknown): unknown {
  const inner = (item: unknown) => nestedValue(module, item) ?? plainValue(module, item);
  if (value instanceof module.DuckDBListValue || value instanceof module.DuckDBArrayValue)
    return value.items.map(inner);
  if (value instanceof module.DuckDBStructValue)
    return Object.fromEntries(Object.entries(value.entries).map(([k, v]) => [k, inner(v)]));
  if (value instanceof module.DuckDBMapValue)
    return value.entries.map((entry) => [inner(entry.key), inner(entry.value)]);
  return undefined;
}
