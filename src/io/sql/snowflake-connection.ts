/**
 * Snowflake through its SQL API v2 (POST /api/v2/statements; 202 means still
 * running, so the statement's status URL is polled; further result partitions
 * are fetched with ?partition=N), with an OAuth token or a programmatic access
 * token as the bearer token, so the action carries no Snowflake driver.
 * URL: `snowflake://:<token>@<account>.snowflakecomputing.com/<database>/<schema>?warehouse=…&role=…&token_type=OAUTH|PROGRAMMATIC_ACCESS_TOKEN`.
 * https://docs.snowflake.com/en/developer-guide/sql-api/submitting-requests
 * https://docs.snowflake.com/en/developer-guide/sql-api/handling-responses
 */
import { sqlDialect } from '../../sql/sql-dialect.ts';
import type { SqlColumn, SqlColumnType, SqlValue } from '../../workspace/sql-source.ts';
import type { ClosableSqlConnection } from './closable-connection.ts';
import { parseConnectionUrl, statementTimeoutMs } from './connection-url.ts';
import {
  checkDeadline,
  exchangeJson,
  type HttpAnswer,
  pollDelay,
  ServiceError,
  unexpectedAnswer,
} from './http-json.ts';
import { plainCell } from './plain-cell.ts';
import { bearerToken, type WarehouseOptions } from './warehouse-options.ts';

interface RowType {
  name: string;
  type: string;
  scale?: number;
}

interface StatementResponse {
  code?: string;
  message?: string;
  statementHandle?: string;
  resultSetMetaData?: { rowType: RowType[]; partitionInfo?: unknown[] };
  data?: unknown[][];
}

export async function openSnowflake(
  url: string,
  options: WarehouseOptions,
): Promise<ClosableSqlConnection> {
  const parsed = parseConnectionUrl(url, 'snowflake');
  const token = bearerToken(
    parsed,
    'snowflake://:TOKEN@<account>.snowflakecomputing.com/<db>/<schema>',
  );
  const [database, schema] = parsed.path;
  const timeoutMs = statementTimeoutMs(parsed);
  const base = `https://${parsed.host}${parsed.port ? `:${parsed.port}` : ''}/api/v2/statements`;
  const headers = {
    authorization: `Bearer ${token}`,
    'x-snowflake-authorization-token-type': parsed.params.get('token_type') ?? 'OAUTH',
    'content-type': 'application/json',
    accept: 'application/json',
    'user-agent': 'mlgate',
  };
  const get = async (path: string) =>
    exchangeJson(options.fetch, `${base}${path}`, { method: 'GET', headers });
  return {
    dialect: sqlDialect('snowflake'),
    async query(sql) {
      const started = performance.now();
      let answer = await exchangeJson(options.fetch, base, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          statement: sql,
          timeout: Math.ceil(timeoutMs / 1000),
          database,
          schema,
          warehouse: parsed.params.get('warehouse') ?? undefined,
          role: parsed.params.get('role') ?? undefined,
        }),
      });
      for (let attempt = 0; answer.status === 202; attempt++) {
        checkDeadline(started, timeoutMs, 'the Snowflake statement');
        await pollDelay(attempt);
        answer = await get(`/${encodeURIComponent(handleOf(answer))}`);
      }
      const first = resultOf(answer);
      const columns = (first.resultSetMetaData?.rowType ?? []).map(columnOf);
      const rows = (first.data ?? []).map((row) => rowOf(columns, row));
      const partitions = first.resultSetMetaData?.partitionInfo?.length ?? 1;
      for (let partition = 1; partition < partitions; partition++) {
        const handle = encodeURIComponent(first.statementHandle ?? '');
        const next = resultOf(await get(`/${handle}?partition=${partition}`));
        for (const row of next.data ?? []) rows.push(rowOf(columns, row));
      }
      return { columns: columns.map(({ name, type }) => ({ name, type })), rows };
    },
    close: async () => {},
  };
}

function handleOf(answer: HttpAnswer): string {
  const handle = (answer.body as StatementResponse | undefined)?.statementHandle;
  if (!handle) throw unexpectedAnswer('Snowflake', answer);
  return handle;
}

function resultOf(answer: HttpAnswer): StatementResponse {
  const body = answer.body as StatementResponse | undefined;
  if (answer.status === 200 && body) return body;
  if (body?.message)
    throw new ServiceError(`Snowflake: ${body.message} (code ${body.code}, HTTP ${answer.status})`);
  throw unexpectedAnswer('Snowflake', answer);
}

interface SnowflakeColumn extends SqlColumn {
  source: string;
}

function columnOf(row: RowType): SnowflakeColumn {
  const source = row.type.toLowerCase();
  return { name: row.name, type: typeOf(source, row.scale ?? 0), source };
}

function typeOf(source: string, scale: number): SqlColumnType {
  if (source === 'fixed') return scale === 0 ? 'integer' : 'number';
  if (source === 'real') return 'number';
  if (source === 'boolean') return 'boolean';
  if (source === 'date') return 'date';
  if (source.startsWith('timestamp')) return 'datetime';
  if (source === 'text') return 'text';
  return 'other';
}

const msPerDay = 86_400_000;

/** jsonv2 cells are text: dates as days since the epoch, timestamps as `seconds.fraction[ offset]` in UTC. */
function rowOf(columns: readonly SnowflakeColumn[], row: readonly unknown[]): SqlValue[] {
  return row.map((raw, i) => {
    const column = columns[i]!;
    if (typeof raw !== 'string') return plainCell(column.type, raw);
    if (column.source === 'date') return Number(raw) * msPerDay;
    if (column.type === 'datetime') return epochMillis(raw.split(' ')[0]!);
    return plainCell(column.type, raw);
  });
}

/** `1616173619.123456789` → 1616173619123 (fraction cut to milliseconds). */
function epochMillis(seconds: string): number {
  const [whole = '0', fraction = ''] = seconds.split('.');
  const millis = Number(fraction.padEnd(3, '0').slice(0, 3));
  return Number(whole) * 1000 + (whole.startsWith('-') ? -millis : millis);
}
