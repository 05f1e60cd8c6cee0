import { z } from 'zod';
import { probability, repoPath } from '../../config/shared-schemas.ts';

const globs = (example: string) =>
  z
    .array(z.string().min(1), { error: `expected a list of path globs, e.g. [${example}]` })
    .min(1, { error: `list at least one path glob, e.g. [${example}]` });

const area = (codeExample: string, testExample: string) =>
  z.strictObject({
    /** The code under test (globs). */
    code: globs(codeExample),
    /** The tests for it (globs over test file paths; pytest class names count as their module file). */
    tests: globs(testExample),
    /** At least this many of those tests must have run (passed or failed, not skipped). */
    minimum_tests: z.int().min(1).default(1),
    /** Line coverage of `code` required, 0–1; overrides the check's minimum_coverage. */
    minimum_coverage: probability.optional(),
  });

export const unitTestsConfig = z
  .strictObject({
    /** JUnit XML reports written earlier in the workflow. */
    junit: z
      .array(repoPath)
      .min(1, { error: 'list the JUnit XML report(s), e.g. [reports/junit.xml]' }),
    /** Coverage reports: lcov, Cobertura XML or JaCoCo XML (detected from the content). */
    coverage: z.array(repoPath).default([]),
    /** Line coverage required of each area's code, 0–1. */
    minimum_coverage: probability.optional(),
    /** Infra 2: the model spec (architecture, training step, checkpointing). */
    model_spec: area('src/model/**', 'tests/test_model*.py'),
    /** Data 7: the feature code (training and serving). */
    feature_code: area('src/features/**', 'tests/test_features*.py'),
    /** How many failing tests to name. */
    max_examples: z.int().min(1).max(100).default(20),
  })
  .refine(
    (config) =>
      config.coverage.length > 0 ||
      (config.minimum_coverage === undefined &&
        config.model_spec.minimum_coverage === undefined &&
        config.feature_code.minimum_coverage === undefined),
    {
      error:
        'a minimum_coverage needs a coverage report: list it under `coverage`, e.g. [coverage.xml]',
    },
  );
export type UnitTestsConfig = z.infer<typeof unitTestsConfig>;
