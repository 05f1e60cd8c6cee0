/**
 * Opens a warehouse source the way a gate run does (querySourcesOnDisk, the
 * URL in an environment variable) against a stand-in server, so the tests
 * see the redacted errors the checks see.
 */
import { querySourcesOnDisk } from '../../../src/io/sql/query-sources-on-disk.ts';
import type { SqlEngine } from '../../../src/sql/sql-dialect.ts';
import type { OpenedQuerySource } from '../../../src/workspace/sql-source.ts';
import type { StandInServer } from './stand-in-server.ts';

export const sourceKey = 'checks.drift.reference';

export function openWarehouseSource(
  server: StandInServer,
  engine: SqlEngine,
  url: string,
): Promise<OpenedQuerySource> {
  const sources = querySourcesOnDisk({
    resolve: () => {
      throw new Error('warehouse sources resolve no file');
    },
    environment: { MLGATE_WAREHOUSE_URL: url },
    clients: { fetch: server.fetch },
  });
  return sources.openQuerySource(
    { engine, table: 'ml.features', connection: { env: 'MLGATE_WAREHOUSE_URL' } },
    sourceKey,
  );
}
