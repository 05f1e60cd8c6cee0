/**
 * A predictions file read through the typed scanner instead of as text: the
 * label, prediction and id columns as categories (their texts, as the text
 * table holds them), the scores and regression values as numbers. A text
 * table of 1,000,000 predictions keeps a string per cell and a dictionary of
 * every distinct score; the scan keeps a typed array and parses each score
 * once. readPredictions then reads the same cells: a category cell is the
 * same text, a number cell the number parseNumberCell would make of its text.
 * Where the two could differ, there is no scanned table and the caller reads
 * the file as text, so errors stay word for word: a cell that is not a
 * number, a row that cannot be split, a probability prefix (the columns it
 * names are known only from the header), a column read two ways.
 */

import type { Table } from '../data/table.ts';
import { CELL_PRESENT, type ScanKind, type TableScan } from '../data/table-scan.ts';
import type { Cell } from '../model/check.ts';
import { labelCodesOfDictionary } from './label-codes.ts';
import type { PredictionColumns, TypedColumns } from './read-predictions.ts';

/** How a scan reads each column readPredictions needs; undefined when the text table must be read. */
export function predictionScanKinds(
  columns: PredictionColumns,
): Record<string, ScanKind> | undefined {
  if (columns.probabilityPrefix !== undefined && !columns.probabilityColumns) return undefined;
  const regression = columns.task === 'regression';
  const wanted: [string | undefined, ScanKind][] = [
    [columns.labelColumn, regression ? 'number' : 'category'],
    [columns.scoreColumn, 'number'],
    [columns.predictionColumn, regression ? 'number' : 'category'],
    [columns.idColumn, 'category'],
    ...Object.values(columns.probabilityColumns ?? {}).map((name): [string, ScanKind] => [
      name,
      'number',
    ]),
  ];
  const kinds: Record<string, ScanKind> = {};
  for (const [name, kind] of wanted) {
    if (name === undefined) continue;
    if (Object.hasOwn(kinds, name) && kinds[name] !== kind) return undefined;
    kinds[name] = kind;
  }
  return kinds;
}

/**
 * The scan as the Table readPredictions reads, with its typed columns;
 * undefined when a cell or row would read otherwise as text.
 */
export function tableFromPredictionScan(
  scan: TableScan,
): { table: Table; typed: TypedColumns } | undefined {
  const badCells = scan.columns.some((column) => column.badCount > 0);
  if (scan.badRowCount > 0 || badCells || scan.format !== 'csv') return undefined;
  const cache = new Map<string, Cell[]>();
  const cellsOf = (name: string): Cell[] | undefined => {
    const column = scan.column(name);
    if (!column) return undefined;
    // Plain loops: a million cells per column.
    const cells: Cell[] = [];
    if (column.kind === 'category') {
      const { codes, dictionary } = column;
      for (let row = 0; row < codes.length; row++) {
        const code = codes[row]!;
        cells.push(code < 0 ? null : dictionary[code]!);
      }
      return cells;
    }
    const { values, status } = column;
    for (let row = 0; row < values.length; row++) {
      cells.push(status[row] === CELL_PRESENT ? values[row]! : null);
    }
    return cells;
  };
  const table: Table = {
    source: scan.source,
    format: scan.format,
    columnNames: scan.columnNames,
    rowCount: scan.rowCount,
    column(name) {
      let cells = cache.get(name);
      if (!cells) {
        cells = cellsOf(name);
        if (cells) cache.set(name, cells);
      }
      return cells;
    },
    // A CSV scan knows every row's line; the fallback is the line of a file without line breaks in quotes.
    lineOf: (row) => scan.lineOf(row) ?? row + 2,
  };
  return { table, typed: typedColumns(scan) };
}

function typedColumns(scan: TableScan): TypedColumns {
  return {
    numbers(name) {
      const column = scan.column(name);
      if (!column || column.kind === 'category' || column.presentCount !== scan.rowCount) {
        return undefined;
      }
      const { values } = column;
      for (let row = 0; row < values.length; row++) {
        if (!Number.isFinite(values[row]!)) return undefined;
      }
      return values;
    },
    labelCodes(name) {
      const column = scan.column(name);
      if (column?.kind !== 'category') return undefined;
      return labelCodesOfDictionary(column.codes, column.dictionary);
    },
  };
}
