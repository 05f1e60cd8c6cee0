/**
 * Numeric features compared on another thread (src/drift/numeric-pair.ts):
 * which are sent, and that the comparison that sends them gives the very
 * result of the one that does not. "Elsewhere" is simulated here by a
 * structured clone that hands the arrays over, as postMessage does
 * (numeric-pair-fixtures.ts); the worker itself is tested in
 * test/io/file-scan-scheduler.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import type { ScanNumericColumn } from '../../src/data/table-scan.ts';
import {
  compareSharingWork,
  compareWithReference,
  referenceFromScan,
} from '../../src/drift/compare-datasets.ts';
import { defaultDriftRules } from '../../src/drift/drift-rules.ts';
import { minEntriesSent, type NumericPair, pairsToSend } from '../../src/drift/numeric-pair.ts';
import { releasedAsCompared } from '../../src/drift/released-as-compared.ts';
import { cloningElsewhere, scanOf } from './numeric-pair-fixtures.ts';

describe('compareSharingWork', () => {
  it('sends the large numeric features and gives the result of comparing them all here', async () => {
    const seen: string[][] = [];
    const reference = scanOf('reference.csv', 0);
    const current = releasedAsCompared(scanOf('current.csv', 3));
    const sentWide = current.column('wide') as ScanNumericColumn;
    const result = await compareSharingWork(
      referenceFromScan(reference, defaultDriftRules),
      current,
      defaultDriftRules,
      new Map(),
      undefined,
      cloningElsewhere(seen),
    );
    const here = compareWithReference(
      referenceFromScan(scanOf('reference.csv', 0), defaultDriftRules),
      scanOf('current.csv', 3),
      defaultDriftRules,
    );
    assert.deepEqual(result, here);
    // Of the two large features, one goes: it comes nearest half of their entries.
    assert.deepEqual(seen, [['wide']]);
    // Handed over, not copied.
    assert.equal(sentWide.counted!.values.length, 0);
  });

  it('compares everything here when no other thread is free', async () => {
    const current = scanOf('current.csv', 3);
    const result = await compareSharingWork(
      referenceFromScan(scanOf('reference.csv', 0), defaultDriftRules),
      current,
      defaultDriftRules,
      new Map(),
      undefined,
      () => undefined,
    );
    assert.deepEqual(
      result,
      compareWithReference(
        referenceFromScan(scanOf('reference.csv', 0), defaultDriftRules),
        scanOf('current.csv', 3),
        defaultDriftRules,
      ),
    );
    assert.ok((current.column('wide') as ScanNumericColumn).counted!.values.length > 0);
  });

  it('sends no feature the config leaves out', async () => {
    const seen: string[][] = [];
    const rules = { ...defaultDriftRules, ignore: ['wide'] };
    await compareSharingWork(
      referenceFromScan(scanOf('reference.csv', 0), rules),
      scanOf('current.csv', 3),
      rules,
      new Map([['fine', 'declared unique in the schema']]),
      undefined,
      cloningElsewhere(seen),
    );
    assert.deepEqual(seen, []);
  });
});

describe('pairsToSend', () => {
  // Each side's values are its `first` onward, so the two sides differ unless told to be equal.
  const pair = (name: string, entries: number, equal = false): NumericPair => {
    const side = (length: number, first: number): ScanNumericColumn => ({
      name,
      kind: 'number',
      values: new Float64Array(0),
      status: new Uint8Array(0),
      presentCount: length,
      missingCount: 0,
      badCount: 0,
      counted: {
        values: Float64Array.from({ length }, (_, i) => first + i),
        weights: new Uint32Array(length).fill(1),
        nan: 0,
        positiveInfinity: 0,
        negativeInfinity: 0,
      },
    });
    return { name, reference: side(entries / 2, 0), current: side(entries / 2, equal ? 0 : 1) };
  };

  it('takes the largest features while they bring the entries sent nearer half, and sends them smallest first', () => {
    // The 1M-row bench pair's numeric features, in thousands of entries (both sides).
    const pairs = [
      pair('a', 850_000),
      pair('id', 2_000_000),
      pair('b', 1_600_000),
      pair('c', 1_574_000),
      pair('d', 1_256_000),
      pair('e', 1_202_000),
      pair('f', 200_000),
    ];
    // Half is 4,341,000: id (2.0M), b (3.6M), then d (4.856M) is nearer than c (5.174M) would be.
    // They are sent smallest first, the order the other thread compares them in.
    assert.deepEqual(
      pairsToSend(pairs).map((p) => p.name),
      ['d', 'b', 'id'],
    );
  });

  it('neither sends nor counts a pair of equal tables, which is not walked', () => {
    const pairs = [pair('id', 2_000_000, true), pair('b', 1_600_000), pair('c', 1_574_000)];
    // Half of b and c is 1,587,000: b alone is nearest; counted, id would have gone instead.
    assert.deepEqual(
      pairsToSend(pairs).map((p) => p.name),
      ['b'],
    );
  });

  it('sends no feature smaller than a message is worth', () => {
    assert.deepEqual(pairsToSend([pair('x', minEntriesSent - 2), pair('y', 1000)]), []);
  });
});
