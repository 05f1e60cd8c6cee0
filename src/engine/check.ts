/**
 * The contract between the engine and every check. A check is pure over its
 * context: it reads files only through `context.workspace`, never imports
 * `@actions/*` or `node:fs`, and reports problems as findings. The engine turns
 * findings into a status, so a check can't claim a pass it didn't earn.
 */
import type { RunEvent } from './run-event.ts';
import type { Workspace } from './workspace.ts';

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

export interface CheckContext {
  workspace: Workspace;
  event: RunEvent;
  /** The run's clock, injected so that ages and expiries are testable. */
  now: Date;
}

export interface CheckDefinition<Config> {
  /** The key under `checks:` in mlgate.yml, e.g. `numerical_stability`. */
  id: string;
  title: string;
  /** The rubric tests a run of this check automates. */
  rubric: readonly RubricTestId[];
  run(config: Config, context: CheckContext): Promise<CheckOutcome>;
}
