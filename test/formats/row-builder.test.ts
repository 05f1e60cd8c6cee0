import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { RowBuilder } from '../../src/formats/row-builder.ts';
import { tableScanSettings } from '../../src/formats/table-scan-settings.ts';

describe('RowBuilder', () => {
  it('adds a column when first seen, missing in the rows before, and pads rows that lack it', () => {
    const rows = new RowBuilder(
      tableScanSettings('r.jsonl', { columns: { n: 'number' }, otherColumns: 'category' }),
    );
    rows.add(rows.builder('n')!, 1, 0, 1);
    rows.endRow();
    rows.add(rows.builder('t')!, 'x', 1, 2);
    rows.endRow();
    rows.endRow();
    assert.deepEqual(rows.names, ['n', 't']);
    assert.deepEqual(rows.plans, [
      { name: 'n', index: 0, kind: 'number' },
      { name: 't', index: 1, kind: 'category' },
    ]);
    const [n, t] = rows.builders.map((builder) => builder.finish());
    assert.deepEqual(Array.from(n!.values!), [1, Number.NaN, Number.NaN]);
    assert.deepEqual(Array.from(t!.codes!), [-1, 0, -1]);
    assert.equal(rows.rows, 3);
  });

  it('names skipped columns but builds nothing for them', () => {
    const rows = new RowBuilder(tableScanSettings('r.jsonl', { columns: { a: 'category' } }));
    assert.equal(rows.builder('b'), null);
    assert.equal(rows.builder('b'), null);
    assert.ok(rows.builder('a'));
    assert.deepEqual(rows.names, ['b', 'a']);
    assert.deepEqual(rows.plans, [{ name: 'a', index: 1, kind: 'category' }]);
  });
});
