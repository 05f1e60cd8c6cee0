/**
 * Data 1 ("feature expectations are captured in a schema") and Monitor 2
 * (serving data is checked against it): validates the training file and a
 * serving sample against the committed Frictionless Table Schema. Each column
 * and broken constraint of each file is a finding of its own
 * (schema-findings.ts), as is each broken row rule (rule-findings.ts) and each
 * schema property validation skips (unchecked-findings.ts); error budgets turn
 * failures within them into warnings (check-budgets.ts). The report gives
 * counts per column and kind, then the first rows of each kind. Data given as
 * a query source is validated by its engine (table-schema/query-validation.ts)
 * into the same result, its rows named by their key instead of a line.
 */
import type { TableFile } from '../../config-fields/shared-schemas.ts';
import { tableFileOptions } from '../../config-fields/table-file-options.ts';
import { isQuerySource, type QuerySource } from '../../sql/query-source.ts';
import { validateQuerySource } from '../../table-schema/query-validation.ts';
import { parseRowRule, type RowRule, RuleError } from '../../table-schema/row-rule.ts';
import { parseTableSchema, type TableSchema } from '../../table-schema/table-schema.ts';
import { validateTableFile } from '../../table-schema/validate-table-file.ts';
import type { Workspace } from '../../workspace/workspace.ts';
import type { CheckDefinition } from '../check-definition.ts';
import type { Validated } from './schema-findings.ts';
import { type SchemaValidationConfig, schemaValidationConfig } from './schema-validation-config.ts';
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
    checkFieldBudgets(config, schema);
    const rules = rowRulesOf(config, schema);
    const validated: Validated[] = [];
    for (const role of ['training', 'serving'] as const) {
      const data = config[role];
      if (data === undefined) continue;
      const key = `checks.schema_validation.${role}`;
      const run = { workspace, config, schema, rules, key };
      validated.push({
        role,
        ...(isQuerySource(data) ? await validateQuery(run, data) : await validateFile(run, data)),
      });
    }

    return schemaValidationOutcome(config, schema, validated);
  },
};

interface RoleRun {
  workspace: Workspace;
  config: SchemaValidationConfig;
  schema: TableSchema;
  rules: RowRule[];
  /** The role's config key, e.g. `checks.schema_validation.training`. */
  key: string;
}

async function validateFile(
  { workspace, config, schema, rules, key }: RoleRun,
  file: TableFile,
): Promise<Omit<Validated, 'role'>> {
  const { path, options } = tableFileOptions(file);
  if (options.missingValues) {
    throw new Error(
      `${key}.missing_values: for schema validation, missing values come from the schema; move them to "missingValues" in ${config.schema}`,
    );
  }
  const result = await validateTableFile((scan) => workspace.scanTable(path, key, scan), schema, {
    maxExamples: config.max_examples,
    rules,
    read: { format: options.format, delimiter: options.delimiter },
  });
  return { path, result };
}

/** Validated by the engine where the data lives; a rule it cannot run is a config error naming the rule. */
async function validateQuery(
  { workspace, config, schema, rules, key }: RoleRun,
  source: QuerySource,
): Promise<Omit<Validated, 'role'>> {
  const opened = await workspace.openQuerySource(source, key);
  const validated = await validateQuerySource(opened, schema, {
    maxExamples: config.max_examples,
    rules,
  });
  if (validated.kind === 'validated') return { path: opened.label, result: validated.result };
  throw new Error(
    validated.rules
      .map((rule) => {
        const index = rules.findIndex((r) => r.label === rule.label);
        return `checks.schema_validation.row_rules[${index}].rule, for ${key} (${opened.label}): ${rule.message}. ${rule.fix}.`;
      })
      .join('\n'),
  );
}

function checkFieldBudgets(config: SchemaValidationConfig, schema: TableSchema): void {
  const names = schema.fields.map((f) => f.name);
  for (const name of Object.keys(config.fields ?? {})) {
    if (!names.includes(name)) {
      throw new Error(
        `checks.schema_validation.fields.${name}: "${name}" is not a field of ${config.schema}; the fields are ${names.join(', ')}`,
      );
    }
  }
}

/** The configured rules, parsed against the schema; a bad one is a config error naming its key. */
function rowRulesOf(config: SchemaValidationConfig, schema: TableSchema): RowRule[] {
  return (config.row_rules ?? []).map((entry, index) => {
    try {
      return parseRowRule(entry.rule, entry.name ?? String(index), schema.fields);
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
      throw new Error(
        `checks.schema_validation.row_rules[${index}].rule ${JSON.stringify(entry.rule)}: ${error.problem.message}. ${error.problem.fix}`,
      );
    }
  });
}
