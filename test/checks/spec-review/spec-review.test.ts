import assert from 'node:assert/strict';
import { afterAll, test } from 'vitest';
import { specReview } from '../../../src/checks/spec-review/spec-review.ts';
import { specReviewConfig } from '../../../src/checks/spec-review/spec-review-config.ts';
import type { CheckOutcome } from '../../../src/model/check.ts';
import { diskWorkspace } from '../../mocks/disk-workspace.ts';
import { tempGitRepository } from '../../mocks/temp-git-repository.ts';

const repo = tempGitRepository({
  '.github/CODEOWNERS': [
    '*            @acme/platform',
    '/models/     @acme/ml-leads',
    '/models/experimental',
    '!/models/experimental/ @acme/ml-leads',
    '/configs/    @alice data@example.com',
  ].join('\n'),
  'models/churn/spec.yaml': 'layers: 2\n',
  'models/experimental/spec.yaml': 'layers: 9\n',
  'configs/train.yaml': 'lr: 0.1\n',
  'README.md': 'x\n',
});
const base = repo.commit('base');
repo.write({
  // Changed in the PR, but GitHub reads CODEOWNERS from the base branch: this does not apply yet.
  '.github/CODEOWNERS': '/models/ @mallory\n',
  'models/churn/spec.yaml': 'layers: 3\n',
  'models/new/spec.yaml': 'layers: 1\n',
  'configs/train.yaml': 'lr: 0.2\n',
});
repo.commit('head');
repo.write({ 'configs/local.yaml': 'lr: 9\n' });
afterAll(() => repo.remove());

const paths = ['models/**/spec.yaml', 'configs/*.yaml', 'configs/local.yaml'];

async function run(
  config: unknown,
  event: { name: string; baseSha?: string },
): Promise<CheckOutcome> {
  return specReview.run(specReviewConfig.parse(config), {
    workspace: diskWorkspace(repo.root),
    event,
    now: new Date('2026-11-01T00:00:00Z'),
  });
}

function ran(outcome: CheckOutcome) {
  assert.equal(outcome.kind, 'ran');
  if (outcome.kind !== 'ran') throw new Error('unreachable');
  return outcome;
}

test('names the owners whose review the change needs, from the base branch CODEOWNERS', async () => {
  const outcome = ran(await run({ paths }, { name: 'pull_request', baseSha: base }));
  const table = outcome.details[0];
  assert.deepEqual(table?.type === 'table' && table.rows, [
    ['configs/train.yaml', '@alice data@example.com', '.github/CODEOWNERS:5 /configs/', 'yes'],
    ['models/churn/spec.yaml', '@acme/ml-leads', '.github/CODEOWNERS:2 /models/', 'yes'],
    ['models/experimental/spec.yaml', '—', '.github/CODEOWNERS:3 /models/experimental', 'no'],
    ['models/new/spec.yaml', '@acme/ml-leads', '.github/CODEOWNERS:2 /models/', 'yes'],
  ]);
  assert.equal(
    outcome.summary,
    'this change touches 3 spec files; review needed from @acme/ml-leads, @alice, data@example.com',
  );
  assert.deepEqual(
    outcome.findings.map((f) => [f.id, f.severity]),
    [
      ['not-tracked:configs/local.yaml', 'fail'],
      ['codeowners:line:4', 'warn'],
      ['unowned:models/experimental/spec.yaml', 'fail'],
    ],
  );
  assert.equal(
    outcome.findings[0]?.message,
    'configs/local.yaml exists but is not tracked by git: commit it so that it is reviewed and versioned',
  );
  assert.equal(
    outcome.findings[2]?.message,
    'models/experimental/spec.yaml has no code owner: .github/CODEOWNERS:3 `/models/experimental` matches it last and lists no owners',
  );
  assert.deepEqual(
    outcome.findings.map((f) => [f.cause, f.fix]),
    [
      [undefined, 'Commit configs/local.yaml.'],
      [undefined, 'Rewrite line 4 of .github/CODEOWNERS in a syntax GitHub reads, or delete it.'],
      [
        'codeowners:rule:3',
        'Give `/models/experimental` on line 3 of .github/CODEOWNERS an owner, or add a later rule with owners for models/experimental/spec.yaml.',
      ],
    ],
  );
  assert.deepEqual(outcome.figures[1], {
    name: 'spec files without owners',
    value: 1,
    threshold: '= 0',
    bound: { comparator: '==', limit: 0 },
  });
});

test('without a base revision the checkout CODEOWNERS is used and no change is reviewed', async () => {
  const outcome = ran(await run({ paths: ['models/**/spec.yaml'] }, { name: 'push' }));
  assert.equal(
    outcome.summary,
    '3 spec files checked against .github/CODEOWNERS (no base revision, so no change to review)',
  );
  assert.deepEqual(outcome.findings, []);
  const table = outcome.details[0];
  assert.deepEqual(table?.type === 'table' && table.rows.map((row) => row[1]), [
    '@mallory',
    '@mallory',
    '@mallory',
  ]);
});

test('no CODEOWNERS file at the configured path fails', async () => {
  const outcome = ran(
    await run({ paths, codeowners: 'docs/CODEOWNERS' }, { name: 'pull_request', baseSha: base }),
  );
  const missing = outcome.findings.find((f) => f.id === 'codeowners:missing');
  assert.match(missing?.fix ?? '', /or set `checks\.spec_review\.codeowners` to yours\.$/);
});
