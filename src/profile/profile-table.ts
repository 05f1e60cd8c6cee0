/**
 * The profile of one scanned file. Every column is profiled from the scan's
 * typed arrays: its value counts when the scan counted them (as the commands
 * scan), else its rows; nothing is kept per row beyond the scan itself.
 */
import type { TableScan } from '../data/table-scan.ts';
import { profileScanColumn } from './column-profile.ts';
import { defaultProfileSettings } from './profile-settings.ts';
import {
  type ColumnProfile,
  type ProfileSettings,
  profileFormat,
  profileVersion,
  type TableProfile,
} from './profile-types.ts';

export function profileTable(
  scan: TableScan,
  settings: ProfileSettings = defaultProfileSettings,
): TableProfile {
  return assembleProfile(
    scan,
    settings,
    scan.columns.map((column) => profileScanColumn(column, settings)),
  );
}

/** The profile of a scan whose columns were profiled (in scan order) elsewhere. */
export function assembleProfile(
  scan: TableScan,
  settings: ProfileSettings,
  columns: ColumnProfile[],
): TableProfile {
  return {
    format: profileFormat,
    version: profileVersion,
    sources: [
      { path: scan.source, format: scan.format, rows: scan.rowCount, badRows: scan.badRowCount },
    ],
    rowCount: scan.rowCount,
    settings,
    columns,
  };
}
