/**
 * Whether a check's error may pass on a re-run: a network or service failure
 * (connection reset, DNS, timeout, HTTP 429 or 5xx), not a problem in the
 * repository. Only then does the report tell the reviewer to re-run; any other
 * error needs a fix, and "re-run" would send them round in circles.
 */

const transientCodes = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENOTFOUND',
  'EPIPE',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_SOCKET',
]);

export function isTransientError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, name, status, cause } = error as Record<string, unknown>;
  if (typeof code === 'string' && transientCodes.has(code)) return true;
  if (name === 'TimeoutError') return true;
  if (typeof status === 'number' && (status === 429 || status >= 500)) return true;
  return cause !== undefined && cause !== error && isTransientError(cause);
}
