/** Builds CheckResults for scoring and report tests through the real applyWaivers. */
import type { Waiver } from '../../src/config/config-schema.ts';
import { applyWaivers, type EngineOutcome } from '../../src/engine/apply-waivers.ts';
import type { CheckOutcome, Finding, RubricTestId } from '../../src/model/check.ts';
import type { CheckResult } from '../../src/model/check-result.ts';

export const today = '2026-06-15';

export function ran(
  findings: Finding[] = [],
  extra: Partial<Extract<CheckOutcome, { kind: 'ran' }>> = {},
): EngineOutcome {
  return { kind: 'ran', summary: 'ran', figures: [], findings, details: [], ...extra };
}

export function checkResult(
  id: string,
  rubric: readonly RubricTestId[],
  outcome: EngineOutcome,
  waivers: Waiver[] = [],
): CheckResult {
  const title = id.replaceAll('_', ' ').replace(/^./, (c) => c.toUpperCase());
  return applyWaivers({ id, title, rubric }, outcome, waivers, today, 12);
}

export const fail = (id: string, message = `${id} is wrong`): Finding => ({
  id,
  severity: 'fail',
  message,
});
export const warn = (id: string, message = `${id} looks off`): Finding => ({
  id,
  severity: 'warn',
  message,
});
