/**
 * Writes text to a file named on the command line (-o, --out, --json),
 * replacing it. No directory is created: a missing one is an error that names
 * the file as typed.
 */
import { writeFile } from 'node:fs/promises';

export function writeTextFile(file: string, text: string): Promise<void> {
  return writeFile(file, text);
}
