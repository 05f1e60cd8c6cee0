/**
 * Constraints on single cells of a numeric column (required, minimum,
 * maximum, enum) checked while a scan reads the column, so that validating
 * them keeps no row of it: the scan hands on how many cells broke each
 * constraint, the first ones with their rows, and how many cells broke any.
 * Validation reads those instead of the column's rows
 * (src/table-schema/validate-table.ts). A column validated by its rows (a
 * unique one, one of the primary key, one a row rule reads) is scanned
 * without checks, and its rows go through this same checker, so both ways
 * find the same errors; the tests compare them on CSV, JSONL and Parquet,
 * and on a CSV split between threads.
 * Cost: O(1) per cell; memory: the first `examples` violations of each kind.
 */

/** What a scan checks in each cell of one column; plain data, sent to scan threads. */
export interface CellChecks {
  /** A missing cell breaks `required`. */
  required: boolean;
  minimum: number | undefined;
  maximum: number | undefined;
  /** The allowed values (SameValueZero), when the field has an enum. */
  allowed: readonly number[] | undefined;
  /** Violations kept per kind (all are counted). */
  examples: number;
}

export const cellCheckKinds = ['required', 'minimum', 'maximum', 'enum'] as const;
export type CellCheckKind = (typeof cellCheckKinds)[number];

export interface CellViolation {
  kind: CellCheckKind;
  /** Row of the column (0-based, in file order); within a chunk, its row in the chunk. */
  row: number;
  /** The cell's value; NaN for a missing cell (and for the value NaN). */
  value: number;
}

/** What a scan found in one column, for one chunk of the file or for the whole. */
export interface CellCheckResults {
  /** Violations per kind, in the order of cellCheckKinds. */
  counts: number[];
  /** The first `examples` violations of each kind, in row order (within a row, in kind order). */
  examples: CellViolation[];
  /** Cells that broke at least one constraint. */
  cells: number;
}

/** Results with no violation: what a checker starts from, and what merging starts from. */
export function noCellViolations(): CellCheckResults {
  return { counts: [0, 0, 0, 0], examples: [], cells: 0 };
}

/** Checks one column's cells as a scan adds them, in row order. */
export class CellChecker {
  private readonly checks: CellChecks;
  private readonly allowed: ReadonlySet<number> | undefined;
  private readonly ranged: boolean;
  private readonly results = noCellViolations();

  constructor(checks: CellChecks) {
    this.checks = checks;
    this.allowed = checks.allowed && new Set(checks.allowed);
    this.ranged = checks.minimum !== undefined || checks.maximum !== undefined;
  }

  /** A missing cell; true when it breaks a constraint. */
  missing(row: number): boolean {
    if (!this.checks.required) return false;
    this.violated(0, row, Number.NaN);
    this.results.cells++;
    return true;
  }

  /** A present cell's value (NaN where the file says NaN); true when it breaks a constraint. */
  present(row: number, value: number): boolean {
    const { minimum, maximum } = this.checks;
    // NaN compares false with every bound, so it would pass any range; it is within none.
    if (Number.isNaN(value) && this.ranged) {
      this.violated(minimum !== undefined ? 1 : 2, row, value);
      this.results.cells++;
      return true;
    }
    let broken = false;
    if (minimum !== undefined && value < minimum) broken = this.violated(1, row, value);
    if (maximum !== undefined && value > maximum) broken = this.violated(2, row, value);
    if (this.allowed && !this.allowed.has(value)) broken = this.violated(3, row, value);
    if (broken) this.results.cells++;
    return broken;
  }

  finish(): CellCheckResults {
    return this.results;
  }

  private violated(kind: number, row: number, value: number): true {
    const seen = this.results.counts[kind]!++;
    if (seen < this.checks.examples) {
      this.results.examples.push({ kind: cellCheckKinds[kind]!, row, value });
    }
    return true;
  }
}

/**
 * The results of a column's chunks, in file order, as one: counts added, the
 * first `examples` violations of each kind kept, rows made the column's
 * (each chunk's start is the rows of the chunks before it).
 */
export function mergeCellChecks(
  parts: readonly { results: CellCheckResults; rows: number }[],
  examples: number,
): CellCheckResults {
  const merged = noCellViolations();
  const kept = [0, 0, 0, 0];
  let start = 0;
  for (const { results, rows } of parts) {
    for (const violation of results.examples) {
      const kind = cellCheckKinds.indexOf(violation.kind);
      if (kept[kind]! >= examples) continue;
      kept[kind]!++;
      merged.examples.push({ ...violation, row: start + violation.row });
    }
    results.counts.forEach((count, kind) => {
      merged.counts[kind]! += count;
    });
    merged.cells += results.cells;
    start += rows;
  }
  return merged;
}
