/**
 * How a check treats the result of its command. A refused command skips the
 * check (the workflow chose not to run PR code); a command killed at its
 * timeout ends the check `error` with the tail of its log, because no
 * verdict can be read from a run that never finished.
 */
import type { DetailBlock } from '../model/check.ts';
import type { CommandResult } from '../workspace/infra-operations.ts';

export type CompletedCommand = Extract<CommandResult, { outcome: 'completed' }>;

export class CommandTimeoutError extends Error {
  override name = 'CommandTimeoutError';
}

export function minutesToMs(minutes: number): number {
  return Math.round(minutes * 60_000);
}

/** Throws CommandTimeoutError (the check ends `error`) when the command hit its timeout. */
export function requireFinished(
  result: CompletedCommand,
  key: string,
  timeoutMinutes: number,
): void {
  if (!result.timedOut) return;
  throw new CommandTimeoutError(
    `${key} did not finish within ${timeoutMinutes} min, so its process group was killed; ` +
      `raise timeout_minutes or make the command faster. Last lines of its log${logWhere(result)}:\n${result.logTail || '(no output)'}`,
  );
}

export function exitDescription(result: CompletedCommand): string {
  if (result.exitCode !== null) return `exit code ${result.exitCode}`;
  return `killed by ${result.signal ?? 'a signal'}`;
}

export function logBlock(title: string, result: CompletedCommand): DetailBlock {
  return {
    type: 'code',
    title: `${title}${logWhere(result)}`,
    text: result.logTail || '(no output)',
  };
}

function logWhere(result: CompletedCommand): string {
  return result.logPath ? ` (full log: ${result.logPath})` : '';
}

export function seconds(durationMs: number): string {
  return `${(durationMs / 1000).toFixed(1)} s`;
}
