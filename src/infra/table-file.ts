/** A `tableFile` from mlgate.yml as a path and reader options. */
import type { TableFile } from '../config/shared-schemas.ts';
import type { TableReadOptions } from '../data/table.ts';

export function tableFileOptions(file: TableFile): { path: string; options: TableReadOptions } {
  if (typeof file === 'string') return { path: file, options: {} };
  return {
    path: file.path,
    options: {
      ...(file.format ? { format: file.format } : {}),
      ...(file.delimiter ? { delimiter: file.delimiter } : {}),
      ...(file.missing_values ? { missingValues: file.missing_values } : {}),
    },
  };
}
