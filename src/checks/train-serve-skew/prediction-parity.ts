/**
 * Prediction parity: the training code's and the serving path's predictions
 * for the same ids, joined and compared within a tolerance, after a finding
 * for each file whose prediction column holds cells that are not numbers.
 */
import { parseStepOutputPath } from '../../config-fields/step-output.ts';
import { tableFileOptions } from '../../config-fields/table-file-options.ts';
import { compareExamples } from '../../drift/compare-examples.ts';
import type { Finding } from '../../model/check.ts';
import type { Workspace } from '../../workspace/workspace.ts';
import { type ExamplesPart, examplesPart } from './examples-outcome.ts';
import type { TrainServeSkewConfig } from './train-serve-skew-config.ts';

const key = 'checks.train_serve_skew.predictions';

type PredictionsConfig = NonNullable<TrainServeSkewConfig['predictions']>;
type PredictionScan = Awaited<ReturnType<Workspace['scanTable']>>;

export async function predictionParity(
  p: PredictionsConfig,
  workspace: Workspace,
  maxExamples: number,
): Promise<ExamplesPart & { summary: string }> {
  const servingColumn = p.serving_column ?? p.column;
  const read = async (file: PredictionsConfig['training'], role: string, column: string) => {
    const { path, options } = tableFileOptions(file);
    return workspace.scanTable(path, `${key}.${role}`, {
      ...options,
      columns: { [p.id_column]: 'category', [column]: 'number' },
    });
  };
  const training = await read(p.training, 'training', p.column);
  const serving = await read(p.serving, 'serving', servingColumn);
  const comparison = compareExamples(
    training,
    serving,
    p.id_column,
    [
      {
        name: p.column === servingColumn ? p.column : `${p.column} / ${servingColumn}`,
        training: p.column,
        serving: servingColumn,
      },
    ],
    { absolute: p.absolute_tolerance, relative: p.relative_tolerance },
    maxExamples,
  );
  // The path as configured: `step:serve/…` says the fresh output was read, not a committed file.
  const servingPath = tableFileOptions(p.serving).path;
  const servingStep = parseStepOutputPath(servingPath)?.step;
  const part = examplesPart(comparison, {
    prefix: 'predictions',
    servingPath,
    maxShare: p.max_mismatch_share,
    configKey: key,
    trainingPath: training.source,
    ...(servingStep ? { servingStep } : {}),
  });
  const parity = comparison.columns[0];
  return {
    ...part,
    findings: [
      ...notNumbers(training, p.column, 'training'),
      ...notNumbers(serving, servingColumn, 'serving'),
      ...part.findings,
    ],
    summary: `predictions: ${parity?.mismatches ?? 0} of ${parity?.compared ?? 0} differ`,
  };
}

function notNumbers(scan: PredictionScan, column: string, side: string): Finding[] {
  const count = scan.column(column)?.badCount ?? 0;
  if (count === 0) return [];
  const bad = scan.badCells.filter((cell) => cell.column === column);
  const shown = bad
    .slice(0, 3)
    .map((cell) => `${JSON.stringify(cell.value)} (line ${cell.line})`)
    .join(', ');
  return [
    {
      id: `predictions:${scan.source}:not-numbers`,
      severity: 'fail',
      message: `${scan.source}: ${count} prediction(s) in "${column}" are not numbers, e.g. ${shown}`,
      location: { path: scan.source, column, ...(bad[0]?.line ? { line: bad[0].line } : {}) },
      measure: {
        figure: 'predictions that are not numbers',
        value: count,
        bound: { comparator: '==', limit: 0 },
      },
      fix: `Make the ${side} side write a number in every \`${column}\` cell of ${scan.source}.`,
    },
  ];
}
