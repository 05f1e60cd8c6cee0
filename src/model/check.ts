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

/** One thing that is wrong, and can be waived on its own (e.g. one feature's drift). */
export interface Finding {
  /** Stable within the check, e.g. `feature:age` or `column:score`; waivers match on it. */
  id: string;
  severity: FindingSeverity;
  message: string;
  /** Where the problem is, when it is in a file: for annotations and the report. */
  location?: { path: string; line?: number; column?: string };
}

/** A key figure against its threshold, shown in the checks table. */
export interface Figure {
  name: string;
  value: number | string | boolean | null;
  /** Human-readable threshold, e.g. `≤ 0.1` or `≥ 0.80`. */
  threshold?: string;
  unit?: string;
}

export type Cell = string | number | boolean | null;

/** Structured details; the renderer escapes every piece of text in them. */
export type DetailBlock =
  | { type: 'table'; title?: string; header: string[]; rows: Cell[][]; note?: string }
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
