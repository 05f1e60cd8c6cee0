/**
 * Every check mlgate can run, in report order. A check runs when its key is
 * present under `checks:` in mlgate.yml.
 */
import type { CheckConfigs } from '../config/config-schema.ts';
import type { CheckDefinition } from '../engine/check.ts';
import { baselineComparison } from './baseline-comparison/baseline-comparison.ts';
import { fairness } from './fairness/fairness.ts';
import { featurePolicy } from './feature-policy/feature-policy.ts';
import { modelQuality } from './model-quality/model-quality.ts';
import { numericalStability } from './numerical-stability/numerical-stability.ts';
import { piiScan } from './pii-scan/pii-scan.ts';
import { schemaValidation } from './schema-validation/schema-validation.ts';
import { slices } from './slices/slices.ts';

export type CheckId = keyof CheckConfigs;

export const checkRegistry: { [K in CheckId]-?: CheckDefinition<NonNullable<CheckConfigs[K]>> } = {
  numerical_stability: numericalStability,
  model_quality: modelQuality,
  baseline_comparison: baselineComparison,
  slices,
  fairness,
  schema_validation: schemaValidation,
  feature_policy: featurePolicy,
  pii_scan: piiScan,
};
