/**
 * PostgreSQL through node-postgres (`pg`, pure JavaScript, bundled in a chunk
 * loaded only when a postgres source is configured). Every statement is sent
 * without parameters (the simple protocol); cells are parsed into the port's
 * plain values here, so bigint counts and numeric aggregates arrive as numbers.
 */
import { sqlDialect } from '../../sql/sql-dialect.ts';
import type { SqlColumnType, SqlResult, SqlValue } from '../../workspace/sql-source.ts';
import type { ClosableSqlConnection } from './closable-connection.ts';
import { cellFromText } from './plain-cell.ts';

type PgModule = typeof import('pg');

/** PostgreSQL type oids (pg_type.oid) mlgate reads. */
const oid = {
  bool: 16,
  int8: 20,
  int2: 21,
  int4: 23,
  oid: 26,
  float4: 700,
  float8: 701,
  numeric: 1700,
  date: 1082,
  timestamp: 1114,
  timestamptz: 1184,
  text: 25,
  varchar: 1043,
  bpchar: 1042,
  name: 19,
  char: 18,
} as const;

const typeOf = new Map<number, SqlColumnType>([
  [oid.bool, 'boolean'],
  [oid.int2, 'integer'],
  [oid.int4, 'integer'],
  [oid.int8, 'integer'],
  [oid.oid, 'integer'],
  [oid.float4, 'number'],
  [oid.float8, 'number'],
  [oid.numeric, 'number'],
  [oid.date, 'date'],
  [oid.timestamp, 'datetime'],
  [oid.timestamptz, 'datetime'],
  [oid.text, 'text'],
  [oid.varchar, 'text'],
  [oid.bpchar, 'text'],
  [oid.name, 'text'],
  [oid.char, 'text'],
]);

/** Text from the server → the port's value (floats round-trip: PostgreSQL ≥ 12 sends the shortest exact digits). */
function parseCell(type: number, text: string): SqlValue {
  return cellFromText(typeOf.get(type) ?? 'other', text);
}

/** Connects with a `postgres://` URL. pg's errors may quote it: the caller redacts them (query-sources-on-disk.ts). */
export async function openPostgres(module: PgModule, url: string): Promise<ClosableSqlConnection> {
  const client = new module.default.Client({
    connectionString: url,
    types: { getTypeParser: (type: number) => (text: string) => parseCell(type, text) },
  } as ConstructorParameters<PgModule['default']['Client']>[0]);
  // A server that drops an idle connection emits 'error' on the client; unheard, it would end
  // the process. The next query fails with it instead, and that error is reported.
  client.on('error', () => {});
  await client.connect();
  return {
    dialect: sqlDialect('postgres'),
    async query(sql): Promise<SqlResult> {
      const result = await client.query({ text: sql, rowMode: 'array' });
      return {
        columns: result.fields.map((field) => ({
          name: field.name,
          type: typeOf.get(field.dataTypeID) ?? 'other',
        })),
        rows: result.rows as SqlValue[][],
      };
    },
    close: () => client.end(),
  };
}
