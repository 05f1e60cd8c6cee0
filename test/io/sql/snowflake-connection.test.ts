/**
 * Snowflake's SQL API v2 as documented, served by a stand-in on 127.0.0.1:
 * a 202 "Asynchronous execution in progress" answer polled on the statement's
 * URL (https://docs.snowflake.com/en/developer-guide/sql-api/submitting-requests),
 * a 200 result in jsonv2 with two partitions fetched with ?partition=N, dates
 * as days and timestamps as seconds.fraction, and a 422 error
 * (https://docs.snowflake.com/en/developer-guide/sql-api/handling-responses).
 */
import { describe, expect, it } from 'vitest';
import { leakedSecrets, standInPerTest } from './stand-in-server.ts';
import { openWarehouseSource, sourceKey } from './warehouse-source.ts';

const token = 'ver:1-hint:42-ETMsDgAAAY-PAT-SECRET';
const url = `snowflake://:${token}@xy12345.eu-central-1.snowflakecomputing.com/ANALYTICS/ML?warehouse=GATE_WH&role=MLGATE&token_type=PROGRAMMATIC_ACCESS_TOKEN`;
const handle = '01b2c3d4-0000-1111-0000-00000000abcd';

const rowType = [
  { name: 'N', type: 'fixed', scale: 0, precision: 18, nullable: false },
  { name: 'MEAN', type: 'real', nullable: true },
  { name: 'RATIO', type: 'fixed', scale: 2, precision: 10, nullable: true },
  { name: 'DAY', type: 'date', nullable: true },
  { name: 'AT', type: 'timestamp_ntz', nullable: true },
  { name: 'AT_TZ', type: 'timestamp_tz', nullable: true },
  { name: 'SPECIES', type: 'text', nullable: true },
  { name: 'OK', type: 'boolean', nullable: true },
];

const startStandIn = standInPerTest();

describe('Snowflake through the SQL API v2', () => {
  it('polls a running statement, reads every partition and converts the cells', async () => {
    const server = await startStandIn((request) => {
      if (request.method === 'POST')
        return {
          status: 202,
          body: {
            code: '333334',
            message:
              'Asynchronous execution in progress. Use provided query id to perform query monitoring and management.',
            statementHandle: handle,
            statementStatusUrl: `/api/v2/statements/${handle}`,
          },
        };
      if (request.url.endsWith('?partition=1'))
        return {
          body: { data: [['-3', '-1.5e-3', null, '-1', '-1.500000000', null, 'Gentoo', 'false']] },
        };
      return {
        body: {
          resultSetMetaData: {
            numRows: 2,
            format: 'jsonv2',
            partitionInfo: [
              { rowCount: 1, uncompressedSize: 120 },
              { rowCount: 1, uncompressedSize: 120 },
            ],
            rowType,
          },
          data: [
            [
              '344',
              '4201.754385964912',
              '0.25',
              '15370',
              '1327968000.123456789',
              '1327968000.000000000 1500',
              'Adelie',
              'true',
            ],
          ],
          code: '090001',
          statementStatusUrl: `/api/v2/statements/${handle}`,
          sqlState: '00000',
          statementHandle: handle,
          message: 'Statement executed successfully.',
        },
      };
    });
    const source = await openWarehouseSource(server, 'snowflake', url);
    const result = await source.connection.query('SELECT 1');
    expect(result.columns.map((column) => column.type)).toEqual([
      'integer',
      'number',
      'number',
      'date',
      'datetime',
      'datetime',
      'text',
      'boolean',
    ]);
    expect(result.rows).toEqual([
      [
        344,
        4201.754385964912,
        0.25,
        Date.UTC(2012, 0, 31),
        Date.UTC(2012, 0, 31) + 123,
        Date.UTC(2012, 0, 31),
        'Adelie',
        true,
      ],
      [-3, -0.0015, null, -86_400_000, -1500, null, 'Gentoo', false],
    ]);
    const [post, status, partition] = server.requests;
    expect(post!.url).toBe('/api/v2/statements');
    expect(post!.headers.authorization).toBe(`Bearer ${token}`);
    expect(post!.headers['x-snowflake-authorization-token-type']).toBe('PROGRAMMATIC_ACCESS_TOKEN');
    expect(JSON.parse(post!.body)).toMatchObject({
      statement: 'SELECT 1',
      database: 'ANALYTICS',
      schema: 'ML',
      warehouse: 'GATE_WH',
      role: 'MLGATE',
    });
    expect(status!.url).toBe(`/api/v2/statements/${handle}`);
    expect(partition!.url).toBe(`/api/v2/statements/${handle}?partition=1`);
    expect(source.relation).toBe('"ml"."features"');
  });

  it('reports a compilation error with the key and the fix, and never the token', async () => {
    const server = await startStandIn((request) => ({
      status: 422,
      body: {
        code: '002003',
        message: `SQL compilation error:\nObject 'ML.FEATURES' does not exist or not authorized. ${request.headers.authorization}`,
        sqlState: '02000',
        statementHandle: handle,
      },
    }));
    const source = await openWarehouseSource(server, 'snowflake', url);
    const error = await source.connection
      .query('SELECT * FROM ml.features')
      .catch((failure) => failure);
    expect(error.message).toContain(`${sourceKey}: snowflake: Snowflake: SQL compilation error`);
    expect(error.message).toContain('code 002003, HTTP 422');
    expect(leakedSecrets(error, [token, url])).toEqual([]);
  });

  it('says what a non-JSON answer was (a proxy page), without the token', async () => {
    const server = await startStandIn((request) => ({
      status: 502,
      body: `<html>Bad gateway for ${request.headers.authorization}</html>`,
    }));
    const source = await openWarehouseSource(server, 'snowflake', url);
    const error = await source.connection.query('SELECT 1').catch((failure) => failure);
    expect(error.message).toContain(
      'Snowflake answered HTTP 502: <html>Bad gateway for Bearer ***</html>',
    );
    expect(leakedSecrets(error, [token, url])).toEqual([]);
  });
});
