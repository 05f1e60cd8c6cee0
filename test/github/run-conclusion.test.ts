import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { passFromFailedRunRefusal, unfinishedRunRefusal } from '../../src/github/run-conclusion.ts';

const run = (conclusion: string | null) => ({ id: 42, conclusion });

describe('the trusted run conclusion against the report', () => {
  it('reads the report of a run that finished, well or badly', () => {
    assert.equal(unfinishedRunRefusal(run('success')), undefined);
    assert.equal(unfinishedRunRefusal(run('failure')), undefined);
  });

  it('refuses a run that did not finish, whatever its report says', () => {
    for (const conclusion of [
      'cancelled',
      'timed_out',
      'skipped',
      'neutral',
      'action_required',
      'stale',
      'startup_failure',
      null,
    ]) {
      const refusal = unfinishedRunRefusal(run(conclusion));
      assert.ok(refusal, String(conclusion));
      assert.match(
        refusal.problem,
        new RegExp(
          `^the evaluate run 42 concluded \`${conclusion ?? 'none'}\`, not \`success\` or \`failure\``,
        ),
      );
      assert.match(refusal.fix, /^Re-run the evaluate workflow/);
    }
  });

  it('refuses a passing report from a run that failed, and says what to do', () => {
    const refusal = passFromFailedRunRefusal(run('failure'), true);
    assert.deepEqual(refusal, {
      problem:
        "the report of the evaluate run 42 says the gate passed, but GitHub says the run concluded `failure`; mlgate trusts GitHub's conclusion over the report, which the pull request's code could have written",
      fix: "Open the run's log to see which step failed; fix it (or move steps that may fail out of the evaluate workflow) and re-run it. A passing verdict is published only from a run that succeeded.",
    });
  });

  it('lets the stricter signal win: a block is published from any finished run, a pass only from a success', () => {
    assert.equal(passFromFailedRunRefusal(run('failure'), false), undefined);
    assert.equal(passFromFailedRunRefusal(run('success'), false), undefined);
    assert.equal(passFromFailedRunRefusal(run('success'), true), undefined);
  });
});
