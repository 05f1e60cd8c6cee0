/**
 * Columns aligned with the rows of a predictions file, taken from the file
 * itself or from a features file joined by id (slices, fairness groups and
 * proxy features often live beside the training data, not the predictions).
 * Every prediction row must find its features row: a missing one is an
 * error naming the row, not a silently smaller slice.
 */

import type { Cell } from '../model/check.ts';
import { labelKey } from './label-key.ts';
import type { FeatureTable } from './load-feature-table.ts';
import { quoteList } from './quote-list.ts';
import type { Predictions } from './read-predictions.ts';
import { requireColumn } from './require-column.ts';
import { rowError } from './row-error.ts';

export interface RowColumns {
  /** The column's cells in prediction-row order; throws naming the key when absent. */
  cells(name: string, key: string): readonly Cell[];
  /** Where a column comes from, for messages. */
  sourceOf(name: string): string;
}

export function rowColumns(predictions: Predictions, features: FeatureTable | null): RowColumns {
  const own = predictions.table;
  if (!features) {
    return {
      cells: (name, key) => requireColumn(own, name, key),
      sourceOf: () => own.source,
    };
  }
  if (!predictions.ids) {
    throw new Error(
      `${own.source}: joining ${features.table.source} needs id_column in the predictions`,
    );
  }
  const featureIds = requireColumn(features.table, features.idColumn, 'features id_column');
  const rowOfId = new Map<string, number>();
  featureIds.forEach((cell, row) => {
    const id = labelKey(cell);
    if (id === null)
      throw rowError(features.table, row, `missing id in column "${features.idColumn}"`);
    if (rowOfId.has(id)) {
      throw rowError(
        features.table,
        row,
        `id "${id}" repeats line ${features.table.lineOf(rowOfId.get(id)!)}; ids must be unique`,
      );
    }
    rowOfId.set(id, row);
  });
  const joined = predictions.ids.map((id, row) => {
    const match = rowOfId.get(id);
    if (match === undefined) {
      throw rowError(
        own,
        row,
        `id "${id}" has no row in ${features.table.source}; every scored row needs its features`,
      );
    }
    return match;
  });
  const cache = new Map<string, Cell[]>();
  return {
    cells(name, key) {
      const featureCells = features.table.column(name);
      if (!featureCells) {
        const ownCells = own.column(name);
        if (ownCells) return ownCells;
        throw new Error(
          `${key}: neither ${features.table.source} nor ${own.source} has a column "${name}"; ${features.table.source} has ${quoteList(features.table.columnNames)}`,
        );
      }
      let aligned = cache.get(name);
      if (!aligned) {
        aligned = joined.map((row) => featureCells[row]!);
        cache.set(name, aligned);
      }
      return aligned;
    },
    sourceOf: (name) => (features.table.column(name) ? features.table.source : own.source),
  };
}
