/**
 * Runs a command from mlgate.yml: in a shell, in its own process group, with
 * a timeout after which the whole group is killed (TERM, then KILL after a
 * grace period), with stdout and stderr captured to a log file and a tail kept
 * for the report. Tokens and the step-output files are not in its environment
 * (src/infra/command-environment.ts); on privileged events it does not run at
 * all unless the workflow allowed it (src/infra/command-policy.ts). When the
 * shell exits, whatever it left running in its group is killed too, so that a
 * stray background process can neither outlive the check nor hold its pipes.
 */
import type { ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { commandEnvironment } from '../infra/command-environment.ts';
import { commandPolicy } from '../infra/command-policy.ts';
import type { CommandRequest, CommandResult } from '../workspace/infra-operations.ts';
import { mkdir } from './async-fs.ts';
import { childProcess } from './builtins-on-use.ts';

export interface CommandRunnerOptions {
  /** Absolute path the working directory is relative to. */
  root: string;
  eventName: string;
  /** The action input that allows commands on privileged events. */
  allowUntrustedCommands: boolean;
  /** Default: process.env. */
  environment?: Readonly<Record<string, string | undefined>>;
  /** Where full logs go; default `$RUNNER_TEMP/mlgate-logs` or the OS temp dir. */
  logDirectory?: string;
  /** Between TERM and KILL on timeout; default 5 s. */
  killGraceMs?: number;
}

const tailBytes = 64 * 1024;
const tailLines = 40;
const tailChars = 4000;

export async function runCommand(
  request: CommandRequest,
  options: CommandRunnerOptions,
): Promise<CommandResult> {
  const decision = commandPolicy({
    eventName: options.eventName,
    allowUntrustedCommands: options.allowUntrustedCommands,
  });
  if (!decision.allowed) return { outcome: 'refused', reason: decision.reason };

  const cwd = workingDirectory(options.root, request);
  const environment = options.environment ?? process.env;
  const logDirectory =
    options.logDirectory ?? path.join(environment.RUNNER_TEMP ?? os.tmpdir(), 'mlgate-logs');
  await mkdir(logDirectory, { recursive: true });
  const logPath = path.join(
    logDirectory,
    `${request.key.replace(/[^A-Za-z0-9_.-]+/g, '-')}-${Date.now()}-${process.pid}.log`,
  );
  const log = createWriteStream(logPath);
  // A full disk must not crash mlgate: the tail kept in memory still reaches the report.
  log.on('error', () => {});
  const [file, args] = shellInvocation(request.command, environment);
  const started = performance.now();
  const child = childProcess().spawn(file, args, {
    cwd,
    env: commandEnvironment(environment, request.env),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: process.platform !== 'win32',
    windowsHide: true,
  });

  const tail: Buffer[] = [];
  let tailSize = 0;
  let outputBytes = 0;
  const capture = (chunk: Buffer) => {
    outputBytes += chunk.length;
    log.write(chunk);
    tail.push(chunk);
    tailSize += chunk.length;
    while (tailSize - (tail[0]?.length ?? 0) >= tailBytes) tailSize -= tail.shift()!.length;
  };
  child.stdout?.on('data', capture);
  child.stderr?.on('data', capture);

  let timedOut = false;
  let killTimer: NodeJS.Timeout | undefined;
  const timeoutTimer = setTimeout(() => {
    timedOut = true;
    killGroup(child, 'SIGTERM');
    killTimer = setTimeout(() => killGroup(child, 'SIGKILL'), options.killGraceMs ?? 5000);
  }, request.timeoutMs);

  const ended = await new Promise<{ code: number | null; signal: string | null }>(
    (resolve, reject) => {
      let exit: { code: number | null; signal: string | null } | undefined;
      child.on('error', (error) => {
        clearTimeout(timeoutTimer);
        reject(
          new Error(
            `${request.key}: could not start a shell (${file}) to run the command: ${error.message}`,
          ),
        );
      });
      child.on('exit', (code, signal) => {
        exit = { code, signal };
        // Leftover background processes would hold the pipes open: end them with the shell.
        killGroup(child, 'SIGKILL');
        // A process that left the group (setsid) may still hold a pipe; don't wait on it forever.
        setTimeout(() => {
          child.stdout?.destroy();
          child.stderr?.destroy();
          resolve({ code, signal });
        }, 2000).unref();
      });
      child.on('close', () => resolve(exit ?? { code: child.exitCode, signal: child.signalCode }));
    },
  ).finally(() => {
    clearTimeout(timeoutTimer);
    if (killTimer) clearTimeout(killTimer);
  });
  await new Promise<void>((resolve) => log.end(resolve));

  return {
    outcome: 'completed',
    exitCode: timedOut ? null : ended.code,
    signal: ended.signal,
    timedOut,
    durationMs: Math.round(performance.now() - started),
    outputBytes,
    logTail: lastLines(Buffer.concat(tail).toString('utf8')),
    logPath,
  };
}

function workingDirectory(root: string, request: CommandRequest): string {
  const relative = request.workingDirectory ?? '.';
  const cwd = path.resolve(root, relative);
  if (cwd !== root && !cwd.startsWith(root + path.sep)) {
    throw new Error(
      `${request.key}: working directory "${relative}" is outside the repository; give a path inside it`,
    );
  }
  if (!existsSync(cwd) || !statSync(cwd).isDirectory()) {
    throw new Error(
      `${request.key}: working directory "${relative}" does not exist; create it or fix the path`,
    );
  }
  return cwd;
}

/** bash with the same flags as a GitHub Actions `run:` step, else sh; cmd.exe on Windows. */
function shellInvocation(
  command: string,
  environment: Readonly<Record<string, string | undefined>>,
): [string, string[]] {
  if (process.platform === 'win32') {
    return [environment.ComSpec ?? 'cmd.exe', ['/d', '/s', '/c', command]];
  }
  const searchPath = (environment.PATH ?? '/usr/bin:/bin').split(path.delimiter);
  const bash = searchPath.map((dir) => path.join(dir, 'bash')).find((file) => existsSync(file));
  return bash
    ? [bash, ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command]]
    : ['sh', ['-e', '-c', command]];
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    if (process.platform === 'win32') {
      childProcess().spawn('taskkill', ['/pid', String(child.pid), '/T', '/F'], {
        stdio: 'ignore',
      });
    } else {
      process.kill(-child.pid, signal);
    }
  } catch {
    // ESRCH: the group is already gone.
  }
}

function lastLines(text: string): string {
  const lines = text.replace(/\s+$/, '').split(/\r?\n/);
  const kept = lines.slice(-tailLines).join('\n');
  return kept.length > tailChars ? `…${kept.slice(-tailChars)}` : kept;
}
