/**
 * The `connections` input: `NAME=URL` lines the workflow fills from secrets,
 * which query sources name as `connection: {input: NAME}`. A malformed line is
 * reported by its line number only, never its text: the text is a secret.
 */
import * as z from 'zod';

const namePattern = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const connectionLines = (input: string) =>
  z.string().transform((text, context) => {
    const connections: Record<string, string> = {};
    const lines = text.split('\n');
    for (const [index, raw] of lines.entries()) {
      const line = raw.trim();
      if (!line || line.startsWith('#')) continue;
      const equals = line.indexOf('=');
      const name = equals > 0 ? line.slice(0, equals).trim() : '';
      const url = equals > 0 ? line.slice(equals + 1).trim() : '';
      if (!namePattern.test(name) || !url || Object.hasOwn(connections, name)) {
        context.addIssue({
          code: 'custom',
          message: `line ${index + 1} of the \`${input}\` input is not a new NAME=URL line (NAME: letters, digits, _); write e.g. \`warehouse=\${{ secrets.WAREHOUSE_URL }}\``,
        });
        return z.NEVER;
      }
      connections[name] = url;
    }
    return connections;
  });
