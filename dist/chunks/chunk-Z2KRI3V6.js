import {
  profileScanColumn
} from "./chunk-P7HTME6E.js";
import {
  defaultProfileSettings
} from "./chunk-Q66JVYKC.js";
import {
  profileFormat,
  profileVersion
} from "./chunk-2WDMWBST.js";

// src/profile/profile-table.ts
function profileTable(scan, settings = defaultProfileSettings) {
  return assembleProfile(
    scan,
    settings,
    scan.columns.map((column) => profileScanColumn(column, settings))
  );
}
function assembleProfile(scan, settings, columns) {
  return {
    format: profileFormat,
    version: profileVersion,
    sources: [
      { path: scan.source, format: scan.format, rows: scan.rowCount, badRows: scan.badRowCount }
    ],
    rowCount: scan.rowCount,
    settings,
    columns
  };
}

export {
  profileTable,
  assembleProfile
};
