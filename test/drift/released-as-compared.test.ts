/**
 * Current data's scan as drift compares it (src/drift/released-as-compared.ts):
 * a released column is gone from `column` and `columns`, the rest and the
 * scan's other parts are as they were; compareWithReference releases every
 * column it compares.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { compareWithReference, referenceFromScan } from '../../src/drift/compare-datasets.ts';
import { defaultDriftRules } from '../../src/drift/drift-rules.ts';
import { releasedAsCompared } from '../../src/drift/released-as-compared.ts';
import { scanTableText } from '../../src/formats/scan-table-bytes.ts';

const text = 'x,y,label\n1,2,a\n3,4,b\n5,6,a\n7,,b\n';
const scan = () =>
  scanTableText(text, 'current.csv', { otherColumns: 'auto', layout: 'distribution' });

describe('releasedAsCompared', () => {
  it('lets go of a released column and keeps everything else', () => {
    const whole = scan();
    const compared = releasedAsCompared(whole);
    compared.release('y');
    assert.equal(compared.column('y'), undefined);
    assert.deepEqual(
      compared.columns.map((column) => column.name),
      ['x', 'label'],
    );
    assert.equal(compared.column('x'), whole.column('x'));
    assert.deepEqual(compared.columnNames, ['x', 'y', 'label']);
    assert.equal(compared.rowCount, 4);
    assert.equal(compared.lineOf(3), whole.lineOf(3));
    assert.equal(compared.dataRowOf(3), whole.dataRowOf(3));
  });

  it('is emptied by the comparison, whose result is the one of the whole scan', () => {
    const reference = () => referenceFromScan(scan(), defaultDriftRules);
    const compared = releasedAsCompared(scan());
    const result = compareWithReference(reference(), compared, defaultDriftRules);
    assert.deepEqual(compared.columns, []);
    assert.deepEqual(result, compareWithReference(reference(), scan(), defaultDriftRules));
  });
});
