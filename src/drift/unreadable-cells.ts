/**
 * Cells drift could not read: per file and compared feature, the cells that
 * are not values of the column's type (`0x10`, `15.6C`, `1_000`, `1,000`,
 * `12,5` or a NUL byte in a number column), with the first few located by
 * line, row and column. They are left out of every figure, so a comparison
 * that passed on the rest would pass on data it never saw: any of them warns,
 * and a feature whose share of them in a file exceeds `maxUnreadableShare`
 * fails (the default, 0, fails on any).
 *
 * The type is the schema's when there is one (the scan marks the cells bad);
 * without one, current data is read as the reference's kind: a column the
 * reference holds as numbers but that current data's inference took for text
 * is scanned again as numbers (src/drift/run-drift.ts), since only a typed
 * scan locates its bad cells. Columns drift does not compare (ignored,
 * identifiers, dates without a method) are not counted.
 */
import { describeBadCell, kindWords, type ScanColumn, type TableScan } from '../data/table-scan.ts';
import { parseNumberCell } from '../formats/parse-number.ts';
import type {
  DriftSummary,
  DriftVerdict,
  FeatureSummary,
  UnreadableCell,
  UnreadableCells,
} from './drift-result.ts';

/** Cells located per file and feature. */
export const unreadableListed = 5;

/** The unreadable cells of the named typed columns of a scan (category columns have none). */
export function unreadableInScan(
  role: UnreadableCells['role'],
  scan: TableScan,
  names: readonly string[],
  maxShare: number,
): UnreadableCells[] {
  const found: UnreadableCells[] = [];
  for (const name of names) {
    const column = scan.column(name);
    if (!column || column.kind === 'category' || column.badCount === 0) continue;
    const examples: UnreadableCell[] = scan.badCells
      .filter((cell) => cell.column === name)
      .slice(0, unreadableListed)
      .map((cell) => ({ row: cell.row, line: cell.line ?? null, value: cell.value }));
    const counts = { count: column.badCount, cells: column.presentCount + column.badCount };
    const where = { role, path: scan.source, column: name, expected: column.kind };
    found.push(unreadableEntry(where, counts, examples, maxShare));
  }
  return found;
}

/** One file's feature: its share of unreadable cells decides fail (above `maxShare`) or warn. */
export function unreadableEntry(
  where: Pick<UnreadableCells, 'role' | 'path' | 'column' | 'expected'>,
  { count, cells }: Pick<UnreadableCells, 'count' | 'cells'>,
  examples: UnreadableCell[],
  maxShare: number,
): UnreadableCells {
  const share = count / cells;
  return {
    ...where,
    count,
    cells,
    share,
    verdict: share > maxShare ? 'fail' : 'warn',
    examples,
  };
}

/**
 * One file's feature in words, with its first `named` cells located, e.g.
 * `cur.csv, column "temp_max": 2 of 366 cells (0.546%) are not a number: line 12 (row 11) "15.6C"; line 40 (row 39) "1_000"`.
 */
export function describeUnreadable(entry: UnreadableCells, named = 3): string {
  const cells = entry.examples
    .slice(0, named)
    .map(
      (cell) =>
        `${cell.line === null ? '' : `line ${cell.line} `}(row ${cell.row}) ${JSON.stringify(cell.value)}`,
    );
  const more = entry.count > cells.length ? `; ${entry.count - cells.length} more` : '';
  const share = `${Number((entry.share * 100).toPrecision(3))}%`;
  const listed = cells.length > 0 ? `: ${cells.join('; ')}${more}` : '';
  return `${entry.path}, column "${entry.column}": ${entry.count} of ${entry.cells} cell(s) (${share}) are not ${kindWords[entry.expected]}${listed}`;
}

/** `cur.csv:12 (row 11), column "temp_max": "15.6C" is not a number`. */
export function locateCell(entry: UnreadableCells, cell: UnreadableCell): string {
  return describeBadCell(entry.path, {
    ...cell,
    line: cell.line ?? undefined,
    column: entry.column,
    expected: entry.expected,
  });
}

/** Whether a column read as text holds a present cell that is not a number (cheap: its distinct texts). */
export function holdsNonNumbers(column: ScanColumn): boolean {
  if (column.kind !== 'category') return false;
  return column.dictionary.some(
    (text, code) => column.counts[code]! > 0 && parseNumberCell(text) === undefined,
  );
}

/** The features' summary with the unreadable cells' verdict folded in. */
export function summaryWithUnreadable(
  features: FeatureSummary,
  unreadable: readonly UnreadableCells[],
  maxShare: number,
): DriftSummary {
  const unreadableCells = unreadable.reduce((sum, entry) => sum + entry.count, 0);
  const unreadableVerdict: DriftVerdict = unreadable.some((entry) => entry.verdict === 'fail')
    ? 'fail'
    : unreadable.length > 0
      ? 'warn'
      : 'pass';
  return {
    ...features,
    verdict: worse(features.verdict, unreadableVerdict),
    driftVerdict: features.verdict,
    unreadableCells,
    unreadableVerdict,
    message:
      unreadable.length === 0
        ? features.message
        : `${features.message}; ${unreadableCells} cell(s) in ${unreadable.length} file column(s) could not be read (${shareRule(maxShare)})`,
  };
}

function shareRule(maxShare: number): string {
  const percent = `${Math.round(maxShare * 100000) / 1000}%`;
  return maxShare === 0 ? 'any fails' : `more than ${percent} of a column fails, fewer warn`;
}

const verdictOrder: Record<DriftVerdict, number> = { pass: 0, warn: 1, fail: 2 };

function worse(a: DriftVerdict, b: DriftVerdict): DriftVerdict {
  return verdictOrder[a] >= verdictOrder[b] ? a : b;
}
