/**
 * The open connections of a gate run, one per engine and connection setting
 * (the engine id), so sources that name the same connection share it and one
 * statement can read them both. Whoever makes the pool closes it when the run
 * ends: a PostgreSQL socket would otherwise keep the process alive.
 */
import type { ClosableSqlConnection } from './closable-connection.ts';

export interface SqlConnectionPool {
  /** The connection for `engineId`, opened with `open` the first time (a failed open is retried next time). */
  connection(
    engineId: string,
    open: () => Promise<ClosableSqlConnection>,
  ): Promise<ClosableSqlConnection>;
  /** Closes every connection; a failure to close one does not keep the others open. */
  close(): Promise<void>;
}

export function sqlConnectionPool(): SqlConnectionPool {
  const opened = new Map<string, Promise<ClosableSqlConnection>>();
  return {
    connection(engineId, open) {
      let connection = opened.get(engineId);
      if (!connection) {
        connection = open();
        opened.set(engineId, connection);
        connection.catch(() => opened.delete(engineId));
      }
      return connection;
    },
    async close() {
      const all = [...opened.values()];
      opened.clear();
      await Promise.allSettled(all.map(async (connection) => (await connection).close()));
    },
  };
}
