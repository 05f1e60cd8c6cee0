import assert from 'node:assert/strict';
import { test } from 'vitest';
import type { CheckStatus } from '../../src/model/check.ts';
import { statusBadge, statusWord } from '../../src/report/status-badge.ts';

test('every status reads as its word, the emoji only beside it', () => {
  const statuses: CheckStatus[] = ['pass', 'warn', 'fail', 'error', 'skip'];
  for (const status of statuses) {
    const badge = statusBadge({ status });
    assert.match(badge, new RegExp(`^\\S+ ${status}$`));
    assert.doesNotMatch(badge, /GREEN|AMBER|RED|\u00a0/);
  }
  assert.equal(statusBadge({ status: 'pass', waivedFrom: 'fail' }), '✅ pass (fail waived)');
});

test('a status mlgate does not know is shown escaped, without an icon', () => {
  assert.equal(statusWord('constructor'), 'constructor');
  assert.equal(statusWord('**x**'), '\\*\\*x\\*\\*');
});
