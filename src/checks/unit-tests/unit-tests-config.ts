import * as z from 'zod';
import { probability, repoPath } from '../../config-fields/shared-schemas.ts';

const globs = (example: string) =>
  z
    .array(z.string().min(1), { error: `expected a list of path globs, e.g. [${example}]` })
    .min(1, { error: `list at least one path glob, e.g. [${example}]` });

const area = (codeExample: string, testExample: string) =>
  z.strictObject({
    code: globs(codeExample).describe('The code under test (globs).'),
    tests: globs(testExample).describe(
      'The tests for it (globs over test file paths; pytest class names count as their module file).',
    ),
    minimum_tests: z
      .int()
      .min(1)
      .default(1)
      .describe('At least this many of those tests must have run (passed or failed, not skipped).'),
    minimum_coverage: probability
      .optional()
      .describe("Line coverage of `code` required, 0–1; overrides the check's minimum_coverage."),
  });

export const unitTestsConfig = z
  .strictObject({
    junit: z
      .array(repoPath)
      .min(1, { error: 'list the test report(s), e.g. [reports/junit.xml]' })
      .describe(
        'Test reports written earlier in the workflow: JUnit XML, Jest/Vitest or Mocha JSON, TRX or NUnit 3 XML (detected from the content).',
      ),
    coverage: z
      .array(repoPath)
      .default([])
      .describe('Coverage reports: lcov, Cobertura XML or JaCoCo XML (detected from the content).'),
    minimum_coverage: probability
      .optional()
      .describe("Line coverage required of each area's code, 0–1."),
    model_spec: area('src/model/**', 'tests/test_model*.py').describe(
      'Infra 2: the model spec (architecture, training step, checkpointing).',
    ),
    feature_code: area('src/features/**', 'tests/test_features*.py').describe(
      'Data 7: the feature code (training and serving).',
    ),
    max_examples: z.int().min(1).max(100).default(20).describe('How many failing tests to name.'),
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
