/**
 * A file's column profiles made on two threads: this one and a helper (a scan
 * worker still up after the scan, src/io/file-scan-scheduler.ts). Only the
 * heavy columns are split: numbers counted into more distinct values than a
 * lossless summary keeps, whose profile adds every value to the moments and
 * hashes every distinct one (numeric-profile.ts). On the 1M-row bench file
 * those are 11 of 20 columns and almost all of the profile's time, which one
 * thread spent while the other core idled.
 *
 * Columns are taken in windows of at most `heavyPerWindow` heavy columns;
 * within a window the heavy columns are dealt out by splitInTwo and made
 * ahead, the rest are made as the caller takes them. So a wide table's
 * 50,000 profiles are never all held at once. The profiles are
 * profileScanColumn's, made by the same pure function on either thread, in
 * scan order.
 * Cost: O(c log c) to plan c columns; the profiles' own cost, on two threads.
 */
import { splitInTwo, type WorkItem } from '../data/split-in-two.ts';
import type { ScanColumn } from '../data/table-scan.ts';
import { profileScanColumn } from './column-profile.ts';
import type { ColumnProfile, ProfileSettings } from './profile-types.ts';

/** Columns `[start, end)` of a scan, with the heavy ones each thread profiles. */
export interface ProfileWindow {
  start: number;
  end: number;
  here: number[];
  helper: number[];
}

/** Profiles columns on the helper thread, handing their arrays over; undefined when there is no helper. */
export type ProfileHelper = (columns: ScanColumn[]) => Promise<ColumnProfile[]> | undefined;

export const HEAVY_COLUMNS_PER_WINDOW = 16;

/**
 * A heavy column's cost, in units of one value added to the moments. Timed
 * on the bench file, hashing a distinct value for the HyperLogLog and
 * stepping to it in the moments' loops costs about 12 times as much.
 */
function heavyCost(column: ScanColumn, settings: ProfileSettings): number {
  if (column.kind === 'category' || !column.counted) return 0;
  const distinct = column.counted.values.length;
  return distinct > 2 * settings.sketchSize ? column.presentCount + 12 * distinct : 0;
}

export function planProfileWork(
  columns: readonly ScanColumn[],
  settings: ProfileSettings,
  heavyPerWindow = HEAVY_COLUMNS_PER_WINDOW,
): ProfileWindow[] {
  const windows: ProfileWindow[] = [];
  let start = 0;
  let heavy: WorkItem[] = [];
  const close = (end: number) => {
    const { here, there } = splitInTwo(heavy);
    windows.push({ start, end, here, helper: there });
    start = end;
    heavy = [];
  };
  for (let index = 0; index < columns.length; index++) {
    const cost = heavyCost(columns[index]!, settings);
    if (cost > 0) heavy.push({ index, cost });
    if (heavy.length === heavyPerWindow) close(index + 1);
  }
  if (start < columns.length) close(columns.length);
  return windows;
}

/**
 * The scan's column profiles in scan order, each window's helper columns sent
 * off first and this thread's heavy ones made while the helper works. The
 * columns the helper profiles are handed over: their counted arrays are gone
 * from `columns` afterwards.
 */
export async function* profileColumnsWithHelper(
  columns: readonly ScanColumn[],
  settings: ProfileSettings,
  helper: ProfileHelper,
): AsyncGenerator<ColumnProfile> {
  for (const window of planProfileWork(columns, settings)) {
    const sent =
      window.helper.length > 0 ? helper(window.helper.map((index) => columns[index]!)) : undefined;
    const made = new Map<number, ColumnProfile>();
    const hereFirst = sent ? window.here : [];
    for (const index of hereFirst) made.set(index, profileScanColumn(columns[index]!, settings));
    if (sent) {
      const profiles = await sent;
      if (profiles.length !== window.helper.length) {
        throw new Error(
          `the helper thread made ${profiles.length} profiles of ${window.helper.length} columns`,
        );
      }
      for (const [k, index] of window.helper.entries()) made.set(index, profiles[k]!);
    }
    for (let index = window.start; index < window.end; index++) {
      yield made.get(index) ?? profileScanColumn(columns[index]!, settings);
    }
  }
}
