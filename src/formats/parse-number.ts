/**
 * Strict number parsing for table cells. `parseFloat` accepts `15.6C` and reads
 * `12,8` as 12; a gate must not. Accepts decimal and exponent notation and the
 * NaN/Infinity spellings that numpy, pandas and R write, so that numerical
 * stability checks can see them instead of mistaking them for text.
 */
import type { Cell } from '../model/check.ts';

const decimal = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const specials: Record<string, number> = {
  nan: Number.NaN,
  '+nan': Number.NaN,
  '-nan': Number.NaN,
  inf: Number.POSITIVE_INFINITY,
  '+inf': Number.POSITIVE_INFINITY,
  infinity: Number.POSITIVE_INFINITY,
  '+infinity': Number.POSITIVE_INFINITY,
  '-inf': Number.NEGATIVE_INFINITY,
  '-infinity': Number.NEGATIVE_INFINITY,
};

/** The number a cell holds, or undefined when it is not a number (null stays missing). */
export function parseNumberCell(cell: Cell): number | null | undefined {
  if (cell === null) return null;
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'boolean') return undefined;
  const text = cell.trim();
  if (decimal.test(text)) return Number(text);
  return specials[text.toLowerCase()];
}

const integer = /^[+-]?\d+$/;

/**
 * The integer a cell holds (Frictionless `integer`: sign and digits only, so
 * `1.0` and `1e3` are not integers), or undefined. A JSON number must be whole.
 */
export function parseIntegerCell(cell: Cell): number | null | undefined {
  if (cell === null) return null;
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell : undefined;
  if (typeof cell === 'boolean') return undefined;
  const text = cell.trim();
  return integer.test(text) ? Number(text) : undefined;
}
