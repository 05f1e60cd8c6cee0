/**
 * BigQuery through its REST API (jobs.query, then jobs.getQueryResults while
 * the job runs and for each further page), with an OAuth access token, so the
 * action carries no Google SDK. URL: `bigquery://:<access token>@<project>?location=US`
 * (the token from google-github-actions/auth, written into the URL by the workflow).
 * https://cloud.google.com/bigquery/docs/reference/rest/v2/jobs/query
 * https://cloud.google.com/bigquery/docs/reference/rest/v2/jobs/getQueryResults
 */
import { sqlDialect } from '../../sql/sql-dialect.ts';
import type { SqlColumn, SqlColumnType, SqlValue } from '../../workspace/sql-source.ts';
import type { ClosableSqlConnection } from './closable-connection.ts';
import { parseConnectionUrl, statementTimeoutMs } from './connection-url.ts';
import {
  checkDeadline,
  exchangeJson,
  type HttpAnswer,
  ServiceError,
  unexpectedAnswer,
} from './http-json.ts';
import { plainCell } from './plain-cell.ts';
import { bearerToken, type WarehouseOptions } from './warehouse-options.ts';

const api = 'https://bigquery.googleapis.com/bigquery/v2';

interface Field {
  name: string;
  type: string;
  mode?: string;
}

interface QueryResponse {
  jobComplete?: boolean;
  jobReference?: { projectId: string; jobId: string; location?: string };
  schema?: { fields: Field[] };
  rows?: { f: { v: unknown }[] }[];
  pageToken?: string;
  error?: { message?: string; status?: string };
}

export async function openBigQuery(
  url: string,
  options: WarehouseOptions,
): Promise<ClosableSqlConnection> {
  const parsed = parseConnectionUrl(url, 'bigquery');
  const project = parsed.host;
  if (!project)
    throw new Error('the URL names no project: bigquery://:TOKEN@<project>?location=US');
  const token = bearerToken(parsed, 'bigquery://:TOKEN@<project>');
  const location = parsed.params.get('location') ?? undefined;
  const timeoutMs = statementTimeoutMs(parsed);
  const send = async (method: 'GET' | 'POST', path: string, body?: object) =>
    answerOf(
      await exchangeJson(options.fetch, `${api}/projects/${encodeURIComponent(project)}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: body && JSON.stringify(body),
      }),
    );
  return {
    dialect: sqlDialect('bigquery'),
    async query(sql) {
      const started = performance.now();
      let page = await send('POST', '/queries', {
        query: sql,
        useLegacySql: false,
        location,
        timeoutMs: 10_000,
        formatOptions: { useInt64Timestamp: true },
      });
      const results = (pageToken?: string) => {
        const search = new URLSearchParams({
          timeoutMs: '10000',
          'formatOptions.useInt64Timestamp': 'true',
        });
        const job = page.jobReference;
        if (!job) throw new ServiceError('BigQuery answered without a jobReference');
        if (job.location) search.set('location', job.location);
        if (pageToken) search.set('pageToken', pageToken);
        return send('GET', `/queries/${encodeURIComponent(job.jobId)}?${search}`);
      };
      // getQueryResults waits up to timeoutMs itself, so polling needs no pause of its own.
      while (!page.jobComplete) {
        checkDeadline(started, timeoutMs, 'the BigQuery job');
        page = await results();
      }
      const columns = (page.schema?.fields ?? []).map(columnOf);
      const rows: SqlValue[][] = [];
      for (;;) {
        for (const row of page.rows ?? [])
          rows.push(row.f.map((cell, i) => cellOf(columns[i]!, cell.v)));
        if (!page.pageToken) break;
        page = await results(page.pageToken);
      }
      return { columns: columns.map(({ name, type }) => ({ name, type })), rows };
    },
    close: async () => {},
  };
}

function answerOf(answer: HttpAnswer): QueryResponse {
  const body = answer.body as QueryResponse | undefined;
  if (answer.status === 200 && body) return body;
  if (body?.error?.message)
    throw new ServiceError(
      `BigQuery: ${body.error.message} (${body.error.status ?? answer.status})`,
    );
  throw unexpectedAnswer('BigQuery', answer);
}

interface BigQueryColumn extends SqlColumn {
  /** BigQuery's own type, for the cells whose text needs it (TIMESTAMP). */
  source: string;
}

const typeOf: Record<string, SqlColumnType> = {
  INTEGER: 'integer',
  INT64: 'integer',
  FLOAT: 'number',
  FLOAT64: 'number',
  NUMERIC: 'number',
  BIGNUMERIC: 'number',
  BOOLEAN: 'boolean',
  BOOL: 'boolean',
  DATE: 'date',
  DATETIME: 'datetime',
  TIMESTAMP: 'datetime',
  STRING: 'text',
};

function columnOf(field: Field): BigQueryColumn {
  const repeated = field.mode === 'REPEATED';
  return {
    name: field.name,
    type: repeated ? 'other' : (typeOf[field.type] ?? 'other'),
    source: repeated ? 'REPEATED' : field.type,
  };
}

/** TIMESTAMP arrives as microseconds since the epoch (useInt64Timestamp); nested cells as {v}/{f} JSON. */
function cellOf(column: BigQueryColumn, raw: unknown): SqlValue {
  if (column.source === 'TIMESTAMP' && typeof raw === 'string') return Number(BigInt(raw) / 1000n);
  return plainCell(column.type, raw);
}
