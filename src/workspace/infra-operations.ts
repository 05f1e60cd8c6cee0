/**
 * What the infrastructure capabilities of a `Workspace` (src/workspace/workspace.ts)
 * take and give: a config command to run and its result, git's changed files,
 * file digests and copy requests. On disk they are implemented in src/io/
 * (run-command.ts, git-*.ts, workspace-copy.ts).
 */
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
