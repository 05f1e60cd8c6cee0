/**
 * Keeps connection secrets out of every error that leaves src/io/sql/: a
 * driver's message may quote the URL it was given (pg does for a malformed
 * one), a server may echo a header, and a stack repeats the message. Errors
 * are rebuilt from the redacted message alone, without the original's cause or
 * properties, so nothing of the original can carry a secret further.
 */
import { errorMessage } from '../../model/error-message.ts';

/** `text` with every secret replaced by `***`. */
export function redact(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) result = result.replaceAll(secret, '***');
  return result;
}

/** Where an error happened, for a message that names the config key, the engine and the fix. */
export interface SqlErrorContext {
  key: string;
  engine: string;
  /** What the user should check or change. */
  fix: string;
}

export class SqlSourceError extends Error {
  override name = 'SqlSourceError';
}

/**
 * A new error saying `key: engine: <what failed>: <redacted message>; <fix>`,
 * with a stack that starts here (the original's stack and cause are dropped).
 */
export function redactedError(
  error: unknown,
  secrets: readonly string[],
  context: SqlErrorContext,
): SqlSourceError {
  const message = errorMessage(error);
  const code = (error as { code?: unknown } | null)?.code;
  const detail =
    typeof code === 'string' && !message.includes(code) ? `${message} (${code})` : message;
  return new SqlSourceError(
    redact(`${context.key}: ${context.engine}: ${detail.trim()}; ${context.fix}`, secrets),
  );
}

/** Runs `work`, rethrowing any failure as a redacted error. */
export async function withRedaction<T>(
  work: () => Promise<T>,
  secrets: readonly string[],
  context: SqlErrorContext,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw redactedError(error, secrets, context);
  }
}
