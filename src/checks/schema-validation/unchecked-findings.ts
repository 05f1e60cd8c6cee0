/**
 * Properties of the schema that validation does not check (foreignKeys,
 * exclusive bounds…; table-schema.ts lists them): one warning each, so a
 * constraint the user wrote is never skipped unnoticed.
 */
import type { Finding } from '../../model/check.ts';
import type { TableSchema } from '../../table-schema/table-schema.ts';

export function uncheckedFindings(schema: TableSchema): Finding[] {
  return schema.unchecked.map((entry) => ({
    id: `schema:unchecked:${entry.key}`,
    severity: 'warn',
    message: `${entry.file}${entry.line ? `:${entry.line}` : ''}: \`${entry.key}\`: ${entry.message}`,
    location: { path: entry.file, ...(entry.line ? { line: entry.line } : {}) },
    fix: `${entry.fix.charAt(0).toUpperCase()}${entry.fix.slice(1)}.`,
  }));
}
