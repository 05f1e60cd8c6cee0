/**
 * A config error as people read it: `file:line: \`key\`: message; fix` in the
 * comment, the job summary and the job log. An annotation already shows the
 * file, line and key in its own fields, so its text is the problem alone.
 */
import type { ConfigError } from '../model/config-error.ts';

export function formatConfigError(error: ConfigError): string {
  const where = error.line === undefined ? error.file : `${error.file}:${error.line}`;
  const key = error.key ? `\`${error.key}\`: ` : '';
  return `${where}: ${key}${configProblem(error)}`;
}

/** The message and the fix, without the location: `unknown key; did you mean \`drift\`?`. */
export function configProblem(error: ConfigError): string {
  return error.fix === undefined ? error.message : `${error.message}; ${error.fix}`;
}
