/**
 * Every check mlgate can run, in report order. A check runs when its key is
 * present under `checks:` in mlgate.yml.
 */

import { baselineComparison } from '../checks/baseline-comparison/baseline-comparison.ts';
import { canary } from '../checks/canary/canary.ts';
import type { CheckDefinition } from '../checks/check-definition.ts';
import { computePerformance } from '../checks/compute-performance/compute-performance.ts';
import { debuggability } from '../checks/debuggability/debuggability.ts';
import { dependencyChanges } from '../checks/dependency-changes/dependency-changes.ts';
import { drift } from '../checks/drift/drift.ts';
import { fairness } from '../checks/fairness/fairness.ts';
import { featureAssociation } from '../checks/feature-association/feature-association.ts';
import { featurePolicy } from '../checks/feature-policy/feature-policy.ts';
import { hyperparameterTuning } from '../checks/hyperparameter-tuning/hyperparameter-tuning.ts';
import { integrationTest } from '../checks/integration-test/integration-test.ts';
import { modelQuality } from '../checks/model-quality/model-quality.ts';
import { numericalStability } from '../checks/numerical-stability/numerical-stability.ts';
import { offlineOnlineCorrelation } from '../checks/offline-online-correlation/offline-online-correlation.ts';
import { piiScan } from '../checks/pii-scan/pii-scan.ts';
import { reproducibility } from '../checks/reproducibility/reproducibility.ts';
import { rollback } from '../checks/rollback/rollback.ts';
import { schemaValidation } from '../checks/schema-validation/schema-validation.ts';
import { slices } from '../checks/slices/slices.ts';
import { specReview } from '../checks/spec-review/spec-review.ts';
import { staleness } from '../checks/staleness/staleness.ts';
import { trainServeSkew } from '../checks/train-serve-skew/train-serve-skew.ts';
import { unitTests } from '../checks/unit-tests/unit-tests.ts';
import type { CheckConfigs } from '../config/config-schema.ts';

export type CheckId = keyof CheckConfigs;

export const checkRegistry: { [K in CheckId]-?: CheckDefinition<NonNullable<CheckConfigs[K]>> } = {
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
  unit_tests: unitTests,
  integration_test: integrationTest,
  debuggability,
  canary,
  rollback,
  spec_review: specReview,
  dependency_changes: dependencyChanges,
  compute_performance: computePerformance,
};
