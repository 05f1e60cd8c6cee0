import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { configSchema } from '../../src/config/full-config-schema.ts';
import { buildReport } from '../../src/engine/build-report.ts';
import { reportAnnotations } from '../../src/github/check-annotations.ts';
import type { ConfigError } from '../../src/model/config-error.ts';
import type { Report } from '../../src/model/report-model.ts';
import { checkResult, ran } from '../mocks/check-result.ts';
import { event, now } from '../report/scenarios.ts';

function reportWith(
  results: ReturnType<typeof checkResult>[],
  configErrors: ConfigError[] = [],
): Report {
  return buildReport({
    config: {
      version: 1,
      gate: configSchema.shape.gate.parse(undefined),
      steps: {},
      checks: {},
      attestations: {},
      waivers: [],
    },
    results,
    evidenceExists: new Map(),
    event,
    now,
    mlgateVersion: '0.1.0',
    configErrors,
  });
}

const schemaCheck = checkResult(
  'schema_validation',
  ['data-1'],
  ran([
    {
      id: 'row:7:age',
      severity: 'warn',
      message: 'age is -3',
      location: { path: 'data/train.csv', line: 7, column: 'age' },
    },
    {
      id: 'row:4:age',
      severity: 'fail',
      message: 'age is "old"',
      location: { path: 'data/train.csv', line: 4 },
    },
    {
      id: 'row:9:plan',
      severity: 'fail',
      message: 'plan is missing',
      location: { path: 'data/serving.csv', line: 9 },
    },
    {
      id: 'file:labels',
      severity: 'fail',
      message: 'labels.csv is empty',
      location: { path: 'data/labels.csv' },
    },
    { id: 'no-location', severity: 'fail', message: 'something global' },
    {
      id: 'escape',
      severity: 'fail',
      message: 'x',
      location: { path: '../../etc/passwd', line: 1 },
    },
  ]),
  configSchema.shape.waivers.parse([
    {
      check: 'schema_validation',
      finding: 'row:7:age',
      reason: 'known sensor bug',
      owner: 'ana',
      expires: '2026-12-31',
    },
  ]),
);

