/**
 * Data 4, "features adhere to meta-level requirements": no column of the
 * training or serving data may be a forbidden feature — a protected
 * attribute, a deprecated source — by name or name pattern from the config,
 * or from the built-in protected-attributes preset. Each forbidden column is
 * one finding, with every rule it breaks and why.
 */

import { tableFileOptions } from '../../config-fields/table-file-options.ts';
import type { CheckOutcome, DetailBlock, Finding } from '../../model/check.ts';
import type { CheckDefinition } from '../check-definition.ts';
import { type FeaturePolicyConfig, featurePolicyConfig } from './feature-policy-config.ts';
import { findProtectedAttributes, type ProtectedMatch } from './find-protected-attributes.ts';
import { protectedCategories } from './protected-attributes.ts';

interface Rule {
  label: string;
  reason: string;
  severity: 'fail' | 'warn';
  /** What in the column name breaks the rule (e.g. `term "dob"`), or undefined. */
  match(column: string): string | undefined;
}

/** A column and the files it is in (at least one). */
type ColumnFiles = [column: string, paths: [string, ...string[]]];

const normalName = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '');

export const featurePolicy: CheckDefinition<typeof featurePolicyConfig> = {
  id: 'feature_policy',
  title: 'No forbidden features',
  rubric: ['data-4'],
  config: featurePolicyConfig,
  async run(config, { workspace }) {
    const ignored = new Set(config.ignore_columns);
    const filesOf = new Map<string, [string, ...string[]]>();
    for (const [index, file] of config.files.entries()) {
      const { path, options } = tableFileOptions(file);
      const scan = await workspace.scanTable(path, `checks.feature_policy.files[${index}]`, {
        ...options,
        columns: {},
        otherColumns: 'skip',
      });
      for (const column of scan.columnNames) {
        if (ignored.has(column)) continue;
        const known = filesOf.get(column);
        filesOf.set(column, known ? [...known, path] : [path]);
      }
    }
    return policyOutcome([...filesOf], rulesOf(config), config);
  },
};

/** The columns against the rules: a finding per forbidden column not allowed. */
function policyOutcome(
  columns: readonly ColumnFiles[],
  rules: readonly Rule[],
  config: Pick<FeaturePolicyConfig, 'allow' | 'files'>,
): CheckOutcome {
  const allowed = new Set(config.allow.map(normalName));
  const findings: Finding[] = [];
  const matches: string[][] = [];
  for (const [column, paths] of columns) {
    const broken = rules.flatMap((rule) => {
      const what = rule.match(column);
      return what === undefined ? [] : [{ rule, what }];
    });
    if (broken.length === 0) continue;
    const isAllowed = allowed.has(normalName(column));
    for (const { rule, what } of broken) {
      const verdict = isAllowed ? 'allowed' : rule.severity;
      matches.push([column, paths.join(', '), `${rule.label} (${what})`, rule.reason, verdict]);
    }
    if (!isAllowed)
      findings.push(
        forbiddenFinding(
          column,
          paths,
          broken.map((b) => b.rule),
        ),
      );
  }
  const details: DetailBlock[] = [
    {
      type: 'table',
      title: 'Columns matching a rule',
      header: ['column', 'files', 'rule', 'reason', 'verdict'],
      rows: matches,
      ...(matches.length === 0 ? { note: 'no column matches any rule' } : {}),
    },
    { type: 'list', title: 'Rules', items: rules.map((r) => `${r.label} — ${r.reason}`) },
  ];
  const summary =
    findings.length === 0
      ? `${columns.length} column(s) in ${config.files.length} file(s), none forbidden by ${rules.length} rule(s)`
      : `${findings.length} forbidden feature(s): ${findings.map((f) => f.location?.column).join(', ')}`;
  return {
    kind: 'ran',
    summary,
    figures: [
      { name: 'columns checked', value: columns.length },
      {
        name: 'forbidden features',
        value: findings.length,
        threshold: '= 0',
        bound: { comparator: '==', limit: 0 },
      },
    ],
    findings,
    details,
  };
}

function forbiddenFinding(
  column: string,
  paths: readonly [string, ...string[]],
  broken: readonly Rule[],
): Finding {
  return {
    id: `feature:${column}`,
    severity: broken.some((rule) => rule.severity === 'fail') ? 'fail' : 'warn',
    message: `column "${column}" (${paths.join(', ')}) is a forbidden feature: ${broken.map((r) => r.reason).join('; ')}`,
    location: { path: paths[0], column, feature: column },
    measure: {
      figure: 'rules that forbid the column',
      value: broken.length,
      bound: { comparator: '==', limit: 0 },
    },
    fix: `Drop "${column}" from the features, or list it under checks.feature_policy.allow after review.`,
  };
}

function rulesOf(config: FeaturePolicyConfig): Rule[] {
  const rules: Rule[] = config.rules.map(({ name, pattern, reason, severity }) => {
    if (pattern !== undefined) {
      const regex = new RegExp(pattern, 'iu');
      return {
        label: `pattern /${pattern}/`,
        reason,
        severity,
        match: (c) => {
          const found = regex.exec(c);
          return found ? `matches "${found[0]}"` : undefined;
        },
      };
    }
    // The schema gives a rule either a name or a pattern.
    const target = normalName(name ?? '');
    return {
      label: `name ${name}`,
      reason,
      severity,
      match: (c) => (normalName(c) === target ? 'same name' : undefined),
    };
  });
  if (config.presets.includes('protected_attributes')) {
    // One reading of each name serves the rules of all categories.
    const found = new Map<string, ProtectedMatch[]>();
    const matchesOf = (column: string) => {
      const known = found.get(column) ?? findProtectedAttributes(column);
      found.set(column, known);
      return known;
    };
    for (const category of protectedCategories) {
      rules.push({
        label: `protected_attributes: ${category.id}`,
        reason: category.reason,
        severity: 'fail',
        match: (column) => {
          const match = matchesOf(column).find((m) => m.category === category);
          return match && `term "${match.term}"`;
        },
      });
    }
  }
  return rules;
}
