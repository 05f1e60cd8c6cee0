import assert from 'node:assert/strict';
import { test } from 'vitest';
import type { Config } from '../../src/config/config-schema.ts';
import { configSchema } from '../../src/config/full-config-schema.ts';
import type { RubricTestId } from '../../src/model/check.ts';
import type { CheckResult } from '../../src/model/check-result.ts';
import type { RubricTestScore } from '../../src/model/report-model.ts';
import { attestationEvidencePaths, scoreMlTest } from '../../src/scoring/ml-test-score.ts';
import { checkResult, fail, ran, today, warn } from '../mocks/check-result.ts';

/** The parts of mlgate.yml scoring reads, through the real schema (defaults included). */
function config(raw: unknown): Pick<Config, 'gate' | 'attestations'> {
  const { gate, attestations } = raw as { gate?: unknown; attestations?: unknown };
  return {
    gate: configSchema.shape.gate.parse(gate),
    attestations: configSchema.shape.attestations.parse(attestations),
  };
}

function score(options: { results?: CheckResult[]; config?: unknown; evidence?: string[] } = {}) {
  const parsed = config(options.config ?? {});
  return scoreMlTest({
    results: options.results ?? [],
    attestations: parsed.attestations,
    gate: parsed.gate,
    evidenceExists: new Map((options.evidence ?? []).map((path) => [path, true])),
    today,
  });
}

function testScore(all: ReturnType<typeof score>, id: RubricTestId): RubricTestScore {
  const found = all.tests.find((t) => t.id === id);
  assert.ok(found, id);
  return found;
}

