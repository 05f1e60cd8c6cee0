/** A temporary git repository holding a copy of a fixture directory, committed. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { type TempGitRepository, tempGitRepository } from './temp-git-repository.ts';

export function fixtureRepository(
  fixtureDirectory: string,
  extra: Record<string, string> = {},
): TempGitRepository {
  const files: Record<string, Buffer | string> = { ...extra };
  const walk = (relative: string) => {
    for (const name of readdirSync(path.join(fixtureDirectory, relative))) {
      const child = path.join(relative, name);
      if (statSync(path.join(fixtureDirectory, child)).isDirectory()) walk(child);
      else files[child] = readFileSync(path.join(fixtureDirectory, child));
    }
  };
  walk('');
  const repo = tempGitRepository(files);
  repo.commit('fixture');
  return repo;
}
