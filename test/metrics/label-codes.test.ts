import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { labelCodesOfCells, labelCodesOfDictionary } from '../../src/metrics/label-codes.ts';

describe('labelCodesOfCells', () => {
  it('numbers labels in order of first appearance, one code per labelKey', () => {
    const labels = labelCodesOfCells(['b', ' 1.0', 'a', null, '1', true, '', 'b', 'true']);
    assert.deepEqual(labels.keys, ['b', '1', 'a', 'true']);
    assert.deepEqual([...labels.codes], [0, 1, 2, -1, 1, 3, -1, 0, 3]);
  });
});

describe('labelCodesOfDictionary', () => {
  it('gives the codes the cells would give, merging dictionary texts with one key', () => {
    const dictionary = ['1.0', 'no', '1', 'yes'];
    const entries = Int32Array.from([1, 0, -1, 2, 3, 1]);
    const cells = [...entries].map((entry) => (entry < 0 ? null : dictionary[entry]!));
    assert.deepEqual(labelCodesOfDictionary(entries, dictionary), labelCodesOfCells(cells));
    assert.deepEqual(labelCodesOfDictionary(entries, dictionary).keys, ['no', '1', 'yes']);
  });
});

describe('labelCodesOfDictionary, each text its own label in dictionary order', () => {
  it('returns the column codes themselves', () => {
    const entries = Int32Array.from([0, 1, -1, 1, 0]);
    const labels = labelCodesOfDictionary(entries, ['0', '1']);
    assert.equal(labels.codes, entries);
    assert.deepEqual(labels.keys, ['0', '1']);
  });
});
