/**
 * Which signal wins when the evaluate run's conclusion and its report
 * disagree. GitHub writes the conclusion (the workflow_run event); the pull
 * request's code could write the report, so the trusted conclusion decides
 * and the report may only make the verdict stricter:
 *
 * | evaluate run concluded | report passed | report blocked |
 * | --- | --- | --- |
 * | `success` | published as passed | published as blocked (the stricter signal) |
 * | `failure` | refused | published as blocked |
 * | anything else (`cancelled`, `timed_out`, `skipped`, …, none) | refused | refused |
 *
 * A passing gate does not fail its evaluate job, so a passing report from a
 * failed run was either forged or shares its run with a step that failed; in
 * both cases a green check would hide a red run. A run that did not finish
 * (cancelled, timed out, skipped) is refused before its artifact is read.
 */
import type { TriggeringRun } from './triggering-run.ts';

/** Why publish mode refuses a run's report, as sentences: what, why, what to do. */
export interface Refusal {
  problem: string;
  fix: string;
}

type RunFacts = Pick<TriggeringRun, 'id' | 'conclusion'>;

/** The runs whose report can be read at all: they finished, well or badly. */
const finished: ReadonlySet<string> = new Set(['success', 'failure']);

/** A refusal for a run that did not finish, before its artifact is read. */
export function unfinishedRunRefusal(run: RunFacts): Refusal | undefined {
  if (run.conclusion !== null && finished.has(run.conclusion)) return undefined;
  return {
    problem:
      `the evaluate run ${run.id} concluded \`${run.conclusion ?? 'none'}\`, not \`success\` or \`failure\`, ` +
      'so it may not have finished the gate; its report is not published',
    fix: 'Re-run the evaluate workflow; mlgate publishes the report of a run that concluded `success` or `failure`.',
  };
}

/** A refusal for a report that says passed from a run GitHub says failed. */
export function passFromFailedRunRefusal(
  run: RunFacts,
  reportPassed: boolean,
): Refusal | undefined {
  if (!reportPassed || run.conclusion === 'success') return undefined;
  return {
    problem:
      `the report of the evaluate run ${run.id} says the gate passed, but GitHub says the run concluded ` +
      `\`${run.conclusion ?? 'none'}\`; mlgate trusts GitHub's conclusion over the report, which the pull request's code could have written`,
    fix:
      "Open the run's log to see which step failed; fix it (or move steps that may fail out of the evaluate workflow) and re-run it. " +
      'A passing verdict is published only from a run that succeeded.',
  };
}
