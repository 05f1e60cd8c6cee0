/**
 * Infra 5 — the model is debuggable. A command that steps one example
 * through the pipeline and prints what it computes; it passes when it exits 0
 * and prints something. Runs in the repository itself (it only reads), so it
 * sees the model and data earlier steps produced. What it printed is shown.
 */

import {
  commandLog,
  exitDescription,
  exitMeasure,
  minutesToMs,
  requireFinished,
  roundedSeconds,
} from '../../infra/command-outcome.ts';
import type { Finding } from '../../model/check.ts';
import type { CheckDefinition } from '../check-definition.ts';
import { debuggabilityConfig } from './debuggability-config.ts';

const key = 'checks.debuggability.command';

export const debuggability: CheckDefinition<typeof debuggabilityConfig> = {
  id: 'debuggability',
  title: 'The model is debuggable',
  rubric: ['infra-5'],
  config: debuggabilityConfig,
  async run(config, { workspace }) {
    const result = await workspace.runCommand({
      command: config.command,
      key,
      timeoutMs: minutesToMs(config.timeout_minutes),
      ...(config.working_directory ? { workingDirectory: config.working_directory } : {}),
    });
    if (result.outcome === 'refused') return { kind: 'skipped', reason: result.reason };
    requireFinished(result, key, config.timeout_minutes);
    const printed = result.logTail.trim() !== '';
    const findings: Finding[] = [];
    if (result.exitCode !== 0) {
      findings.push({
        id: 'exit',
        severity: 'fail',
        message: `the debug command ended with ${exitDescription(result)}`,
        measure: exitMeasure(result),
        fix: `Fix \`${key}\` so that it steps through an example and exits 0 (its output is below).`,
      });
    }
    if (!printed) {
      findings.push({
        id: 'output',
        severity: 'fail',
        message:
          'the debug command printed nothing; it should print the intermediate values of one example',
        measure: {
          figure: 'output bytes',
          value: result.outputBytes,
          bound: { comparator: '>', limit: 0 },
        },
        fix: `Make \`${key}\` print the intermediate values (features, activations, prediction) of one example.`,
      });
    }
    return {
      kind: 'ran',
      summary:
        findings.length === 0
          ? `\`${config.command}\` stepped through an example in ${roundedSeconds(result.durationMs)} and printed ${result.outputBytes} bytes`
          : `\`${config.command}\`: ${findings.map((f) => f.message).join('; ')}`,
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
      details: commandLog('Debug output (last lines)', result),
    };
  },
};
