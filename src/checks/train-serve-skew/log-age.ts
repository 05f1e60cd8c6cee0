/**
 * The age of committed serving logs against the code that writes them, as git
 * tells it: logs last committed before a file of that code changed may show
 * what an older serving path computed, unless the step that writes them, run
 * now, writes them as committed. Also says what could not be told, and why.
 */

/** `features`: the `serving` key; `predictions`: `predictions.serving`. */
export type ServingRole = 'features' | 'predictions';

/** The code that writes committed logs: files git tracks, matched by the globs of `origin`. */
export interface ServingCode {
  /** The config key the globs come from: `checks.train_serve_skew.serving_code` or `steps.serve.inputs`. */
  origin: string;
  patterns: readonly string[];
  /** Each tracked file that matched, with its last commit time (null: git has none). */
  files: { path: string; changedAt: Date | null }[];
}

export interface CommittedServing {
  kind: 'committed';
  role: ServingRole;
  path: string;
  /** The step that declares the logs as an output, when one does. */
  writer?: { step: string; command: string };
  /** Undefined when neither `serving_code` nor a step says which code writes the logs. */
  code?: ServingCode;
  /** The last commit that changed the logs; null when git has none. */
  loggedAt: Date | null;
  /** Why git could not be asked about the history, when it could not. */
  gitProblem?: string;
  /**
   * Whether the writer step, run now, wrote the logs byte for byte as committed:
   * asked only when git says they are older than their code, since then their
   * content settles what their age only suggests. Undefined when not asked or
   * when the step could not run.
   */
  reproduced?: boolean;
}

type Dated = { path: string; changedAt: Date };

/** What git says about committed logs against the code that writes them. */
export type LogAge =
  | { kind: 'no git'; problem: string }
  | { kind: 'unknown code' }
  | { kind: 'no code files'; origin: string; patterns: readonly string[] }
  | { kind: 'no log history'; origin: string }
  | { kind: 'no code history'; origin: string }
  | { kind: 'current'; loggedAt: Date; newest: Dated }
  /** Older than the code in git, but the step that writes them wrote them as committed. */
  | { kind: 'reproduced'; loggedAt: Date; newest: Dated; newer: Dated[]; step: string }
  /** `newer`: the files that changed after the logs, newest first (`newest` is the first). */
  | { kind: 'older'; loggedAt: Date; newest: Dated; newer: Dated[] };

export function logAge(source: CommittedServing): LogAge {
  const { code, loggedAt, gitProblem } = source;
  if (gitProblem !== undefined) return { kind: 'no git', problem: gitProblem };
  if (code === undefined) return { kind: 'unknown code' };
  const { origin, patterns } = code;
  if (code.files.length === 0) return { kind: 'no code files', origin, patterns };
  if (loggedAt === null) return { kind: 'no log history', origin };
  const dated = code.files
    .filter((file): file is Dated => file.changedAt !== null)
    .sort((a, b) => b.changedAt.getTime() - a.changedAt.getTime());
  const newest = dated[0];
  if (newest === undefined) return { kind: 'no code history', origin };
  const newer = dated.filter((file) => file.changedAt.getTime() > loggedAt.getTime());
  if (newer.length === 0) return { kind: 'current', loggedAt, newest };
  return source.reproduced && source.writer
    ? { kind: 'reproduced', loggedAt, newest, newer, step: source.writer.step }
    : { kind: 'older', loggedAt, newest, newer };
}
