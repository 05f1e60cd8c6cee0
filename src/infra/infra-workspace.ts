/**
 * The capabilities the infrastructure checks need beyond reading files:
 * running a config command, asking git what it tracks and what changed,
 * hashing files, and taking a scratch copy of the repository. They are part of
 * the `Workspace` contract (src/engine/workspace.ts); on disk they are
 * implemented in src/io/ (run-command.ts, git-*.ts, workspace-copy.ts).
 */
import type { Workspace } from '../engine/workspace.ts';

export interface CommandRequest {
  /** A shell command line from mlgate.yml (untrusted: it comes from the PR). */
  command: string;
  /** The config key it came from, for messages, e.g. `checks.canary.command`. */
  key: string;
  /** Killed (with its whole process group) after this long. */
  timeoutMs: number;
  /** Relative to the workspace root; default the root. */
  workingDirectory?: string;
  /** Extra environment variables (never tokens: those are dropped). */
  env?: Readonly<Record<string, string>>;
}

export type CommandResult =
  | { outcome: 'refused'; reason: string }
  | {
      outcome: 'completed';
      /** null when the process ended by a signal or was killed on timeout. */
      exitCode: number | null;
      signal: string | null;
      timedOut: boolean;
      durationMs: number;
      /** Bytes written to stdout and stderr together. */
      outputBytes: number;
      /** The last lines of stdout and stderr, interleaved as written. */
      logTail: string;
      /** Where the whole log was written, when it was. */
      logPath?: string;
    };

export type ChangeStatus = 'added' | 'modified' | 'deleted' | 'type-changed';

export interface ChangedFile {
  path: string;
  status: ChangeStatus;
}

export type FileDigest =
  | {
      kind: 'file';
      sha256: string;
      bytes: number;
      gitObject?: string;
      /** Last modification time, for files in the working tree. */
      modifiedMs?: number;
    }
  | { kind: 'directory'; gitObject: string };

export interface CopyRequest {
  /** Config key, for messages. */
  key: string;
  /**
   * Paths (files or directories) to copy besides what git tracks: data or
   * models the command needs that are ignored by .gitignore.
   */
  include: readonly string[];
}

/** A scratch copy of the repository; a Workspace rooted in a temporary directory. */
export interface WorkspaceCopy extends Workspace {
  /** How the copy was made, for the report. */
  readonly description: string;
  dispose(): Promise<void>;
}

export interface InfraCapabilities {
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
