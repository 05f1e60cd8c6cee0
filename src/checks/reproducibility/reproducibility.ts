/**
 * Infra 1 — training is reproducible. Runs the training command several
 * times, each in a fresh copy of the repository (or takes the outputs of runs
 * the workflow already made), and compares every declared output: identical
 * bytes pass; differing bytes are compared for meaning (metrics within a
 * tolerance, predictions row by row); the report names each nondeterministic
 * output and by how much it moved.
 */

import {
  type CompletedCommand,
  exitDescription,
  logBlock,
  minutesToMs,
  requireFinished,
  seconds,
} from '../../infra/command-outcome.ts';
import type { DetailBlock, Finding } from '../../model/check.ts';
import { errorMessage } from '../../model/error-message.ts';
import type { Workspace, WorkspaceCopy } from '../../workspace/workspace.ts';
import type { CheckDefinition } from '../check-definition.ts';
import {
  compareOutput,
  keyPattern,
  type OutputVerdict,
  outputSpecs,
  type RunFiles,
} from './compare-output.ts';
import { type ReproducibilityConfig, reproducibilityConfig } from './reproducibility-config.ts';
import {
  defaultSeedFiles,
  dependencyFiles,
  reproducibilityHints,
} from './reproducibility-hints.ts';

const key = 'checks.reproducibility';

export const reproducibility: CheckDefinition<typeof reproducibilityConfig> = {
  id: 'reproducibility',
  title: 'Training is reproducible',
  rubric: ['infra-1'],
  config: reproducibilityConfig,
  async run(config, context) {
    const copies: WorkspaceCopy[] = [];
    try {
      const runs: RunFiles[] = [];
      const details: DetailBlock[] = [];
      const findings: Finding[] = [];
      if (config.command !== undefined) {
        const runLines: string[] = [];
        for (let index = 1; index <= config.runs; index++) {
          const copy = await context.workspace.copyForRun({
            key: `${key}.inputs`,
            include: config.inputs,
          });
          copies.push(copy);
          const result = await copy.runCommand({
            command: config.command,
            key: `${key}.command`,
            timeoutMs: minutesToMs(config.timeout_minutes),
            ...(config.working_directory ? { workingDirectory: config.working_directory } : {}),
          });
          if (result.outcome === 'refused') return { kind: 'skipped', reason: result.reason };
          requireFinished(result, `${key}.command (run ${index})`, config.timeout_minutes);
          runLines.push(
            `Run ${index}: ${exitDescription(result)} after ${seconds(result.durationMs)} in ${copy.description}.`,
          );
          if (result.exitCode !== 0) {
            return failedRun(config, index, result, runLines);
          }
          runs.push({ label: `run ${index}`, workspace: copy, directory: '' });
        }
        details.push({ type: 'list', title: 'Runs', items: runLines });
      } else {
        for (const directory of config.run_directories ?? []) {
          runs.push({
            label: directory,
            workspace: context.workspace,
            directory: directory.replace(/\/+$/, ''),
          });
        }
      }

      const specs = outputSpecs(config);
      const ignoreKeys = config.ignore_keys.map(keyPattern);
      const rows: Array<[string, string, string, string]> = [];
      const verdicts: Array<{ path: string; verdict: OutputVerdict }> = [];
      for (const spec of specs) {
        const verdict = await compareOutput(spec, runs, {
          ignoreKeys,
          maxExamples: config.max_examples,
          key: `${key}.outputs`,
        });
        verdicts.push({ path: spec.path, verdict });
        rows.push([spec.path, spec.kind, verdict.status, describe(verdict)]);
        if (verdict.status === 'missing') {
          // Not written is not nondeterminism: a waiver for a known drift must not cover it.
          findings.push({
            id: `output:${spec.path}:missing`,
            severity: 'fail',
            message: `${spec.path} was not written by ${verdict.runs.join(', ')}; check the path in outputs or the training script`,
            location: { path: spec.path },
          });
        } else if (verdict.status === 'different') {
          findings.push({
            id: `output:${spec.path}`,
            severity: 'fail',
            message: `${spec.path} is nondeterministic: ${verdict.difference}`,
            location: { path: spec.path },
          });
        }
      }
      details.unshift({
        type: 'table',
        title: 'Outputs compared across runs',
        header: ['Output', 'Compared as', 'Result', 'Detail'],
        rows,
      });
      details.push({
        type: 'list',
        title: 'Static hints',
        items: await hints(config, context.workspace),
      });

      const differing = verdicts.filter(
        (v) => v.verdict.status === 'different' || v.verdict.status === 'missing',
      );
      const equivalent = verdicts.filter((v) => v.verdict.status === 'equivalent').length;
      const source =
        config.command !== undefined
          ? `${config.runs} runs of \`${config.command}\``
          : `runs in ${config.run_directories?.join(', ')}`;
      const summary =
        differing.length === 0
          ? `${source}: all ${specs.length} outputs reproduce${equivalent > 0 ? ` (${equivalent} equal within tolerance, not byte for byte)` : ''}`
          : `${source}: ${differing.length} of ${specs.length} outputs differ (${differing.map((v) => v.path).join(', ')})`;
      return {
        kind: 'ran',
        summary,
        figures: [
          { name: 'nondeterministic outputs', value: differing.length, threshold: '= 0' },
          { name: 'outputs compared', value: specs.length },
          { name: 'runs', value: runs.length },
        ],
        findings,
        details,
      };
    } finally {
      await Promise.all(copies.map((copy) => copy.dispose()));
    }
  },
};

function failedRun(
  config: ReproducibilityConfig,
  index: number,
  result: CompletedCommand,
  runLines: string[],
) {
  return {
    kind: 'ran' as const,
    summary: `training run ${index} of \`${config.command}\` failed (${exitDescription(result)}), so nothing could be compared`,
    figures: [{ name: 'runs completed', value: index - 1, threshold: `= ${config.runs}` }],
    findings: [
      {
        id: `run:${index}`,
        severity: 'fail' as const,
        message: `run ${index} of the training command ended with ${exitDescription(result)}; see the log below`,
      },
    ],
    details: [
      { type: 'list' as const, title: 'Runs', items: runLines },
      logBlock(`Run ${index} log (last lines)`, result),
    ],
  };
}

function describe(verdict: OutputVerdict): string {
  switch (verdict.status) {
    case 'identical':
      return `identical bytes (SHA-256 ${verdict.sha256.slice(0, 12)}…)`;
    case 'missing':
      return `not written by ${verdict.runs.join(', ')}`;
    case 'equivalent':
      return verdict.note;
    case 'different':
      return `${verdict.note}: ${verdict.difference}`;
  }
}

async function hints(config: ReproducibilityConfig, workspace: Workspace): Promise<string[]> {
  let tracked: string[];
  try {
    tracked = await workspace.listTrackedFiles();
  } catch (error) {
    return [`Static hints unavailable: ${errorMessage(error)}`];
  }
  const read = async (files: readonly string[], readKey: string) => {
    const texts = new Map<string, string>();
    for (const file of files) texts.set(file, await workspace.readText(file, readKey));
    return texts;
  };
  return reproducibilityHints(
    tracked,
    await read(dependencyFiles(tracked), `${key}`),
    await read(config.seed_files ?? defaultSeedFiles(tracked), `${key}.seed_files`),
  );
}
