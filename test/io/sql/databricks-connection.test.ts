/**
 * Databricks' Statement Execution API 2.0 as documented, served by a stand-in
 * on 127.0.0.1 (https://docs.databricks.com/api/workspace/statementexecution/executestatement,
 * .../getstatement, .../getstatementresultchunkn): a PENDING statement polled
 * until SUCCEEDED, INLINE JSON_ARRAY results (every cell a string) in two
 * chunks joined by next_chunk_internal_link, a FAILED statement and an HTTP error body.
 */
import { describe, expect, it } from 'vitest';
import { leakedSecrets, standInPerTest } from './stand-in-server.ts';
import { openWarehouseSource, sourceKey } from './warehouse-source.ts';

const pat = 'dapi0123456789abcdef-SECRET';
const url = `databricks://token:${pat}@adb-1234567890123456.7.azuredatabricks.net/abc123def456?catalog=main&schema=ml`;
const id = '01ef-statement-7';

const manifest = {
  format: 'JSON_ARRAY',
  schema: {
    column_count: 6,
    columns: [
      { name: 'n', type_name: 'LONG', type_text: 'BIGINT', position: 0 },
      { name: 'mean', type_name: 'DOUBLE', type_text: 'DOUBLE', position: 1 },
      { name: 'day', type_name: 'DATE', type_text: 'DATE', position: 2 },
      { name: 'at', type_name: 'TIMESTAMP', type_text: 'TIMESTAMP', position: 3 },
      { name: 'species', type_name: 'STRING', type_text: 'STRING', position: 4 },
      { name: 'ok', type_name: 'BOOLEAN', type_text: 'BOOLEAN', position: 5 },
    ],
  },
  total_chunk_count: 2,
  total_row_count: 2,
  truncated: false,
};

const startStandIn = standInPerTest();

describe('Databricks through the Statement Execution API', () => {
  it('polls a pending statement, follows the chunk links and converts the cells', async () => {
    const server = await startStandIn((request) => {
      if (request.method === 'POST')
        return { body: { statement_id: id, status: { state: 'PENDING' } } };
      if (request.url.endsWith('/result/chunks/1'))
        return {
          body: {
            chunk_index: 1,
            row_offset: 1,
            row_count: 1,
            data_array: [['9007199254740993', 'Infinity', null, null, 'Gentoo', 'false']],
          },
        };
      return {
        body: {
          statement_id: id,
          status: { state: 'SUCCEEDED' },
          manifest,
          result: {
            chunk_index: 0,
            row_offset: 0,
            row_count: 1,
            data_array: [
              [
                '344',
                '4201.754385964912',
                '2012-01-31',
                '2012-01-31T00:00:00.123Z',
                'Adelie',
                'true',
              ],
            ],
            next_chunk_index: 1,
            next_chunk_internal_link: `/api/2.0/sql/statements/${id}/result/chunks/1`,
          },
        },
      };
    });
    const source = await openWarehouseSource(server, 'databricks', url);
    const result = await source.connection.query('SELECT 1');
    expect(result.columns.map((column) => column.type)).toEqual([
      'integer',
      'number',
      'date',
      'datetime',
      'text',
      'boolean',
    ]);
    expect(result.rows).toEqual([
      [344, 4201.754385964912, Date.UTC(2012, 0, 31), Date.UTC(2012, 0, 31) + 123, 'Adelie', true],
      ['9007199254740993', Number.POSITIVE_INFINITY, null, null, 'Gentoo', false],
    ]);
    const [post, poll, chunk] = server.requests;
    expect(post!.url).toBe('/api/2.0/sql/statements/');
    expect(post!.headers.authorization).toBe(`Bearer ${pat}`);
    expect(JSON.parse(post!.body)).toMatchObject({
      statement: 'SELECT 1',
      warehouse_id: 'abc123def456',
      catalog: 'main',
      schema: 'ml',
      disposition: 'INLINE',
      format: 'JSON_ARRAY',
    });
    expect(poll!.url).toBe(`/api/2.0/sql/statements/${id}`);
    expect(chunk!.url).toBe(`/api/2.0/sql/statements/${id}/result/chunks/1`);
    expect(source.relation).toBe('`ml`.`features`');
  });

  it('reports a FAILED statement with the key and the fix, and never the token', async () => {
    const server = await startStandIn((request) => ({
      body: {
        statement_id: id,
        status: {
          state: 'FAILED',
          error: {
            error_code: 'BAD_REQUEST',
            message: `[TABLE_OR_VIEW_NOT_FOUND] The table or view \`ml\`.\`features\` cannot be found. (${request.headers.authorization})`,
          },
        },
      },
    }));
    const source = await openWarehouseSource(server, 'databricks', url);
    const error = await source.connection
      .query('SELECT * FROM ml.features')
      .catch((failure) => failure);
    expect(error.message).toContain(
      `${sourceKey}: databricks: Databricks: the statement FAILED: [TABLE_OR_VIEW_NOT_FOUND]`,
    );
    expect(error.message).toContain('(BAD_REQUEST)');
    expect(leakedSecrets(error, [pat, url, `token:${pat}`])).toEqual([]);
  });

  it('reports an HTTP error body (a bad token) without the token', async () => {
    const server = await startStandIn((request) => ({
      status: 403,
      body: {
        error_code: 'PERMISSION_DENIED',
        message: `Invalid access token ${request.headers.authorization?.slice(7)}`,
      },
    }));
    const source = await openWarehouseSource(server, 'databricks', url);
    const error = await source.connection.query('SELECT 1').catch((failure) => failure);
    expect(error.message).toContain('Databricks: Invalid access token *** (PERMISSION_DENIED)');
    expect(error.message).toContain('personal access token');
    expect(leakedSecrets(error, [pat, url])).toEqual([]);
  });
});
