/**
 * The gate's verdict, separate from the score: the score says which tests exist
 * and ran, the verdict says whether this change may merge. Every reason is one
 * sentence a reviewer can act on, naming the section or check and its numbers.
 */
import type { Config } from '../config/config-schema.ts';
import type { CheckResult } from '../model/check-result.ts';
import type { ConfigError } from '../model/config-error.ts';
import type { MlTestScore, Verdict } from '../model/report-model.ts';
import { blockingReasons } from './blocking-reasons.ts';

export function decideVerdict(
  score: MlTestScore,
  results: readonly CheckResult[],
  gate: Config['gate'],
  configErrors: readonly ConfigError[],
): Verdict {
  const blocking = blockingReasons(score, results, gate, configErrors);
  return {
    passed: blocking.length === 0,
    reasons: blocking.map((reason) => reason.text),
    blocking,
  };
}
