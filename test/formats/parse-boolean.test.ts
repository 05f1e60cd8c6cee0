import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { parseBooleanCell } from '../../src/formats/parse-boolean.ts';

describe('parseBooleanCell', () => {
  it('reads the Frictionless default spellings as 1 and 0', () => {
    for (const text of ['true', 'True', 'TRUE', '1', ' true '])
      assert.equal(parseBooleanCell(text), 1, text);
    for (const text of ['false', 'False', 'FALSE', '0'])
      assert.equal(parseBooleanCell(text), 0, text);
    assert.equal(parseBooleanCell(true), 1);
    assert.equal(parseBooleanCell(0), 0);
    assert.equal(parseBooleanCell(null), null);
  });
  it('refuses anything else', () => {
    for (const cell of ['yes', 't', 'tRUE', '2', '', 2, 'toString', 'constructor']) {
      assert.equal(parseBooleanCell(cell), undefined, String(cell));
    }
  });
});
