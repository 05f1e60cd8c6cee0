/**
 * The one HTTP exchange the warehouse connections make: JSON (or SQL text) in,
 * JSON out, through `fetch`, which tests replace with one that reaches a
 * stand-in server on 127.0.0.1. Polling waits grow from 0.1 s to 2 s, so a
 * quick statement answers quickly and a long one doesn't flood the service.
 */

export type Fetch = typeof globalThis.fetch;

export interface HttpAnswer {
  status: number;
  /** The parsed JSON body; undefined when the body was empty or not JSON. */
  body: unknown;
  /** The body's first characters when it was not JSON (a proxy's HTML error page). */
  text: string;
}

/** Sends one request and reads the answer; never throws for an HTTP error status. */
export async function exchangeJson(
  fetch: Fetch,
  url: string,
  init: { method: 'GET' | 'POST' | 'DELETE'; headers: Record<string, string>; body?: string },
): Promise<HttpAnswer> {
  const response = await fetch(url, { ...init, redirect: 'error' });
  const text = await response.text();
  try {
    return { status: response.status, body: text ? JSON.parse(text) : undefined, text: '' };
  } catch {
    return { status: response.status, body: undefined, text: text.slice(0, 300) };
  }
}

/** A failure the service reported; `message` is the service's words. */
export class ServiceError extends Error {
  override name = 'ServiceError';
}

/** An answer that is not the expected JSON, described by its status and body start. */
export function unexpectedAnswer(what: string, answer: HttpAnswer): ServiceError {
  const body = answer.text || JSON.stringify(answer.body ?? '').slice(0, 300);
  return new ServiceError(`${what} answered HTTP ${answer.status}: ${body}`);
}

/** Waits before the `attempt`-th poll (0.1 s doubling up to 2 s). */
export function pollDelay(attempt: number): Promise<void> {
  const ms = Math.min(100 * 2 ** attempt, 2000);
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Throws when a statement has run longer than `limitMs` since `started`. */
export function checkDeadline(started: number, limitMs: number, what: string): void {
  if (performance.now() - started > limitMs) {
    throw new ServiceError(
      `${what} did not finish within ${Math.round(limitMs / 1000)} s; raise timeout_s in the connection URL or make the source smaller`,
    );
  }
}
