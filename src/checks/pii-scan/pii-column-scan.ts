/**
 * What pii_scan computes from one scanned file: per column and kind of
 * personal data, how many cells hold it and a few masked examples with their
 * row and line. Each distinct text of a text column is examined once (the
 * scan dictionary-encodes it); number columns are checked for card numbers
 * only; dates are skipped.
 */

import {
  CELL_PRESENT,
  type ScanCategoryColumn,
  type ScanNumericColumn,
  type TableScan,
} from '../../data/table-scan.ts';
import { detectPii, maskPii, type PiiKind } from './pii-detectors.ts';

interface PiiExample {
  path: string;
  row: number;
  line: number | undefined;
  masked: string;
}

/** The cells of one column that hold one kind, over every file scanned. */
export interface PiiHit {
  column: string;
  kind: PiiKind;
  cells: number;
  files: Set<string>;
  /** In scan order: the first is where the finding points. */
  examples: PiiExample[];
}

export interface PiiScanned {
  /** By `column \0 kind`. */
  hits: Map<string, PiiHit>;
  cellsScanned: number;
  columnsSeen: Set<string>;
}

interface PiiScanSettings {
  kinds: ReadonlySet<PiiKind>;
  ignored: ReadonlySet<string>;
  maxExamples: number;
}

export const emptyPiiScan = (): PiiScanned => ({
  hits: new Map(),
  cellsScanned: 0,
  columnsSeen: new Set(),
});

/** Adds what one file holds to `into`. */
export function scanFileForPii(
  scan: TableScan,
  path: string,
  settings: PiiScanSettings,
  into: PiiScanned,
): void {
  for (const column of scan.columns) {
    if (settings.ignored.has(column.name)) continue;
    into.columnsSeen.add(column.name);
    into.cellsScanned += column.presentCount;
    const record: Report = (kind, cells, examplesFor) => {
      const key = `${column.name}\u0000${kind}`;
      const hit = into.hits.get(key) ?? {
        column: column.name,
        kind,
        cells: 0,
        files: new Set<string>(),
        examples: [],
      };
      hit.cells += cells;
      hit.files.add(path);
      for (const { index, masked } of examplesFor(settings.maxExamples - hit.examples.length)) {
        hit.examples.push({ path, row: scan.dataRowOf(index), line: scan.lineOf(index), masked });
      }
      into.hits.set(key, hit);
    };
    if (column.kind === 'category') scanTexts(column, settings, record);
    else scanNumbers(column, settings, record);
  }
}

type Report = (
  kind: PiiKind,
  cells: number,
  examplesFor: (wanted: number) => { index: number; masked: string }[],
) => void;

/** Runs the detectors once per distinct text, then finds example rows only for kinds found. */
function scanTexts(column: ScanCategoryColumn, settings: PiiScanSettings, report: Report): void {
  const found = new Map<PiiKind, Map<number, string>>();
  column.dictionary.forEach((text, code) => {
    for (const match of detectPii(text, settings.kinds)) {
      const codes = found.get(match.kind) ?? new Map<number, string>();
      if (!codes.has(code)) codes.set(code, maskPii(match));
      found.set(match.kind, codes);
    }
  });
  for (const [kind, codes] of found) {
    let cells = 0;
    for (const code of codes.keys()) cells += column.counts[code]!;
    report(kind, cells, (wanted) => {
      const examples: { index: number; masked: string }[] = [];
      const limit = Math.min(wanted, settings.maxExamples);
      for (let i = 0; i < column.codes.length && examples.length < limit; i++) {
        const masked = codes.get(column.codes[i]!);
        if (masked !== undefined) examples.push({ index: i, masked });
      }
      return examples;
    });
  }
}

/**
 * A column of numbers can hold only card numbers (written without
 * separators): whole numbers of 13 or more digits are checked as their text.
 * Dates and other numbers cannot be personal data of the kinds scanned for.
 */
function scanNumbers(column: ScanNumericColumn, settings: PiiScanSettings, report: Report): void {
  if (!settings.kinds.has('card') || (column.kind !== 'number' && column.kind !== 'integer'))
    return;
  const cardOnly = new Set<PiiKind>(['card']);
  const rows: { index: number; masked: string }[] = [];
  let cells = 0;
  const { values, status } = column;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (status[i] !== CELL_PRESENT || !(value >= 1e12) || !Number.isInteger(value)) continue;
    const match = detectPii(String(value), cardOnly)[0];
    if (!match) continue;
    cells++;
    if (rows.length < settings.maxExamples) rows.push({ index: i, masked: maskPii(match) });
  }
  if (cells > 0) report('card', cells, (wanted) => rows.slice(0, wanted));
}
