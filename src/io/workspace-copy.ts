/**
 * A scratch copy of the repository for running a command in isolation
 * (reproducibility runs, the pipeline test). It holds what git would check
 * out plus what the workflow added: tracked files and untracked files that
 * .gitignore does not exclude, plus the declared inputs (data or models that
 * are ignored, e.g. under data/). Ignored bulk such as node_modules, .venv or
 * caches is left out unless declared, which keeps the copy fast; .git itself is
 * not copied, so a command in the copy can't rewrite the repository's history.
 * Symlinks are copied as links. Copies go to $RUNNER_TEMP (or the OS temp dir)
 * and are removed by `dispose`.
 */
import { constants } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CopyRequest } from '../workspace/infra-operations.ts';
import type { Workspace, WorkspaceCopy } from '../workspace/workspace.ts';
import { copyFile, cp, lstat, mkdir, mkdtemp, readdir, readlink, rm, symlink } from './async-fs.ts';
import { GitError, nulFields, runGit } from './git-command.ts';

export async function copyWorkspace(
  root: string,
  request: CopyRequest,
  open: (copyRoot: string) => Workspace,
  temporaryDirectory = process.env.RUNNER_TEMP ?? os.tmpdir(),
): Promise<WorkspaceCopy> {
  const inputs = request.include.map((input) => {
    const absolute = path.resolve(root, input);
    if (path.isAbsolute(input) || (absolute !== root && !absolute.startsWith(root + path.sep))) {
      throw new Error(`${request.key}: input "${input}" is not a path inside the repository`);
    }
    return path.relative(root, absolute);
  });
  const { files, source } = await filesToCopy(root);
  const target = await mkdtemp(path.join(temporaryDirectory, 'mlgate-run-'));
  try {
    let copied = 0;
    const batch = 32;
    for (let start = 0; start < files.length; start += batch) {
      const results = await Promise.all(
        files.slice(start, start + batch).map((file) => copyEntry(root, target, file)),
      );
      copied += results.filter(Boolean).length;
    }
    for (const input of inputs) {
      if (!(await copyEntry(root, target, input))) {
        throw new Error(
          `${request.key}: input "${input}" does not exist; produce it in an earlier step or fix the path`,
        );
      }
    }
    const workspace = open(target);
    const extra = inputs.length > 0 ? ` plus ${inputs.join(', ')}` : '';
    return {
      ...workspace,
      description: `${copied} ${source}${extra}, copied to a temporary directory`,
      dispose: () => rm(target, { recursive: true, force: true }),
    };
  } catch (error) {
    await rm(target, { recursive: true, force: true });
    throw error;
  }
}

async function filesToCopy(root: string): Promise<{ files: string[]; source: string }> {
  try {
    const stdout = await runGit(root, [
      'ls-files',
      '-z',
      '--cached',
      '--others',
      '--exclude-standard',
    ]);
    return {
      files: [...new Set(nulFields(stdout))],
      source: 'files git tracks or does not ignore',
    };
  } catch (error) {
    if (!(error instanceof GitError && /not a git repository/.test(error.message))) throw error;
    return {
      files: await walk(root, ''),
      source: 'files (no git repository: all but node_modules)',
    };
  }
}

async function walk(root: string, relative: string): Promise<string[]> {
  const entries = await readdir(path.join(root, relative), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name === '.git' || entry.name === 'node_modules') continue;
    const child = path.join(relative, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(root, child)));
    else files.push(child);
  }
  return files;
}

/** Copies one file, link or directory; false when it does not exist (tracked but deleted). */
async function copyEntry(root: string, target: string, relative: string): Promise<boolean> {
  const from = path.join(root, relative);
  const to = path.join(target, relative);
  const info = await lstat(from).catch(() => null);
  if (!info) return false;
  await mkdir(path.dirname(to), { recursive: true });
  if (info.isSymbolicLink()) {
    await symlink(await readlink(from), to);
  } else if (info.isDirectory()) {
    await cp(from, to, { recursive: true, verbatimSymlinks: true, force: true });
  } else {
    await copyFile(from, to, constants.COPYFILE_FICLONE);
  }
  return true;
}
