/**
 * Data 1 ("feature expectations are captured in a schema") and Monitor 2
 * (serving data is checked against it): validates the training file and a
 * serving sample against the committed Frictionless Table Schema. Each column
 * and broken constraint of each file is a finding of its own
 * (schema-findings.ts); the report gives counts per column and kind, then the
 * first rows of each kind.
 */
import type { TableFile } from '../../config-fields/shared-schemas.ts';
import { tableFileOptions } from '../../config-fields/table-file-options.ts';
import { parseTableSchema } from '../../table-schema/table-schema.ts';
import { validateTableFile } from '../../table-schema/validate-table-file.ts';
import type { CheckDefinition } from '../check-definition.ts';
import type { Validated } from './schema-findings.ts';
import { schemaValidationConfig } from './schema-validation-config.ts';
import { schemaValidationOutcome } from './schema-validation-outcome.ts';

export const schemaValidation: CheckDefinition<typeof schemaValidationConfig> = {
  id: 'schema_validation',
  title: 'Training and serving data match the schema',
  rubric: ['data-1', 'monitor-2'],
  config: schemaValidationConfig,
  async run(config, { workspace }) {
    const schemaKey = 'checks.schema_validation.schema';
    const schema = parseTableSchema(
      await workspace.readText(config.schema, schemaKey),
      config.schema,
    );
    const validated: Validated[] = [];
    for (const role of ['training', 'serving'] as const) {
      const file: TableFile | undefined = config[role];
      if (file === undefined) continue;
      const { path, options } = tableFileOptions(file);
      const key = `checks.schema_validation.${role}`;
      if (options.missingValues) {
        throw new Error(
          `${key}.missing_values: for schema validation, missing values come from the schema; move them to "missingValues" in ${config.schema}`,
        );
      }
      const result = await validateTableFile(
        (scan) => workspace.scanTable(path, key, scan),
        schema,
        {
          maxExamples: config.max_examples,
          read: { format: options.format, delimiter: options.delimiter },
        },
      );
      validated.push({ role, path, result });
    }

    return schemaValidationOutcome(config, schema, validated);
  },
};
