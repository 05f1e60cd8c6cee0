/**
 * The runs whose outputs the reproducibility check compares: the training
 * command run `runs` times, each in a fresh copy of the repository (the caller
 * disposes of the copies), or the run directories the workflow already made.
 */
import {
  type CompletedCommand,
  exitDescription,
  minutesToMs,
  requireFinished,
  roundedSeconds,
} from '../../infra/command-outcome.ts';
import type { Workspace, WorkspaceCopy } from '../../workspace/workspace.ts';
import type { RunFiles } from './compare-output.ts';
import type { ReproducibilityConfig } from './reproducibility-config.ts';

const key = 'checks.reproducibility';

export type TrainingRuns =
  | { kind: 'refused'; reason: string }
  | {
      kind: 'failed';
      command: string;
      index: number;
      result: CompletedCommand;
      runLines: string[];
    }
  /** `runLines` is null when mlgate ran nothing (run directories). */
  | { kind: 'ran'; runs: RunFiles[]; runLines: string[] | null };

export async function trainingRuns(
  config: ReproducibilityConfig,
  workspace: Workspace,
  copies: WorkspaceCopy[],
): Promise<TrainingRuns> {
  const { command } = config;
  if (command === undefined) {
    const runs = (config.run_directories ?? []).map((directory) => ({
      label: directory,
      workspace,
      directory: directory.replace(/\/+$/, ''),
    }));
    return { kind: 'ran', runs, runLines: null };
  }
  const runs: RunFiles[] = [];
  const runLines: string[] = [];
  for (let index = 1; index <= config.runs; index++) {
    const copy = await workspace.copyForRun({ key: `${key}.inputs`, include: config.inputs });
    copies.push(copy);
    const result = await copy.runCommand({
      command,
      key: `${key}.command`,
      timeoutMs: minutesToMs(config.timeout_minutes),
      ...(config.working_directory ? { workingDirectory: config.working_directory } : {}),
    });
    if (result.outcome === 'refused') return { kind: 'refused', reason: result.reason };
    requireFinished(result, `${key}.command (run ${index})`, config.timeout_minutes);
    runLines.push(
      `Run ${index}: ${exitDescription(result)} in ${roundedSeconds(result.durationMs)}; ${copy.description}.`,
    );
    if (result.exitCode !== 0) return { kind: 'failed', command, index, result, runLines };
    runs.push({ label: `run ${index}`, workspace: copy, directory: '' });
  }
  return { kind: 'ran', runs, runLines };
}
