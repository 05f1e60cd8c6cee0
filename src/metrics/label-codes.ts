/**
 * A label column as codes into its distinct labels (labelKey of each cell),
 * numbered in the order they first appear: what readPredictions needs of a
 * million labels, without a string per row. A typed scan's category column
 * is already codes into its dictionary; two dictionary texts with one key
 * (`1` and `1.0`) become one label.
 */
import type { Cell } from '../model/check.ts';
import { labelKey } from './label-key.ts';

export interface LabelCodes {
  /** Each row's index into `keys`; −1 where the label is missing. */
  codes: Int32Array;
  /** The distinct labels, in order of first appearance. */
  keys: string[];
}

/** The codes of a text table's cells, labelKey computed once per distinct text. */
export function labelCodesOfCells(cells: readonly Cell[]): LabelCodes {
  const codeOfText = new Map<Cell, number>();
  const codeOfKey = new Map<string, number>();
  const keys: string[] = [];
  const codes = new Int32Array(cells.length);
  // A plain loop: a million cells.
  for (let row = 0; row < cells.length; row++) {
    const cell = cells[row]!;
    let code = codeOfText.get(cell);
    if (code === undefined) {
      code = codeFor(labelKey(cell), codeOfKey, keys);
      codeOfText.set(cell, code);
    }
    codes[row] = code;
  }
  return { codes, keys };
}

/**
 * The codes of a scanned category column: `dictionaryCodes` index `dictionary`,
 * −1 when missing. When every dictionary text is its own label, first seen in
 * dictionary order (the usual case), they are the codes already and are
 * returned as they are: a million rows' copy is 4 MB of fresh memory.
 */
export function labelCodesOfDictionary(
  dictionaryCodes: Int32Array,
  dictionary: readonly string[],
): LabelCodes {
  const codeOfEntry = new Int32Array(dictionary.length).fill(-2);
  const codeOfKey = new Map<string, number>();
  const keys: string[] = [];
  let same = true;
  // Plain loops: a million cells.
  for (let row = 0; row < dictionaryCodes.length; row++) {
    const entry = dictionaryCodes[row]!;
    if (entry < 0 || codeOfEntry[entry] !== -2) continue;
    codeOfEntry[entry] = codeFor(labelKey(dictionary[entry]!), codeOfKey, keys);
    same &&= codeOfEntry[entry] === entry;
  }
  if (same) return { codes: dictionaryCodes, keys };
  const codes = new Int32Array(dictionaryCodes.length);
  for (let row = 0; row < codes.length; row++) {
    const entry = dictionaryCodes[row]!;
    codes[row] = entry < 0 ? -1 : codeOfEntry[entry]!;
  }
  return { codes, keys };
}

/** The code of `key` (a new one at its first appearance); −1 for a missing label. */
function codeFor(key: string | null, codeOfKey: Map<string, number>, keys: string[]): number {
  if (key === null) return -1;
  let code = codeOfKey.get(key);
  if (code === undefined) {
    code = keys.length;
    codeOfKey.set(key, code);
    keys.push(key);
  }
  return code;
}
