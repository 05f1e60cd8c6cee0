/**
 * Which code files to read for seeds: the scripts a training command names
 * (`python train.py`, `python -m pkg.train`, `Rscript fit.R`, `node
 * train.mjs`) and, for a step, the code among its inputs (globs expanded
 * against what git tracks). Only tracked files: the code under review.
 */
import path from 'node:path';
import { globToRegExp, matchesAny } from '../../infra/path-glob.ts';
import { languageOf } from './code-seeds.ts';

/** More files than training plausibly seeds in; the rest are unread, and the report says how many. */
export const maxCodeFiles = 25;

export interface CommandSource {
  command: string;
  workingDirectory?: string;
}

/** Repository paths a command line names as code, in the order it names them. */
export function scriptsInCommand({ command, workingDirectory }: CommandSource): string[] {
  const tokens = command
    .split(/[\s;&|()]+/)
    .map((token) => token.replace(/^['"]|['"]$/g, '').replace(/^--?[\w-]+=/, ''));
  const scripts: string[] = [];
  tokens.forEach((token, index) => {
    if (languageOf(token) !== undefined) scripts.push(token);
    else if (token === '-m') {
      const module = tokens[index + 1]?.replace(/\./g, '/');
      if (module) scripts.push(`${module}.py`, `${module}/__main__.py`);
    }
  });
  return scripts
    .map((script) => path.posix.normalize(path.posix.join(workingDirectory ?? '', script)))
    .filter((script) => !script.startsWith('../') && !path.posix.isAbsolute(script));
}

/** The tracked code files to read, scripts named in commands first, at most maxCodeFiles. */
export function codeFilesToSearch(
  commands: readonly CommandSource[],
  inputs: readonly string[],
  tracked: readonly string[],
): { files: string[]; skipped: number } {
  const trackedSet = new Set(tracked);
  const named = commands.flatMap(scriptsInCommand).filter((file) => trackedSet.has(file));
  const globs = inputs.map(globToRegExp);
  const fromInputs = tracked.filter(
    (file) => languageOf(file) !== undefined && matchesAny(globs, file),
  );
  const all = [...new Set([...named, ...fromInputs])];
  return { files: all.slice(0, maxCodeFiles), skipped: Math.max(0, all.length - maxCodeFiles) };
}
