/** Every file under a fixture directory as text, keyed by its path relative to the directory. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export function fixtureFiles(directory: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (relative: string) => {
    for (const name of readdirSync(path.join(directory, relative))) {
      const child = path.posix.join(relative, name);
      if (statSync(path.join(directory, child)).isDirectory()) walk(child);
      else files[child] = readFileSync(path.join(directory, child), 'utf8');
    }
  };
  walk('');
  return files;
}
