/**
 * Data 4, "features adhere to meta-level requirements": no column of the
 * training or serving data may be a forbidden feature — a protected
 * attribute, a deprecated source — by name or name pattern from the config,
 * or from the built-in protected-attributes preset. Each forbidden column is
 * one finding, with every rule it breaks and why.
 */

import { tableFileOptions } from '../../config-fields/table-file-options.ts';
import type { DetailBlock, Finding } from '../../model/check.ts';
import type { CheckDefinition } from '../check-definition.ts';
import { type FeaturePolicyConfig, featurePolicyConfig } from './feature-policy-config.ts';
import { hasWords, nameWords, protectedAttributeRules } from './protected-attributes.ts';

interface Rule {
  label: string;
  reason: string;
  severity: 'fail' | 'warn';
  matches(column: string): boolean;
}

const normalName = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '');

export const featurePolicy: CheckDefinition<typeof featurePolicyConfig> = {
  id: 'feature_policy',
  title: 'No forbidden features',
  rubric: ['data-4'],
  config: featurePolicyConfig,
  async run(config, { workspace }) {
    const rules = rulesOf(config);
    const allowed = new Set(config.allow.map(normalName));
    const ignored = new Set(config.ignore_columns);
    const filesOf = new Map<string, string[]>();
    for (const [index, file] of config.files.entries()) {
      const { path, options } = tableFileOptions(file);
      const scan = await workspace.scanTable(path, `checks.feature_policy.files[${index}]`, {
        ...options,
        columns: {},
        otherColumns: 'skip',
      });
      for (const column of scan.columnNames) {
        if (ignored.has(column)) continue;
        filesOf.set(column, [...(filesOf.get(column) ?? []), path]);
      }
    }
    const findings: Finding[] = [];
    const matches: (string | null)[][] = [];
    for (const [column, paths] of filesOf) {
      const broken = rules.filter((rule) => rule.matches(column));
      if (broken.length === 0) continue;
      const isAllowed = allowed.has(normalName(column));
      for (const rule of broken)
        matches.push([
          column,
          paths.join(', '),
          rule.label,
          rule.reason,
          isAllowed ? 'allowed' : rule.severity,
        ]);
      if (isAllowed) continue;
      findings.push({
        id: `feature:${column}`,
        severity: broken.some((rule) => rule.severity === 'fail') ? 'fail' : 'warn',
        message: `column "${column}" (${paths.join(', ')}) is a forbidden feature: ${broken.map((r) => r.reason).join('; ')}. Drop it, or list it under checks.feature_policy.allow after review`,
        location: { path: paths[0]!, column },
      });
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
        ? `${filesOf.size} column(s) in ${config.files.length} file(s), none forbidden by ${rules.length} rule(s)`
        : `${findings.length} forbidden feature(s): ${findings.map((f) => f.location?.column).join(', ')}`;
    return {
      kind: 'ran',
      summary,
      figures: [
        { name: 'columns checked', value: filesOf.size },
        { name: 'forbidden features', value: findings.length, threshold: '= 0' },
      ],
      findings,
      details,
    };
  },
};

function rulesOf(config: FeaturePolicyConfig): Rule[] {
  const rules: Rule[] = config.rules.map((rule) => {
    if (rule.name !== undefined) {
      const target = normalName(rule.name);
      return {
        label: `name ${rule.name}`,
        reason: rule.reason,
        severity: rule.severity,
        matches: (c) => normalName(c) === target,
      };
    }
    const pattern = new RegExp(rule.pattern!, 'iu');
    return {
      label: `pattern /${rule.pattern}/`,
      reason: rule.reason,
      severity: rule.severity,
      matches: (c) => pattern.test(c),
    };
  });
  if (config.presets.includes('protected_attributes')) {
    for (const preset of protectedAttributeRules) {
      rules.push({
        label: `protected_attributes: ${preset.words.join(', ')}`,
        reason: preset.reason,
        severity: 'fail',
        matches: (column) => {
          const words = nameWords(column);
          return preset.words.some((term) => hasWords(words, term));
        },
      });
    }
  }
  return rules;
}
