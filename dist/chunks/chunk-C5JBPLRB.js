const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  profileScanColumn
} from "./chunk-IHEECJMJ.js";
import {
  profileFormat,
  profileVersion
} from "./chunk-BTK4XDBP.js";
import {
  defaultProfileSettings
} from "./chunk-DWNS4XSM.js";

// src/profile/profile-table.ts
function profileTable(scan, settings = defaultProfileSettings) {
  return assembleProfile(
    scan,
    settings,
    scan.columns.map((column) => profileScanColumn(column, settings))
  );
}
function* profileColumns(scan, settings) {
  for (const column of scan.columns) yield profileScanColumn(column, settings);
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
  profileColumns,
  assembleProfile
};
