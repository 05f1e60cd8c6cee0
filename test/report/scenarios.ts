/**
 * Report scenarios for the golden files: each goes through the real pipeline
 * (applyWaivers → scoreMlTest → decideVerdict → buildReport) with a fixed clock,
 * version and event, so the rendered Markdown is deterministic.
 */
import type { Config } from '../../src/config/config-schema.ts';
import { configSchema } from '../../src/config/full-config-schema.ts';
import { buildReport } from '../../src/engine/build-report.ts';
import type { DetailBlock, Finding } from '../../src/model/check.ts';
import type { CheckResult } from '../../src/model/check-result.ts';
import type { ConfigError } from '../../src/model/config-error.ts';
import type { Report } from '../../src/model/report-model.ts';
import type { RunEvent } from '../../src/model/run-event.ts';
import { checkResult, fail, ran, warn } from '../mocks/check-result.ts';

export const now = new Date('2026-06-15T09:30:00Z');

export const event: RunEvent = {
  name: 'pull_request',
  repository: { owner: 'acme', repo: 'churn-model' },
  sha: '9f2c4e1b7a3d5f60817263544abcdef012345678',
  ref: 'refs/pull/42/merge',
  pullRequest: {
    number: 42,
    headSha: '9f2c4e1b7a3d5f60817263544abcdef012345678',
    baseSha: '1111111111111111111111111111111111111111',
    baseRef: 'main',
    headRef: 'retrain-june',
    fromFork: false,
  },
  runUrl: 'https://github.com/acme/churn-model/actions/runs/1234567890',
};

/** Only the parts of mlgate.yml the report reads; checks have already run. */
function config(raw: { gate?: unknown; attestations?: unknown; waivers?: unknown }): Config {
  return {
    version: 1,
    gate: configSchema.shape.gate.parse(raw.gate),
    steps: {},
    checks: {},
    attestations: configSchema.shape.attestations.parse(raw.attestations),
    waivers: configSchema.shape.waivers.parse(raw.waivers),
  };
}

function report(
  raw: Parameters<typeof config>[0],
  results: CheckResult[],
  evidence: string[] = [],
  configErrors: ConfigError[] = [],
): Report {
  return buildReport({
    config: config(raw),
    results,
    evidenceExists: new Map(evidence.map((path) => [path, true])),
    event,
    now,
    mlgateVersion: '0.1.0',
    configErrors,
  });
}

const predictionsTable: DetailBlock = {
  type: 'table',
  title: 'Prediction columns',
  header: ['column', 'rows', 'NaN', 'min', 'max', 'std'],
  rows: [
    ['churn_probability', 1200, 0, 0.0123, 0.9871, 0.2213456],
    ['expected_revenue', 1200, 0, 12.5, 10432.75, 1893.0417],
  ],
};

function stability(findings: Finding[] = [], waivers?: Config['waivers']): CheckResult {
  return checkResult(
    'numerical_stability',
    ['monitor-5'],
    ran(findings, {
      summary:
        findings.length === 0
          ? '1200 predictions, all finite; probabilities within [0, 1]'
          : '1200 predictions; 3 rows hold NaN',
      figures: [
        {
          name: 'non-finite rows',
          value: findings.length === 0 ? 0 : 3,
          threshold: '= 0',
          bound: { comparator: '==', limit: 0 },
        },
      ],
      details: [predictionsTable],
    }),
    waivers,
  );
}

function schemaValidation(): CheckResult {
  return checkResult(
    'schema_validation',
    ['data-1', 'monitor-2'],
    ran([], {
      summary: '14 columns match data/schema.json',
      figures: [{ name: 'violations', value: 0, threshold: '= 0' }],
      details: [
        { type: 'list', title: 'Columns checked', items: ['age', 'tenure_months', 'plan'] },
      ],
    }),
  );
}

const driftDetails: DetailBlock[] = [
  {
    type: 'table',
    title: 'Population stability index per feature',
    header: ['feature', 'PSI', 'KS p-value', 'status'],
    rows: [
      ['tenure_months', 0.31, 0.0004, 'fail'],
      ['monthly_charges', 0.14, 0.021, 'warn'],
      ['age', 0.02, 0.64, 'ok'],
      ['plan', null, null, 'ok'],
    ],
    note: 'PSI above 0.25 fails, above 0.1 warns.',
  },
  {
    type: 'mermaid',
    title: 'PSI by feature',
    source:
      'xychart-beta\n  x-axis [tenure_months, monthly_charges, age]\n  bar [0.31, 0.14, 0.02]',
  },
];

