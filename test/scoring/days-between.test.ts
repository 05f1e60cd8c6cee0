import assert from 'node:assert/strict';
import { test } from 'vitest';
import { daysBetween } from '../../src/scoring/days-between.ts';

test('counts calendar days across months, leap days and years', () => {
  assert.equal(daysBetween('2026-06-15', '2026-06-15'), 0);
  assert.equal(daysBetween('2024-02-28', '2024-03-01'), 2); // 2024 is a leap year
  assert.equal(daysBetween('2025-02-28', '2025-03-01'), 1);
  assert.equal(daysBetween('2025-06-15', '2026-06-15'), 365);
  assert.equal(daysBetween('2026-06-16', '2026-06-15'), -1);
});

test('refuses text that is not a YYYY-MM-DD date', () => {
  assert.throws(() => daysBetween('15.06.2026', '2026-06-15'), /YYYY-MM-DD/);
  assert.throws(() => daysBetween('2026-06-15', '2026-13-01'), /YYYY-MM-DD/);
});
