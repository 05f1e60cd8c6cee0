/** Test fixtures for profiles: fixture files, a column of numbers, and profiles of CSV text. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseNumberCell } from '../../src/formats/parse-number.ts';
import { parseTableText } from '../../src/formats/parse-table-text.ts';
import { scanTableText } from '../../src/formats/scan-table-bytes.ts';
import { defaultProfileSettings } from '../../src/profile/profile-settings.ts';
import { profileTable } from '../../src/profile/profile-table.ts';
import type { ColumnProfile, TableProfile } from '../../src/profile/profile-types.ts';

export function fixtureText(path: string): string {
  return readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
}

/** One column of a fixture as numbers, missing cells dropped, via the real text parser. */
export function fixtureNumbers(path: string, column: string): number[] {
  const table = parseTableText(fixtureText(path), path);
  const cells = table.column(column);
  if (!cells) throw new Error(`${path} has no column ${column}`);
  return cells.map(parseNumberCell).filter((value): value is number => typeof value === 'number');
}

/** The profile of CSV (or JSONL, by the source's extension) text, every column read as `auto`. */
export async function profileText(
  text: string,
  source = 'data.csv',
  settings = defaultProfileSettings,
): Promise<TableProfile> {
  return profileTable(await scanTableText(text, source, { otherColumns: 'auto' }), settings);
}

export function columnOf(profile: TableProfile, name: string): ColumnProfile {
  const found = profile.columns.find((c) => c.name === name);
  assert.ok(found, `no column ${name}`);
  return found;
}
