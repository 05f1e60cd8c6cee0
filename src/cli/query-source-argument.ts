/**
 * A data argument on the command line that names a query source instead of a
 * file: the same `{engine, table | query, connection}` mlgate.yml takes, as a
 * YAML flow mapping (`'{engine: postgres, table: ml.train, connection: {env:
 * PG_URL}}'`), or an s3://, gs://, https:// URL (DuckDB reads it in place).
 * The connection names an environment variable, never the URL itself. The
 * sources' connections share one pool, which the command closes when it ends.
 */
import { errorMessage } from '../model/error-message.ts';
import { isRemoteFile, type QuerySource } from '../sql/query-source.ts';
import type { OpenedQuerySource } from '../workspace/sql-source.ts';
import { CliUsageError } from './cli-usage-error.ts';

/** The source an argument names, or undefined for a file path. */
export async function querySourceArgument(
  name: string,
  text: string,
): Promise<QuerySource | undefined> {
  if (isRemoteFile(text)) return { engine: 'duckdb', table: text };
  if (!text.trimStart().startsWith('{')) return undefined;
  // Only a source needs the YAML parser and the config schema: a file argument never loads them.
  const [{ parse }, { querySource }] = await Promise.all([
    import('yaml'),
    import('../config-fields/query-source.ts'),
  ]);
  let value: unknown;
  try {
    value = parse(text);
  } catch (error) {
    throw new CliUsageError(
      `${name}: not a YAML mapping (${errorMessage(error).split('\n')[0]}); write e.g. '{engine: duckdb, table: data/train.parquet}'`,
    );
  }
  const parsed = querySource.safeParse(value);
  if (!parsed.success) {
    throw new CliUsageError(
      `${name}: ${parsed.error.issues.map((issue) => issue.message).join('; ')}; write e.g. '{engine: postgres, table: ml.train, connection: {env: PG_URL}}'`,
    );
  }
  return parsed.data;
}

/** Arguments' query sources, opened (undefined for a file argument); `close` ends their connections. */
export interface OpenedArguments {
  opened: (OpenedQuerySource | undefined)[];
  close(): Promise<void>;
}

/**
 * Opens the arguments that name query sources, from the current directory.
 * The engines' code loads only when one does (start-up, issue 17).
 */
export async function openSourceArguments(
  args: readonly { name: string; text: string }[],
): Promise<OpenedArguments> {
  const sources = await Promise.all(args.map(({ name, text }) => querySourceArgument(name, text)));
  if (!sources.some(Boolean))
    return { opened: sources.map(() => undefined), close: async () => {} };
  const [{ nodeWorkspace }, { sqlConnectionPool }] = await Promise.all([
    import('../io/node-workspace.ts'),
    import('../io/sql/sql-connection-pool.ts'),
  ]);
  const pool = sqlConnectionPool();
  const workspace = nodeWorkspace(process.cwd(), undefined, undefined, { pool });
  try {
    const opened = await Promise.all(
      sources.map((source, i) => source && workspace.openQuerySource(source, args[i]!.name)),
    );
    return { opened, close: () => pool.close() };
  } catch (error) {
    await pool.close();
    throw new CliUsageError(errorMessage(error));
  }
}
