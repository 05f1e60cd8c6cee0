/**
 * Databricks SQL through the Statement Execution API 2.0 (POST
 * /api/2.0/sql/statements with disposition INLINE and format JSON_ARRAY; the
 * statement is polled while PENDING or RUNNING, and further chunks follow
 * next_chunk_internal_link), with a personal access token, so the action
 * carries no Databricks driver.
 * URL: `databricks://token:<pat>@<workspace host>/<warehouse id>?catalog=…&schema=…`.
 * https://docs.databricks.com/api/workspace/statementexecution
 * https://docs.databricks.com/en/dev-tools/sql-execution-tutorial.html
 */
import { sqlDialect } from '../../sql/sql-dialect.ts';
import type { SqlColumnType, SqlValue } from '../../workspace/sql-source.ts';
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

interface ResultData {
  data_array?: unknown[][];
  next_chunk_internal_link?: string;
}

interface StatementResponse {
  statement_id: string;
  status: { state: string; error?: { error_code?: string; message?: string } };
  manifest?: {
    schema?: { columns?: { name: string; type_name: string }[] };
    truncated?: boolean;
  };
  result?: ResultData;
}

export async function openDatabricks(
  url: string,
  options: WarehouseOptions,
): Promise<ClosableSqlConnection> {
  const parsed = parseConnectionUrl(url, 'databricks');
  const token = bearerToken(parsed, 'databricks://token:<PAT>@<host>/<warehouse id>');
  const warehouseId = parsed.path[0];
  if (!warehouseId)
    throw new Error(
      'the URL names no SQL warehouse: databricks://token:<PAT>@<host>/<warehouse id>',
    );
  const timeoutMs = statementTimeoutMs(parsed);
  const origin = `https://${parsed.host}${parsed.port ? `:${parsed.port}` : ''}`;
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const send = async (method: 'GET' | 'POST', path: string, body?: object) =>
    answerOf<StatementResponse & ResultData>(
      await exchangeJson(options.fetch, `${origin}${path}`, {
        method,
        headers,
        body: body && JSON.stringify(body),
      }),
    );
  return {
    dialect: sqlDialect('databricks'),
    async query(sql) {
      const started = performance.now();
      let statement: StatementResponse = await send('POST', '/api/2.0/sql/statements/', {
        statement: sql,
        warehouse_id: warehouseId,
        catalog: parsed.params.get('catalog') ?? undefined,
        schema: parsed.params.get('schema') ?? undefined,
        disposition: 'INLINE',
        format: 'JSON_ARRAY',
        wait_timeout: '30s',
        on_wait_timeout: 'CONTINUE',
      });
      for (let attempt = 0; ['PENDING', 'RUNNING'].includes(statement.status.state); attempt++) {
        checkDeadline(started, timeoutMs, 'the Databricks statement');
        await pollDelay(attempt);
        statement = await send('GET', `/api/2.0/sql/statements/${statement.statement_id}`);
      }
      const succeeded = finished(statement);
      const columns = (succeeded.manifest?.schema?.columns ?? []).map((column) => ({
        name: column.name,
        type: typeOf[column.type_name] ?? 'other',
      }));
      const rows: SqlValue[][] = [];
      let chunk: ResultData | undefined = succeeded.result;
      while (chunk) {
        for (const row of chunk.data_array ?? [])
          rows.push(row.map((cell, i) => plainCell(columns[i]!.type, cell)));
        const link = chunk.next_chunk_internal_link;
        chunk = link ? await send('GET', link) : undefined;
      }
      return { columns, rows };
    },
    close: async () => {},
  };
}

function answerOf<T>(answer: HttpAnswer): T {
  const body = answer.body as { error_code?: string; message?: string } | undefined;
  if (answer.status === 200 && body) return body as T;
  if (body?.message)
    throw new ServiceError(
      `Databricks: ${body.message} (${body.error_code ?? `HTTP ${answer.status}`})`,
    );
  throw unexpectedAnswer('Databricks', answer);
}

function finished(statement: StatementResponse): StatementResponse {
  const { state, error } = statement.status;
  if (state !== 'SUCCEEDED')
    throw new ServiceError(
      `Databricks: the statement ${state}: ${error?.message ?? 'no message'} (${error?.error_code ?? state})`,
    );
  if (statement.manifest?.truncated)
    throw new ServiceError('Databricks: the result was cut at the INLINE limit (25 MiB)');
  return statement;
}

const typeOf: Record<string, SqlColumnType> = {
  BYTE: 'integer',
  SHORT: 'integer',
  INT: 'integer',
  LONG: 'integer',
  FLOAT: 'number',
  DOUBLE: 'number',
  DECIMAL: 'number',
  BOOLEAN: 'boolean',
  DATE: 'date',
  TIMESTAMP: 'datetime',
  TIMESTAMP_NTZ: 'datetime',
  STRING: 'text',
  CHAR: 'text',
};
