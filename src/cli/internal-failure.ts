/**
 * The message for an error no command expected: a bug in mlgate, not in the
 * user's files or options. It says so; the stack trace, which helps only
 * whoever fixes the bug, is shown when MLGATE_DEBUG=1 asks for it.
 */
import { errorMessage } from '../model/error-message.ts';

export function internalFailureMessage(where: string, thrown: unknown): string {
  const stack = thrown instanceof Error && thrown.stack ? thrown.stack : errorMessage(thrown);
  return [
    `${where}: internal error: ${errorMessage(thrown)}`,
    'This is a failure of mlgate itself, not of your files or options.',
    process.env.MLGATE_DEBUG === '1'
      ? stack
      : 'Run it again with MLGATE_DEBUG=1 to see the stack trace, and report it with the command you ran.',
    '',
  ].join('\n');
}
