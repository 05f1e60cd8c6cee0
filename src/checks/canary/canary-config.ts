import * as z from 'zod';
import { tableFile } from '../../config-fields/shared-schemas.ts';
import { inputTableFile } from '../../config-fields/step-output.ts';
import {
  commandLine,
  timeoutMinutes,
  tolerance,
  workingDirectory,
} from '../../infra/command-config.ts';
import { commandOrStep, stepKey } from '../pipeline/check-command.ts';

const columnType = z.enum(['number', 'integer', 'probability', 'string', 'boolean'], {
  error: 'a column type is number, integer, probability (a number in [0, 1]), string or boolean',
});

export const canaryConfig = z
  .strictObject({
    command: commandLine
      .optional()
      .describe(
        'Loads the model with the serving code and predicts on a sample, writing `output`; runs in the repository itself, where earlier workflow steps left the model.',
      ),
    step: stepKey('loads the model with the serving code and predicts on the sample'),
    timeout_minutes: timeoutMinutes(10),
    working_directory: workingDirectory,
    output: tableFile
      .optional()
      .describe(
        "The predictions the command writes (CSV, JSONL or Parquet). With `step`: one of the step's outputs, read from its run; default its only table output.",
      ),
    sample: inputTableFile
      .optional()
      .describe(
        'The sample the command predicts on (with `step`, an input the step reads): the output must have one row per sample row.',
      ),
    expected_rows: z.int().min(1).optional().describe('Or the exact number of rows expected.'),
    columns: z
      .record(z.string().min(1), columnType)
      .refine((columns) => Object.keys(columns).length > 0, {
        error: 'name at least one output column and its type, e.g. {score: probability}',
      })
      .describe('The columns the output must have, with their type.'),
    ranges: z
      .record(
        z.string(),
        z.strictObject({ min: z.number().optional(), max: z.number().optional() }),
      )
      .default({})
      .describe('Plausible range per column.'),
    id_column: z
      .string()
      .min(1)
      .optional()
      .describe('The column naming each row, to join with the training-side predictions.'),
    training_predictions: z
      .strictObject({
        path: inputTableFile.describe(
          'The file, or {step, file} for the output of the step that trains, e.g. {step: train, file: out/predictions.csv}.',
        ),
        id_column: z.string().min(1).optional().describe("Default: the canary's id_column."),
        columns: z
          .record(z.string(), z.string())
          .optional()
          .describe(
            'Canary column → training column; default the same names for every number column.',
          ),
      })
      .optional()
      .describe("The training side's predictions for the same examples, for the agreement test."),
    tolerance: tolerance
      .default({ absolute: 1e-6, relative: 0 })
      .describe('How close serving and training predictions must be.'),
    min_agreement: z
      .number()
      .min(0)
      .max(1)
      .default(1)
      .describe('Share of matched rows whose predictions must agree within the tolerance.'),
    max_examples: z.int().min(1).max(100).default(5).describe('How many offending rows to name.'),
  })
  .refine((config) => !config.training_predictions || config.id_column, {
    error: 'training_predictions are joined on ids: set id_column',
  })
  .superRefine(commandOrStep(['working_directory']))
  .refine((config) => config.command === undefined || config.output !== undefined, {
    path: ['output'],
    error: 'the canary command needs `output`: the predictions file it writes',
    params: {
      fix: 'add `output: <the file the command writes>`, e.g. `output: out/canary.csv`, or use `step` to read a step’s declared output',
    },
  });
export type CanaryConfig = z.infer<typeof canaryConfig>;
