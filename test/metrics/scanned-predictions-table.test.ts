import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTableText } from '../../src/formats/parse-table-text.ts';
import { scanTableText } from '../../src/formats/scan-table-bytes.ts';
import { binaryEvaluator } from '../../src/metrics/binary-metrics.ts';
import { type PredictionColumns, readPredictions } from '../../src/metrics/read-predictions.ts';
import {
  predictionScanKinds,
  tableFromPredictionScan,
} from '../../src/metrics/scanned-predictions-table.ts';

/** The reference is the text table: readPredictions must read the same from the scan. */
function bothWays(text: string, columns: PredictionColumns) {
  const kinds = predictionScanKinds(columns)!;
  const scan = scanTableText(text, 'p.csv', { columns: kinds, otherColumns: 'skip' });
  const scanned = tableFromPredictionScan(scan);
  const fromText = readPredictions(parseTableText(text, 'p.csv'), columns);
  return { scanned, fromText };
}

const fixture = (name: string) => readFileSync(`test/fixtures/model/${name}`, 'utf8');

describe('predictions read through the typed scanner', () => {
  it('give the same data as the text table, binary, regression and multiclass', () => {
    const cases: [string, PredictionColumns][] = [
      [
        'penguins-sex.csv',
        { task: 'binary', labelColumn: 'sex', scoreColumn: 'score', positiveLabel: 'MALE' },
      ],
      [
        'penguins-mass.csv',
        { task: 'regression', labelColumn: 'body_mass_g', predictionColumn: 'predicted' },
      ],
    ];
    for (const [file, columns] of cases) {
      const { scanned, fromText } = bothWays(fixture(file), columns);
      expect(scanned).toBeDefined();
      const fromScan = readPredictions(scanned!.table, columns, scanned!.typed);
      expect(fromScan.data).toEqual(fromText.data);
      expect(fromScan.table.rowCount).toBe(fromText.table.rowCount);
    }
  });

  it('reads labels that CSV writes as 1.0 and 0 as the text table does', () => {
    const text = 'label,score\n1.0,0.9\n0,0.2\n1,0.7\n0.0,0.4\n';
    const columns: PredictionColumns = {
      task: 'binary',
      labelColumn: 'label',
      scoreColumn: 'score',
    };
    const { scanned, fromText } = bothWays(text, columns);
    const fromScan = readPredictions(scanned!.table, columns, scanned!.typed);
    expect(fromScan).toMatchObject({ positiveLabel: '1', data: fromText.data });
  });

  it('leaves a file with a cell that is not a number, or a ragged row, to the text table', () => {
    const columns: PredictionColumns = { task: 'binary', labelColumn: 'y', scoreColumn: 's' };
    const kinds = predictionScanKinds(columns)!;
    for (const text of ['y,s\n1,0.5\n0,high\n', 'y,s\n1,0.5\n0\n']) {
      expect(
        tableFromPredictionScan(
          scanTableText(text, 'p.csv', { columns: kinds, otherColumns: 'skip' }),
        ),
      ).toBeUndefined();
    }
  });

  it('has no scan plan for a probability prefix or a column read two ways', () => {
    expect(
      predictionScanKinds({ task: 'multiclass', labelColumn: 'y', probabilityPrefix: 'p_' }),
    ).toBeUndefined();
    expect(
      predictionScanKinds({ task: 'binary', labelColumn: 'y', scoreColumn: 'y' }),
    ).toBeUndefined();
  });
});

describe('binary metrics of the whole set', () => {
  it('equal the weighted evaluation with every weight 1, bit for bit, on tied scores', () => {
    const labels = Uint8Array.from({ length: 400 }, (_, i) => ((i * 7) % 3 === 0 ? 1 : 0));
    const scores = Float64Array.from(
      { length: 400 },
      (_, i) => Math.round(((i * 37) % 101) / 10) / 10,
    );
    const evaluate = binaryEvaluator({ labels, scores, predicted: null });
    expect(evaluate()).toEqual(evaluate(new Float64Array(400).fill(1)));
  });
});
