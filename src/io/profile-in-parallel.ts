/**
 * Profiles the numeric columns of a scan on worker threads, one column per
 * task, so that a wide file uses every core (sorting a column is most of a
 * profile's work); text columns, which are dictionaries, are profiled in this
 * thread meanwhile. From the bundle the workers load dist/profile-worker.js.
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

export async function profileTableInParallel(
  scan: TableScan,
  settings: ProfileSettings,
  threads?: number,
): Promise<TableProfile> {
  const numeric = scan.columns.flatMap((column, index) =>
    column.kind === 'category' ? [] : [{ column, index }],
  );
  const profiles: ColumnProfile[] = new Array(scan.columns.length);
  const results = await runColumnJob(
    columnProfiles,
    numeric.map(({ column }) => column),
    settings,
    {
      ...(threads === undefined ? {} : { threads }),
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
