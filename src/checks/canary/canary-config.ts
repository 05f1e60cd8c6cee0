import { z } from 'zod';
import { tableFile } from '../../config-fields/shared-schemas.ts';
import {
  commandLine,
  timeoutMinutes,
  tolerance,
  workingDirectory,
} from '../../infra/command-config.ts';

const columnType = z.enum(['number', 'integer', 'probability', 'string', 'boolean'], {
  error: 'a column type is number, integer, probability (a number in [0, 1]), string or boolean',
});

export const canaryConfig = z
  .strictObject({
    command: commandLine.describe(
      'Loads the model with the serving code and predicts on a sample, writing `output`.',
    ),
    timeout_minutes: timeoutMinutes(10),
    working_directory: workingDirectory,
    output: tableFile.describe('The predictions the command writes (CSV, JSONL or Parquet).'),
    sample: tableFile
      .optional()
      .describe('The sample the command predicts on: the output must have one row per sample row.'),
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
        path: tableFile,
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
  });
export type CanaryConfig = z.infer<typeof canaryConfig>;
