/**
 * What a check reports: sections, statuses, findings, figures and detail blocks.
 * Every layer reads these types, so this file imports nothing. The contract a
 * check implements is in src/checks/check-definition.ts.
 */

export const sections = ['data', 'model', 'infrastructure', 'monitoring'] as const;
export type Section = (typeof sections)[number];

/** Rubric test ids, e.g. `data-1`, `infra-4`, `monitor-2` (Breck et al. 2017, Tables I–IV). */
export type RubricTestId = `${'data' | 'model' | 'infra' | 'monitor'}-${1 | 2 | 3 | 4 | 5 | 6 | 7}`;

export type CheckStatus = 'pass' | 'warn' | 'fail' | 'error' | 'skip';
export type FindingSeverity = 'warn' | 'fail';

/** How a value is compared with its limit. */
export type Comparator = '<' | '<=' | '>' | '>=' | '==' | '!=';

/** The condition a passing value meets: `value comparator limit`, e.g. `roc_auc >= 0.9`. */
export interface Bound {
  comparator: Comparator;
  limit: number | string | boolean;
}

/**
 * The number behind a finding: what was measured, its value, and the bound it
 * had to meet. The report words it ("`roc_auc` 0.691 < 0.9 (production 0.972)");
 * the check only states the facts.
 */
export interface Measure {
  /** What was measured, e.g. `roc_auc`, `PSI`, `cells that break the schema`. */
  figure: string;
  value: number | string | boolean | null;
  /** The condition a passing value meets; the finding exists because the value does not. */
  bound?: Bound;
  /** What the value was compared with besides the bound, e.g. production's value. */
  reference?: { label: string; value: number | string };
  unit?: string;
}

/** Where a problem is: a file position, and/or the feature, row or slice it concerns. */
export interface FindingLocation {
  path: string;
  line?: number;
  column?: string;
  /** 1-based data row (header excluded), when the line is not the row (e.g. Parquet). */
  row?: number;
  feature?: string;
  slice?: string;
  /** A key inside a metrics or config document, dotted: `val.auc`; or the values that name a query source's row (`date = 2012-01-01`). */
  key?: string;
}

/** One thing that is wrong, and can be waived on its own (e.g. one feature's drift). */
export interface Finding {
  /** Stable within the check, e.g. `feature:age` or `column:score`; waivers match on it. */
  id: string;
  severity: FindingSeverity;
  message: string;
  /** Where the problem is, when it is in a file: for annotations and the report. */
  location?: FindingLocation;
  /** The figure that broke its bound, when the finding is about a number. */
  measure?: Measure;
  /**
   * Findings of one check that share a cause (e.g. 75 cells over one column's
   * maximum, or every metric of a model that failed to load) carry the same key,
   * and the report shows them as one blocking reason.
   */
  cause?: string;
  /** One sentence on what to change to clear the finding, e.g. "Retrain with …". */
  fix?: string;
}

/** A key figure against its threshold, shown in the checks table. */
export interface Figure {
  name: string;
  value: number | string | boolean | null;
  /** Human-readable threshold, e.g. `≤ 0.1` or `≥ 0.80`; filled from `bound` when absent. */
  threshold?: string;
  /** The condition a passing value meets; the report's key figure is the first that breaks it. */
  bound?: Bound;
  unit?: string;
}

export type Cell = string | number | boolean | null;

/** Structured details; the renderer escapes every piece of text in them. */
export type DetailBlock =
  | {
      type: 'table';
      title?: string;
      header: string[];
      rows: Cell[][];
      note?: string;
      /** The table has a row for every finding, so the report does not list them again. */
      listsFindings?: boolean;
    }
  | { type: 'text'; title?: string; text: string }
  | { type: 'list'; title?: string; items: string[] }
  | { type: 'code'; title?: string; text: string }
  | { type: 'mermaid'; title?: string; source: string };

/** What a check's `run` returns. */
export type CheckOutcome =
  | {
      kind: 'ran';
      summary: string;
      figures: Figure[];
      findings: Finding[];
      details: DetailBlock[];
    }
  | { kind: 'skipped'; reason: string };
