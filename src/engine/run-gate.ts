/**
 * The whole gate for one repository: read and validate mlgate.yml, run the
 * checks, score the rubric, decide the verdict. The action and the CLI both
 * call this; neither can reach a different verdict from the same inputs.
 */

import { type Config, configSchema } from '../config/config-schema.ts';
import { parseConfig } from '../config/parse-config.ts';
import type { ConfigError } from '../model/config-error.ts';
import { errorMessage } from '../model/error-message.ts';
import type { Report } from '../model/report-model.ts';
import type { RunEvent } from '../model/run-event.ts';
import { attestationEvidencePaths } from '../scoring/ml-test-score.ts';
import type { Workspace } from '../workspace/workspace.ts';
import { buildReport } from './build-report.ts';
import { runChecks } from './run-checks.ts';

export interface GateRun {
  /** mlgate.yml, relative to the workspace root. */
  configPath: string;
  workspace: Workspace;
  event: RunEvent;
  now: Date;
  mlgateVersion: string;
}

export interface GateOutcome {
  report: Report;
  /** The validated config, absent when it had errors. */
  config?: Config;
}

/** What the gate scores against when mlgate.yml can't be used: nothing runs, nothing passes. */
const fallbackConfig: Config = {
  version: 1,
  gate: configSchema.shape.gate.parse(undefined),
  checks: {},
  attestations: {},
  waivers: [],
};

export async function runGate(run: GateRun): Promise<GateOutcome> {
  const { configPath, workspace, event, now, mlgateVersion } = run;
  const base = { event, now, mlgateVersion };
  let text: string;
  try {
    text = await workspace.readText(configPath, 'config');
  } catch (error) {
    const unreadable: ConfigError = {
      file: configPath,
      message: errorMessage(error),
      fix: 'create it (the README has a starting point) or point the `config` input at it',
    };
    return { report: configErrorReport([unreadable], base) };
  }
  const parsed = parseConfig(text, configPath);
  if (!parsed.ok) return { report: configErrorReport(parsed.errors, base) };
  const config = parsed.config;
  const results = await runChecks(config.checks, config.waivers, { workspace, event, now });
  const evidenceExists = new Map<string, boolean>();
  for (const evidence of attestationEvidencePaths(config.attestations)) {
    // A path that escapes the repository counts as missing evidence, with the scorer's reason.
    evidenceExists.set(
      evidence,
      await workspace.exists(evidence, 'attestations').catch(() => false),
    );
  }
  return {
    config,
    report: buildReport({ config, results, evidenceExists, ...base, configErrors: [] }),
  };
}

function configErrorReport(
  configErrors: ConfigError[],
  base: { event: RunEvent; now: Date; mlgateVersion: string },
): Report {
  return buildReport({
    config: fallbackConfig,
    results: [],
    evidenceExists: new Map(),
    ...base,
    configErrors,
  });
}
