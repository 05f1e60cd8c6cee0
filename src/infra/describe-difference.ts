/**
 * A difference between two versions of an artifact as one plain sentence that
 * names where to look and what each version holds:
 * `3 of 40 rows differ; first at line 2 (id 1), column `prediction`: run 1 17.31, run 2 17.52`.
 * Reproducibility labels the versions by run, committed_artifacts as committed
 * and produced.
 */

import { parseNumberCell } from '../formats/parse-number.ts';
import { formatBeside } from '../model/bound.ts';
import type { Cell } from '../model/check.ts';
import { formatNumber } from '../model/format-number.ts';
import type { DifferentComparison, FirstDifference } from './compare-artifact.ts';

export function describeDifference(
  comparison: DifferentComparison,
  labels: readonly [string, string],
): string {
  if (comparison.differing === null) {
    return comparison.note ? `the bytes differ (${comparison.note})` : 'the bytes differ';
  }
  const counted = `${comparison.differing} of ${comparison.compared} ${comparison.unit} differ`;
  const first = comparison.firstDifference;
  return first === null
    ? counted
    : `${counted}; first ${placeOf(first)}: ${valuesOf(first, labels)}`;
}

function placeOf(first: FirstDifference): string {
  if (first.key !== undefined) return `\`${first.key}\``;
  // Rows paired by position are named `row N`: their line already says where.
  const positional = first.id === undefined || /^row \d+$/.test(first.id);
  const id = positional ? '' : `(id ${first.id})`;
  const at =
    first.line === undefined
      ? id || (first.id ?? 'a row')
      : `at line ${first.line}${id ? ` ${id}` : ''}`;
  return first.column === undefined ? at : `${at}, column \`${first.column}\``;
}

function valuesOf(first: FirstDifference, [one, two]: readonly [string, string]): string {
  const { first: a, second: b } = first;
  if (first.key === undefined && first.column === undefined) {
    return `only in ${a === undefined ? two : one}`;
  }
  const [x, y] = [numeric(a), numeric(b)];
  if (x !== undefined && y !== undefined) {
    const [shownX, shownY] = formatBeside(x, y);
    return `${one} ${shownX}, ${two} ${shownY}`;
  }
  return `${one} ${cellText(a)}, ${two} ${cellText(b)}`;
}

/** Table cells may arrive as text (`"17.41"`): numbers are shown as numbers, side by side. */
function numeric(cell: Cell | undefined): number | undefined {
  // mlgate's number grammar, not Number(): `0x10` is text, not 16.
  const value = typeof cell === 'string' ? parseNumberCell(cell) : cell;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function cellText(cell: Cell | undefined): string {
  if (cell === undefined) return 'absent';
  if (cell === null) return 'empty';
  return typeof cell === 'number' ? formatNumber(cell) : JSON.stringify(cell);
}
