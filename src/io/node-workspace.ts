/**
 * The Workspace on disk: the repository (the working directory) as checks see
 * it. Every path comes from mlgate.yml, so each is resolved against the root
 * and refused when it escapes it, symlinks included. The workspace's table
 * scans share one FileScanScheduler (src/io/file-scan-scheduler.ts), so checks
 * that scan files at the same time share the scan threads.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { Workspace } from '../workspace/workspace.ts';
import { readFile, realpath } from './async-fs.ts';
import { FileScanScheduler } from './file-scan-scheduler.ts';
import { explainGitFailure, tryGit } from './git-command.ts';
import { type CommandOptions, infraCapabilities } from './infra-capabilities.ts';
import { readTableFile } from './read-table-file.ts';
import { scanTableFile } from './scan-table.ts';
import { querySourcesOnDisk } from './sql/query-sources-on-disk.ts';
import { type SqlConnectionPool, sqlConnectionPool } from './sql/sql-connection-pool.ts';

export class WorkspacePathError extends Error {
  override name = 'WorkspacePathError';
}

/** Query sources' settings: the `connections` input, and the pool of open connections the caller closes. */
export interface WorkspaceConnections {
  connections?: Readonly<Record<string, string>>;
  pool?: SqlConnectionPool;
}

/**
 * `commands` decides whether config commands may run (src/infra/command-policy.ts);
 * the default is a local run, where the code is the user's own. `scans`
 * schedules the workspace's table scans; copies of the workspace share it.
 * `sql` holds the query sources' connections; copies share its pool, and whoever
 * passes the pool closes it after the run (a pool made here is never closed).
 */
export function nodeWorkspace(
  rootDirectory: string,
  commands: CommandOptions = { eventName: 'local', allowUntrustedCommands: false },
  scans: FileScanScheduler = new FileScanScheduler(),
  sql: WorkspaceConnections = {},
): Workspace {
  const root = realpathSync(path.resolve(rootDirectory));
  const { resolve, repoPath, real, refuseOutside } = rootedPaths(root);
  const shared = { ...sql, pool: sql.pool ?? sqlConnectionPool() };
  const { openQuerySource, largeFileSource } = querySourcesOnDisk({ ...shared, resolve });
  return {
    ...infraCapabilities({
      ...commands,
      root,
      resolve,
      open: (copyRoot) => nodeWorkspace(copyRoot, commands, scans, shared),
    }),
    root,
    resolve,
    // The reads' rule: a link leading outside is refused (thrown), so no caller counts it as there.
    async exists(relative, key) {
      const target = await realpath(resolve(relative, key)).catch(() => undefined);
      if (target === undefined) return false;
      refuseOutside(relative, key, target);
      return true;
    },
    async readText(relative, key) {
      return readFile(real(relative, key), 'utf8');
    },
    async readTable(relative, key, options) {
      return readTableFile(real(relative, key), relative, options ?? {}, scans);
    },
    async scanTable(relative, key, options) {
      return scanTableFile(real(relative, key), relative, options, scans);
    },
    async readTextAtRevision(revision, relative, key) {
      return readTextAtRevision(root, revision, repoPath(relative, key), relative, key);
    },
    async commitTimeOf(relative, key) {
      return commitTimeOf(root, repoPath(relative, key), key);
    },
    openQuerySource,
    largeFileSource,
  };
}

/** Paths under `root` (resolved, as git names them, after symlinks), each refused when it escapes. */
function rootedPaths(root: string) {
  const inside = (candidate: string) =>
    candidate === root || candidate.startsWith(root.endsWith(path.sep) ? root : root + path.sep);

  const resolve = (relative: string, key: string) => {
    if (path.isAbsolute(relative)) {
      throw new WorkspacePathError(
        `${key}: "${relative}" is an absolute path; write it relative to the repository root`,
      );
    }
    const absolute = path.resolve(root, relative);
    if (!inside(absolute)) {
      throw new WorkspacePathError(
        `${key}: "${relative}" points outside the repository; mlgate only reads files inside it`,
      );
    }
    return absolute;
  };

  const repoPath = (relative: string, key: string) =>
    path.relative(root, resolve(relative, key)).split(path.sep).join('/');

  /** `target` (where `relative` leads after symlinks), refused when it is outside the root. */
  const refuseOutside = (relative: string, key: string, target: string) => {
    if (!inside(target)) {
      throw new WorkspacePathError(
        `${key}: "${relative}" is a link to a file outside the repository; mlgate only reads files inside it`,
      );
    }
    return target;
  };

  /** The resolved path after symlinks, refused when a link leads outside. */
  const real = (relative: string, key: string) => {
    const absolute = resolve(relative, key);
    let target: string;
    try {
      target = realpathSync(absolute);
    } catch {
      throw new WorkspacePathError(
        `${key}: file not found: ${relative} (looked in ${root}); check the path or commit the file`,
      );
    }
    return refuseOutside(relative, key, target);
  };
  return { resolve, repoPath, real, refuseOutside };
}

/** The text of `repoPath` at `revision`; null when the file did not exist there. */
async function readTextAtRevision(
  root: string,
  revision: string,
  repoPath: string,
  relative: string,
  key: string,
): Promise<string | null> {
  const args = ['show', `${revision}:./${repoPath}`];
  const result = await tryGit(root, args);
  if ('stdout' in result) return result.stdout.toString('utf8');
  // git words "no such path" the same for a commit it lacks, so tell them apart.
  if (/does not exist|exists on disk, but not in/.test(result.stderr)) {
    const verify = ['cat-file', '-e', `${revision}^{commit}`];
    const known = await tryGit(root, verify);
    if ('stdout' in known) return null;
    throw new Error(
      `${key}: git does not have commit ${revision}, so ${relative} can't be read as it was there; fetch the history, e.g. actions/checkout with fetch-depth: 0`,
    );
  }
  throw new Error(`${key}: ${explainGitFailure(args, result)}`);
}

/** When `repoPath` last changed in a commit; null when git has no commit of it. */
async function commitTimeOf(root: string, repoPath: string, key: string): Promise<Date | null> {
  const args = ['log', '-1', '--format=%cI', '--', repoPath];
  const result = await tryGit(root, args);
  if (!('stdout' in result)) throw new Error(`${key}: ${explainGitFailure(args, result)}`);
  const stamp = result.stdout.toString('utf8').trim();
  return stamp ? new Date(stamp) : null;
}
