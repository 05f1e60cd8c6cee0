/**
 * How strongly a feature predicts a protected attribute, so that a model
 * that never sees the attribute cannot quietly use a stand-in for it:
 * Cramér's V for a categorical feature, the correlation ratio η for a
 * numeric one (both between 0 and 1, comparable against one threshold).
 */
import { parseNumberCell } from '../../formats/parse-number.ts';
import { missingGroup } from '../../metrics/group-rows.ts';
import { labelKey } from '../../metrics/label-key.ts';
import type { Cell } from '../../model/check.ts';
import { correlationRatio } from '../../statistics/correlation-ratio.ts';
import { cramersV } from '../../statistics/cramers-v.ts';

export interface Association {
  measure: "Cramér's V" | 'correlation ratio η';
  /** Null with a note when it cannot be measured. */
  value: number | null;
  note?: string;
}

/** Categorical features with more levels than this look like identifiers: V would be near 1 by chance. */
const maxLevels = 100;

export function association(cells: readonly Cell[], groupOfRow: readonly string[]): Association {
  const numbers: number[] = [];
  const numberGroups: string[] = [];
  let numeric = true;
  cells.forEach((cell, row) => {
    if (cell === null || !numeric) return;
    const value = parseNumberCell(cell);
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      numeric = false;
      return;
    }
    numbers.push(value);
    numberGroups.push(groupOfRow[row]!);
  });
  if (numeric && numbers.length > 0) {
    const value = correlationRatio(numbers, numberGroups);
    return value === null
      ? { measure: 'correlation ratio η', value, note: 'constant feature or a single group' }
      : { measure: 'correlation ratio η', value };
  }
  const levels = new Map<string, number>();
  const groups = new Map<string, number>();
  const pairs = cells.map((cell, row) => {
    const level = labelKey(cell) ?? missingGroup;
    if (!levels.has(level)) levels.set(level, levels.size);
    const group = groupOfRow[row]!;
    if (!groups.has(group)) groups.set(group, groups.size);
    return [levels.get(level)!, groups.get(group)!] as const;
  });
  if (levels.size > maxLevels || levels.size > cells.length / 2) {
    return {
      measure: "Cramér's V",
      value: null,
      note: `${levels.size} distinct values: an identifier-like column, not measured`,
    };
  }
  const table = Array.from({ length: levels.size }, () => new Array<number>(groups.size).fill(0));
  for (const [level, group] of pairs) table[level]![group]! += 1;
  const value = cramersV(table);
  return value === null
    ? { measure: "Cramér's V", value, note: 'constant feature or a single group' }
    : { measure: "Cramér's V", value };
}
