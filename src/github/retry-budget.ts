/**
 * One allowance of waiting for GitHub API retries, shared by every request of
 * a run. GitHub asks a client that hit a secondary rate limit to wait a minute
 * or more; a policy that decides per request would let a run with a comment, a
 * check run and a few annotation batches sit idle for many minutes while the
 * pull request waits for its verdict. With one budget the run waits at most
 * `totalMs` in all: a request whose next wait no longer fits is not retried,
 * and the code that made it skips that write and says so (skipped-write.ts).
 */

/** Ninety seconds: one secondary-rate-limit wait and change, as one request used to get. */
export const defaultRetryBudgetMs = 90_000;

/** A wait the budget refused: what GitHub asked for and what was left. */
export interface BudgetShortfall {
  waitMs: number;
  leftMs: number;
  totalMs: number;
}

export class RetryBudget {
  readonly totalMs: number;
  private spentMs = 0;

  constructor(totalMs: number = defaultRetryBudgetMs) {
    this.totalMs = totalMs;
  }

  get leftMs(): number {
    return this.totalMs - this.spentMs;
  }

  /** Spends `waitMs` when it fits in what is left; otherwise spends nothing and returns the shortfall. */
  take(waitMs: number): BudgetShortfall | undefined {
    if (waitMs <= this.leftMs) {
      this.spentMs += waitMs;
      return undefined;
    }
    return { waitMs, leftMs: this.leftMs, totalMs: this.totalMs };
  }
}

/** Why a request was not retried, as a clause: `the retry budget of 90 s was spent`. */
export function describeShortfall(shortfall: BudgetShortfall): string {
  const seconds = (ms: number) => `${Math.ceil(ms / 1000)} s`;
  if (shortfall.leftMs < 1000) return `the retry budget of ${seconds(shortfall.totalMs)} was spent`;
  return (
    `GitHub asked to wait ${seconds(shortfall.waitMs)}, more than the ${seconds(shortfall.leftMs)} ` +
    `left of the run's retry budget of ${seconds(shortfall.totalMs)}`
  );
}
