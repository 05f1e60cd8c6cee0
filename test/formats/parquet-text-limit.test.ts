import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import {
  isTextTooLong,
  maxTextBytes,
  ParquetTextTooLong,
} from '../../src/formats/parquet-text-limit.ts';

/** The error the engine throws, produced for real: 'a'.repeat fails before allocating. */
function engineError(make: () => unknown): unknown {
  try {
    make();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('maxTextBytes', () => {
  it('is the longest string Node can hold (2^29 − 24 in V8)', () => {
    assert.equal(maxTextBytes, 2 ** 29 - 24);
  });
});

describe('isTextTooLong', () => {
  it('knows the limit error and the engine errors for too long a string, and nothing else', () => {
    assert.ok(isTextTooLong(new ParquetTextTooLong(10, 5)));
    assert.ok(isTextTooLong(engineError(() => 'a'.repeat(2 ** 29))));
    assert.ok(
      isTextTooLong(
        Object.assign(new Error('Cannot create a string longer than 0x1fffffe8 characters'), {
          code: 'ERR_STRING_TOO_LONG',
        }),
      ),
    );
    assert.ok(!isTextTooLong(new RangeError('Offset is outside the bounds of the DataView')));
    assert.ok(!isTextTooLong(undefined));
  });
});
