import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { defaultRetryOptions, retryDelayMs } from '../../src/github/retry-policy.ts';

const now = Date.parse('2026-03-02T09:00:00Z');
const options = defaultRetryOptions; // 4 attempts, 1 s base
const failure = (
  status: number,
  headers: Record<string, string> = {},
  message = '',
  attempt = 1,
) => ({
  status,
  headers,
  message,
  attempt,
});

describe('retryDelayMs', () => {
  it('backs off exponentially on server errors, up to the attempt limit', () => {
    assert.deepEqual(
      [1, 2, 3, 4].map((attempt) => retryDelayMs(failure(502, {}, '', attempt), options, now)),
      [1000, 2000, 4000, undefined],
    );
  });

  it('honours retry-after in seconds and as an HTTP date', () => {
    assert.equal(retryDelayMs(failure(403, { 'retry-after': '7' }), options, now), 7000);
    assert.equal(retryDelayMs(failure(429, { 'retry-after': '0' }), options, now), 0);
    assert.equal(
      retryDelayMs(failure(429, { 'retry-after': 'Mon, 02 Mar 2026 09:00:30 GMT' }), options, now),
      30_000,
    );
  });

  it('waits until x-ratelimit-reset (plus a second) when the quota is spent', () => {
    const reset = String(now / 1000 + 20);
    assert.equal(
      retryDelayMs(
        failure(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }),
        options,
        now,
      ),
      21_000,
    );
  });

  it("asks for the whole wait to an hourly quota reset: the run's retry budget refuses it, not the policy", () => {
    const reset = String(now / 1000 + 3600);
    assert.equal(
      retryDelayMs(
        failure(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }),
        options,
        now,
      ),
      3_601_000,
    );
  });

  it('waits a minute, then longer, on a secondary rate limit without headers', () => {
    const message = 'You have exceeded a secondary rate limit. Please wait a few minutes';
    assert.equal(retryDelayMs(failure(403, {}, message, 1), options, now), 60_000);
    assert.equal(retryDelayMs(failure(403, {}, message, 2), options, now), 120_000);
    assert.equal(retryDelayMs(failure(429, {}, '', 1), options, now), 60_000);
  });

  it('does not retry answers: permission 403, 401, 404, 422', () => {
    const cases = [
      failure(403, {}, 'Resource not accessible by integration'),
      failure(401, {}, 'Bad credentials'),
      failure(404, {}, 'Not Found'),
      failure(422, {}, 'Validation Failed'),
    ];
    for (const c of cases) assert.equal(retryDelayMs(c, options, now), undefined, c.message);
  });
});
