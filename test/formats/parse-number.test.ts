import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { parseIntegerCell, parseNumberCell } from '../../src/formats/parse-number.ts';

describe('parseNumberCell', () => {
  it('rejects what parseFloat half-accepts', () => {
    for (const text of [
      '12,8',
      '15.6C',
      'unknown',
      '1.2.3',
      '',
      ' ',
      '1e',
      '.',
      '--1',
      '0x10',
      '1_000',
    ]) {
      assert.equal(parseNumberCell(text), undefined, text);
    }
  });
  it('reads decimals, exponents and the NaN/Infinity spellings of numpy, pandas and R', () => {
    assert.equal(parseNumberCell(' 12.5 '), 12.5);
    assert.equal(parseNumberCell('-.5e-3'), -0.0005);
    assert.equal(parseNumberCell('1.'), 1);
    assert.ok(Number.isNaN(parseNumberCell('NaN')));
    assert.equal(parseNumberCell('-inf'), Number.NEGATIVE_INFINITY);
    assert.equal(parseNumberCell('Infinity'), Number.POSITIVE_INFINITY);
    assert.equal(parseNumberCell(null), null);
    assert.equal(parseNumberCell(true), undefined);
  });
});

describe('parseIntegerCell', () => {
  it('accepts a sign and digits only', () => {
    assert.equal(parseIntegerCell(' -42 '), -42);
    assert.equal(parseIntegerCell('+7'), 7);
    assert.equal(parseIntegerCell(12), 12);
    assert.equal(parseIntegerCell(null), null);
  });
  it('rejects decimals, exponents and non-whole JSON numbers', () => {
    for (const cell of ['1.0', '1e3', '12,8', 'nan', '', 1.5, false]) {
      assert.equal(parseIntegerCell(cell), undefined, String(cell));
    }
  });
});
