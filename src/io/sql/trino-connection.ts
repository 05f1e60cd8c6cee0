/**
 * Trino through its client REST protocol: POST /v1/statement with the SQL,
 * then GET each `nextUri` until there is none, collecting `columns` and
 * `data` as they arrive (a 502/503/504 is retried, as the protocol asks).
 * Basic authentication when the URL has a password (Trino accepts it only
 * over HTTPS, the default; `?ssl=false` speaks plain HTTP for a cluster
 * without TLS, then without a password).
 * URL: `trino://user[:password]@host:port/<catalog>/<schema>`.
 * https://trino.io/docs/current/develop/client-protocol.html
 */
import { sqlDialect } from '../../sql/sql-dialect.ts';
import type { SqlColumn, SqlColumnType, SqlValue } from '../../workspace/sql-source.ts';
import type { ClosableSqlConnection } from './closable-connection.ts';
import { type ConnectionUrl, parseConnectionUrl, statementTimeoutMs } from './connection-url.ts';
import {
  checkDeadline,
  exchangeJson,
  type HttpAnswer,
  pollDelay,
  ServiceError,
  unexpectedAnswer,
} from './http-json.ts';
import { plainCell } from './plain-cell.ts';
import type { WarehouseOptions } from './warehouse-options.ts';

interface QueryResults {
  nextUri?: string;
  columns?: { name: string; type: string }[];
  data?: unknown[][];
  error?: { message?: string; errorName?: string; errorType?: string };
}

export async function openTrino(
  url: string,
  options: WarehouseOptions,
): Promise<ClosableSqlConnection> {
  const parsed = parseConnectionUrl(url, 'trino');
  const ssl = parsed.params.get('ssl') !== 'false';
  if (!parsed.user)
    throw new Error('the URL names no user: trino://user[:password]@host:port/catalog/schema');
  if (parsed.password && !ssl)
    throw new Error('Trino takes a password only over HTTPS; remove ssl=false or the password');
  const origin = `${ssl ? 'https' : 'http'}://${parsed.host}${parsed.port ? `:${parsed.port}` : ''}`;
  const headers = trinoHeaders(parsed);
  const timeoutMs = statementTimeoutMs(parsed);
  return {
    dialect: sqlDialect('trino'),
    async query(sql) {
      const started = performance.now();
      let page = resultsOf(
        await exchangeJson(options.fetch, `${origin}/v1/statement`, {
          method: 'POST',
          headers,
          body: sql,
        }),
      );
      let columns: SqlColumn[] = [];
      const rows: SqlValue[][] = [];
      for (let attempt = 0; ; ) {
        if (page.error) throw trinoError(page.error);
        if (page.columns && columns.length === 0)
          columns = page.columns.map((column) => ({
            name: column.name,
            type: typeOf(column.type.toLowerCase()),
          }));
        for (const row of page.data ?? [])
          rows.push(row.map((cell, i) => plainCell(columns[i]!.type, cell)));
        if (!page.nextUri) break;
        checkDeadline(started, timeoutMs, 'the Trino query');
        // A page without data means the query is still running: wait before asking again.
        if (!page.data?.length) await pollDelay(attempt++);
        page = await next(options, page.nextUri, headers);
      }
      return { columns, rows };
    },
    close: async () => {},
  };
}

function trinoHeaders(url: ConnectionUrl): Record<string, string> {
  const [catalog, schema] = url.path;
  const headers: Record<string, string> = {
    'x-trino-user': url.user,
    'x-trino-source': 'mlgate',
    'content-type': 'text/plain',
  };
  if (catalog) headers['x-trino-catalog'] = catalog;
  if (schema) headers['x-trino-schema'] = schema;
  if (url.password)
    headers.authorization = `Basic ${Buffer.from(`${url.user}:${url.password}`).toString('base64')}`;
  return headers;
}

/** GETs `nextUri`, retrying while the coordinator answers 502, 503 or 504. */
async function next(
  options: WarehouseOptions,
  nextUri: string,
  headers: Record<string, string>,
): Promise<QueryResults> {
  for (let attempt = 0; ; attempt++) {
    const answer = await exchangeJson(options.fetch, nextUri, { method: 'GET', headers });
    if (![502, 503, 504].includes(answer.status) || attempt >= 5) return resultsOf(answer);
    await pollDelay(attempt);
  }
}

function resultsOf(answer: HttpAnswer): QueryResults {
  const body = answer.body as QueryResults | undefined;
  if (answer.status === 200 && body) return body;
  throw unexpectedAnswer('Trino', answer);
}

function trinoError(error: NonNullable<QueryResults['error']>): ServiceError {
  const kind = [error.errorName, error.errorType].filter(Boolean).join(', ') || 'FAILED';
  return new ServiceError(`Trino: ${error.message ?? 'the query failed'} (${kind})`);
}

function typeOf(type: string): SqlColumnType {
  const base = type.replace(/\(.*$/, '');
  if (['tinyint', 'smallint', 'integer', 'bigint'].includes(base)) return 'integer';
  if (['real', 'double', 'decimal'].includes(base)) return 'number';
  if (base === 'boolean') return 'boolean';
  if (base === 'date') return 'date';
  if (base === 'timestamp') return 'datetime';
  if (base === 'varchar' || base === 'char') return 'text';
  return 'other';
}
