/**
 * The whole gate for one repository: read and validate mlgate.yml, run the
 * checks, score the rubric, decide the verdict. The action and the CLI both
 * call this; neither can reach a different verdict from the same inputs.
 */

import type { CheckContext } from '../checks/check-definition.ts';
import { createPipeline } from '../checks/pipeline/pipeline.ts';
import { withStepOutputs } from '../checks/pipeline/step-output-workspace.ts';
import { withQuerySourceRows } from '../checks/query-source-rows/query-source-rows-workspace.ts';
import { type Config, gateSchema } from '../config/config-schema.ts';
import { parseConfig } from '../config/parse-config.ts';
import type { CheckResult } from '../model/check-result.ts';
import type { ConfigError } from '../model/config-error.ts';
import { errorMessage } from '../model/error-message.ts';
import type { Report } from '../model/report-model.ts';
import type { RunEvent } from '../model/run-event.ts';
import { attestationEvidencePaths } from '../scoring/ml-test-score.ts';
import type { Workspace } from '../workspace/workspace.ts';
import { buildReport } from './build-report.ts';
import { withDefaultChecks } from './default-checks.ts';
import { runChecks } from './run-checks.ts';

export interface GateRun {
  /** mlgate.yml, relative to the workspace root. */
  configPath: string;
  workspace: Workspace;
  event: RunEvent;
  now: Date;
  /** Milliseconds on a monotonic clock, for how long each check ran. */
  elapsedMs: () => number;
  mlgateVersion: string;
  /** Runs bootstrap resamples on several threads; absent, they run in this one. */
  resampleRunner?: CheckContext['resampleRunner'];
  /** The workspace's scan threads, for drift comparisons; absent, checks compare on this one. */
  scanThreads?: CheckContext['scanThreads'];
}

export interface GateOutcome {
  report: Report;
  /** The validated config, absent when it had errors. */
  config?: Config;
}

/** What the gate scores against when mlgate.yml can't be used: nothing runs, nothing passes. */
const fallbackConfig: Config = {
  version: 1,
  gate: gateSchema.parse(undefined),
  steps: {},
  checks: {},
  attestations: {},
  waivers: [],
};

export async function runGate(run: GateRun): Promise<GateOutcome> {
  const { configPath, workspace, event, now, elapsedMs, mlgateVersion } = run;
  const base = { event, now, mlgateVersion };
  const read = await readConfigText(workspace, configPath);
  if ('error' in read) return { report: configErrorReport([read.error], base) };
  const parsed = parseConfig(read.text, configPath);
  if (!parsed.ok) return { report: configErrorReport(parsed.errors, base) };
  const config = parsed.config;
  const { resampleRunner, scanThreads } = run;
  const context = {
    workspace,
    event,
    now,
    ...(resampleRunner ? { resampleRunner } : {}),
    ...(scanThreads ? { scanThreads } : {}),
  };
  const results = await runWithPipeline(config, context, elapsedMs);
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

/**
 * mlgate.yml's text, or the config error that says why it can't be read. Each
 * reason has its own fix: a path outside the working directory is moved (or the
 * working directory widened), a missing file is created, anything else is
 * explained by the file system's own message.
 */
async function readConfigText(
  workspace: Workspace,
  configPath: string,
): Promise<{ text: string } | { error: ConfigError }> {
  try {
    // The Workspace's resolve throws for a path that escapes the root or is absolute.
    workspace.resolve(configPath, 'config');
  } catch {
    return {
      error: {
        file: configPath,
        message: `not inside the working directory ${workspace.root}: mlgate reads only files inside the repository it gates, so a pull request can't point it at the runner's files`,
        fix: "move it into the working directory, or pass --working-directory (the action's `working-directory` input) a folder that contains it and name the config relative to that folder",
      },
    };
  }
  try {
    return { text: await workspace.readText(configPath, 'config') };
  } catch (error) {
    const missing = !(await workspace.exists(configPath, 'config').catch(() => false));
    return {
      error: {
        file: configPath,
        message: errorMessage(error),
        fix: missing
          ? 'create it (the README has a starting point) or point the `config` input at it'
          : 'make it a file mlgate can read: not a folder, readable by the runner, not a link out of the repository',
      },
    };
  }
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

/**
 * Runs the checks, with the pipeline when mlgate.yml declares steps: checks
 * then read `{step, file}` inputs from the steps' run, and committed_artifacts
 * runs unless configured (src/engine/default-checks.ts). The steps' scratch
 * copy is removed afterwards whatever happened.
 */
async function runWithPipeline(
  config: Config,
  given: CheckContext,
  elapsedMs: () => number,
): Promise<CheckResult[]> {
  // Table inputs that are query sources read their rows through the engine.
  const context = { ...given, workspace: withQuerySourceRows(given.workspace) };
  if (Object.keys(config.steps).length === 0) {
    return runChecks(config.checks, config.waivers, context, elapsedMs);
  }
  const pipeline = createPipeline(context.workspace, config.steps);
  try {
    const withSteps = {
      ...context,
      workspace: withStepOutputs(context.workspace, pipeline),
      pipeline,
    };
    return await runChecks(withDefaultChecks(config), config.waivers, withSteps, elapsedMs);
  } finally {
    await pipeline.dispose();
  }
}
