import assert from 'node:assert/strict';
import { test } from 'vitest';
import {
  compareVersions,
  isMajorChange,
} from '../../../src/infra/dependencies/compare-versions.ts';

test('orders versions as packaging.version.Version does', () => {
  // python3: (V(a) > V(b)) - (V(a) < V(b)) with packaging.version.Version
  const expected: Array<[string, string, number]> = [
    ['1.0.0a1', '1.0.0', -1],
    ['1.0.0rc1', '1.0.0', -1],
    ['1.0.0', '1.0.0.post1', -1],
    ['1.0.0.dev1', '1.0.0a1', -1],
    ['1!0.1', '2.0', 1],
    ['2.0', '2.0.0', 0],
    ['1.10', '1.9', 1],
    ['1.0+local', '1.0', 1],
  ];
  for (const [a, b, order] of expected) {
    assert.equal(Math.sign(compareVersions(a, b)), order, `${a} vs ${b}`);
  }
});

test('orders SemVer pre-releases before the release', () => {
  assert.ok(compareVersions('7.0.0-beta.2', '7.0.0') < 0);
  assert.ok(compareVersions('7.0.0-alpha.1', '7.0.0-beta.1') < 0);
  assert.ok(compareVersions('2024.10.1', '2024.9.30') > 0);
});

test('a major change is the first number moving, or the second for 0.x', () => {
  assert.equal(isMajorChange('1.26.4', '2.0.2'), true);
  assert.equal(isMajorChange('2.0.2', '1.26.4'), true);
  assert.equal(isMajorChange('1.3.2', '1.4.2'), false);
  assert.equal(isMajorChange('0.4.1', '0.5.0'), true);
  assert.equal(isMajorChange('0.4.1', '0.4.9'), false);
});
