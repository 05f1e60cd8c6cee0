import assert from 'node:assert/strict';
import { test } from 'vitest';
import { isTransientError } from '../../src/engine/transient-error.ts';

test('network and service failures are transient; anything else needs a fix', () => {
  const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
  assert.equal(isTransientError(reset), true);
  assert.equal(isTransientError(new TypeError('fetch failed', { cause: reset })), true);
  assert.equal(isTransientError(Object.assign(new Error('x'), { status: 503 })), true);
  assert.equal(isTransientError(Object.assign(new Error('x'), { status: 404 })), false);
  assert.equal(isTransientError(Object.assign(new Error('nope'), { code: 'ENOENT' })), false);
  assert.equal(isTransientError(new Error('data/x.csv: column a not found')), false);
  assert.equal(isTransientError('ETIMEDOUT'), false);
});
