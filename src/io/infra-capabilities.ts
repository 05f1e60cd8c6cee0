/**
 * The disk implementation of the infrastructure capabilities of a Workspace
 * (src/workspace/workspace.ts): commands, git, hashes and scratch copies.
 * node-workspace.ts spreads it into the workspace it builds.
 */
import os from 'node:os';
import path from 'node:path';
import { errorMessage } from '../model/error-message.ts';
import type { InfraCapabilities, Workspace } from '../workspace/workspace.ts';
import { fileDigest } from './file-digest.ts';
import { listChangedFiles } from './git-changed-files.ts';
import { gitFileDigest } from './git-file-digest.ts';
import { listTrackedFiles } from './git-tracked-files.ts';
import { runCommand } from './run-command.ts';
import { copyWorkspace } from './workspace-copy.ts';

export interface CommandOptions {
  /** The event that triggered the run (`local` for the CLI). */
  eventName: string;
  /** The action input `allow-commands-on-privileged-events`. */
  allowUntrustedCommands: boolean;
  /** Default process.env; tokens are dropped from it before a command sees it. */
  environment?: Readonly<Record<string, string | undefined>>;
  /** Default $RUNNER_TEMP/mlgate-logs or the OS temp dir. */
  logDirectory?: string;
}

export interface InfraCapabilitiesSetup extends CommandOptions {
  /** The workspace root (absolute, symlinks resolved). */
  root: string;
  /** The workspace's own path check, which refuses paths outside the root. */
  resolve: (relative: string, key: string) => string;
  /** Opens a workspace of the same kind on a scratch copy. */
  open: (copyRoot: string) => Workspace;
}

export function infraCapabilities(setup: InfraCapabilitiesSetup): InfraCapabilities {
  const { root, resolve, open } = setup;
  const repoPath = (relative: string, key: string) =>
    path.relative(root, resolve(relative, key)).split(path.sep).join('/');
  const withKey = async <T>(key: string, work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      const message = errorMessage(error);
      throw new Error(message.startsWith(`${key}:`) ? message : `${key}: ${message}`);
    }
  };
  return {
    cores: os.availableParallelism(),
    runCommand: (request) => runCommand(request, { ...setup, root }),
    listTrackedFiles: (revision) => listTrackedFiles(root, revision),
    listChangedFiles: (base, head) => listChangedFiles(root, base, head),
    hashFile: (relative, key) => withKey(key, () => fileDigest(resolve(relative, key))),
    hashFileAtRevision: (revision, relative, key) =>
      withKey(key, () => gitFileDigest(root, revision, repoPath(relative, key))),
    copyForRun: (request) => copyWorkspace(root, request, open),
  };
}
