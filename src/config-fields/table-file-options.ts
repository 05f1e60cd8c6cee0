/** A `tableFile` from mlgate.yml (a path, or a path with reading options) as Workspace.readTable arguments. */

import type { TableReadOptions } from '../data/table.ts';
import type { TableFile } from './shared-schemas.ts';

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
