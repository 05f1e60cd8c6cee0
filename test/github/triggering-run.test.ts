import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { triggeringRunOf } from '../../src/github/triggering-run.ts';

const payload = () =>
  JSON.parse(
    readFileSync(
      new URL('../fixtures/github/workflow_run.completed.json', import.meta.url),
      'utf8',
    ),
  );

describe('triggeringRunOf', () => {
  it('takes run id, head SHA and head repository from the workflow_run payload', () => {
    assert.deepEqual(triggeringRunOf('workflow_run', payload()), {
      id: 289782451,
      event: 'repository_dispatch',
      conclusion: 'success',
      headSha: '3484a3fb816e0859fd6e1cea078d76385ff50625',
      headBranch: 'master',
      htmlUrl: 'https://github.com/octo-org/octo-repo/actions/runs/289782451',
      headRepository: 'octo-org/octo-repo',
    });
  });

  it('refuses other events with a pointer to the two-workflow setup', () => {
    assert.throws(
      () => triggeringRunOf('pull_request', payload()),
      /`mode: publish` runs on `workflow_run`.*not on `pull_request`.*docs\/pull-request-comments\.md/,
    );
  });

  it('names the malformed field', () => {
    const broken = payload();
    broken.workflow_run.head_sha = 'main';
    assert.throws(
      () => triggeringRunOf('workflow_run', broken),
      /`workflow_run.head_sha` \(expected a 40-hex commit SHA\)/,
    );
  });
});
