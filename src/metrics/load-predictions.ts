/**
 * Reads a predictions file through the workspace, now or as it was at a git
 * revision (production = the same file at the PR's base commit).
 */

import type { TableFile } from '../config-fields/shared-schemas.ts';
import { tableFileOptions } from '../config-fields/table-file-options.ts';
// Parses text already read through the workspace; it touches no file itself.
import { parseTableText } from '../formats/parse-table-text.ts';
import type { Workspace } from '../workspace/workspace.ts';
import { type PredictionColumns, type Predictions, readPredictions } from './read-predictions.ts';

export async function loadPredictions(
  workspace: Workspace,
  file: TableFile,
  columns: PredictionColumns,
  key: string,
): Promise<Predictions> {
  const { path, options } = tableFileOptions(file);
  return readPredictions(await workspace.readTable(path, key, options), columns);
}

/** The predictions as committed at `revision`, or null when the file did not exist there. */
export async function loadPredictionsAtRevision(
  workspace: Workspace,
  revision: string,
  file: TableFile,
  columns: PredictionColumns,
  key: string,
): Promise<Predictions | null> {
  const { path, options } = tableFileOptions(file);
  if (options.format === 'parquet' || path.toLowerCase().endsWith('.parquet')) {
    throw new Error(
      `${key}: ${path} is Parquet, which mlgate cannot read at the base commit; export production predictions as CSV or JSONL, or name a production file`,
    );
  }
  const text = await workspace.readTextAtRevision(revision, path, key);
  if (text === null) return null;
  return readPredictions(
    parseTableText(text, `${path}@${revision.slice(0, 12)}`, options),
    columns,
  );
}
