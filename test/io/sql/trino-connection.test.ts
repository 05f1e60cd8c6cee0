/**
 * Trino's client REST protocol as documented, served by a stand-in on
 * 127.0.0.1 (https://trino.io/docs/current/develop/client-protocol.html):
 * POST /v1/statement, then nextUri until there is none, with the columns and
 * the data arriving on later pages, a 503 retried, and a FAILED query's error object.
 */
import { describe, expect, it } from 'vitest';
import { leakedSecrets, standInPerTest } from './stand-in-server.ts';
import { openWarehouseSource, sourceKey } from './warehouse-source.ts';

const password = 'tr1no-S3CRET:pass';
const columns = [
  { name: 'n', type: 'bigint' },
  { name: 'mean', type: 'double' },
  { name: 'ratio', type: 'decimal(10,2)' },
  { name: 'day', type: 'date' },
  { name: 'at', type: 'timestamp(3)' },
  { name: 'at_tz', type: 'timestamp(3) with time zone' },
  { name: 'species', type: 'varchar' },
  { name: 'ok', type: 'boolean' },
];

const startStandIn = standInPerTest();

describe('Trino through the client protocol', () => {
  it('follows nextUri through queued, running and data pages, retrying a 503', async () => {
    let retried = false;
    const server = await startStandIn((request, origin) => {
      const page = (n: number) => `${origin}/v1/statement/executing/q1/token/${n}`;
      const stats = (state: string) => ({ state, queued: state === 'QUEUED' });
      if (request.method === 'POST')
        return {
          body: {
            id: 'q1',
            nextUri: `${origin}/v1/statement/queued/q1/token/1`,
            stats: stats('QUEUED'),
          },
        };
      if (request.url.includes('/queued/'))
        return { body: { id: 'q1', nextUri: page(2), stats: stats('RUNNING') } };
      if (request.url.endsWith('/2') && !retried) {
        retried = true;
        return { status: 503, body: 'Service Unavailable' };
      }
      if (request.url.endsWith('/2'))
        return {
          body: {
            id: 'q1',
            nextUri: page(3),
            columns,
            data: [
              [
                344,
                4201.754385964912,
                '0.25',
                '2012-01-31',
                '2012-01-31 00:00:00.123',
                '2012-01-31 01:00:00.000 +01:00',
                'Adelie',
                true,
              ],
            ],
            stats: stats('RUNNING'),
          },
        };
      return {
        body: {
          id: 'q1',
          columns,
          data: [[null, 'NaN', null, null, null, '1970-01-01 00:00:00.000 UTC', null, false]],
          stats: stats('FINISHED'),
        },
      };
    });
    const url = `trino://mlgate:${encodeURIComponent(password)}@trino.example.com:443/hive/ml`;
    const source = await openWarehouseSource(server, 'trino', url);
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
      [null, Number.NaN, null, null, null, 0, null, false],
    ]);
    const [post] = server.requests;
    expect(post!.url).toBe('/v1/statement');
    expect(post!.body).toBe('SELECT 1');
    expect(post!.headers).toMatchObject({
      'x-trino-user': 'mlgate',
      'x-trino-catalog': 'hive',
      'x-trino-schema': 'ml',
      authorization: `Basic ${Buffer.from(`mlgate:${password}`).toString('base64')}`,
    });
    expect(server.requests.map((request) => request.url.replace(/.*\//, ''))).toEqual([
      'statement',
      '1',
      '2',
      '2',
      '3',
    ]);
    expect(source.relation).toBe('"ml"."features"');
  });

  it('reports a failed query with the key and the fix, and never the password', async () => {
    const server = await startStandIn((request, origin) => ({
      body:
        request.method === 'POST'
          ? {
              id: 'q2',
              nextUri: `${origin}/v1/statement/executing/q2/x/1`,
              stats: { state: 'QUEUED' },
            }
          : {
              id: 'q2',
              stats: { state: 'FAILED' },
              error: {
                message: `line 1:15: Table 'hive.ml.features' does not exist (${request.headers.authorization})`,
                errorCode: 46,
                errorName: 'TABLE_NOT_FOUND',
                errorType: 'USER_ERROR',
              },
            },
    }));
    const url = `trino://mlgate:${encodeURIComponent(password)}@trino.example.com:443/hive/ml`;
    const source = await openWarehouseSource(server, 'trino', url);
    const error = await source.connection
      .query('SELECT * FROM features')
      .catch((failure) => failure);
    expect(error.message).toContain(
      `${sourceKey}: trino: Trino: line 1:15: Table 'hive.ml.features' does not exist`,
    );
    expect(error.message).toContain('(TABLE_NOT_FOUND, USER_ERROR)');
    const basic = Buffer.from(`mlgate:${password}`).toString('base64');
    // The Basic header is the user:password pair in base64: redacted too.
    expect(leakedSecrets(error, [password, url, `mlgate:${password}`, basic])).toEqual([]);
  });

  it('speaks plain HTTP with ssl=false, and refuses a password there', async () => {
    const server = await startStandIn(() => ({
      body: { id: 'q3', columns: [{ name: 'one', type: 'integer' }], data: [[1]] },
    }));
    const port = new URL(server.origin).port;
    const plain = await openWarehouseSource(
      server,
      'trino',
      `trino://mlgate@127.0.0.1:${port}/memory/default?ssl=false`,
    );
    expect((await plain.connection.query('SELECT 1 AS one')).rows).toEqual([[1]]);
    const refused = await openWarehouseSource(
      server,
      'trino',
      `trino://mlgate:${password}@127.0.0.1:${port}/memory?ssl=false`,
    ).catch((failure) => failure);
    expect(refused.message).toContain('Trino takes a password only over HTTPS');
    expect(leakedSecrets(refused, [password])).toEqual([]);
  });
});
