import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { columnKind, planColumns, textPassPlans } from '../../src/formats/column-plans.ts';

describe('planColumns', () => {
  const settings = {
    source: 'p.csv',
    columns: { b: 'number', d: 'skip' as never },
    otherColumns: 'category',
  } as const;

  it("reads the named columns as named, the others as otherColumns, in the file's order", () => {
    assert.deepEqual(planColumns(['a', 'b', 'c'], { ...settings, columns: { b: 'number' } }), [
      { name: 'a', index: 0, kind: 'category' },
      { name: 'b', index: 1, kind: 'number' },
      { name: 'c', index: 2, kind: 'category' },
    ]);
    assert.deepEqual(
      planColumns(['a', 'b'], { source: 'p.csv', columns: { b: 'date' }, otherColumns: 'skip' }),
      [{ name: 'b', index: 1, kind: 'date' }],
    );
  });

  it('names a requested column the file lacks, with the columns it has', () => {
    assert.throws(
      () => planColumns(['a', 'b'], settings),
      /^TableReadError: p\.csv: no column named "d"; the file has: a, b$/,
    );
  });

  it('gives a column its own kind, else otherColumns, and never a prototype key', () => {
    assert.equal(columnKind('b', settings), 'number');
    assert.equal(columnKind('z', settings), 'category');
    assert.equal(columnKind('toString', settings), 'category');
  });
});

describe('textPassPlans', () => {
  it('reads again, as text, the columns that need it', () => {
    const plans = [
      { name: 'a', index: 0, kind: 'auto' },
      { name: 'b', index: 3, kind: 'auto' },
    ] as const;
    assert.deepEqual(textPassPlans(plans, [false, true]), [
      { name: 'b', index: 3, kind: 'category' },
    ]);
    assert.deepEqual(textPassPlans(plans, [false, false]), []);
  });
});
