/**
 * Every kind of issue zod raises for mlgate.yml, each from a config that raises
 * it, with the exact message and fix the user gets. The table is keyed by zod's
 * issue codes, so a kind a new zod adds fails to compile here until it has a case.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { parseDocument } from 'yaml';
import * as z from 'zod';
import { configIssues } from '../../src/config/config-issues.ts';
import { configSchema } from '../../src/config/full-config-schema.ts';
import { parseConfig } from '../../src/config/parse-config.ts';
import type { ConfigError } from '../../src/model/config-error.ts';

const minimal = 'checks:\n  numerical_stability:\n    predictions: p.csv\n    columns: [score]\n';
const schemaValidation = 'checks:\n  schema_validation:\n    schema: s.json\n    training: t.csv\n';
const waiver = (fields: string) => `${minimal}waivers:\n  - {${fields}}\n`;

interface Case {
  name: string;
  yaml: string;
  /** The one error, without `file` (always mlgate.yml). */
  error: Omit<ConfigError, 'file'>;
}

const cases: Record<z.core.$ZodIssueCode, Case[]> = {
  invalid_type: [
    {
      name: 'a number where an object goes: the example comes from the schema',
      yaml: 'checks:\n  staleness:\n    model: {metadata: m.json}\n    max_model_age_days: 90\n',
      error: {
        line: 4,
        key: 'checks.staleness.max_model_age_days',
        message: 'expected an object (key: value pairs), got the number 90',
        fix: 'write it like `max_model_age_days: {warn: 30, fail: 90}`',
      },
    },
    {
      name: 'a missing key says "required" and what the key is for',
      yaml: waiver('check: numerical_stability, reason: r, expires: "2026-12-31"'),
      error: {
        line: 6,
        key: 'waivers[0].owner',
        message: 'required, but missing',
        fix: 'add `owner`: who answers for this waiver, e.g. `owner: "@ml-team"`',
      },
    },
    {
      name: 'a list of instances without a name: the list form needs one on each',
      yaml: 'checks:\n  schema_validation:\n    - {schema: a.json, training: t.csv, name: train}\n    - {schema: b.json, serving: s.csv}\n',
      error: {
        line: 4,
        key: 'checks.schema_validation[1].name',
        message: 'an instance in a list needs a name',
        fix: 'it is required: add `name`: the instance, unique within the check (letters, digits, `-` and `_`); results, findings and waivers address it as `<check>[<name>]`, e.g. `name: serving-eu`',
      },
    },
    {
      name: 'a quoted yes: the fix writes the user’s value as the kind expected',
      yaml: `gate:\n  block_on_warn: "yes"\n${minimal}`,
      error: {
        line: 2,
        key: 'gate.block_on_warn',
        message: 'expected true or false, got the string "yes"',
        fix: 'write it like `block_on_warn: true`',
      },
    },
    {
      name: 'a key left empty',
      yaml: `${minimal}waivers:\n  - check: numerical_stability\n    reason: r\n    owner:\n    expires: "2026-12-31"\n`,
      error: {
        line: 8,
        key: 'waivers[0].owner',
        message: 'expected a string, got an empty value',
        fix: 'write it like `owner: "@ml-team"`',
      },
    },
    {
      name: 'one name where a list goes keeps the schema’s message',
      yaml: 'checks:\n  numerical_stability:\n    predictions: p.csv\n    columns: score\n',
      error: {
        line: 4,
        key: 'checks.numerical_stability.columns',
        message: 'expected a list of column names, e.g. [score]',
        fix: 'write it like `columns: [score]`',
      },
    },
    {
      name: 'a fraction where a whole number goes',
      yaml: `${schemaValidation}    max_examples: 2.5\n`,
      error: {
        line: 5,
        key: 'checks.schema_validation.max_examples',
        message: 'expected a whole number, got the number 2.5',
        fix: 'write it like `max_examples: 3`',
      },
    },
  ],
  invalid_value: [
    {
      name: 'an enum value zod words: the allowed values are listed',
      yaml: 'checks:\n  numerical_stability:\n    predictions: {path: p.csv, format: xlsx}\n    columns: [score]\n',
      error: {
        line: 3,
        key: 'checks.numerical_stability.predictions.format',
        message: 'expected one of csv, jsonl, parquet, got the string "xlsx"',
        fix: 'use one of: csv, jsonl, parquet',
      },
    },
    {
      name: 'a misspelt enum value',
      yaml: 'checks:\n  drift:\n    reference: r.csv\n    current: c.csv\n    categorical_effect: jensen_shanon\n',
      error: {
        line: 5,
        key: 'checks.drift.categorical_effect',
        message: 'categorical_effect is jensen_shannon or l_infinity',
        fix: 'did you mean `jensen_shannon`? (allowed: jensen_shannon, l_infinity)',
      },
    },
    {
      name: 'a literal',
      yaml: `version: 2\n${minimal}`,
      error: {
        line: 1,
        key: 'version',
        message: 'the config format version is 1',
        fix: 'write `version: 1`',
      },
    },
    {
      name: 'a missing enum keeps the schema’s message and says it is required',
      yaml: 'checks:\n  hyperparameter_tuning:\n    trials: t.csv\n    score_column: value\n    chosen: params.json\n',
      error: {
        line: 3,
        key: 'checks.hyperparameter_tuning.direction',
        message: 'direction is maximize or minimize',
        fix: 'it is required: add `direction`: whether a higher or a lower score is better, one of maximize, minimize',
      },
    },
  ],
  invalid_union: [
    {
      name: 'a value that fits no alternative equally: the examples of each',
      yaml: `${minimal}attestations:\n  data-3: {done: true}\n`,
      error: {
        line: 6,
        key: 'attestations.data-3',
        message:
          'an attestation is either {evidence: <file>, reviewed?: YYYY-MM-DD} or {not_applicable: <reason>}',
        fix: 'write it like `data-3: {evidence: docs/tests/data-3.md, reviewed: 2026-01-15}` or `data-3: {not_applicable: the model serves no online traffic}`',
      },
    },
    {
      name: 'a value of a kind no alternative takes',
      yaml: 'checks:\n  numerical_stability:\n    predictions: 3\n    columns: [score]\n',
      error: {
        line: 3,
        key: 'checks.numerical_stability.predictions',
        message:
          'expected a file path, an object with `path` (and optionally format, delimiter, missing_values), {step, file}, or a query source {engine, table | query, connection}',
        fix: 'write a string or an object (key: value pairs)',
      },
    },
    {
      name: 'a missing union',
      yaml: 'checks:\n  numerical_stability:\n    columns: [score]\n',
      error: {
        line: 3,
        key: 'checks.numerical_stability.predictions',
        message:
          'expected a file path, an object with `path` (and optionally format, delimiter, missing_values), {step, file}, or a query source {engine, table | query, connection}',
        fix: 'it is required: add `predictions`: the predictions file to check (CSV, JSONL or Parquet), as a string or an object (key: value pairs)',
      },
    },
  ],
  too_small: [
    {
      name: 'an empty list',
      yaml: 'checks:\n  numerical_stability:\n    predictions: p.csv\n    columns: []\n',
      error: {
        line: 4,
        key: 'checks.numerical_stability.columns',
        message: 'list at least one prediction column',
        fix: 'list at least one entry',
      },
    },
    {
      name: 'an empty string',
      yaml: waiver('check: numerical_stability, reason: "", owner: "@a", expires: "2026-12-31"'),
      error: {
        line: 6,
        key: 'waivers[0].reason',
        message: 'say why the finding is acceptable',
        fix: 'fill it in, e.g. `reason: "known label noise, fixed by the next data release"`',
      },
    },
    {
      name: 'a number at an exclusive minimum',
      yaml: 'checks:\n  staleness:\n    model: {artifact: m.pkl}\n    max_model_age_days: {fail: 0}\n',
      error: {
        line: 4,
        key: 'checks.staleness.max_model_age_days.fail',
        message: 'a number of days is positive',
        fix: 'use a number > 0',
      },
    },
    {
      name: 'a number below a minimum zod words',
      yaml: `${schemaValidation}    max_examples: 0\n`,
      error: {
        line: 5,
        key: 'checks.schema_validation.max_examples',
        message: 'expected a number ≥ 1, got the number 0',
        fix: 'use a number ≥ 1',
      },
    },
  ],
  too_big: [
    {
      name: 'a number above a maximum',
      yaml: `${schemaValidation}    max_examples: 500\n`,
      error: {
        line: 5,
        key: 'checks.schema_validation.max_examples',
        message: 'expected a number ≤ 100, got the number 500',
        fix: 'use a number ≤ 100',
      },
    },
    {
      name: 'a string longer than its exact length',
      yaml: 'checks:\n  numerical_stability:\n    predictions: {path: p.csv, delimiter: ";;"}\n    columns: [score]\n',
      error: {
        line: 3,
        key: 'checks.numerical_stability.predictions.delimiter',
        message: 'the delimiter is one character, e.g. "," or "\\t"',
        fix: 'give exactly 1 character',
      },
    },
  ],
  invalid_format: [
    {
      name: 'a date in the wrong format',
      yaml: waiver('check: numerical_stability, reason: r, owner: "@a", expires: 31/12/2026'),
      error: {
        line: 6,
        key: 'waivers[0].expires',
        message: 'expected a date written YYYY-MM-DD, e.g. 2026-12-31',
        fix: 'write it like `expires: 2026-12-31`',
      },
    },
  ],
  not_multiple_of: [
    {
      name: 'a score off the half-point step: the fix offers the steps either side',
      yaml: `gate:\n  minimum_score: 1.2\n${minimal}`,
      error: {
        line: 2,
        key: 'gate.minimum_score',
        message: 'scores move in steps of 0.5, e.g. 1.5',
        fix: 'use a multiple of 0.5, e.g. 1 or 1.5',
      },
    },
  ],
  unrecognized_keys: [
    {
      name: 'a misspelt key',
      yaml: `${minimal}waiver: []\n`,
      error: { line: 5, key: 'waiver', message: 'unknown key', fix: 'did you mean `waivers`?' },
    },
  ],
  invalid_key: [
    {
      name: 'a record key its key schema refuses',
      yaml: `${minimal}attestations:\n  data-8: {evidence: x.md}\n`,
      error: {
        line: 6,
        key: 'attestations.data-8',
        message:
          'attestations are keyed by rubric test id: data-1 … data-7, model-1 …, infra-1 …, monitor-1 …',
        fix: 'rename it to a key like `data-1`',
      },
    },
  ],
  // Raised for the values of a z.map keyed by objects, and mlgate.yml's schema has no map
  // (YAML gives plain objects): the test below shows the issues inside one are explained.
  invalid_element: [],
  custom: [
    {
      name: 'a refinement that hands over its fix',
      yaml: waiver('check: drift, reason: r, owner: "@a", expires: "2026-12-31"'),
      error: {
        line: 6,
        key: 'waivers[0].check',
        message: '"drift" is not a configured check',
        fix: 'waive one of: numerical_stability',
      },
    },
    {
      name: 'a refinement of a structured value: the fix is the schema’s example',
      yaml: 'checks:\n  staleness:\n    model: {artifact: m.pkl}\n    max_model_age_days: {warn: 90, fail: 30}\n',
      error: {
        line: 4,
        key: 'checks.staleness.max_model_age_days',
        message: 'warn must not be later than fail',
        fix: 'e.g. `max_model_age_days: {warn: 30, fail: 90}`',
      },
    },
  ],
};

