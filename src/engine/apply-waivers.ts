/**
 * Turns a check's outcome into its result: the status is the worst finding no
 * active waiver covers. Waived findings stay in the result with their waiver, and
 * an expired waiver stays attached (marked expired) so the report can say why it
 * no longer helps. An error can never be waived: it means the check did not run.
 */
import type { Waiver } from '../config/config-schema.ts';
import { waiverCovers } from '../config/waiver-target.ts';
import type { CheckOutcome, FindingSeverity, RubricTestId } from '../model/check.ts';
import type { CheckResult, EvaluatedFinding, WaiverState } from '../model/check-result.ts';
import type { ListedWaiver } from '../model/report-model.ts';
import { unmatchedFindingNote } from './unmatched-finding-note.ts';

export interface WaivableCheck {
  id: string;
  /** The instance of a check configured as a list. */
  instance?: string;
  title: string;
  rubric: readonly RubricTestId[];
}

export type EngineOutcome = CheckOutcome | { kind: 'error'; message: string; transient?: boolean };

export function waiverState(waiver: Waiver, today: string): WaiverState {
  return {
    check: waiver.check,
    ...(waiver.finding === undefined ? {} : { finding: waiver.finding }),
    reason: waiver.reason,
    owner: waiver.owner,
    expires: waiver.expires,
    // The waiver still holds on its `expires` day; YYYY-MM-DD strings sort as dates.
    expired: today > waiver.expires,
  };
}

export function applyWaivers(
  check: WaivableCheck,
  outcome: EngineOutcome,
  waivers: readonly Waiver[],
  today: string,
  durationMs: number,
): CheckResult {
  const { id, instance, title, rubric } = check;
  const base = { id, ...(instance === undefined ? {} : { instance }), title, rubric, durationMs };
  const empty = { figures: [], findings: [], details: [] };
  const forCheck = waivers.filter((waiver) => waiverCovers(waiver.check, id, instance));
  if (outcome.kind === 'skipped') {
    return { ...base, status: 'skip', summary: outcome.reason, ...empty };
  }
  if (outcome.kind === 'error') {
    const summary =
      forCheck.length === 0
        ? outcome.message
        : `${outcome.message.replace(/[.\s]*$/, '.')} A waiver targets this check, but an error cannot be waived: the check did not run, so fix the error.`;
    const transient = outcome.transient === true ? { transient: true } : {};
    return { ...base, status: 'error', summary, ...empty, ...transient };
  }
  const checkWaiver = preferActive(
    forCheck.filter((waiver) => waiver.finding === undefined).map((w) => waiverState(w, today)),
  );
  const findings: EvaluatedFinding[] = outcome.findings.map((finding) => {
    const own = preferActive(
      forCheck.filter((waiver) => waiver.finding === finding.id).map((w) => waiverState(w, today)),
    );
    const waiver = preferActive([own, checkWaiver].filter((state) => state !== undefined));
    return waiver === undefined ? { ...finding } : { ...finding, waiver };
  });
  const worstBefore = worst(findings.map((finding) => finding.severity));
  const worstAfter = worst(
    findings.filter((finding) => !isWaived(finding)).map((finding) => finding.severity),
  );
  return {
    ...base,
    status: worstAfter ?? 'pass',
    ...(worstBefore !== undefined && worstBefore !== worstAfter ? { waivedFrom: worstBefore } : {}),
    summary: outcome.summary,
    figures: outcome.figures,
    findings,
    details: outcome.details,
    ...(checkWaiver === undefined ? {} : { waiver: checkWaiver }),
  };
}

/** Every configured waiver with what it did this run; one that matched nothing is worth telling the reviewer. */
export function listWaiverStates(
  waivers: readonly Waiver[],
  today: string,
  results: readonly CheckResult[],
): ListedWaiver[] {
  return waivers.map((waiver) => {
    const state = waiverState(waiver, today);
    const { effect, note } = waiverEffect(waiver, state.expired, results);
    return { ...state, effect, note };
  });
}

/**
 * What a waiver did: a plain check id covers every instance of a check
 * configured as a list, so it is refused only when all of them errored and
 * counts the findings of all of them.
 */
function waiverEffect(
  waiver: Waiver,
  expired: boolean,
  results: readonly CheckResult[],
): Pick<ListedWaiver, 'effect' | 'note'> {
  const listed = (effect: ListedWaiver['effect'], note: string) => ({ effect, note });
  const targets = results.filter((result) =>
    waiverCovers(waiver.check, result.id, result.instance),
  );
  const ran = targets.filter((result) => result.status !== 'error');
  if (targets.length > 0 && ran.length === 0) {
    return listed(
      'refused',
      `Check \`${waiver.check}\` ended in an error, and an error cannot be waived.`,
    );
  }
  if (expired) {
    return listed(
      'expired',
      `Expired on ${waiver.expires}; it no longer applies. Renew it or fix the finding.`,
    );
  }
  if (targets.length === 0) {
    return listed(
      'unused',
      `No check \`${waiver.check}\` ran in this run; is it configured under \`checks:\`?`,
    );
  }
  if (ran.every((result) => result.status === 'skip')) {
    return listed(
      'unused',
      `Check \`${waiver.check}\` was skipped, so there was nothing to waive.`,
    );
  }
  const findings = ran.flatMap((result) => result.findings);
  const matched =
    waiver.finding === undefined
      ? findings
      : findings.filter((finding) => finding.id === waiver.finding);
  if (matched.length === 0) {
    return listed(
      'unused',
      waiver.finding === undefined
        ? `Check \`${waiver.check}\` had no findings, so there was nothing to waive; remove the waiver if it is no longer needed.`
        : unmatchedFindingNote(
            waiver.check,
            waiver.finding,
            findings.map((finding) => finding.id),
          ),
    );
  }
  // Two waivers can match one finding (`drift` and `drift[eu]`); applyWaivers attaches one of
  // them, and only the findings this one waived count for it.
  const waived = matched.filter(
    (finding) => finding.waiver && isSameWaiver(finding.waiver, waiver),
  );
  if (waived.length === 0) {
    return listed(
      'unused',
      `Every finding it matches is waived by another waiver (one that names the finding wins over one for the whole check, then the first in \`waivers:\`); remove one of them.`,
    );
  }
  const count = waived.length === 1 ? '1 finding' : `${waived.length} findings`;
  return listed('waived', `Waived ${count} of check \`${waiver.check}\`.`);
}

function isSameWaiver(state: WaiverState, waiver: Waiver): boolean {
  return (
    state.check === waiver.check &&
    state.finding === waiver.finding &&
    state.reason === waiver.reason &&
    state.owner === waiver.owner &&
    state.expires === waiver.expires
  );
}

export function isWaived(finding: EvaluatedFinding): boolean {
  return finding.waiver !== undefined && !finding.waiver.expired;
}

function preferActive(states: readonly WaiverState[]): WaiverState | undefined {
  return states.find((state) => !state.expired) ?? states[0];
}

function worst(severities: readonly FindingSeverity[]): FindingSeverity | undefined {
  if (severities.includes('fail')) return 'fail';
  return severities.includes('warn') ? 'warn' : undefined;
}
