/**
 * The contract between the engine and every check. A check is pure over its
 * context: it reads files only through `context.workspace`, never imports
 * `@actions/*` or `node:fs`, and reports problems as findings. The engine turns
 * findings into a status, so a check can't claim a pass it didn't earn.
 */
import type { CheckOutcome, RubricTestId } from '../model/check.ts';
import type { RunEvent } from '../model/run-event.ts';
import type { Workspace } from '../workspace/workspace.ts';

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
