/**
 * Runs git in the repository and turns its failures into messages that say
 * what to do: a shallow checkout lacks the base commit, a directory without
 * .git can't answer questions about history.
 */
import { childProcess } from './builtins-on-use.ts';

export class GitError extends Error {
  override name = 'GitError';
}

export interface GitFailure {
  stderr: string;
  exitCode: number | null;
}

/** git's stdout as bytes; throws GitError with a fix for the usual failures. */
export async function runGit(root: string, args: readonly string[]): Promise<Buffer> {
  const result = await tryGit(root, args);
  if ('stdout' in result) return result.stdout;
  throw new GitError(explainGitFailure(args, result));
}

/** Like runGit, but hands the failure back for callers that expect some (e.g. a missing path). */
export function tryGit(
  root: string,
  args: readonly string[],
): Promise<{ stdout: Buffer } | GitFailure> {
  return new Promise((resolve, reject) => {
    childProcess().execFile(
      'git',
      [...args],
      { cwd: root, encoding: 'buffer', maxBuffer: 512 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (!error) return resolve({ stdout });
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          return reject(
            new GitError('git is not installed or not on PATH; mlgate needs it to read history'),
          );
        }
        resolve({ stderr: stderr.toString('utf8').trim(), exitCode: Number(error.code) || null });
      },
    );
  });
}

export function explainGitFailure(args: readonly string[], failure: GitFailure): string {
  const command = `git ${args.join(' ')}`;
  if (/not a git repository/i.test(failure.stderr)) {
    return `${command}: this directory is not a git repository; check out the repository (actions/checkout) before mlgate`;
  }
  if (
    /unknown revision|bad revision|invalid object name|bad object|no merge base|not a valid object name/i.test(
      failure.stderr,
    )
  ) {
    return (
      `${command}: git does not have that commit (${failure.stderr.split('\n')[0]}); ` +
      'fetch the history, e.g. actions/checkout with fetch-depth: 0'
    );
  }
  return `${command} failed: ${failure.stderr || `exit code ${failure.exitCode}`}`;
}

/** Splits `-z` output into its fields. */
export function nulFields(stdout: Buffer): string[] {
  const fields = stdout.toString('utf8').split('\0');
  if (fields.at(-1) === '') fields.pop();
  return fields;
}

/** Throws a GitError when git does not know `revision` as a commit. */
export async function verifyRevision(root: string, revision: string): Promise<void> {
  const result = await tryGit(root, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]);
  if ('stdout' in result) return;
  throw new GitError(
    `git does not know the revision "${revision}"; fetch it (actions/checkout with fetch-depth: 0) or fix the name`,
  );
}
