/** Scans of the statistics fixtures (vega-datasets slices) and of small CSV texts, and merged profiles of shards, for drift tests. */
import { readFileSync } from 'node:fs';
import type { TableScan } from '../../src/data/table-scan.ts';
import { scanTableText } from '../../src/formats/scan-table-bytes.ts';
import { mergeProfiles } from '../../src/profile/merge-profiles.ts';
import { defaultProfileSettings } from '../../src/profile/profile-settings.ts';
import { profileTable } from '../../src/profile/profile-table.ts';
import type { TableProfile } from '../../src/profile/profile-types.ts';

export function fixtureText(file: string): string {
  return readFileSync(new URL(`../fixtures/statistics/${file}`, import.meta.url), 'utf8');
}

/** Every column read with its kind inferred, as drift reads files without a schema. */
export function scanFixture(file: string): TableScan {
  return scanText(fixtureText(file), file);
}

export function scanText(text: string, source = 'data.csv'): TableScan {
  return scanTableText(text, source, { otherColumns: 'auto' });
}

/** A CSV text with one column per entry; shorter columns are padded with missing cells. */
export function csv(columns: Record<string, readonly (string | number)[]>): string {
  const names = Object.keys(columns);
  const rows = Math.max(...names.map((name) => columns[name]!.length));
  const lines = [names.join(',')];
  for (let i = 0; i < rows; i++) lines.push(names.map((name) => columns[name]![i] ?? '').join(','));
  return `${lines.join('\n')}\n`;
}

/**
 * Seattle weather (vega-datasets 3.2.1, test/fixtures/profile/seattle-weather.csv):
 * the days whose date matches `dates`, as CSV text with the header.
 */
export function seattleDays(dates: RegExp): string {
  const text = readFileSync(
    new URL('../fixtures/profile/seattle-weather.csv', import.meta.url),
    'utf8',
  );
  const [header, ...lines] = text.trim().split('\n');
  return `${[header, ...lines.filter((line) => dates.test(line))].join('\n')}\n`;
}

/**
 * The reference of the profile-based drift tests: Seattle 2012–2013 (731 days)
 * cut into four shards of consecutive days, each profiled with a 32-value
 * sketch, merged as `mlgate profile --merge` does. The merged wind and
 * precipitation summaries are lossy; the temperatures stay exact.
 */
export function seattleShardsProfile(): TableProfile {
  const [header, ...days] = seattleDays(/^201[23]-/)
    .trim()
    .split('\n');
  const size = Math.ceil(days.length / 4);
  const settings = { ...defaultProfileSettings, sketchSize: 32 };
  return mergeProfiles(
    [0, 1, 2, 3].map((shard) => {
      const rows = days.slice(shard * size, (shard + 1) * size);
      return profileTable(
        scanText(`${[header, ...rows].join('\n')}\n`, `seattle-2012-2013-${shard + 1}.csv`),
        settings,
      );
    }),
  );
}

/**
 * Numeric tokens a number column must not read (issue #15): as the file writes
 * them (quoted when they hold the delimiter) and as the cell's value.
 */
export const unreadableNumberTokens: readonly { written: string; value: string }[] = [
  { written: '0x10', value: '0x10' },
  { written: '15.6C', value: '15.6C' },
  { written: '1_000', value: '1_000' },
  { written: '"1,000"', value: '1,000' },
  { written: '"12,5"', value: '12,5' },
  { written: '12.8\u0000', value: '12.8\u0000' },
];

/** A CSV text (no quoted fields) with the cell of `column` on 1-based `line` replaced by `written`. */
export function withCell(text: string, line: number, column: string, written: string): string {
  const lines = text.split('\n');
  const index = lines[0]!.split(',').indexOf(column);
  const cells = lines[line - 1]!.split(',');
  cells[index] = written;
  lines[line - 1] = cells.join(',');
  return lines.join('\n');
}
