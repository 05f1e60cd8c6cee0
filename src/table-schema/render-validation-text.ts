/** The terminal report of a validation: verdict, columns, counts per column and kind, first errors. */
import type { ValidationResult } from './validate-table.ts';

export function renderValidationText(result: ValidationResult): string {
  const lines: string[] = [];
  const problems = [
    result.errorCount > 0 ? `${result.errorCount} cell error(s)` : '',
    result.missingColumns.length > 0
      ? `missing column(s): ${result.missingColumns.join(', ')}`
      : '',
    result.unexpectedColumns.length > 0
      ? `unexpected column(s): ${result.unexpectedColumns.join(', ')}`
      : '',
    result.badRows.count > 0
      ? `${result.badRows.count} row(s) not split into the header's columns`
      : '',
  ].filter(Boolean);
  lines.push(
    `${result.source}: ${result.valid ? 'VALID' : 'INVALID'} — ${result.rows} rows${problems.length > 0 ? `; ${problems.join('; ')}` : ''}`,
  );
  for (const bad of result.badRows.examples) {
    lines.push(`  ${where(result.source, bad.row, bad.line)}: ${bad.problem}`);
  }
  if (result.counts.length > 0) {
    const columnWidth = Math.max(6, ...result.counts.map((c) => c.column.length));
    lines.push('', `  ${'column'.padEnd(columnWidth)}  ${'kind'.padEnd(8)}  count`);
    for (const c of result.counts)
      lines.push(`  ${c.column.padEnd(columnWidth)}  ${c.kind.padEnd(8)}  ${c.count}`);
    lines.push('', '  first errors:');
    for (const c of result.counts) {
      for (const e of c.examples)
        lines.push(
          `  ${where(result.source, e.row, e.line)}, ${e.column} [${e.kind}]: ${e.message}`,
        );
      if (c.count > c.examples.length)
        lines.push(`  … ${c.count - c.examples.length} more ${c.kind} error(s) in ${c.column}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function where(source: string, row: number, line: number | undefined): string {
  return line === undefined ? `${source} row ${row}` : `${source}:${line} (row ${row})`;
}
