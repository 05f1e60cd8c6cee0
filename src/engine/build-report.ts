/**
 * Assembles the report from one run: scores the rubric, lists the waivers,
 * decides the verdict. Pure: the caller has already run the checks and looked up
 * the attestations' evidence files.
 */
import type { Config } from '../config/config-schema.ts';
import type { CheckResult } from '../model/check-result.ts';
import type { ConfigError } from '../model/config-error.ts';
import type { Report } from '../model/report-model.ts';
import type { RunEvent } from '../model/run-event.ts';
import { scoreMlTest } from '../scoring/ml-test-score.ts';
import { listWaiverStates } from './apply-waivers.ts';
import { decideVerdict } from './verdict.ts';

export interface BuildReportInput {
  config: Config;
  results: CheckResult[];
  /** Whether each attestation's evidence path exists, keyed as written in the config. */
  evidenceExists: ReadonlyMap<string, boolean>;
  event: RunEvent;
  now: Date;
  mlgateVersion: string;
  /** Config problems that stopped the checks from running; any of them blocks the gate. */
  configErrors: ConfigError[];
}

export function buildReport(input: BuildReportInput): Report {
  const { config, results, configErrors } = input;
  const today = input.now.toISOString().slice(0, 10);
  const score = scoreMlTest({
    results,
    attestations: config.attestations,
    gate: config.gate,
    evidenceExists: input.evidenceExists,
    today,
  });
  return {
    schemaVersion: 2,
    mlgateVersion: input.mlgateVersion,
    generatedAt: input.now.toISOString(),
    event: input.event,
    verdict: decideVerdict(score, results, config.gate, configErrors),
    score,
    checks: results,
    waivers: listWaiverStates(config.waivers, today, results),
    configErrors,
  };
}
