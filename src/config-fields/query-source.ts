/**
 * `{engine, table | query, connection}` in mlgate.yml: a table or a query in an
 * SQL engine read in place of a data file (src/sql/query-source.ts). The
 * connection names where its settings live, never the settings themselves.
 */
import * as z from 'zod';
import { isRemoteFile, type QuerySource } from '../sql/query-source.ts';
import { sqlEngines } from '../sql/sql-dialect.ts';

const variableName = /^[A-Za-z_][A-Za-z0-9_]*$/;

const connectionReference = z.union(
  [
    z.strictObject({
      env: z
        .string()
        .regex(variableName, { error: 'an environment variable name, e.g. MLGATE_PG_URL' })
        .describe('The environment variable holding the connection URL (fill it from a secret).'),
    }),
    z.strictObject({
      input: z
        .string()
        .regex(variableName, { error: 'a name listed in the `connections` action input' })
        .describe(
          'A name in the `connections` action input (`name=url` lines filled from secrets).',
        ),
    }),
  ],
  {
    error:
      'connection is {env: VARIABLE} or {input: NAME}: where the connection URL lives, never the URL itself',
  },
);

const base = {
  engine: z
    .enum(sqlEngines, { error: `engine is one of ${sqlEngines.join(', ')}` })
    .describe('The SQL engine that computes the aggregates.'),
  connection: connectionReference
    .optional()
    .describe('Where the connection URL lives. DuckDB needs none (it runs embedded).'),
};

export const querySource = z.union(
  [
    z.strictObject({
      ...base,
      table: z
        .string()
        .min(1)
        .describe(
          'A table (`schema.table`); for duckdb also a data file in the repository or an s3://, gs://, https:// URL.',
        ),
    }),
    z.strictObject({
      ...base,
      query: z.string().min(1).describe('A SELECT whose rows are the data.'),
    }),
  ],
  { error: 'a query source is {engine, table} or {engine, query}, with an optional connection' },
) satisfies z.ZodType<QuerySource>;

/**
 * A data file on object storage or the web (`s3://…`, `gs://…`, `https://…`)
 * written as a plain path: DuckDB, the default engine for such files, reads it
 * in place. Put it before any repository-path schema in a union (those accept any text).
 */
export const remoteDataFile = z
  .string()
  .refine(isRemoteFile, { error: 'a URL: s3://, gs://, https:// …' })
  .transform((url): QuerySource => ({ engine: 'duckdb', table: url }))
  .describe(
    'A Parquet, CSV or JSON file at an s3://, gs:// or https:// URL, read in place by DuckDB.',
  );