const cases: {
  name: string;
  results?: CheckResult[];
  config?: unknown;
  evidence?: string[];
  id: RubricTestId;
  points: 0 | 0.5 | 1;
  kind: RubricTestScore['state']['kind'];
  why?: RegExp;
}[] = [
  {
    name: 'a passing check automates its test',
    results: [checkResult('numerical_stability', ['monitor-5'], ran())],
    id: 'monitor-5',
    points: 1,
    kind: 'automated',
  },
  {
    name: 'a warning check still ran its test',
    results: [checkResult('numerical_stability', ['monitor-5'], ran([warn('column:score')]))],
    id: 'monitor-5',
    points: 1,
    kind: 'automated',
  },
  {
    name: 'a failing check still ran its test (the score measures existence, not success)',
    results: [checkResult('numerical_stability', ['monitor-5'], ran([fail('column:score')]))],
    id: 'monitor-5',
    points: 1,
    kind: 'automated',
  },
  {
    name: 'a check that errored did not run its test',
    results: [checkResult('drift', ['monitor-2'], { kind: 'error', message: 'file not found' })],
    id: 'monitor-2',
    points: 0,
    kind: 'uncovered',
    why: /check `drift` ended in an error/,
  },
  {
    name: 'a skipped check did not run its test',
    results: [checkResult('drift', ['monitor-2'], { kind: 'skipped', reason: 'no serving data' })],
    id: 'monitor-2',
    points: 0,
    kind: 'uncovered',
    why: /check `drift` was skipped/,
  },
  {
    name: 'an errored check falls back to a valid attestation',
    results: [checkResult('drift', ['monitor-2'], { kind: 'error', message: 'boom' })],
    config: { attestations: { 'monitor-2': { evidence: 'docs/monitoring.md' } } },
    evidence: ['docs/monitoring.md'],
    id: 'monitor-2',
    points: 0.5,
    kind: 'attested',
  },
  {
    name: 'an attestation with an existing evidence file scores 0.5',
    config: { attestations: { 'data-3': { evidence: 'docs/feature-costs.md' } } },
    evidence: ['docs/feature-costs.md'],
    id: 'data-3',
    points: 0.5,
    kind: 'attested',
  },
  {
    name: 'an attestation whose evidence file is missing scores 0 and says so',
    config: { attestations: { 'data-3': { evidence: 'docs/feature-costs.md' } } },
    evidence: ['docs/other.md'],
    id: 'data-3',
    points: 0,
    kind: 'attestation-rejected',
    why: /evidence file `docs\/feature-costs\.md` is not in the repository: it is missing, or a link that leads outside it/,
  },
  {
    name: 'a review exactly as old as the maximum age still counts',
    config: {
      gate: { attestation_max_age_days: 30 },
      attestations: { 'data-6': { evidence: 'docs/a.md', reviewed: '2026-05-16' } },
    },
    evidence: ['docs/a.md'],
    id: 'data-6',
    points: 0.5,
    kind: 'attested',
  },
  {
    name: 'a review one day older than the maximum age is stale',
    config: {
      gate: { attestation_max_age_days: 30 },
      attestations: { 'data-6': { evidence: 'docs/a.md', reviewed: '2026-05-15' } },
    },
    evidence: ['docs/a.md'],
    id: 'data-6',
    points: 0,
    kind: 'attestation-rejected',
    why: /last reviewed on 2026-05-15, 31 days ago; `gate.attestation_max_age_days` allows 30/,
  },
  {
    name: 'without a maximum age an old review still counts',
    config: { attestations: { 'data-6': { evidence: 'docs/a.md', reviewed: '2019-01-01' } } },
    evidence: ['docs/a.md'],
    id: 'data-6',
    points: 0.5,
    kind: 'attested',
  },
  {
    name: 'with a maximum age an attestation needs a review date',
    config: {
      gate: { attestation_max_age_days: 90 },
      attestations: { 'data-6': { evidence: 'docs/a.md' } },
    },
    evidence: ['docs/a.md'],
    id: 'data-6',
    points: 0,
    kind: 'attestation-rejected',
    why: /attestation_max_age_days` is 90, so the attestation needs a review date \(`reviewed: YYYY-MM-DD`\)/,
  },
  {
    name: 'a review dated tomorrow is allowed (time zones ahead of UTC)',
    config: { attestations: { 'data-6': { evidence: 'docs/a.md', reviewed: '2026-06-16' } } },
    evidence: ['docs/a.md'],
    id: 'data-6',
    points: 0.5,
    kind: 'attested',
  },
  {
    name: 'a review dated two days ahead is refused',
    config: { attestations: { 'data-6': { evidence: 'docs/a.md', reviewed: '2026-06-17' } } },
    evidence: ['docs/a.md'],
    id: 'data-6',
    points: 0,
    kind: 'attestation-rejected',
    why: /review date 2026-06-17 is after today \(2026-06-15\)/,
  },
  {
    name: 'not applicable scores 0 and is shown as N/A',
    config: { attestations: { 'model-2': { not_applicable: 'batch model, no online metric' } } },
    id: 'model-2',
    points: 0,
    kind: 'not-applicable',
  },
  {
    name: 'a check that ran outranks a not-applicable declaration',
    results: [checkResult('offline_online_correlation', ['model-2'], ran())],
    config: { attestations: { 'model-2': { not_applicable: 'no online metric' } } },
    id: 'model-2',
    points: 1,
    kind: 'automated',
  },
  {
    name: 'a check that ran outranks an attestation',
    results: [checkResult('numerical_stability', ['monitor-5'], ran())],
    config: { attestations: { 'monitor-5': { evidence: 'docs/a.md' } } },
    evidence: ['docs/a.md'],
    id: 'monitor-5',
    points: 1,
    kind: 'automated',
  },
  {
    name: 'nothing configured leaves an automatable test uncovered',
    id: 'model-6',
    points: 0,
    kind: 'uncovered',
    why: /No configured check automates it/,
  },
  {
    name: 'nothing configured leaves an attestation-only test uncovered',
    id: 'data-3',
    points: 0,
    kind: 'uncovered',
    why: /mlgate cannot automate it/,
  },
];

for (const c of cases) {
  test(c.name, () => {
    const t = testScore(score(c), c.id);
    assert.equal(t.points, c.points);
    assert.equal(t.state.kind, c.kind);
    if (c.why) {
      assert.ok('why' in t.state, 'state explains why');
      assert.match(t.state.why, c.why);
    }
  });
}

test('a rejected attestation that backs an errored check explains both', () => {
  const t = testScore(
    score({
      results: [checkResult('drift', ['monitor-2'], { kind: 'error', message: 'boom' })],
      config: { attestations: { 'monitor-2': { evidence: 'docs/gone.md' } } },
    }),
    'monitor-2',
  );
  assert.deepEqual(t.state, {
    kind: 'attestation-rejected',
    evidence: 'docs/gone.md',
    why: 'The evidence file `docs/gone.md` is not in the repository: it is missing, or a link that leads outside it. Commit the evidence itself inside the repository. The test did not run: check `drift` ended in an error.',
  });
});

test('two checks automating one test give it 1 point, not 2, and both are named', () => {
  const all = score({
    results: [
      checkResult('schema_validation', ['data-1', 'monitor-2'], ran()),
      checkResult('drift', ['monitor-2'], ran([fail('feature:age')])),
    ],
  });
  assert.deepEqual(testScore(all, 'monitor-2').state, {
    kind: 'automated',
    checks: ['schema_validation', 'drift'],
  });
  assert.equal(testScore(all, 'monitor-2').points, 1);
  assert.equal(testScore(all, 'data-1').points, 1);
  assert.equal(all.sections.find((s) => s.section === 'monitoring')?.score, 1);
});

test('sections sum their tests, the final score is the lowest section, with its Table V band', () => {
  const all = score({
    results: [
      checkResult('schema_validation', ['data-1', 'monitor-2'], ran()),
      checkResult('feature_association', ['data-2'], ran()),
      checkResult('baseline_comparison', ['model-5'], ran()),
      checkResult('slices', ['model-6'], ran()),
      checkResult('reproducibility', ['infra-1'], ran()),
      checkResult('unit_tests', ['infra-2', 'data-7'], ran()),
      checkResult('numerical_stability', ['monitor-5'], ran()),
    ],
    config: {
      gate: {
        minimum_score: 2,
        minimum_section_scores: { data: 3, model: 2, infrastructure: 2, monitoring: 2 },
      },
      attestations: {
        'data-3': { evidence: 'docs/costs.md' },
        'model-1': { evidence: 'docs/spec.md' },
        'infra-7': { not_applicable: 'no serving' },
      },
    },
    evidence: ['docs/costs.md', 'docs/spec.md'],
  });
  assert.deepEqual(all.sections, [
    { section: 'data', score: 3.5, minimum: 3, met: true },
    { section: 'model', score: 2.5, minimum: 2, met: true },
    { section: 'infrastructure', score: 2, minimum: 2, met: true },
    { section: 'monitoring', score: 2, minimum: 2, met: true },
  ]);
  assert.equal(all.final, 2);
  assert.equal(all.minimum, 2);
  assert.deepEqual(all.band.range, '(1,2]');
  assert.equal(all.tests.length, 28);
});

test('a section below its minimum is not met; nothing at all scores 0 in band 0', () => {
  const all = score({ config: { gate: { minimum_section_scores: { model: 0.5 } } } });
  assert.equal(all.final, 0);
  assert.equal(all.band.range, '0');
  assert.deepEqual(
    all.sections.map((s) => [s.section, s.met]),
    [
      ['data', true],
      ['model', false],
      ['infrastructure', true],
      ['monitoring', true],
    ],
  );
});

test('attestationEvidencePaths lists each evidence path once, skipping not-applicable', () => {
  const parsed = config({
    attestations: {
      'data-3': { evidence: 'docs/a.md' },
      'data-6': { evidence: 'docs/a.md' },
      'model-2': { not_applicable: 'offline only' },
      'infra-5': { evidence: 'docs/debug.md' },
    },
  });
  assert.deepEqual(attestationEvidencePaths(parsed.attestations), ['docs/a.md', 'docs/debug.md']);
});
