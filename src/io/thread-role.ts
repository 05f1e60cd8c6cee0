/**
 * Which thread is running the CLI's entry point (src/cli.ts): the process's
 * main thread, a command thread (src/io/command-thread.ts), or some other
 * worker that loaded the entry by mistake and must not run the CLI.
 *
 * A worker's process.argv is Node's path, the script and the worker's own
 * `argv`, and a command thread is started with COMMAND_THREAD_FLAG as its only
 * one. So only two cases need node:worker_threads to tell the threads apart: an
 * argv of two entries (a worker started without the flag, or `mlgate` alone)
 * and the flag. Importing it loads 26 of Node's modules, its streams among them,
 * which every other run is spared (issue 17, target 1).
 */

export const COMMAND_THREAD_FLAG = '--mlgate-command-thread';

export type ThreadRole =
  | { kind: 'main' }
  | { kind: 'command-thread'; argv: string[] }
  | { kind: 'other-thread' };

export interface ThreadFacts {
  isMainThread: boolean;
  workerData: unknown;
}

export async function threadRole(
  argv: readonly string[],
  facts: () => Promise<ThreadFacts> = () => import('node:worker_threads'),
): Promise<ThreadRole> {
  if (argv.length > 2 && argv[2] !== COMMAND_THREAD_FLAG) return { kind: 'main' };
  const { isMainThread, workerData } = await facts();
  if (isMainThread) return { kind: 'main' };
  const commandArgv = commandThreadArgv(workerData);
  return commandArgv ? { kind: 'command-thread', argv: commandArgv } : { kind: 'other-thread' };
}

/**
 * The argv a command thread was started with, or undefined in any other thread.
 * Checked by hand, not with zod: the main thread of every command loads this file.
 */
export function commandThreadArgv(workerData: unknown): string[] | undefined {
  if (typeof workerData !== 'object' || workerData === null) return undefined;
  const argv: unknown = (workerData as { mlgateCommand?: unknown }).mlgateCommand;
  return Array.isArray(argv) && argv.every((arg) => typeof arg === 'string') ? argv : undefined;
}
