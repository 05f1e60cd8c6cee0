/**
 * PostgreSQL through node-postgres (`pg`, pure JavaScript, bundled in a chunk
 * loaded only when a postgres source is configured). Every statement is sent
 * without parameters (the simple protocol); cells are parsed into the port's
 * plain values here, so bigint counts and numeric aggregates arrive as numbers.
 */
import { sqlDialect } from '../../sql/sql-dialect.ts';
import type { SqlColumnType, SqlResult, SqlValue } from '../../workspace/sql-source.ts';
import { type ClosableSqlConnection, safeInteger } from './duckdb-connection.ts';

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

/** Text from the server → the port's value; floats round-trip (PostgreSQL ≥ 12 sends the shortest exact digits). */
function parseCell(type: number, text: string): SqlValue {
  switch (typeOf.get(type)) {
    case 'integer':
      return safeInteger(BigInt(text));
    case 'number':
      return parseFloatCell(text);
    case 'boolean':
      return text === 't';
    case 'date':
      return Date.parse(`${text}T00:00:00Z`);
    case 'datetime':
      return Date.parse(
        type === oid.timestamp ? `${text.replace(' ', 'T')}Z` : text.replace(' ', 'T'),
      );
    default:
      return text;
  }
}

function parseFloatCell(text: string): number {
  if (text === 'Infinity') return Number.POSITIVE_INFINITY;
  if (text === '-Infinity') return Number.NEGATIVE_INFINITY;
  return Number(text);
}

/** Connects with a `postgres://` URL; the URL never leaves this function in an error (see redact-secrets.ts). */
export async function openPostgres(module: PgModule, url: string): Promise<ClosableSqlConnection> {
  const client = new module.default.Client({
    connectionString: url,
    types: { getTypeParser: (type: number) => (text: string) => parseCell(type, text) },
  } as ConstructorParameters<PgModule['default']['Client']>[0]);
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
