/**
 * Booleans in table cells, with the Frictionless Table Schema default spellings
 * (`true True TRUE 1` / `false False FALSE 0`), as 1 and 0 so that a boolean
 * column can live in the same Float64Array as numbers. Anything else (`yes`,
 * `t`, `2`) is not a boolean: a gate reports it rather than guess.
 */
import type { Cell } from '../model/check.ts';

const spellings: Record<string, number> = {
  true: 1,
  True: 1,
  TRUE: 1,
  '1': 1,
  false: 0,
  False: 0,
  FALSE: 0,
  '0': 0,
};

/** 1, 0, null (missing) or undefined (not a boolean). */
export function parseBooleanCell(cell: Cell): number | null | undefined {
  if (cell === null) return null;
  if (typeof cell === 'boolean') return cell ? 1 : 0;
  if (typeof cell === 'number') return cell === 1 || cell === 0 ? cell : undefined;
  return Object.hasOwn(spellings, cell.trim()) ? spellings[cell.trim()] : undefined;
}
