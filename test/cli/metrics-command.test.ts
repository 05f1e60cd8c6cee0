import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'vitest';
import { CliUsageError } from '../../src/cli/cli-usage-error.ts';
import { metricsCommand } from '../../src/cli/metrics-command.ts';

async function captured(argv: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const code = await metricsCommand(argv, (text) => {
    stdout += text;
  });
  return { code, stdout };
}

const sex = [
  '--predictions',
  'test/fixtures/model/penguins-sex.csv',
  '--task',
  'binary',
  '--label-column',
  'sex',
  '--score-column',
  'score',
  '--positive-label',
  'MALE',
];

describe('mlgate metrics', () => {
  it('prints every binary metric as JSON, matching scikit-learn', async () => {
    const { code, stdout } = await captured([...sex, '--format', 'json']);
    assert.equal(code, 0);
    const report = JSON.parse(stdout);
    assert.equal(report.rows, 167);
    assert.equal(report.positive_label, 'MALE');
    // sklearn.metrics.roc_auc_score(y, score) (test/fixtures/model/reference-metrics.py)
    assert.ok(Math.abs(report.metrics.roc_auc.value - 0.9472537053182215) < 1e-12);
    assert.deepEqual(Object.keys(report.metrics), [
      'accuracy',
      'precision',
      'recall',
      'f1',
      'roc_auc',
      'average_precision',
      'log_loss',
      'brier',
    ]);
  });
  it('prints a text table, undefined metrics with their reason', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mlgate-metrics-'));
    const file = path.join(dir, 'one-class.csv');
    writeFileSync(file, 'y,s\n1,0.9\n1,0.4\n');
    const { stdout } = await captured([
      '--predictions',
      file,
      '--task',
      'binary',
      '--label-column',
      'y',
      '--score-column',
      's',
    ]);
    assert.match(stdout, /^one-class\.csv: 2 rows, positive label "1", threshold 0\.5\n/);
    assert.match(
      stdout,
      /roc_auc\s+undefined \(only one class among the labels \(all positive\); ROC AUC needs both\)/,
    );
    assert.match(stdout, /accuracy\s+0\.5\n/);
  });
  it('computes multiclass metrics from probability columns by prefix', async () => {
    const { stdout } = await captured([
      '--predictions',
      'test/fixtures/model/penguins-species.csv',
      '--task',
      'multiclass',
      '--label-column',
      'species',
      '--probability-prefix',
      'p_',
    ]);
    // sklearn.metrics.log_loss(species, P, labels=[...]) → 0.42342807260295434
    assert.match(stdout, /log_loss\s+0\.423428\n/);
  });
  it('names the row of a bad score and explains bad arguments', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mlgate-metrics-'));
    const file = path.join(dir, 'bad.csv');
    writeFileSync(file, 'y,s\n1,0.9\n0,high\n');
    await assert.rejects(
      metricsCommand([
        '--predictions',
        file,
        '--task',
        'binary',
        '--label-column',
        'y',
        '--score-column',
        's',
      ]),
      (error: Error) =>
        error instanceof CliUsageError &&
        /^bad\.csv:3: score "high" in column "s" is not a number$/.test(error.message),
    );
    const cases: [string[], RegExp][] = [
      [['--task', 'binary'], /--predictions is required/],
      [
        [...sex.slice(0, 2), '--task', 'ranking', '--label-column', 'y'],
        /--task must be binary, multiclass or regression, not "ranking"/,
      ],
      [[...sex, '--threshold', '1.5'], /--threshold must be a number between 0 and 1, not "1\.5"/],
      [[...sex, '--format', 'xml'], /--format must be text or json/],
      [[...sex, '--probability-columns', 'a:b'], /class=column pairs/],
      [[...sex, '--bogus'], /Unknown option '--bogus'/],
    ];
    for (const [argv, expected] of cases) {
      await assert.rejects(
        metricsCommand(argv),
        (error: Error) => error instanceof CliUsageError && expected.test(error.message),
        argv.join(' '),
      );
    }
  });
});