function drift(waivers?: Config['waivers']): CheckResult {
  return checkResult(
    'drift',
    ['monitor-2'],
    ran(
      [
        {
          ...fail(
            'feature:tenure_months',
            'PSI 0.31 exceeds 0.25 (reference data/train.csv, current data/serving.csv)',
          ),
          measure: { figure: 'PSI', value: 0.31, bound: { comparator: '<=', limit: 0.25 } },
          location: { path: 'data/serving.csv', feature: 'tenure_months' },
          fix: 'Retrain on recent data if the shift is real, or fix the serving pipeline that changed tenure_months; the limit is `checks.drift.fail_psi`.',
        },
        {
          ...warn('feature:monthly_charges', 'PSI 0.14 exceeds 0.1'),
          measure: { figure: 'PSI', value: 0.14, bound: { comparator: '<=', limit: 0.1 } },
          location: { path: 'data/serving.csv', feature: 'monthly_charges' },
        },
      ],
      {
        summary: '2 of 4 features drifted',
        figures: [
          {
            name: 'max PSI',
            value: 0.31,
            threshold: '≤ 0.25',
            bound: { comparator: '<=', limit: 0.25 },
          },
        ],
        details: driftDetails,
      },
    ),
    waivers,
  );
}

/** Two metrics below their floors, each its own reason; production's value beside them. */
function modelQuality(): CheckResult {
  const metric = (name: string, value: number, min: number, production: number): Finding => ({
    id: `metric:${name}`,
    severity: 'fail',
    message: `${name} ${value} is below its minimum ${min} (production ${production})`,
    location: { path: 'predictions/candidate.csv' },
    measure: {
      figure: name,
      value,
      bound: { comparator: '>=', limit: min },
      reference: { label: 'production', value: production },
    },
    fix: `Retrain or fix the model so that ${name} ≥ ${min} on predictions/candidate.csv; the floor is \`checks.model_quality.metrics.${name}.min\`.`,
  });
  return checkResult(
    'model_quality',
    ['model-2', 'monitor-7'],
    ran([metric('roc_auc', 0.6913, 0.9, 0.9721), metric('accuracy', 0.7012, 0.85, 0.9104)], {
      summary: '2 of 3 metrics below their floors on 1200 predictions',
      figures: [
        {
          name: 'brier_score',
          value: 0.081,
          threshold: '≤ 0.2',
          bound: { comparator: '<=', limit: 0.2 },
        },
        {
          name: 'roc_auc',
          value: 0.6913,
          threshold: '≥ 0.9',
          bound: { comparator: '>=', limit: 0.9 },
        },
      ],
    }),
  );
}

/** Three failing tests of one file: one cause, so one blocking reason. */
function unitTests(): CheckResult {
  const failed = (name: string, line: number): Finding => ({
    id: `test:tests/test_features.py::${name}`,
    severity: 'fail',
    message: `${name} failed: AssertionError: expected 12 columns, got 11`,
    location: { path: 'tests/test_features.py', line },
    cause: 'tests/test_features.py',
  });
  return checkResult(
    'unit_tests',
    ['data-7', 'infra-2'],
    ran([failed('test_one_hot', 14), failed('test_scaling', 31), failed('test_columns', 52)], {
      summary: '3 of 48 tests failed (junit/features.xml)',
      figures: [
        { name: 'tests run', value: 48 },
        { name: 'failed tests', value: 3, threshold: '= 0', bound: { comparator: '==', limit: 0 } },
      ],
    }),
  );
}

export function allPass(): Report {
  return report(
    {
      gate: { minimum_score: 0.5, minimum_section_scores: { data: 1, monitoring: 2 } },
      attestations: {
        'data-3': { evidence: 'docs/feature-costs.md', reviewed: '2026-05-02' },
        'infra-1': { evidence: 'docs/reproducibility.md' },
        'model-1': { evidence: 'docs/model-spec-review.md' },
        'model-2': {
          not_applicable: 'Batch scoring only: there is no online metric to correlate.',
        },
      },
    },
    [stability(), schemaValidation()],
    ['docs/feature-costs.md', 'docs/reproducibility.md', 'docs/model-spec-review.md'],
  );
}