describe('reportAnnotations', () => {
  it('marks findings in changed files at their line, most severe first, waived ones as notices', () => {
    const { annotations, outsideChanges } = reportAnnotations(reportWith([schemaCheck]), {
      workingDirectory: 'model-service',
      configPath: '.github/mlgate.yml',
      changedFiles: new Set(['model-service/data/train.csv', 'model-service/data/labels.csv']),
    });
    assert.deepEqual(
      annotations.map((a) => [a.level, a.path, a.startLine, a.endLine]),
      [
        ['failure', 'model-service/data/train.csv', 4, 4],
        ['failure', 'model-service/data/labels.csv', 1, 1],
        ['notice', 'model-service/data/train.csv', 7, 7],
      ],
    );
    assert.equal(outsideChanges, 1, 'data/serving.csv is not changed by the PR');
    assert.equal(annotations[0]?.title, 'Schema validation (schema_validation: row:4:age)');
    assert.equal(
      annotations[1]?.title,
      'Schema validation (schema_validation: file:labels) (whole file)',
    );
    assert.equal(
      annotations[2]?.message,
      'age is -3 Column: age. Waived by ana until 2026-12-31: known sensor bug',
    );
  });

  it('names the instance of a check configured as a list in the title', () => {
    const instance = { ...schemaCheck, instance: 'serving-eu' };
    const { annotations } = reportAnnotations(reportWith([instance]), {
      workingDirectory: '.',
      configPath: '.github/mlgate.yml',
      changedFiles: null,
    });
    assert.equal(
      annotations[0]?.title,
      'Schema validation (schema_validation[serving-eu]: row:4:age)',
    );
  });

  it('annotates every located finding when there is no PR to filter by', () => {
    const { annotations, outsideChanges } = reportAnnotations(reportWith([schemaCheck]), {
      workingDirectory: '.',
      configPath: '.github/mlgate.yml',
      changedFiles: null,
    });
    assert.equal(outsideChanges, 0);
    assert.deepEqual(
      annotations.map((a) => a.path),
      ['data/train.csv', 'data/serving.csv', 'data/labels.csv', 'data/train.csv'],
    );
  });

  it('leaves out findings in a query source or a step output: no file of the tree holds them', () => {
    const sqlCheck = checkResult(
      'drift',
      ['monitor-2'],
      ran([
        {
          id: 'feature:weight',
          severity: 'fail',
          message: 'weight drifted',
          location: { path: 'postgres:ml.training', key: 'id = 7' },
        },
        {
          id: 'feature:origin',
          severity: 'fail',
          message: 'origin drifted',
          location: { path: 'step:serve/logs.csv', line: 2 },
        },
      ]),
    );
    const { annotations } = reportAnnotations(reportWith([sqlCheck]), {
      workingDirectory: '.',
      configPath: '.github/mlgate.yml',
      changedFiles: null,
    });
    assert.deepEqual(annotations, []);
  });

  it('puts config errors at their line of mlgate.yml, whatever the PR changes', () => {
    const errors: ConfigError[] = [
      {
        file: '.github/mlgate.yml',
        line: 7,
        key: 'checks.numerical_stability.probabilty_columns',
        message: 'unknown key',
        fix: 'did you mean `probability_columns`?',
      },
      { file: '.github/mlgate.yml', message: 'the file is empty' },
      {
        file: '.github/mlgate.yml',
        message: 'file not found: .github/mlgate.yml',
        fix: 'create it (the README has a starting point) or point the `config` input at it',
      },
    ];
    const { annotations } = reportAnnotations(reportWith([], errors), {
      workingDirectory: '.',
      configPath: '.github/mlgate.yml',
      changedFiles: new Set(),
    });
    assert.deepEqual(
      annotations.map((a) => [a.path, a.startLine, a.level, a.title, a.message]),
      [
        [
          '.github/mlgate.yml',
          7,
          'failure',
          'mlgate config: checks.numerical_stability.probabilty_columns',
          'unknown key; did you mean `probability_columns`?',
        ],
        ['.github/mlgate.yml', 1, 'failure', 'mlgate config', 'the file is empty'],
        [
          '.github/mlgate.yml',
          1,
          'failure',
          'mlgate config',
          'file not found: .github/mlgate.yml; create it (the README has a starting point) or point the `config` input at it',
        ],
      ],
    );
  });

  it('takes file, line and key from the fields of the error, however its text reads', () => {
    // Text that would fool a parser of `file:line: \`key\`: message`: colons and backticks everywhere.
    const cases: { error: ConfigError; at: [string, number, string, string] }[] = [
      {
        error: {
          file: 'cfg/my:gate.yml',
          line: 12,
          key: 'gate.minimum_score',
          message: 'expected a number: `a: b`',
        },
        at: [
          'model/cfg/my:gate.yml',
          12,
          'mlgate config: gate.minimum_score',
          'expected a number: `a: b`',
        ],
      },
      {
        error: { file: 'cfg/my:gate.yml', key: 'checks', message: 'no line known' },
        at: ['model/cfg/my:gate.yml', 1, 'mlgate config: checks', 'no line known'],
      },
      {
        error: { file: 'cfg/my:gate.yml', line: 3, message: 'bad YAML: `x`: y' },
        at: ['model/cfg/my:gate.yml', 3, 'mlgate config', 'bad YAML: `x`: y'],
      },
      {
        error: { file: 'cfg/my:gate.yml', message: '12: `key`: whole file', fix: 'do x' },
        at: ['model/cfg/my:gate.yml', 1, 'mlgate config', '12: `key`: whole file; do x'],
      },
    ];
    for (const { error, at } of cases) {
      const { annotations } = reportAnnotations(reportWith([], [error]), {
        workingDirectory: 'model',
        configPath: 'cfg/my:gate.yml',
        changedFiles: null,
      });
      assert.deepEqual(
        annotations.map((a) => [a.path, a.startLine, a.title, a.message]),
        [at],
      );
      assert.equal(annotations[0]?.endLine, at[1]);
    }
  });

  it('leaves out a config error when the config is outside the repository', () => {
    const { annotations } = reportAnnotations(
      reportWith([], [{ file: '../../mlgate.yml', line: 2, message: 'unknown key' }]),
      { workingDirectory: 'model', configPath: '../../mlgate.yml', changedFiles: null },
    );
    assert.deepEqual(annotations, []);
  });

  it('marks only the trusted config file, whatever file an (untrusted) report names', () => {
    const { annotations } = reportAnnotations(
      reportWith([], [{ file: 'src/app.py', line: 40, message: 'unknown key' }]),
      { workingDirectory: '.', configPath: '.github/mlgate.yml', changedFiles: new Set() },
    );
    assert.deepEqual(
      annotations.map((a) => [a.path, a.startLine]),
      [['.github/mlgate.yml', 1]],
    );
  });
});
