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

/** The keys of a config that may name a feature table; `features` given ⇒ `id_column` given. */
export type FeatureTableConfig =
  | { features: TableFile; id_column: string; features_id_column?: string | undefined }
  | { features?: undefined };

/** The config's feature table, or null when the grouping columns are in the predictions. */
export async function loadFeatureTable(
  workspace: Workspace,
  config: FeatureTableConfig,
  key: string,
): Promise<FeatureTable | null> {
  if (config.features === undefined) return null;
  const { path, options } = tableFileOptions(config.features);
  return {
    table: await workspace.readTable(path, key, options),
    idColumn: config.features_id_column ?? config.id_column,
  };
}
