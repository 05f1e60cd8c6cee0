/**
 * The Workspace on disk: the repository (the working directory) as checks see
 * it. Every path comes from mlgate.yml, so each is resolved against the root
 * and refused when it escapes it, symlinks included.
 */
import { realpathSync } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Workspace } from '../workspace/workspace.ts';
import { explainGitFailure, tryGit } from './git-command.ts';
import { type CommandOptions, infraCapabilities } from './infra-capabilities.ts';
import { readTableFile } from './read-table-file.ts';
import { scanTableFile } from './scan-table.ts';

export class WorkspacePathError extends Error {
  override name = 'WorkspacePathError';
}

/**
 * `commands` decides whether config commands may run (src/infra/command-policy.ts);
 * the default is a local run, where the code is the user's own.
 */
export function nodeWorkspace(
  rootDirectory: string,
  commands: CommandOptions = { eventName: 'local', allowUntrustedCommands: false },
): Workspace {
  const root = realpathSync(path.resolve(rootDirectory));
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
    if (!inside(target)) {
      throw new WorkspacePathError(
        `${key}: "${relative}" is a link to a file outside the repository; mlgate only reads files inside it`,
      );
    }
    return target;
  };

  const workspace: Workspace = {
    ...infraCapabilities({
      ...commands,
      root,
      resolve,
      open: (copyRoot) => nodeWorkspace(copyRoot, commands),
    }),
    root,
    resolve,
    async exists(relative, key) {
      return access(resolve(relative, key)).then(
        () => true,
        () => false,
      );
    },
    async readText(relative, key) {
      return readFile(real(relative, key), 'utf8');
    },
    async readTable(relative, key, options) {
      return readTableFile(real(relative, key), relative, options);
    },
    async scanTable(relative, key, options) {
      return scanTableFile(real(relative, key), relative, options);
    },
    async readTextAtRevision(revision, relative, key) {
      const args = ['show', `${revision}:./${repoPath(relative, key)}`];
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
    },
    async commitTimeOf(relative, key) {
      const args = ['log', '-1', '--format=%cI', '--', repoPath(relative, key)];
      const result = await tryGit(root, args);
      if (!('stdout' in result)) throw new Error(`${key}: ${explainGitFailure(args, result)}`);
      const stamp = result.stdout.toString('utf8').trim();
      return stamp ? new Date(stamp) : null;
    },
  };
  return workspace;
}
