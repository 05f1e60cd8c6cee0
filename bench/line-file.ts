/**
 * Writes a generated data file line by line, ten thousand lines per write, so
 * that a million rows never sit in memory as one string.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

export function writeLines(file: string, produce: (line: (text: string) => void) => void): void {
  const fd = openSync(file, 'w');
  try {
    let lines: string[] = [];
    produce((text) => {
      lines.push(text);
      if (lines.length === 10000) {
        writeSync(fd, `${lines.join('\n')}\n`);
        lines = [];
      }
    });
    if (lines.length > 0) writeSync(fd, `${lines.join('\n')}\n`);
  } finally {
    closeSync(fd);
  }
}
