/**
 * Profiles the numeric columns of a scan on worker threads, one column per
 * task, so that a wide file uses every core (sorting a column is most of a
 * profile's work); text columns, which are dictionaries, are profiled in this
 * thread meanwhile; a small table is profiled in this thread alone. From the bundle the workers load dist/profile-worker.js.
 * The result equals `profileTable`'s: the same function runs on the
 * same column, only elsewhere. The scan's numeric columns are handed to the
 * workers (their buffers transferred), so the scan is spent afterwards.
 */
import type { ScanNumericColumn, TableScan } from '../data/table-scan.ts';
import { profileScanColumn } from '../profile/column-profile.ts';
import { assembleProfile } from '../profile/profile-table.ts';
import type { ColumnProfile, ProfileSettings, TableProfile } from '../profile/profile-types.ts';
import { columnJob, runColumnJob } from './column-worker-pool.ts';

const columnProfiles = columnJob({
  flag: 'mlgate-profile-worker',
  moduleUrl: import.meta.url,
  sourceModule: './profile-in-parallel.ts',
  bundleName: 'profile-worker',
  work: (column: ScanNumericColumn, settings: ProfileSettings) =>
    profileScanColumn(column, settings),
});

/**
 * Below this many numeric cells the columns are profiled in this thread:
 * starting workers costs more than sorting them, and a wide, short table
 * would send tens of thousands of tiny columns across threads.
 */
const PARALLEL_MIN_CELLS = 1 << 20;

/** Threads to profile the scan on: as asked, else one for a small table, else the pool's default. */
function threadsFor(scan: TableScan, threads: number | undefined): number | undefined {
  if (threads !== undefined) return threads;
  let cells = 0;
  for (const column of scan.columns) if (column.kind !== 'category') cells += column.values.length;
  return cells < PARALLEL_MIN_CELLS ? 1 : undefined;
}

/**
 * The scan's column profiles in scan order. A small table's are made one at
 * a time, as the caller takes them, so a wide table's 50,000 profiles need
 * never be held at once (the caller writes each and lets it go); a large
 * table's are made at once on workers.
 */
export async function profilesOfColumns(
  scan: TableScan,
  settings: ProfileSettings,
): Promise<Iterable<ColumnProfile>> {
  if (threadsFor(scan, undefined) === 1) {
    return (function* () {
      for (const column of scan.columns) yield profileScanColumn(column, settings);
    })();
  }
  return (await profileTableInParallel(scan, settings)).columns;
}

export async function profileTableInParallel(
  scan: TableScan,
  settings: ProfileSettings,
  threads?: number,
): Promise<TableProfile> {
  const numeric = scan.columns.flatMap((column, index) =>
    column.kind === 'category' ? [] : [{ column, index }],
  );
  const workers = threadsFor(scan, threads);
  const profiles: ColumnProfile[] = new Array(scan.columns.length);
  const results = await runColumnJob(
    columnProfiles,
    numeric.map(({ column }) => column),
    settings,
    {
      ...(workers === undefined ? {} : { threads: workers }),
      // Text columns are dictionaries, cheap to profile here while the workers sort numbers.
      meanwhile: () =>
        scan.columns.forEach((column, index) => {
          if (column.kind === 'category') profiles[index] = profileScanColumn(column, settings);
        }),
    },
  );
  numeric.forEach(({ index }, i) => {
    profiles[index] = results[i]!;
  });
  return assembleProfile(scan, settings, profiles);
}
