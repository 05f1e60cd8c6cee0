/**
 * Reads a text file named on the command line (a schema, a profile), as
 * UTF-8. The name is resolved against the working directory, so a failure
 * names the absolute file that was looked for.
 */
import path from 'node:path';
import { readFile } from './async-fs.ts';

export function readTextFile(file: string): Promise<string> {
  return readFile(path.resolve(file), 'utf8');
}
