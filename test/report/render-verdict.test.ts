import assert from 'node:assert/strict';
import { test } from 'vitest';
import type { BlockingReason } from '../../src/model/report-model.ts';
import { shownReasons } from '../../src/report/render-verdict.ts';

const finding = (check: string, text: string): BlockingReason => ({
  kind: 'findings',
  check,
  severity: 'fail',
  findings: [text],
  text,
  fixes: [],
});

test('the first screen shows every blocking check before any check twice, in the verdict order', () => {
  const coverage: BlockingReason = { kind: 'coverage', text: 'c', fixes: [] };
  const blocking: BlockingReason[] = [
    finding('schema_validation', 's1'),
    finding('schema_validation', 's2'),
    finding('schema_validation', 's3'),
    finding('model_quality', 'm1'),
    finding('model_quality', 'm2'),
    finding('drift', 'd1'),
    coverage,
  ];
  assert.deepEqual(
    shownReasons(blocking).map((reason) => reason.text),
    ['s1', 's2', 'm1', 'd1', 'c'],
  );
  assert.deepEqual(
    shownReasons(blocking.slice(0, 3)).map((reason) => reason.text),
    ['s1', 's2', 's3'],
  );
});
