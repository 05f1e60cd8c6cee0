/**
 * The contract between the engine and every check. A check is pure over its
 * context: it reads files only through `context.workspace`, never imports
 * `@actions/*` or `node:fs`, and reports problems as findings. The engine turns
 * findings into a status, so a check can't claim a pass it didn't earn.
 */
import type * as z from 'zod';
import type { ScanThreads } from '../drift/scan-threads.ts';
import type { ResampleRunner } from '../metrics/bootstrap-metric-deltas.ts';
import type { CheckOutcome, RubricTestId } from '../model/check.ts';
import type { RunEvent } from '../model/run-event.ts';
import type { Workspace } from '../workspace/workspace.ts';
import type { Pipeline } from './pipeline/pipeline.ts';

export interface CheckContext {
  workspace: Workspace;
  event: RunEvent;
  /** The run's clock, injected so that ages and expiries are testable. */
  now: Date;
  /**
   * The steps under `steps:` in mlgate.yml, run on demand (once each per gate
   * run); absent when none are declared. `workspace` already reads a
   * `step:<step>/<file>` input from the step's run.
   */
  pipeline?: Pipeline;
  /** Runs a bootstrap's resamples on several threads (src/io/bootstrap-threads.ts); absent: one thread. */
  resampleRunner?: ResampleRunner;
  /** The workspace's scan threads, for a drift's comparisons (src/drift/scan-threads.ts); absent: this thread compares all. */
  scanThreads?: ScanThreads;
}

/**
 * A check owns its config schema: mlgate.yml's `checks.<id>` (once or as a list
 * of named instances), its JSON Schema and the README reference are built from
 * it (src/config/checks-schema.ts), and `run` receives what it parses to, so
 * the invariants the schema checks are types the check can rely on.
 */
export interface CheckDefinition<Schema extends z.ZodType = z.ZodType> {
  /** The key under `checks:` in mlgate.yml, e.g. `numerical_stability`. */
  id: string;
  title: string;
  /** The rubric tests a run of this check automates. */
  rubric: readonly RubricTestId[];
  /** The keys of one configuration of the check, under `checks.<id>`. */
  config: Schema;
  run(config: z.output<Schema>, context: CheckContext): Promise<CheckOutcome>;
}
