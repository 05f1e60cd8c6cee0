/**
 * How strongly each feature of a training table is associated with the label,
 * with the measure that fits the pair of kinds:
 * - numeric feature, numeric label: |Pearson r| (scipy.stats.pearsonr);
 * - numeric feature, two-class label: |point-biserial r| (scipy.stats.pointbiserialr);
 * - numeric feature, multiclass label, or categorical feature with a numeric
 *   label: the correlation ratio η (equal to |point-biserial| for two classes);
 * - categorical feature, categorical label: Cramér's V.
 * All are in [0, 1]. Rows where the feature or the label is missing are left out.
 */
import { sampleCorrelation } from 'simple-statistics';
import { CELL_PRESENT, type ScanColumn, type TableScan } from '../../data/table-scan.ts';
import { inferColumnKind } from '../../profile/infer-column-kind.ts';
import { defaultProfileSettings } from '../../profile/profile-settings.ts';
import { correlationRatio } from '../../statistics/correlation-ratio.ts';
import { cramersV } from '../../statistics/cramers-v.ts';

export type AssociationMeasure = 'pearson' | 'point_biserial' | 'correlation_ratio' | 'cramers_v';

export type FeatureAssociation =
  | {
      feature: string;
      kind: 'numeric' | 'categorical';
      measure: AssociationMeasure;
      value: number;
      n: number;
      note?: string;
    }
  | { feature: string; kind: 'skipped'; reason: string };

export const measureNames: Record<AssociationMeasure, string> = {
  pearson: '|Pearson r|',
  point_biserial: '|point-biserial r|',
  correlation_ratio: 'η (correlation ratio)',
  cramers_v: "Cramér's V",
};

/** A column as numbers (null where missing) or as category codes (−1 where missing). */
type Column =
  | { kind: 'numeric'; values: (row: number) => number | null }
  | { kind: 'categorical'; codes: Int32Array };

export function featureLabelAssociations(
  scan: TableScan,
  label: string,
  features: readonly string[],
): FeatureAssociation[] {
  const labelColumn = scan.column(label);
  if (!labelColumn) {
    throw new Error(
      `${scan.source} has no column "${label}" (the label); it has: ${scan.columnNames.join(', ')}`,
    );
  }
  const labelRole = roleOf(labelColumn, true);
  if (labelRole.kind === 'skipped') {
    throw new Error(
      `${scan.source}: the label "${label}" is ${labelRole.reason}; name the column the model predicts`,
    );
  }
  const binary = labelRole.kind === 'categorical' && distinctCodes(labelRole.codes) === 2;
  return features.map((name): FeatureAssociation => {
    const column = scan.column(name);
    if (!column)
      throw new Error(
        `${scan.source} has no column "${name}"; it has: ${scan.columnNames.join(', ')}`,
      );
    const role = roleOf(column, false);
    if (role.kind === 'skipped') return { feature: name, kind: 'skipped', reason: role.reason };
    if (role.kind === 'numeric' && labelRole.kind === 'numeric') {
      const { x, y } = numericPairs(role, labelRole, scan.rowCount);
      return numericResult(
        name,
        'numeric',
        'pearson',
        x.length,
        x.length < 2 ? null : sampleCorrelation(x, y),
      );
    }
    if (role.kind === 'numeric' && labelRole.kind === 'categorical') {
      const { values, groups } = groupedPairs(role, labelRole.codes, scan.rowCount);
      if (binary) {
        // Pearson's r with the label coded 0/1: the point-biserial correlation.
        const r = values.length < 2 ? null : sampleCorrelation(values, groups);
        return numericResult(name, 'numeric', 'point_biserial', values.length, r);
      }
      const eta = correlationRatio(values, groups.map(String));
      return numericResult(name, 'numeric', 'correlation_ratio', values.length, eta);
    }
    if (role.kind === 'categorical' && labelRole.kind === 'numeric') {
      const { values, groups } = groupedPairs(labelRole, role.codes, scan.rowCount);
      const eta = correlationRatio(values, groups.map(String));
      return numericResult(name, 'categorical', 'correlation_ratio', values.length, eta);
    }
    const { table, n } = crossTable(
      (role as { codes: Int32Array }).codes,
      (labelRole as { codes: Int32Array }).codes,
    );
    const v = cramersV(table);
    return v === null
      ? {
          feature: name,
          kind: 'categorical',
          measure: 'cramers_v',
          value: 0,
          n,
          note: 'a single category (or label class) among the complete rows: no association',
        }
      : { feature: name, kind: 'categorical', measure: 'cramers_v', value: v, n };
  });
}

