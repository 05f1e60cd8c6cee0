/**
 * Runs the bundled CLI (`node dist/cli.js ARGS…`, rebuilt with `npm run
 * bundle`) as a process of its own, on the repository's Node, and keeps its
 * exit code and what it printed through its pipes.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';

const repositoryRoot = path.resolve(import.meta.dirname, '../..');
const nodeBinary = path.join(repositoryRoot, 'node_modules/.bin/node');
export const bundledCliPath = path.join(repositoryRoot, 'dist/cli.js');

export function bundledCli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      nodeBinary,
      [bundledCliPath, ...argv],
      { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 << 20 },
      (error, out, err) => {
        if (error && typeof error.code !== 'number') reject(error);
        else resolve({ code: error ? (error.code as number) : 0, out, err });
      },
    );
  });
}
