/**
 * How the checks that run a command (integration test, canary,
 * reproducibility, debuggability) show it: the exit as a measure, the log tail
 * only when there is one, and durations in whole seconds so that an unchanged
 * re-run writes the same comment. The full log's path is left out: it is on
 * the runner, where a reviewer cannot open it.
 */
import type { CompletedCommand } from '../../infra/command-outcome.ts';
import type { DetailBlock, Measure } from '../../model/check.ts';

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
