/**
 * The feature table that slices and fairness join to predictions by id, when
 * the columns they group by are not in the predictions file itself.
 */
import type { TableFile } from '../config-fields/shared-schemas.ts';
import { tableFileOptions } from '../config-fields/table-file-options.ts';
import type { Table } from '../data/table.ts';
import type { Workspace } from '../workspace/workspace.ts';

export interface FeatureTable {
  table: Table;
  /** The id column the table is joined to the predictions by. */
  idColumn: string;
}

export async function loadFeatureTable(
  workspace: Workspace,
  file: TableFile,
  idColumn: string,
  key: string,
): Promise<FeatureTable> {
  const { path, options } = tableFileOptions(file);
  return { table: await workspace.readTable(path, key, options), idColumn };
}
