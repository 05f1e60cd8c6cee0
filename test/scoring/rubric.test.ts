import assert from 'node:assert/strict';
import { test } from 'vitest';
import { sections } from '../../src/model/check.ts';
import { rubricTests } from '../../src/scoring/rubric.ts';

test('the rubric has the 28 tests of Breck et al. 2017, seven per section, in order', () => {
  assert.equal(rubricTests.length, 28);
  const prefix = { data: 'data', model: 'model', infrastructure: 'infra', monitoring: 'monitor' };
  for (const section of sections) {
    const ids = rubricTests.filter((t) => t.section === section).map((t) => t.id);
    assert.deepEqual(
      ids,
      [1, 2, 3, 4, 5, 6, 7].map((n) => `${prefix[section]}-${n}`),
    );
  }
});

test('titles are the paper table titles', () => {
  const title = (id: string) => rubricTests.find((t) => t.id === id)?.title;
  assert.equal(title('data-1'), 'Feature expectations are captured in a schema.');
  assert.equal(title('data-3'), "No feature's cost is too much.");
  assert.equal(title('model-5'), 'A simpler model is not better.');
  assert.equal(title('infra-6'), 'Models are canaried before serving.');
  assert.equal(title('monitor-3'), 'Training and serving are not skewed.');
  assert.equal(title('monitor-7'), 'Prediction quality has not regressed.');
});

test('every howToCover names each check that automates the test, or the attestation', () => {
  for (const t of rubricTests) {
    if (t.checks.length === 0) {
      assert.match(t.howToCover, new RegExp(`attestations\\.${t.id}:`), t.id);
    }
    for (const check of t.checks) {
      assert.ok(
        t.howToCover.includes(`\`checks.${check}\``),
        `${t.id} should name checks.${check}`,
      );
    }
  }
});

test('only data-3 and data-6 are attestation-only', () => {
  assert.deepEqual(
    rubricTests.filter((t) => t.checks.length === 0).map((t) => t.id),
    ['data-3', 'data-6'],
  );
});
