/**
 * The message of something a `catch` caught. JavaScript can throw anything: a
 * string, `undefined`, an object without `message`; `(error as Error).message`
 * prints `undefined` for those, which hides what went wrong from the user.
 */
export function errorMessage(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message;
  if (typeof thrown === 'string') return thrown;
  if (typeof thrown === 'object' && thrown !== null && 'message' in thrown) {
    const { message } = thrown as { message: unknown };
    if (typeof message === 'string') return message;
  }
  try {
    return String(thrown);
  } catch {
    // An object whose toString throws (or a null-prototype object) still gets a message.
    return Object.prototype.toString.call(thrown);
  }
}
