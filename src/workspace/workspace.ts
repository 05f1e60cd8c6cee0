/**
 * The file capabilities a check gets. The only implementation that touches the
 * disk is `src/io/node-workspace.ts`; tests pass fakes from `test/mocks/`.
 * Every path is as the user wrote it in mlgate.yml, relative to the repository.
 */
import type { Table, TableReadOptions } from '../data/table.ts';
import type { TableScan, TableScanOptions } from '../data/table-scan.ts';
import type {
  ChangedFile,
  CommandRequest,
  CommandResult,
  CopyRequest,
  FileDigest,
} from './infra-operations.ts';
import type { QuerySources } from './sql-source.ts';

export interface Workspace extends InfraCapabilities, QuerySources {
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

/** A scratch copy of the repository; a Workspace rooted in a temporary directory. */
export interface WorkspaceCopy extends Workspace {
  /** How the copy was made, for the report. */
  readonly description: string;
  dispose(): Promise<void>;
}

/**
 * What the infrastructure checks need beyond reading files: running a config
 * command, asking git what it tracks and what changed, hashing files, and taking
 * a scratch copy of the repository (implemented on disk by src/io/infra-capabilities.ts).
 */
export interface InfraCapabilities {
  /** How many commands may run at once without slowing each other (the machine's available parallelism). */
  readonly cores: number;
  /** Runs a config command, or refuses to (see src/infra/command-policy.ts). Never throws for a failing command. */
  runCommand(request: CommandRequest): Promise<CommandResult>;
  /** Paths git tracks at `revision` (default: the index, i.e. the checkout), `/`-separated. */
  listTrackedFiles(revision?: string): Promise<string[]>;
  /** Files that differ between the merge base of `base` and `head` (default HEAD) and `head`: a PR's diff. */
  listChangedFiles(base: string, head?: string): Promise<ChangedFile[]>;
  /** SHA-256 and size of a file in the working tree; null when it does not exist. */
  hashFile(path: string, key: string): Promise<FileDigest | null>;
  /** The same for the file at a git revision (a directory gives its tree id); null when absent there. */
  hashFileAtRevision(revision: string, path: string, key: string): Promise<FileDigest | null>;
  /** A fresh copy of the tracked files plus `include`, for running a command in isolation. */
  copyForRun(request: CopyRequest): Promise<WorkspaceCopy>;
}
