/**
 * BigQuery's REST API as documented, served by a stand-in on 127.0.0.1:
 * jobs.query (https://cloud.google.com/bigquery/docs/reference/rest/v2/jobs/query)
 * answering jobComplete: false, jobs.getQueryResults
 * (https://cloud.google.com/bigquery/docs/reference/rest/v2/jobs/getQueryResults)
 * answering in two pages, TIMESTAMP as int64 microseconds (formatOptions.useInt64Timestamp),
 * and the error body of https://cloud.google.com/bigquery/docs/error-messages.
 */
import { describe, expect, it } from 'vitest';
import { leakedSecrets, standInPerTest } from './stand-in-server.ts';
import { openWarehouseSource, sourceKey } from './warehouse-source.ts';

const token = 'ya29.a0Af-SECRET_tok/en+7';
const url = `bigquery://:${encodeURIComponent(token)}@my-project?location=EU`;
const secrets = [token, url];

const schema = {
  fields: [
    { name: 'n', type: 'INTEGER', mode: 'NULLABLE' },
    { name: 'mean', type: 'FLOAT', mode: 'NULLABLE' },
    { name: 'day', type: 'DATE', mode: 'NULLABLE' },
    { name: 'at', type: 'TIMESTAMP', mode: 'NULLABLE' },
    { name: 'species', type: 'STRING', mode: 'NULLABLE' },
    { name: 'ok', type: 'BOOLEAN', mode: 'NULLABLE' },
    { name: 'tags', type: 'STRING', mode: 'REPEATED' },
  ],
};
const row = (...cells: unknown[]) => ({ f: cells.map((v) => ({ v })) });

const startStandIn = standInPerTest();

describe('BigQuery through jobs.query and jobs.getQueryResults', () => {
  it('polls an unfinished job, reads every page and converts the cells', async () => {
    let polls = 0;
    const server = await startStandIn((request) => {
      if (request.method === 'POST')
        return {
          body: {
            kind: 'bigquery#queryResponse',
            jobReference: { projectId: 'my-project', jobId: 'job_7', location: 'EU' },
            jobComplete: false,
          },
        };
      const page = new URL(request.url, 'http://x').searchParams.get('pageToken');
      if (page === null && ++polls === 1)
        return {
          body: {
            kind: 'bigquery#getQueryResultsResponse',
            jobComplete: false,
            jobReference: { projectId: 'my-project', jobId: 'job_7', location: 'EU' },
          },
        };
      if (page === null)
        return {
          body: {
            kind: 'bigquery#getQueryResultsResponse',
            jobReference: { projectId: 'my-project', jobId: 'job_7', location: 'EU' },
            jobComplete: true,
            totalRows: '3',
            schema,
            pageToken: 'BFX2',
            rows: [
              row('344', '4201.754385964912', '2012-01-31', '1327968000123000', 'Adelie', 'true', [
                { v: 'a' },
              ]),
              row(null, 'NaN', null, null, null, 'false', []),
            ],
          },
        };
      return {
        body: {
          kind: 'bigquery#getQueryResultsResponse',
          jobComplete: true,
          totalRows: '3',
          schema,
          rows: [row('9007199254740993', '-Infinity', '1970-01-01', '0', 'Gentoo', null, [])],
        },
      };
    });
    const source = await openWarehouseSource(server, 'bigquery', url);
    const result = await source.connection.query('SELECT 1');
    expect(result.columns.map((column) => column.type)).toEqual([
      'integer',
      'number',
      'date',
      'datetime',
      'text',
      'boolean',
      'other',
    ]);
    expect(result.rows).toEqual([
      [
        344,
        4201.754385964912,
        Date.UTC(2012, 0, 31),
        Date.UTC(2012, 0, 31) + 123,
        'Adelie',
        true,
        '[{"v":"a"}]',
      ],
      [null, Number.NaN, null, null, null, false, '[]'],
      ['9007199254740993', Number.NEGATIVE_INFINITY, 0, 0, 'Gentoo', null, '[]'],
    ]);
    const [post, ...gets] = server.requests;
    expect(post!.url).toBe('/bigquery/v2/projects/my-project/queries');
    expect(post!.headers.authorization).toBe(`Bearer ${token}`);
    expect(JSON.parse(post!.body)).toMatchObject({
      query: 'SELECT 1',
      useLegacySql: false,
      location: 'EU',
    });
    expect(gets.map((get) => new URL(get.url, 'http://x').searchParams.get('pageToken'))).toEqual([
      null,
      null,
      'BFX2',
    ]);
    expect(gets[0]!.url).toMatch(
      /^\/bigquery\/v2\/projects\/my-project\/queries\/job_7\?.*location=EU/,
    );
    expect(source.engineId).toBe('bigquery:env:MLGATE_WAREHOUSE_URL');
    expect(source.relation).toBe('`ml`.`features`');
  });

  it("reports BigQuery's error with the key and the fix, and never the token", async () => {
    // A hostile service that echoes the credentials it got: the redaction must still hold.
    const server = await startStandIn((request) => ({
      status: 400,
      body: {
        error: {
          code: 400,
          message: `Syntax error: Unexpected identifier "SELEC" at [1:1] (sent with ${request.headers.authorization})`,
          errors: [{ message: 'Syntax error', domain: 'global', reason: 'invalidQuery' }],
          status: 'INVALID_ARGUMENT',
        },
      },
    }));
    const source = await openWarehouseSource(server, 'bigquery', url);
    const error = await source.connection.query('SELEC 1').catch((failure) => failure);
    expect(error.message).toContain(`${sourceKey}: bigquery: BigQuery: Syntax error`);
    expect(error.message).toContain('INVALID_ARGUMENT');
    expect(error.message).toContain('check the table or query');
    expect(leakedSecrets(error, secrets)).toEqual([]);
  });

  it('refuses a URL without a token, naming the form', async () => {
    const server = await startStandIn(() => ({ body: {} }));
    const error = await openWarehouseSource(server, 'bigquery', 'bigquery://my-project').catch(
      (failure) => failure,
    );
    expect(error.message).toMatch(
      /checks\.drift\.reference: bigquery \(connection from environment variable MLGATE_WAREHOUSE_URL\): the connection URL has no token/,
    );
  });
});
