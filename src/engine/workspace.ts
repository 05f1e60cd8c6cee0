/**
 * The file capabilities a check gets. The only implementation that touches the
 * disk is `src/io/node-workspace.ts`; tests pass fakes from `test/mocks/`.
 * Every path is as the user wrote it in mlgate.yml, relative to the repository.
 */
import type { Table, TableReadOptions } from '../data/table.ts';
import type { TableScan, TableScanOptions } from '../data/table-scan.ts';
import type { InfraCapabilities } from '../infra/infra-workspace.ts';

/** The infra capabilities (commands, git, hashes, copies) are implemented on disk by src/io/infra-capabilities.ts. */
export interface Workspace extends InfraCapabilities {
  /** Absolute path of the repository (the working directory). */
  readonly root: string;
  /** Throws a ConfigPathError naming `key` when the path escapes the repository. */
  resolve(path: string, key: string): string;
  exists(path: string, key: string): Promise<boolean>;
  readText(path: string, key: string): Promise<string>;
  readTable(path: string, key: string, options?: TableReadOptions): Promise<Table>;
  /** Typed columns for statistics (src/data/table-scan.ts); memory grows with the columns read, not the file. */
  scanTable(path: string, key: string, options?: TableScanOptions): Promise<TableScan>;
  /** The file's text at a git revision, or null when it did not exist there. */
  readTextAtRevision(revision: string, path: string, key: string): Promise<string | null>;
  /** When the last git commit that changed the file was made (committer time), or null when git has none. */
  commitTimeOf(path: string, key: string): Promise<Date | null>;
}