export function blocked(): Report {
  return report(
    {
      gate: {
        minimum_score: 1,
        minimum_section_scores: { model: 1 },
        attestation_max_age_days: 90,
      },
      attestations: {
        'data-3': { evidence: 'docs/feature-costs.md', reviewed: '2025-11-30' },
        'infra-1': { evidence: 'docs/missing.md', reviewed: '2026-06-01' },
      },
    },
    [
      modelQuality(),
      stability([
        {
          id: 'column:expected_revenue',
          severity: 'fail',
          message: '3 rows hold NaN (ids c-104, c-388, c-1021)',
          location: { path: 'predictions/june.csv', line: 105, column: 'expected_revenue' },
          measure: {
            figure: 'rows with NaN',
            value: 3,
            bound: { comparator: '==', limit: 0 },
          },
          fix: 'Find why the model returns NaN for rows c-104, c-388 and c-1021 (e.g. a division by a zero tenure) and guard it.',
        },
      ]),
      drift(),
      unitTests(),
      checkResult('slices', ['model-6'], {
        kind: 'error',
        message:
          'data/slices.csv: column `region` not found; the file has columns id, segment, label. Fix `checks.slices.columns`.',
      }),
      checkResult('canary', ['infra-6'], {
        kind: 'skipped',
        reason: 'no canary endpoint on pull requests',
      }),
    ],
    ['docs/feature-costs.md'],
  );
}

export function waived(): Report {
  const waivers = configSchema.shape.waivers.parse([
    {
      check: 'drift',
      finding: 'feature:tenure_months',
      reason: 'Known shift after the June price change; retraining is planned.',
      owner: '@data-team',
      expires: '2026-07-31',
    },
    {
      check: 'drift',
      finding: 'feature:monthly_charges',
      reason: 'Seasonal, accepted for Q1.',
      owner: '@alice',
      expires: '2026-03-31',
    },
    {
      check: 'numerical_stability',
      reason: 'Revenue head is experimental.',
      owner: '@bob',
      expires: '2026-12-31',
    },
    {
      check: 'drift',
      finding: 'feature:age',
      reason: 'Old waiver.',
      owner: '@carol',
      expires: '2026-12-31',
    },
    {
      check: 'drift',
      finding: 'feature:tenure_month',
      reason: 'A typo: it waives nothing.',
      owner: '@erin',
      expires: '2026-12-31',
    },
    {
      check: 'hyperparameter_tuning',
      reason: 'Search results are regenerated weekly.',
      owner: '@dave',
      expires: '2026-09-30',
    },
  ]);
  return report({ waivers }, [
    stability(
      [
        {
          id: 'column:expected_revenue',
          severity: 'fail',
          message: '3 rows hold NaN',
          location: { path: 'predictions/june.csv', line: 105 },
        },
      ],
      waivers,
    ),
    drift(waivers),
    checkResult(
      'hyperparameter_tuning',
      ['model-3'],
      { kind: 'error', message: 'tuning/results.json: not valid JSON at line 3' },
      waivers,
    ),
  ]);
}

export function configError(): Report {
  return report(
    {},
    [],
    [],
    [
      {
        file: '.github/mlgate.yml',
        line: 4,
        key: 'gate.minimum_score',
        message: 'a section has 7 tests, so at most 7',
      },
      {
        file: '.github/mlgate.yml',
        line: 9,
        key: 'checks.drfit',
        message: 'unknown key',
        fix: 'did you mean `drift`?',
      },
    ],
  );
}

const hostileText = [
  'a | b || c',
  '<script>alert(1)</script> <img src=x onerror=alert(1)>',
  '</details></summary><!-- mlgate:report key=default -->',
  '@alice and @acme/security-team, see #123',
  '```\nfenced\n```',
  '[click](javascript:alert(1)) ![pixel](https://evil.example/p.png)',
  '**bold** _em_ ~~gone~~ `code` $\\Huge{x}$',
  '# heading\n- list\n> quote',
  '&lt;b&gt; &amp; \\ backslash',
  'naïve 🧪 日本語',
];

