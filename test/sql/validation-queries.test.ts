import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'vitest';
import { type SqlEngine, sqlDialect, sqlEngines } from '../../src/sql/sql-dialect.ts';
import { stagedRelation } from '../../src/sql/validation-queries.ts';
import { examplesStatement } from '../../src/table-schema/query-examples.ts';
import {
  countsStatement,
  examplesRelation,
  validationPlan,
} from '../../src/table-schema/query-validation.ts';
import { parseRowRule } from '../../src/table-schema/row-rule.ts';
import { type RuleSql, ruleSql } from '../../src/table-schema/row-rule-sql.ts';
import { parseTableSchema } from '../../src/table-schema/table-schema.ts';
import type { SqlColumn } from '../../src/workspace/sql-source.ts';
import { expectGoldenSql } from '../mocks/golden-sql.ts';

function schemaOf(name: string) {
  const path = `table-schema/query/${name}.schema.json`;
  return parseTableSchema(
    readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8'),
    path,
  );
}

/** The penguins as an engine types them: every column of its field's type. */
const penguinColumns: SqlColumn[] = [
  { name: 'species', type: 'text' },
  { name: 'island', type: 'text' },
  { name: 'beak_length_mm', type: 'number' },
  { name: 'beak_depth_mm', type: 'number' },
  { name: 'flipper_length_mm', type: 'integer' },
  { name: 'body_mass_g', type: 'integer' },
  { name: 'sex', type: 'text' },
];

/** mixed.csv as DuckDB reads it: the columns with unreadable cells are text. */
const mixedColumns: SqlColumn[] = [
  { name: 'id', type: 'integer' },
  { name: 'day', type: 'text' },
  { name: 'reading', type: 'text' },
  { name: 'count', type: 'text' },
  { name: 'flag', type: 'text' },
  { name: 'label', type: 'text' },
];

const source = (name: string, engine: SqlEngine = 'duckdb') =>
  sqlDialect(engine).tableName(`analytics.${name}`);

function statements(engine: SqlEngine, name: string, columns: SqlColumn[], rules: string[]) {
  const dialect = sqlDialect(engine);
  const schema = schemaOf(name);
  const parsed = rules.map((rule, index) => parseRowRule(rule, String(index), schema.fields));
  const plan = validationPlan(dialect, schema, columns, parsed);
  const relation = stagedRelation(dialect, source(name, engine), plan.stages);
  return { dialect, plan, relation };
}

describe('validation SQL in every dialect (golden files, parsed in the dialect)', () => {
  for (const engine of sqlEngines) {
    test(engine, () => {
      const dialect = sqlDialect(engine);
      const typed = statements(engine, 'penguins', penguinColumns, [
        'beak_length_mm * 2 < flipper_length_mm / 3 + 30',
        'species in ["Adelie", "Gentoo"] or sex == null',
        'not (island == "Dream" and -body_mass_g > -3000)',
      ]);
      expectGoldenSql(
        engine,
        'validation-counts-typed',
        countsStatement(dialect, typed.relation, typed.plan),
      );
      const key = typed.plan.checks.find((check) => check.type === 'key')!;
      const rule = typed.plan.checks.find((check) => check.type === 'rule')!;
      for (const [name, check] of [
        ['validation-examples-key', key],
        ['validation-examples-rule', rule],
      ] as const) {
        const relation = examplesRelation(dialect, source('penguins', engine), typed.plan, check);
        const statement = examplesStatement(dialect, relation, check, typed.plan.keyPlans, 5);
        expectGoldenSql(engine, name, statement.sql);
      }
      const texts = statements(engine, 'mixed', mixedColumns, [
        'count < 5 or flag == true',
        'day < "2012-03-02"',
      ]);
      expectGoldenSql(
        engine,
        'validation-counts-text',
        countsStatement(dialect, texts.relation, texts.plan),
      );
    });
  }
});

describe('row rules in SQL', () => {
  const schema = schemaOf('weather');
  const rule = (text: string) => parseRowRule(text, 'r', schema.fields);
  const field = (name: string): RuleSql => ({ kind: 'sql', sql: `"${name}"` });

  test('three-valued logic as the evaluator has it: == null tests, / by zero is unknown', () => {
    const translated = ruleSql(
      rule('not (wind == null) and temp_max / wind > -1 or weather in ["sun"]').node,
      sqlDialect('postgres'),
      field,
    );
    assert.deepEqual(translated, {
      kind: 'sql',
      sql: `(((NOT ("wind" IS NULL)) AND ((CAST("temp_max" AS DOUBLE PRECISION) / NULLIF(CAST("wind" AS DOUBLE PRECISION), 0)) > (-1))) OR ("weather" IN ('sun')))`,
    });
  });

  test('% has no float spelling on BigQuery: the rule is not supported there', () => {
    const node = rule('temp_max % 2 == 0').node;
    assert.equal(ruleSql(node, sqlDialect('duckdb'), field).kind, 'sql');
    assert.deepEqual(ruleSql(node, sqlDialect('bigquery'), field), {
      kind: 'unsupported',
      reason: '`%` (bigquery has no remainder of floats)',
    });
  });
});
