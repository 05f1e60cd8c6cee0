/**
 * A real git repository in a temporary directory, for testing the git and
 * command modules against git itself rather than a fake.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TempGitRepository {
  root: string;
  write(files: Record<string, string | Buffer>): void;
  /** Stages everything and commits; returns the commit id. */
  commit(message: string): string;
  git(...args: string[]): string;
  remove(): void;
}

export function tempGitRepository(files: Record<string, string | Buffer> = {}): TempGitRepository {
  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'mlgate-git-test-')));
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Test',
        GIT_AUTHOR_EMAIL: 'test@example.com',
        GIT_COMMITTER_NAME: 'Test',
        GIT_COMMITTER_EMAIL: 'test@example.com',
        GIT_CONFIG_NOSYSTEM: '1',
        HOME: root,
      },
    }).trim();
  git('init', '--quiet', '--initial-branch=main');
  const write = (more: Record<string, string | Buffer>) => {
    for (const [file, content] of Object.entries(more)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), content);
    }
  };
  write(files);
  return {
    root,
    write,
    commit(message) {
      git('add', '-A');
      git('commit', '--quiet', '--allow-empty', '-m', message);
      return git('rev-parse', 'HEAD');
    },
    git,
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