function numericResult(
  feature: string,
  kind: 'numeric' | 'categorical',
  measure: AssociationMeasure,
  n: number,
  r: number | null,
): FeatureAssociation {
  if (r === null || Number.isNaN(r)) {
    const note =
      n < 2
        ? 'fewer than two complete rows'
        : 'constant (or a single group) over the complete rows: it carries no information about the label';
    return { feature, kind, measure, value: 0, n, note };
  }
  return { feature, kind, measure, value: Math.min(1, Math.abs(r)), n };
}

function roleOf(
  column: ScanColumn,
  isLabel: boolean,
): Column | { kind: 'skipped'; reason: string } {
  switch (column.kind) {
    case 'number':
    case 'integer': {
      const reader = (row: number) =>
        column.status[row] === CELL_PRESENT && Number.isFinite(column.values[row]!)
          ? column.values[row]!
          : null;
      // A numeric label with two values (0/1) is a class label.
      if (isLabel && distinctNumbers(column) === 2)
        return { kind: 'categorical', codes: numberCodes(column) };
      return { kind: 'numeric', values: reader };
    }
    case 'boolean':
      return { kind: 'categorical', codes: numberCodes(column) };
    case 'date':
    case 'datetime':
      return {
        kind: 'skipped',
        reason: 'a date or time: its association with the label says little about the feature',
      };
    case 'category': {
      if (isLabel) return { kind: 'categorical', codes: column.codes };
      const distinct = distinctCodes(column.codes);
      const kind = inferColumnKind(
        {
          count: column.presentCount,
          types: { number: 0, boolean: 0, datetime: 0, string: column.presentCount },
        },
        { value: distinct, exact: true, relativeStandardError: 0 },
        defaultProfileSettings,
      );
      if (kind === 'identifier')
        return { kind: 'skipped', reason: 'an identifier (every value distinct), not a feature' };
      if (kind === 'text')
        return { kind: 'skipped', reason: `free text (${distinct} distinct values)` };
      return { kind: 'categorical', codes: column.codes };
    }
  }
}

function distinctNumbers(column: Extract<ScanColumn, { values: Float64Array }>): number {
  const seen = new Set<number>();
  for (let i = 0; i < column.values.length && seen.size <= 2; i++) {
    if (column.status[i] === CELL_PRESENT) seen.add(column.values[i]!);
  }
  return seen.size;
}

function numberCodes(column: Extract<ScanColumn, { values: Float64Array }>): Int32Array {
  const codes = new Int32Array(column.values.length);
  const index = new Map<number, number>();
  for (let i = 0; i < codes.length; i++) {
    if (column.status[i] !== CELL_PRESENT) {
      codes[i] = -1;
      continue;
    }
    const value = column.values[i]!;
    let code = index.get(value);
    if (code === undefined) {
      code = index.size;
      index.set(value, code);
    }
    codes[i] = code;
  }
  return codes;
}

function distinctCodes(codes: Int32Array): number {
  const seen = new Set<number>();
  for (const code of codes) if (code >= 0) seen.add(code);
  return seen.size;
}

function numericPairs(
  feature: { values: (row: number) => number | null },
  label: { values: (row: number) => number | null },
  rows: number,
) {
  const x: number[] = [];
  const y: number[] = [];
  for (let row = 0; row < rows; row++) {
    const a = feature.values(row);
    const b = label.values(row);
    if (a === null || b === null) continue;
    x.push(a);
    y.push(b);
  }
  return { x, y };
}

/** Values with their group index (groups renumbered densely from 0 among the complete rows). */
function groupedPairs(
  numbers: { values: (row: number) => number | null },
  codes: Int32Array,
  rows: number,
) {
  const values: number[] = [];
  const groups: number[] = [];
  const dense = new Map<number, number>();
  for (let row = 0; row < rows; row++) {
    const value = numbers.values(row);
    const code = codes[row]!;
    if (value === null || code < 0) continue;
    let group = dense.get(code);
    if (group === undefined) {
      group = dense.size;
      dense.set(code, group);
    }
    values.push(value);
    groups.push(group);
  }
  return { values, groups };
}

function crossTable(
  rowCodes: Int32Array,
  columnCodes: Int32Array,
): { table: number[][]; n: number } {
  const rowIndex = new Map<number, number>();
  const columnIndex = new Map<number, number>();
  const cells = new Map<string, number>();
  let n = 0;
  for (let i = 0; i < rowCodes.length; i++) {
    const r = rowCodes[i]!;
    const c = columnCodes[i]!;
    if (r < 0 || c < 0) continue;
    if (!rowIndex.has(r)) rowIndex.set(r, rowIndex.size);
    if (!columnIndex.has(c)) columnIndex.set(c, columnIndex.size);
    const key = `${rowIndex.get(r)},${columnIndex.get(c)}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
    n++;
  }
  const table = Array.from({ length: rowIndex.size }, (_, r) =>
    Array.from({ length: columnIndex.size }, (_, c) => cells.get(`${r},${c}`) ?? 0),
  );
  return { table, n };
}
