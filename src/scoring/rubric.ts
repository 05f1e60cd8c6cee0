/**
 * The 28 tests of the ML Test Score (Breck, Cai, Nielsen, Salib, Sculley, "The ML
 * Test Score: A Rubric for ML Production Readiness and Technical Debt Reduction",
 * IEEE BigData 2017), titled as in the paper's Tables I–IV, each with the way
 * mlgate covers it. Which check automates a test is decided by the checks
 * themselves (`CheckDefinition.rubric`): `checks` here is read from the
 * registry, so a new check is listed by declaring its rubric tests.
 */
import { checkRegistry } from '../checks/check-registry.ts';
import type { RubricTestId, Section } from '../model/check.ts';

export interface RubricTest {
  id: RubricTestId;
  section: Section;
  title: string;
  /** The mlgate check ids that automate this test, in registry order; empty for attestation-only tests. */
  checks: readonly string[];
  /** One line for the report: what to add to mlgate.yml to cover the test. */
  howToCover: string;
}

export const sectionTitles: Readonly<Record<Section, string>> = {
  data: 'Data',
  model: 'Model',
  infrastructure: 'Infrastructure',
  monitoring: 'Monitoring',
};

const registered: readonly { id: string; rubric: readonly RubricTestId[] }[] =
  Object.values(checkRegistry);

const test = (
  id: RubricTestId,
  section: Section,
  title: string,
  howToCover: string,
): RubricTest => ({
  id,
  section,
  title,
  checks: registered.filter((check) => check.rubric.includes(id)).map((check) => check.id),
  howToCover,
});

export const rubricTests: readonly RubricTest[] = [
  // Table I — Data
  test(
    'data-1',
    'data',
    'Feature expectations are captured in a schema.',
    'Add `checks.schema_validation` with a schema for your training data.',
  ),
  test(
    'data-2',
    'data',
    'All features are beneficial.',
    'Add `checks.feature_association` to measure each feature against the target.',
  ),
  test(
    'data-3',
    'data',
    "No feature's cost is too much.",
    'Attest it: `attestations.data-3: {evidence: docs/feature-costs.md, reviewed: YYYY-MM-DD}` (latency, RAM, upstream dependencies per feature).',
  ),
  test(
    'data-4',
    'data',
    'Features adhere to meta-level requirements.',
    'Add `checks.feature_policy` listing banned, deprecated or protected features.',
  ),
  test(
    'data-5',
    'data',
    'The data pipeline has appropriate privacy controls.',
    'Add `checks.pii_scan` over the data files the pipeline produces.',
  ),
  test(
    'data-6',
    'data',
    'New features can be added quickly.',
    'Attest it: `attestations.data-6: {evidence: docs/adding-a-feature.md, reviewed: YYYY-MM-DD}` (time from idea to production).',
  ),
  test(
    'data-7',
    'data',
    'All input feature code is tested.',
    'Add `checks.unit_tests` with the test report of your feature code.',
  ),
  // Table II — Model
  test(
    'model-1',
    'model',
    'Model specs are reviewed and submitted.',
    'Add `checks.spec_review` naming the model spec files that need a reviewed change.',
  ),
  test(
    'model-2',
    'model',
    'Offline and online metrics correlate.',
    'Add `checks.offline_online_correlation` with paired offline and online metrics.',
  ),
  test(
    'model-3',
    'model',
    'All hyperparameters have been tuned.',
    'Add `checks.hyperparameter_tuning` with the results of your search.',
  ),
  test(
    'model-4',
    'model',
    'The impact of model staleness is known.',
    'Add `checks.staleness` with quality measured for models of different ages.',
  ),
  test(
    'model-5',
    'model',
    'A simpler model is not better.',
    'Add `checks.baseline_comparison` with predictions of a simple baseline model.',
  ),
  test(
    'model-6',
    'model',
    'Model quality is sufficient on important data slices.',
    'Add `checks.slices` with the slice columns and per-slice thresholds.',
  ),
  test(
    'model-7',
    'model',
    'The model is tested for considerations of inclusion.',
    'Add `checks.fairness` with the protected-group columns.',
  ),
  // Table III — ML Infrastructure
  test(
    'infra-1',
    'infrastructure',
    'Training is reproducible.',
    'Add `checks.reproducibility` with the outputs of two training runs on the same data.',
  ),
  test(
    'infra-2',
    'infrastructure',
    'Model specs are unit tested.',
    'Add `checks.unit_tests` with the test report of your model code.',
  ),
  test(
    'infra-3',
    'infrastructure',
    'The ML pipeline is integration tested.',
    'Add `checks.integration_test` running the pipeline end to end on a small sample, or declare `steps:` so that `checks.committed_artifacts` runs them and compares their outputs with the committed files.',
  ),
  test(
    'infra-4',
    'infrastructure',
    'Model quality is validated before serving.',
    'Add `checks.model_quality` with absolute thresholds and the previous model to compare with.',
  ),
  test(
    'infra-5',
    'infrastructure',
    'The model is debuggable.',
    'Add `checks.debuggability` to trace single examples through the model.',
  ),
  test(
    'infra-6',
    'infrastructure',
    'Models are canaried before serving.',
    'Add `checks.canary` to load the model and serve a sample before release.',
  ),
  test(
    'infra-7',
    'infrastructure',
    'Serving models can be rolled back.',
    'Add `checks.rollback` to prove the previous model can be served again.',
  ),
  // Table IV — Monitoring
  test(
    'monitor-1',
    'monitoring',
    'Dependency changes result in notification.',
    'Add `checks.dependency_changes` to report changed upstream dependencies.',
  ),
  test(
    'monitor-2',
    'monitoring',
    'Data invariants hold for inputs.',
    'Add `checks.schema_validation` on serving inputs, or `checks.drift` with reference and current files.',
  ),
  test(
    'monitor-3',
    'monitoring',
    'Training and serving are not skewed.',
    'Add `checks.train_serve_skew` with the features of the same examples from both code paths.',
  ),
  test(
    'monitor-4',
    'monitoring',
    'Models are not too stale.',
    'Add `checks.staleness` with a maximum model age.',
  ),
  test(
    'monitor-5',
    'monitoring',
    'Models are numerically stable.',
    'Add `checks.numerical_stability` with your predictions file.',
  ),
  test(
    'monitor-6',
    'monitoring',
    'Computing performance has not regressed.',
    "Add `checks.compute_performance` with the candidate's and production's timings.",
  ),
  test(
    'monitor-7',
    'monitoring',
    'Prediction quality has not regressed.',
    'Add `checks.model_quality` on predictions for served data.',
  ),
];
