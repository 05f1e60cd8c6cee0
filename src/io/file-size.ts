import { statSync } from 'node:fs';

/** The size of the file at `path` in bytes; 0 for a missing or unreadable path, which the command reports itself. */
export function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
