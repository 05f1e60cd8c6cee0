/**
 * The files a pull request changes: the diff from the merge base of base and
 * head to head (`git diff base...head`), as GitHub shows a PR. Renames are
 * reported as a deletion plus an addition so that both paths are seen.
 */
import type { ChangedFile, ChangeStatus } from '../workspace/infra-operations.ts';
import { nulFields, runGit, verifyRevision } from './git-command.ts';

const statuses: Record<string, ChangeStatus> = {
  A: 'added',
  M: 'modified',
  D: 'deleted',
  T: 'type-changed',
};

export async function listChangedFiles(
  root: string,
  base: string,
  head = 'HEAD',
): Promise<ChangedFile[]> {
  await verifyRevision(root, base);
  await verifyRevision(root, head);
  const fields = nulFields(
    await runGit(root, [
      'diff',
      '--relative',
      '--no-renames',
      '--name-status',
      '-z',
      `${base}...${head}`,
    ]),
  );
  const changed: ChangedFile[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    changed.push({ status: statuses[fields[i]![0]!] ?? 'modified', path: fields[i + 1]! });
  }
  return changed;
}
