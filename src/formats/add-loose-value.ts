/**
 * Adds one JSON or Parquet value to a column builder: strings are text (or
 * missing when one of the missing tokens), numbers and booleans typed, INT64
 * exact, DATE/TIMESTAMP values times, anything nested its JSON text. CSV
 * fields arrive as bytes instead (ScanColumnBuilder.addBytes).
 */
import { parquetCell } from './parquet-cells.ts';
import type { ScanColumnBuilder } from './scan-column-builder.ts';

export function addLooseValue(
  builder: ScanColumnBuilder,
  value: unknown,
  missing: ReadonlySet<string>,
  isDate: boolean,
  record: number,
  line: number | undefined,
): void {
  if (value === null || value === undefined) builder.addMissing();
  else if (typeof value === 'number' || typeof value === 'boolean')
    builder.addTyped(value, record, line);
  else if (typeof value === 'string') {
    if (missing.has(value)) builder.addMissing();
    else builder.addText(value, record, line);
  } else if (value instanceof Date) builder.addTime(value.getTime(), isDate, record, line);
  else {
    const cell = parquetCell(value);
    if (typeof cell === 'number') builder.addTyped(cell, record, line);
    else builder.addText(String(cell), record, line);
  }
}
