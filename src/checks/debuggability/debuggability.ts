/**
 * Infra 5 — the model is debuggable. A command that steps one example
 * through the pipeline and prints what it computes; it passes when it exits 0
 * and prints something. What it printed is shown. Given as `command`, it runs
 * in the repository itself (it only reads), where earlier workflow steps left
 * the model and data; given as `step`, the gate run's pipeline runs it after
 * the steps it needs, in the steps' scratch copy.
 */

import {
  commandLog,
  exitMeasure,
  requireFinished,
  roundedSeconds,
} from '../../infra/command-outcome.ts';
import { runConfiguredCommand } from '../../infra/run-configured-command.ts';
import type { CheckOutcome, Finding } from '../../model/check.ts';
import type { Workspace } from '../../workspace/workspace.ts';
import type { CheckDefinition } from '../check-definition.ts';
import {
  commandOrStepOf,
  endedWith,
  type RanCommand,
  ranCommand,
  runStep,
} from '../pipeline/check-command.ts';
import { type DebuggabilityConfig, debuggabilityConfig } from './debuggability-config.ts';

const key = 'checks.debuggability';

type DebugRun = { kind: 'refused'; reason: string } | { kind: 'ran' | 'failed'; ran: RanCommand };

export const debuggability: CheckDefinition<typeof debuggabilityConfig> = {
  id: 'debuggability',
  title: 'The model is debuggable',
  rubric: ['infra-5'],
  config: debuggabilityConfig,
  async run(config, { workspace, pipeline }) {
    const source = commandOrStepOf(config);
    const run =
      'step' in source
        ? await runStep(pipeline, source.step, key)
        : await runCommand(source.command, config, workspace);
    if (run.kind === 'refused') return { kind: 'skipped', reason: run.reason };
    return debugOutcome(run.ran, 'step' in source ? run.ran.label : 'the debug command');
  },
};

async function runCommand(
  command: string,
  config: DebuggabilityConfig,
  workspace: Workspace,
): Promise<DebugRun> {
  const commandKey = `${key}.command`;
  const result = await runConfiguredCommand(workspace, command, commandKey, config);
  if (result.outcome === 'refused') return { kind: 'refused', reason: result.reason };
  requireFinished(result, commandKey, config.timeout_minutes);
  return { kind: 'ran', ran: ranCommand(command, commandKey, result) };
}

/** `name` is how messages call the command: `the debug command`, or the step with its command. */
function debugOutcome(ran: RanCommand, name: string): CheckOutcome {
  const { result } = ran;
  const findings = debugFindings(ran, name);
  const problems = findings.map((f) => f.message).join('; ');
  return {
    kind: 'ran',
    summary:
      findings.length === 0
        ? `${ran.label} stepped through an example in ${roundedSeconds(result.durationMs)} and printed ${result.outputBytes} bytes`
        : // A step's messages name it already.
          name === ran.label
          ? problems
          : `${ran.label}: ${problems}`,
    figures: [
      {
        name: 'exit code',
        value: result.exitCode,
        threshold: '= 0',
        bound: { comparator: '==', limit: 0 },
      },
      {
        name: 'output bytes',
        value: result.outputBytes,
        threshold: '> 0',
        bound: { comparator: '>', limit: 0 },
      },
    ],
    findings,
    details: commandLog(
      ran.blocked ? 'Log of the failed step (last lines)' : 'Debug output (last lines)',
      result,
    ),
  };
}

function debugFindings(ran: RanCommand, name: string): Finding[] {
  const { result, commandKey } = ran;
  const findings: Finding[] = [];
  if (result.exitCode !== 0) {
    findings.push({
      id: 'exit',
      severity: 'fail',
      message: endedWith(ran, name),
      measure: exitMeasure(result),
      fix: `Fix \`${commandKey}\` so that it ${ran.blocked ? 'exits 0' : 'steps through an example and exits 0'} (its output is below).`,
    });
  }
  // A step that failed before the debug step ran printed what it printed, not the debug values.
  if (result.logTail.trim() === '' && !ran.blocked) {
    findings.push({
      id: 'output',
      severity: 'fail',
      message: `${name} printed nothing; it should print the intermediate values of one example`,
      measure: {
        figure: 'output bytes',
        value: result.outputBytes,
        bound: { comparator: '>', limit: 0 },
      },
      fix: `Make \`${commandKey}\` print the intermediate values (features, activations, prediction) of one example.`,
    });
  }
  return findings;
}
