/**
 * Where a broken row is. In a file: its 1-based data row and the line it
 * starts on (none in Parquet). An SQL source's rows have neither an order nor
 * lines, so a row there is named by the values that identify it: its primary
 * key, or without one the broken field's own value (`id = 17`).
 */
import type { Cell } from '../model/check.ts';

export type RowPlace =
  | { row: number; line: number | undefined; key?: undefined }
  | { key: string; row?: undefined; line?: undefined };

/** As the reason line says it: "line 12", "row 12" (Parquet) or "the row where id = 17". */
export function placeWords(place: RowPlace): string {
  if (place.key !== undefined) return `the row where ${place.key}`;
  return place.line === undefined ? `row ${place.row}` : `line ${place.line}`;
}

/** The `row` and `line` cells of a report table: an SQL row's key stands in the row's cell. */
export function placeCells(place: RowPlace): [Cell, Cell] {
  return place.key !== undefined ? [place.key, null] : [place.row, place.line ?? null];
}
