/** The files git tracks under the workspace root, now (the index) or at a revision. */
import { nulFields, runGit, verifyRevision } from './git-command.ts';

/** Paths relative to `root`, `/`-separated, sorted as git lists them. */
export async function listTrackedFiles(root: string, revision?: string): Promise<string[]> {
  if (revision === undefined) return nulFields(await runGit(root, ['ls-files', '-z', '--cached']));
  await verifyRevision(root, revision);
  // ls-tree names paths relative to the current directory, like ls-files.
  return nulFields(await runGit(root, ['ls-tree', '-r', '-z', '--name-only', revision, '--', '.']));
}
