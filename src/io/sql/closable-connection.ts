/**
 * A connection as src/io/sql/ holds it: the port's SqlConnection plus the
 * close that only the owner of the connections (the pool) may call.
 */
import type { SqlConnection } from '../../workspace/sql-source.ts';

export interface ClosableSqlConnection extends SqlConnection {
  close(): Promise<void>;
}
