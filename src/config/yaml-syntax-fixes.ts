/** What to do about the YAML syntax errors people make in a config, by the yaml package's error code. */
import type { ErrorCode } from 'yaml';
import type { ConfigErrorText } from '../model/config-error.ts';

const fixes: Partial<Record<ErrorCode, string>> = {
  DUPLICATE_KEY: 'keep one of the two: a key appears once in a mapping',
  TAB_AS_INDENT: 'indent with spaces',
  BAD_INDENT: 'line up the keys of one mapping at the same column, and close every bracket',
  BAD_SCALAR_START: 'quote the value, e.g. `owner: "@alice"`',
  BLOCK_AS_IMPLICIT_KEY: 'quote a value that contains ": ", or put the nested key on its own line',
  MULTILINE_IMPLICIT_KEY: 'write each key and its colon on one line',
  MISSING_CHAR: 'add the missing character, e.g. the closing quote or bracket',
  BAD_DQ_ESCAPE: 'in double quotes write a backslash as \\\\, or use single quotes',
  MULTIPLE_DOCS: 'keep one document: remove the `---` line and merge what follows it',
};

/** The yaml package's message, worded for a config, and the fix when there is a usual one. */
export function yamlSyntaxError(code: ErrorCode, message: string): ConfigErrorText {
  const text =
    code === 'MULTIPLE_DOCS'
      ? 'the file holds more than one YAML document'
      : message.split('\n')[0];
  const fix = fixes[code];
  return { message: `YAML syntax: ${text}`, ...(fix ? { fix } : {}) };
}