/** The codes of the issues zod raises for a YAML text, including those nested in unions and keys. */
function issueCodes(yaml: string): string[] {
  const result = configSchema.safeParse(parseDocument(yaml).toJS());
  const codes = (issues: readonly z.core.$ZodIssue[]): string[] =>
    issues.flatMap((issue) => [
      issue.code,
      ...(issue.code === 'invalid_union' ? issue.errors.flatMap(codes) : []),
      ...(issue.code === 'invalid_key' ? codes(issue.issues) : []),
    ]);
  return result.success ? [] : codes(result.error.issues);
}

describe('config errors for each kind of zod issue', () => {
  for (const [kind, kindCases] of Object.entries(cases)) {
    for (const { name, yaml, error } of kindCases) {
      it(`${kind}: ${name}`, () => {
        assert.ok(issueCodes(yaml).includes(kind), `the config raises no ${kind}`);
        const parsed = parseConfig(yaml);
        assert.deepEqual(parsed.ok ? [] : parsed.errors, [{ file: 'mlgate.yml', ...error }]);
      });
    }
  }

  it('invalid_element: the issues of a map element are explained at the map', () => {
    // zod raises it for a map whose keys are no property keys, e.g. objects.
    const schema = z.strictObject({ limits: z.map(z.object({ id: z.int() }), z.number().min(0)) });
    const result = schema.safeParse(
      { limits: new Map([[{ id: 1 }, -1]]) },
      { reportInput: true, error: () => '' },
    );
    assert.ok(!result.success && result.error.issues[0]?.code === 'invalid_element');
    const errors = configIssues(result.error.issues, schema, (path) => ({
      file: 'x.yml',
      key: path.join('.'),
    }));
    assert.deepEqual(errors, [
      {
        file: 'x.yml',
        key: 'limits',
        message: 'expected a number ≥ 0, got the number -1',
        fix: 'use a number ≥ 0',
      },
    ]);
  });
});
