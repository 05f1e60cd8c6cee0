/**
 * How a check treats the result of its command. A refused command skips the
 * check (the workflow chose not to run PR code); a command killed at its
 * timeout ends the check `error` with the tail of its log, because no
 * verdict can be read from a run that never finished. A completed command is
 * shown as its exit (a measure), its log tail only when there is one, and its
 * duration in whole seconds, so an unchanged re-run writes the same comment;
 * the full log's path is left out, since it is on the runner, where a reviewer
 * cannot open it.
 */
import type { DetailBlock, Measure } from '../model/check.ts';
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
      `raise timeout_minutes or make the command faster. ${result.logTail.trim() === '' ? 'It printed nothing.' : `Last lines of its log:\n${result.logTail}`}`,
  );
}

export function exitDescription(result: CompletedCommand): string {
  if (result.exitCode !== null) return `exit code ${result.exitCode}`;
  return `killed by ${result.signal ?? 'a signal'}`;
}

/** The log tail as a detail block; none when the command printed nothing. */
export function commandLog(title: string, result: CompletedCommand): DetailBlock[] {
  return result.logTail.trim() === '' ? [] : [{ type: 'code', title, text: result.logTail }];
}

/** The exit code (or the signal that killed the command) against the 0 a passing run exits with. */
export function exitMeasure(result: CompletedCommand): Measure {
  return {
    figure: 'exit code',
    value: result.exitCode ?? result.signal ?? null,
    bound: { comparator: '==', limit: 0 },
  };
}

/** `3 s`, `under 1 s`: run times vary by fractions of a second between identical runs. */
export function roundedSeconds(durationMs: number): string {
  return durationMs < 500 ? 'under 1 s' : `${Math.round(durationMs / 1000)} s`;
}
