/**
 * Every check mlgate can run, in report order. A check runs when its key is
 * present under `checks:` in mlgate.yml; that key's schema, its JSON Schema and
 * its README reference come from the check's own `config`
 * (src/config/checks-schema.ts), so a new check is its folder and one line here.
 */

import { baselineComparison } from './baseline-comparison/baseline-comparison.ts';
import { canary } from './canary/canary.ts';
import type { CheckDefinition } from './check-definition.ts';
import { committedArtifacts } from './committed-artifacts/committed-artifacts.ts';
import { computePerformance } from './compute-performance/compute-performance.ts';
import { debuggability } from './debuggability/debuggability.ts';
import { dependencyChanges } from './dependency-changes/dependency-changes.ts';
import { drift } from './drift/drift.ts';
import { fairness } from './fairness/fairness.ts';
import { featureAssociation } from './feature-association/feature-association.ts';
import { featurePolicy } from './feature-policy/feature-policy.ts';
import { hyperparameterTuning } from './hyperparameter-tuning/hyperparameter-tuning.ts';
import { integrationTest } from './integration-test/integration-test.ts';
import { modelQuality } from './model-quality/model-quality.ts';
import { numericalStability } from './numerical-stability/numerical-stability.ts';
import { offlineOnlineCorrelation } from './offline-online-correlation/offline-online-correlation.ts';
import { piiScan } from './pii-scan/pii-scan.ts';
import { reproducibility } from './reproducibility/reproducibility.ts';
import { rollback } from './rollback/rollback.ts';
import { schemaValidation } from './schema-validation/schema-validation.ts';
import { slices } from './slices/slices.ts';
import { specReview } from './spec-review/spec-review.ts';
import { staleness } from './staleness/staleness.ts';
import { trainServeSkew } from './train-serve-skew/train-serve-skew.ts';
import { unitTests } from './unit-tests/unit-tests.ts';
export const checkRegistry = {
  numerical_stability: numericalStability,
  model_quality: modelQuality,
  baseline_comparison: baselineComparison,
  slices,
  fairness,
  staleness,
  offline_online_correlation: offlineOnlineCorrelation,
  hyperparameter_tuning: hyperparameterTuning,
  schema_validation: schemaValidation,
  feature_policy: featurePolicy,
  pii_scan: piiScan,
  drift,
  train_serve_skew: trainServeSkew,
  feature_association: featureAssociation,
  reproducibility,
  committed_artifacts: committedArtifacts,
  unit_tests: unitTests,
  integration_test: integrationTest,
  debuggability,
  canary,
  rollback,
  spec_review: specReview,
  dependency_changes: dependencyChanges,
  compute_performance: computePerformance,
} satisfies Record<string, CheckDefinition>;

export type CheckId = keyof typeof checkRegistry;
