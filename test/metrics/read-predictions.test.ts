import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { type PredictionColumns, readPredictions } from '../../src/metrics/read-predictions.ts';
import { csvTable } from './fixture-table.ts';

const binary: PredictionColumns = { task: 'binary', labelColumn: 'y', scoreColumn: 's' };

describe('readPredictions', () => {
  it('names file and line of a row with a missing label or a bad score', () => {
    const cases: [string, PredictionColumns, RegExp][] = [
      [
        'y,s\n1,0.2\n0,"12,8"\n',
        binary,
        /^Error: predictions\.csv:3: score "12,8" in column "s" is not a number/,
      ],
      ['y,s\n1,0.2\n,0.4\n', binary, /^Error: predictions\.csv:3: missing label in column "y"/],
      [
        'y,s\n1,0.2\n0,abc\n',
        binary,
        /^Error: predictions\.csv:3: score "abc" in column "s" is not a number/,
      ],
      ['y,s\n1,\n0,0.4\n', binary, /^Error: predictions\.csv:2: missing score in column "s"/],
      [
        'y,s\n1,NaN\n0,0.4\n',
        binary,
        /^Error: predictions\.csv:2: score in column "s" is NaN; it must be a finite number/,
      ],
      [
        'y,s\n1,0.3\n0,0.4\n2,0.1\n',
        binary,
        /3 distinct labels \("1", "0", "2"\); a binary task needs two/,
      ],
      [
        'y,s\nyes,0.3\nno,0.4\n',
        binary,
        /the labels in column "y" are "yes", "no"; say which one is positive with positive_label/,
      ],
      [
        'y,s\nyes,0.3\nno,0.4\n',
        { ...binary, positiveLabel: 'Yes' },
        /positive_label "Yes" is not among the labels .* case-sensitive/,
      ],
      ['y,t\n1,0.3\n', binary, /score_column: predictions\.csv has no column "s"; it has "y", "t"/],
      [
        'y\n1\n',
        { task: 'binary', labelColumn: 'y' },
        /needs score_column .* or prediction_column/,
      ],
      [
        'id,y,s\na,1,0.1\nb,0,0.2\na,0,0.3\n',
        { ...binary, idColumn: 'id' },
        /^Error: predictions\.csv:4: id "a" in column "id" repeats line 2/,
      ],
      [
        'y,p\n1,0\n0,2\n',
        { task: 'binary', labelColumn: 'y', predictionColumn: 'p' },
        /^Error: predictions\.csv:3: prediction "2" in column "p" is not one of the labels/,
      ],
      [
        'y,a,b\na,0.5,0.5\nc,0.2,0.8\n',
        { task: 'multiclass', labelColumn: 'y', probabilityPrefix: '' },
        /probability_prefix "" matches|predictions\.csv:3: label "c" has no probability column/,
      ],
      [
        'y,p_a,p_b\na,0.5,0.5\nb,0.2,0.7\n',
        { task: 'multiclass', labelColumn: 'y', probabilityPrefix: 'p_' },
        /^Error: predictions\.csv:3: the class probabilities sum to 0\.9/,
      ],
      [
        'y,p_a,p_b\na,1.5,-0.5\n',
        { task: 'multiclass', labelColumn: 'y', probabilityPrefix: 'p_' },
        /^Error: predictions\.csv:2: probability 1\.5 in column "p_a" is outside \[0, 1\]/,
      ],
      [
        'y,p_a\na,1\n',
        { task: 'multiclass', labelColumn: 'y', probabilityPrefix: 'p_' },
        /probability_prefix "p_" matches 1 column/,
      ],
      [
        'y,p\n1.5,\n',
        { task: 'regression', labelColumn: 'y', predictionColumn: 'p' },
        /^Error: predictions\.csv:2: missing prediction in column "p"/,
      ],
      [
        'y,p\n1.5C,2\n',
        { task: 'regression', labelColumn: 'y', predictionColumn: 'p' },
        /^Error: predictions\.csv:2: label "1\.5C" in column "y" is not a number/,
      ],
      [
        'y,p\n',
        { task: 'regression', labelColumn: 'y', predictionColumn: 'p' },
        /header but no rows/,
      ],
    ];
    for (const [text, columns, expected] of cases) {
      assert.throws(() => readPredictions(csvTable(text), columns), expected, text);
    }
  });
  it('infers the positive label for 0/1 and true/false, and normalises 1.0 to 1', () => {
    const numeric = readPredictions(csvTable('y,s\n1.0,0.9\n0,0.1\n'), binary);
    assert.equal(numeric.task === 'binary' && numeric.positiveLabel, '1');
    assert.deepEqual(numeric.task === 'binary' && [...numeric.data.labels], [1, 0]);
    const truth = readPredictions(csvTable('y,s\nTrue,0.9\nFalse,0.1\n'), binary);
    assert.equal(truth.task === 'binary' && truth.positiveLabel, 'True');
  });
  it('maps probability columns by prefix and adds predicted-only classes', () => {
    const predictions = readPredictions(csvTable('y,p_1,p_2,guess\n1,0.6,0.4,1\n2,0.3,0.7,3\n'), {
      task: 'multiclass',
      labelColumn: 'y',
      probabilityPrefix: 'p_',
      predictionColumn: 'guess',
    });
    if (predictions.task !== 'multiclass') return assert.fail();
    assert.deepEqual(predictions.data.classes, ['1', '2', '3']);
    assert.equal(predictions.data.probabilityClasses, 2);
    assert.deepEqual([...predictions.data.predicted], [0, 2]);
  });
});
