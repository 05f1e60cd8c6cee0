import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { pairById } from '../../src/metrics/pair-by-id.ts';
import { readPredictions } from '../../src/metrics/read-predictions.ts';
import { csvTable } from './fixture-table.ts';

const read = (text: string, source: string) =>
  readPredictions(csvTable(text, source), {
    task: 'binary',
    labelColumn: 'y',
    scoreColumn: 's',
    idColumn: 'id',
  });

describe('pairById', () => {
  it('keeps shared ids in the first set’s order and counts the rest', () => {
    const paired = pairById(
      read('id,y,s\na,1,0.9\nb,0,0.2\nc,1,0.6\n', 'a.csv'),
      read('id,y,s\nc,1,0.5\nd,0,0.1\na,1,0.4\n', 'b.csv'),
    );
    assert.deepEqual(paired.a.ids, ['a', 'c']);
    assert.deepEqual(paired.b.ids, ['a', 'c']);
    assert.equal(paired.b.task === 'binary' && [...paired.b.data.scores!].join(), '0.4,0.5');
    assert.deepEqual([paired.onlyA, paired.onlyB], [1, 1]);
  });
  it('refuses ids whose labels differ: the sets were scored on different data', () => {
    assert.throws(
      () =>
        pairById(
          read('id,y,s\na,1,0.9\nb,0,0.3\n', 'a.csv'),
          read('id,y,s\na,0,0.4\nb,1,0.2\n', 'b.csv'),
        ),
      /^Error: a\.csv:2 and b\.csv:2: id "a" has label "1" in one and "0" in the other; compare predictions on the same evaluation data$/,
    );
  });
});
