import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { unreadableFindings } from '../../../src/checks/drift/unreadable-findings.ts';
import type { DriftResult } from '../../../src/drift/drift-result.ts';
import { meetsBound } from '../../../src/model/bound.ts';

describe('unreadable cells findings', () => {
  it('keep the raw share, so a share just above the limit still breaks it', () => {
    const result = {
      rules: { maxUnreadableShare: 0.05 },
      unreadable: [
        {
          role: 'current',
          path: 'data/current.csv',
          column: 'temp',
          expected: 'number',
          count: 500001,
          cells: 10000000,
          share: 0.0500001,
          verdict: 'fail',
          examples: [{ row: 1, line: 2, value: '12,5' }],
        },
      ],
    } as unknown as DriftResult;
    const [finding] = unreadableFindings(result, 'drift', 'checks.drift');
    assert.deepEqual(finding?.measure, {
      figure: 'unreadable cells share',
      value: 0.0500001,
      bound: { comparator: '<=', limit: 0.05 },
    });
    assert.equal(meetsBound(finding?.measure?.value, finding!.measure!.bound), false);
  });
});
