/**
 * The findings of cells drift could not read, for the drift and train/serve
 * skew checks: one per file and feature (`unreadable:<role>:<column>`, so each
 * can be waived), `fail` when the feature's share of them in that file exceeds
 * `max_unreadable_share`, else `warn` (src/drift/unreadable-cells.ts). Each is
 * located at its first cell, carries the share or count against its bound,
 * and says what to change: the data, the schema's type, or the config key.
 */
import type { NumericScanKind } from '../../data/table-scan.ts';
import type { DriftResult, UnreadableCells } from '../../drift/drift-result.ts';
import { describeUnreadable } from '../../drift/unreadable-cells.ts';
import type { Finding, Measure } from '../../model/check.ts';

/** How a cell of each type is written, for the fix. */
const spelled: Record<NumericScanKind, string> = {
  number: 'plain decimals such as 1000 or 12.5 (no hex, units, digit separators or decimal commas)',
  integer: 'whole numbers such as 1000 (no hex, units, digit separators or decimals)',
  boolean: 'true, false, 1 or 0',
  date: 'calendar dates as YYYY-MM-DD',
  datetime: 'ISO 8601 datetimes such as 2024-05-01T12:00:00Z',
};

export function unreadableFindings(
  result: DriftResult,
  noun: string,
  configKey: string,
): Finding[] {
  const maxShare = result.rules.maxUnreadableShare;
  return result.unreadable.map((entry) => {
    const first = entry.examples[0];
    return {
      id: `unreadable:${entry.role}:${entry.column}`,
      severity: entry.verdict,
      message: `${describeUnreadable(entry)}; left out of ${noun}`,
      location: {
        path: entry.path,
        ...(first?.line != null ? { line: first.line } : {}),
        column: entry.column,
        ...(first ? { row: first.row } : {}),
        feature: entry.column,
      },
      measure: measureOf(entry, maxShare),
      cause: `unreadable:${entry.path}:${entry.column}`,
      fix: fixOf(entry, configKey),
    };
  });
}

function measureOf(entry: UnreadableCells, maxShare: number): Measure {
  if (entry.verdict === 'fail') {
    return {
      figure: 'unreadable cells share',
      value: entry.share,
      bound: { comparator: '<=', limit: maxShare },
    };
  }
  // Within the share that fails, the cells still warn: a passing column has none.
  return { figure: 'unreadable cells', value: entry.count, bound: { comparator: '==', limit: 0 } };
}

function fixOf(entry: UnreadableCells, configKey: string): string {
  const data = `Write the cells of \`${entry.column}\` in ${entry.path} as ${spelled[entry.expected]}, or declare the column with the type it holds in the Table Schema`;
  const share = `${configKey}.max_unreadable_share`;
  return entry.verdict === 'fail'
    ? `${data}; to accept a share of unreadable cells, raise \`${share}\`.`
    : `${data}; they warn while their share stays within \`${share}\`.`;
}
