/**
 * The text a label cell stands for, so that CSV `1`, CSV `1.0` and JSONL `1`
 * are the same class, and `true` from JSONL equals `true` from CSV.
 */

import { parseNumberCell } from '../formats/parse-number.ts';
import type { Cell } from '../model/check.ts';

export function labelKey(cell: Cell): string | null {
  if (cell === null) return null;
  if (typeof cell !== 'string') return String(cell);
  const text = cell.trim();
  const number = parseNumberCell(text);
  if (text === '') return null;
  return typeof number === 'number' && Number.isFinite(number) ? String(number) : text;
}
