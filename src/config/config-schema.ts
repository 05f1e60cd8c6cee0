/**
 * The one schema of mlgate.yml. Every key is documented here; the JSON Schema
 * in schema/mlgate.schema.json and the README's config reference come from it
 * (src/config/full-config-schema.ts). Each check's own keys live beside the
 * check; `checks` is built from the registry of checks
 * (src/config/checks-schema.ts), in full only for the checks a config names
 * (`configSchemaFor`).
 */
import * as z from 'zod';
import { pipelineSteps } from '../checks/pipeline/pipeline-step.ts';
import { stepReferenceProblems } from '../checks/pipeline/step-references.ts';
import { calendarDate, nonNegative, repoPath } from '../config-fields/shared-schemas.ts';
import { sections } from '../model/check.ts';
import { configuredInstances } from './check-instances.ts';
import { type CheckKeys, checksSchemaFor } from './checks-schema.ts';
import { waiverTargetProblem } from './waiver-target.ts';

const sectionScore = z
  .number({ error: 'expected a score between 0 and 7 in steps of 0.5' })
  .min(0, { error: 'a score is at least 0' })
  .max(7, { error: 'a section has 7 tests, so at most 7' })
  .multipleOf(0.5, { error: 'scores move in steps of 0.5, e.g. 1.5' });

export const rubricTestIdPattern = /^(data|model|infra|monitor)-[1-7]$/;

const attestation = z.union(
  [
    z
      .strictObject({
        evidence: repoPath.describe(
          'A file in the repository that documents the manual test and its result.',
        ),
        reviewed: calendarDate
          .meta({ examples: ['2026-01-15'] })
          .optional()
          .describe(
            'When the evidence was last reviewed; checked against gate.attestation_max_age_days.',
          ),
        note: z.string().optional(),
      })
      .meta({ examples: [{ evidence: 'docs/tests/data-3.md', reviewed: '2026-01-15' }] }),
    z
      .strictObject({
        not_applicable: z
          .string()
          .min(1, { error: 'say why the test does not apply' })
          .describe('Why this rubric test does not apply to this system. Scores 0, shown as N/A.'),
      })
      .meta({ examples: [{ not_applicable: 'the model serves no online traffic' }] }),
  ],
  {
    error:
      'an attestation is either {evidence: <file>, reviewed?: YYYY-MM-DD} or {not_applicable: <reason>}',
  },
);

export const gateSchema = z
  .strictObject({
    minimum_score: sectionScore
      .default(0)
      .describe(
        'Blocks the merge when the final ML Test Score (minimum over sections) is below this.',
      ),
    minimum_section_scores: z
      .strictObject(
        Object.fromEntries(sections.map((s) => [s, sectionScore.default(0)])) as {
          [K in (typeof sections)[number]]: z.ZodDefault<typeof sectionScore>;
        },
      )
      .prefault({})
      .describe("Blocks the merge when a section's score is below its minimum."),
    block_on_warn: z
      .boolean()
      .default(false)
      .describe('Treat a check that ends `warn` as blocking.'),
    attestation_max_age_days: nonNegative
      .optional()
      .describe('An attestation whose `reviewed` date is older than this scores 0.'),
  })
  .prefault({});

const waiver = z.strictObject({
  check: z
    .string()
    .min(1, { error: 'name the check id, e.g. numerical_stability' })
    .describe(
      'The check id, as under `checks:`; `<check>[<name>]` for one instance of a check configured as a list (a plain id covers all its instances).',
    )
    .meta({ examples: ['numerical_stability', 'drift[serving-eu]'] }),
  finding: z
    .string()
    .min(1)
    .optional()
    .describe('One finding of that check, e.g. `feature:age`; omit to waive the whole check.'),
  reason: z
    .string()
    .min(1, { error: 'say why the finding is acceptable' })
    .describe('Why the finding is acceptable until the waiver expires.')
    .meta({ examples: ['known label noise, fixed by the next data release'] }),
  owner: z
    .string()
    .min(1, { error: 'name who owns this waiver, e.g. "@alice"' })
    .describe('Who answers for this waiver.')
    .meta({ examples: ['@ml-team'] }),
  expires: calendarDate
    .describe('The day after which the waiver no longer applies.')
    .meta({ examples: ['2026-12-31'] }),
});

const attestations = z
  .record(
    z
      .string()
      .regex(rubricTestIdPattern, {
        error:
          'attestations are keyed by rubric test id: data-1 … data-7, model-1 …, infra-1 …, monitor-1 …',
      })
      .meta({ examples: ['data-1'] }),
    attestation,
  )
  .default({})
  .describe(
    'Manual tests (0.5 points each) and tests declared not applicable, keyed by rubric id.',
  );

/** The keys of mlgate.yml, before the checks across them. */
function configKeys(checks: CheckKeys) {
  return z.strictObject({
    version: z.literal(1, { error: 'the config format version is 1' }).default(1),
    gate: gateSchema,
    steps: pipelineSteps,
    checks: checksSchemaFor(checks).default({}),
    attestations,
    waivers: z.array(waiver).default([]),
  });
}

/**
 * mlgate.yml's schema, with the full schema of each check `checks` names: a
 * config's parse (src/config/parse-config.ts) names those under its
 * `checks:`, and every other check's key only stands there, for a misspelled
 * one to be told from it. A fresh `mlgate run` built every check's entry
 * (its configuration, or a list of named copies of it) in about 7.8 ms; with
 * only the ten of the bench's PR-sized config, the run took 313 instead of
 * 316 ms (medians of 25 runs alternating), as the first schemas built still
 * pay for zod's own start.
 */
export function configSchemaFor(checks: CheckKeys) {
  // `params.fix` keeps what to do apart from what is wrong (src/config/parse-config.ts).
  return configKeys(checks).superRefine(addConfigProblems);
}

/** What no single key can tell: a config that tests nothing, steps and waivers naming what is not there. */
function addConfigProblems(
  config: z.output<ReturnType<typeof configKeys>>,
  context: z.RefinementCtx,
): void {
  if (Object.keys(config.checks).length === 0 && Object.keys(config.steps).length === 0) {
    context.addIssue({
      code: 'custom',
      path: ['checks'],
      message: 'no check is configured, so the gate would pass without testing anything',
      params: {
        fix: 'add at least one under `checks:`, or declare `steps:` (see the README config reference)',
      },
    });
  }
  for (const problem of stepReferenceProblems(config.steps, config.checks)) {
    context.addIssue({
      code: 'custom',
      path: problem.path,
      message: problem.message,
      params: { fix: problem.fix },
    });
  }
  const instances = configuredInstances(config.checks);
  config.waivers.forEach((w, i) => {
    const problem = waiverTargetProblem(w.check, instances);
    if (problem !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['waivers', i, 'check'],
        message: problem.message,
        params: { fix: problem.fix },
      });
    }
  });
}

export type ConfigSchema = ReturnType<typeof configSchemaFor>;
export type Config = z.infer<ConfigSchema>;
export type CheckConfigs = Config['checks'];
export type Attestation = z.infer<typeof attestation>;
export type Waiver = z.infer<typeof waiver>;
