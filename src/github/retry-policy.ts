/**
 * When to try a failed GitHub API request again, and after how long.
 *
 * Follows GitHub's "Rate limits for the REST API" guidance: honour
 * `retry-after`; when `x-ratelimit-remaining` is 0 wait until
 * `x-ratelimit-reset`; for a secondary rate limit without either header wait at
 * least a minute, growing exponentially. Server errors (5xx, and network
 * failures, which Octokit reports as 500) back off exponentially. Anything else
 * (401, a permission 403, 404, 422) is an answer, not a hiccup: no retry.
 * This says how long GitHub wants us to wait; whether the run can afford it is
 * the retry budget's call (retry-budget.ts), shared by all the run's requests,
 * so no run sits idle until an hourly quota resets.
 */

export interface RetryOptions {
  /** Tries per request, the first included. */
  maxAttempts: number;
  /** First backoff after a server error; doubles with each attempt. */
  baseDelayMs: number;
}

export const defaultRetryOptions: RetryOptions = {
  maxAttempts: 4,
  baseDelayMs: 1000,
};

export interface FailedAttempt {
  status: number;
  /** Response headers, lower-case names. */
  headers: Readonly<Record<string, string | number | undefined>>;
  /** GitHub's `message` from the response body, if any. */
  message: string;
  /** 1 for the first try. */
  attempt: number;
}

const secondaryRateLimitWaitMs = 60_000;

/** Milliseconds to wait before the next try, or undefined to give up now. */
export function retryDelayMs(
  failure: FailedAttempt,
  options: RetryOptions,
  nowMs: number,
): number | undefined {
  if (failure.attempt >= options.maxAttempts) return undefined;
  const backoff = 2 ** (failure.attempt - 1);
  if (failure.status >= 500) return options.baseDelayMs * backoff;
  if (failure.status === 403 || failure.status === 429) {
    return rateLimitWaitMs(failure, nowMs, backoff);
  }
  return undefined;
}

function rateLimitWaitMs(failure: FailedAttempt, nowMs: number, backoff: number) {
  const retryAfter = header(failure, 'retry-after');
  if (retryAfter !== undefined) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - nowMs);
  }
  if (header(failure, 'x-ratelimit-remaining') === '0') {
    const reset = Number(header(failure, 'x-ratelimit-reset'));
    // The reset time has one-second resolution: wait past it, not up to it.
    return Number.isFinite(reset)
      ? Math.max(0, reset * 1000 - nowMs) + 1000
      : secondaryRateLimitWaitMs;
  }
  if (failure.status === 429 || /secondary rate limit/i.test(failure.message)) {
    return secondaryRateLimitWaitMs * backoff;
  }
  return undefined;
}

function header(failure: FailedAttempt, name: string): string | undefined {
  const value = failure.headers[name];
  return value === undefined ? undefined : String(value).trim();
}
