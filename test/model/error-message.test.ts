import assert from 'node:assert/strict';
import { test } from 'vitest';
import { errorMessage } from '../../src/model/error-message.ts';

test('an Error gives its message', () => {
  assert.equal(errorMessage(new TypeError('bad type')), 'bad type');
});

test('what is not an Error still gives a message, never "undefined"', () => {
  assert.equal(errorMessage('plain text'), 'plain text');
  assert.equal(errorMessage({ message: 'from an object' }), 'from an object');
  assert.equal(errorMessage(undefined), 'undefined');
  assert.equal(errorMessage(42), '42');
  assert.equal(errorMessage(Object.create(null)), '[object Object]');
  assert.equal(
    errorMessage({
      toString() {
        throw new Error('no');
      },
    }),
    '[object Object]',
  );
});