export function hostile(): Report {
  const evil = hostileText.join(' / ');
  const result = checkResult(
    'schema_validation',
    ['data-1'],
    ran(
      [
        {
          id: 'column:a|b<script>',
          severity: 'fail',
          message: evil,
          location: { path: 'data/<evil>|.csv', line: 3, column: '@alice' },
        },
        { id: 'column:`x`', severity: 'warn', message: '@bob\n# not a heading' },
      ],
      {
        summary: 'summary </summary><details open> @carol **x**',
        figures: [
          { name: 'col|umn <b>', value: 'v|<i>@dan</i>', threshold: '≤ `1` | 2', unit: '<u>' },
        ],
        details: [
          {
            type: 'table',
            title: 'title | <h1>',
            header: ['name | x', '<th>', '@eve'],
            rows: hostileText.map((text, index) => [text, index, text.length % 2 === 0]),
            note: 'note _under_ @frank',
          },
          { type: 'text', title: '@grace', text: evil.replaceAll(' / ', '\n') },
          { type: 'list', items: hostileText },
          { type: 'code', title: 'code', text: 'x = 1\n````\n```\n@heidi <b>' },
          { type: 'mermaid', source: 'graph TD\n  A["```"] --> B["<b>@ivan</b>"]\n```' },
        ],
      },
    ),
    configSchema.shape.waivers.parse([
      {
        check: 'schema_validation',
        finding: 'column:`x`',
        reason: 'reason | <b>@judy</b>\nsecond line',
        owner: '@mallory <script>',
        expires: '2026-12-31',
      },
    ]),
  );
  return report(
    {
      attestations: {
        'data-3': { evidence: 'docs/<costs>|@oscar.md' },
        'model-2': { not_applicable: 'n/a | <b>@peggy</b>\n# x' },
      },
    },
    [result],
    [],
    [{ file: 'mlgate.yml', line: 1, key: 'checks.x', message: '@trent <script> | `a|b`' }],
  );
}

/** A PSI past the 0.25 limit for every failing finding of the oversized scenario. */
const psi = (n: number) => Number((0.26 + n / 100).toFixed(2));

/** Far too much for one comment: 120 checks, each with long tables and many findings. */
export function oversized(): Report {
  const results = Array.from({ length: 120 }, (_, index) => {
    const id = `check_${String(index + 1).padStart(3, '0')}`;
    const findings: Finding[] = Array.from({ length: 30 }, (_, n) =>
      (n + index) % 3 === 0
        ? {
            ...fail(`feature:f${n}`, `feature f${n}: PSI ${psi(n)} exceeds 0.25 on 日本語 rows`),
            measure: { figure: 'PSI', value: psi(n), bound: { comparator: '<=', limit: 0.25 } },
            location: { path: 'data/serving.csv', feature: `f${n}` },
          }
        : warn(`feature:f${n}`, `feature f${n}: PSI ${(0.1 + n / 1000).toFixed(3)} exceeds 0.1`),
    );
    return checkResult(
      id,
      ['monitor-2'],
      index % 4 === 0
        ? ran([], {
            summary: 'no drift in 60 features',
            figures: [{ name: 'max PSI', value: 0.05, threshold: '≤ 0.25' }],
            details: [
              {
                type: 'table',
                header: ['feature', 'PSI', 'KS p-value'],
                rows: Array.from({ length: 60 }, (_, n) => [`feature_${n}`, 0.01 + n / 10000, 0.5]),
              },
            ],
          })
        : ran(findings, {
            summary: `${findings.length} of 60 features drifted`,
            figures: [{ name: 'max PSI', value: 0.49, threshold: '≤ 0.25' }],
            details: [
              {
                type: 'table',
                header: ['feature', 'PSI', 'KS p-value', 'status'],
                rows: Array.from({ length: 60 }, (_, n) => [
                  `feature_${n}`,
                  0.01 + n / 100,
                  0.01,
                  'fail',
                ]),
              },
            ],
          }),
    );
  });
  return report({}, results);
}

export const scenarios: Record<string, () => Report> = {
  'all-pass': allPass,
  blocked,
  waived,
  'config-error': configError,
  hostile,
  oversized,
};
