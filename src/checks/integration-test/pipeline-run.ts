/**
 * The pipeline command run end to end in a scratch copy of the repository,
 * and what became of each declared output: written, missing, empty, or left
 * as git had it.
 */
import {
  type CompletedCommand,
  minutesToMs,
  requireFinished,
} from '../../infra/command-outcome.ts';
import { fileWasWritten } from '../../infra/file-was-written.ts';
import type { FileDigest } from '../../workspace/infra-operations.ts';
import type { Workspace, WorkspaceCopy } from '../../workspace/workspace.ts';
import type { IntegrationTestConfig } from './integration-test-config.ts';

const key = 'checks.integration_test.pipeline';

export interface PipelineOutput {
  path: string;
  /** Why the output does not count as written; undefined when it was written. */
  problem?: string;
  bytes: number;
}

export type PipelineRun =
  | { kind: 'refused'; reason: string }
  | { kind: 'ran'; command: string; result: CompletedCommand; outputs: PipelineOutput[] };

type PipelineConfig = NonNullable<IntegrationTestConfig['pipeline']>;

export async function runPipeline(
  pipeline: PipelineConfig,
  workspace: Workspace,
): Promise<PipelineRun> {
  let copy: WorkspaceCopy | undefined;
  try {
    copy = await workspace.copyForRun({ key: `${key}.inputs`, include: pipeline.inputs });
    const before = new Map<string, FileDigest | null>();
    for (const output of pipeline.outputs) {
      before.set(output, await copy.hashFile(output, `${key}.outputs`));
    }
    const result = await copy.runCommand({
      command: pipeline.command,
      key: `${key}.command`,
      timeoutMs: minutesToMs(pipeline.timeout_minutes),
      ...(pipeline.working_directory ? { workingDirectory: pipeline.working_directory } : {}),
    });
    if (result.outcome === 'refused') return { kind: 'refused', reason: result.reason };
    requireFinished(result, `${key}.command`, pipeline.timeout_minutes);
    const outputs: PipelineOutput[] = [];
    for (const output of pipeline.outputs) {
      const digest = await copy.hashFile(output, `${key}.outputs`);
      outputs.push(outputState(output, before.get(output) ?? null, digest));
    }
    return { kind: 'ran', command: pipeline.command, result, outputs };
  } finally {
    await copy?.dispose();
  }
}

function outputState(
  path: string,
  before: FileDigest | null,
  after: FileDigest | null,
): PipelineOutput {
  const bytes = after?.kind === 'file' ? after.bytes : 0;
  const problem =
    after === null
      ? 'was not written by the pipeline run'
      : after.kind === 'file' && after.bytes === 0
        ? 'is empty after the pipeline run'
        : !fileWasWritten(before, after)
          ? 'is untouched since before the run: the pipeline run did not write it'
          : undefined;
  return { path, bytes, ...(problem ? { problem } : {}) };
}
