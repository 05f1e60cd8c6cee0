import {
  readParquetRowGroups
} from "./chunk-E4MA37YQ.js";
import {
  addLooseValue
} from "./chunk-6BR7IVTK.js";
import {
  ScanColumnBuilder,
  buildTableScan,
  mergeChunkColumns,
  planColumns
} from "./chunk-52Z3VBDW.js";
import "./chunk-FJSVKJ5S.js";
import "./chunk-AB24KIFF.js";
import "./chunk-XUDKVEYV.js";
import "./chunk-MIVUPXYV.js";
import {
  TableReadError
} from "./chunk-7UFWRZL3.js";
import "./chunk-JJK6CC36.js";
import "./chunk-SEWDMQ6Q.js";

// src/formats/parquet-table-scan.ts
async function scanParquet(opened, settings) {
  const { identity, scanned } = await parquetScanParts(opened, settings);
  return buildTableScan(identity, scanned);
}
async function parquetScanParts(opened, settings) {
  const plans = planColumns(opened.columnNames, settings);
  if (opened.rowCount === 0 && !settings.allowNoRows) {
    throw new TableReadError(
      settings.source,
      void 0,
      "the file has a header (columns) but no rows; a table needs at least one data row"
    );
  }
  const builders = await readParquetColumns(opened, plans, settings);
  const merged = mergeChunkColumns(
    plans,
    [builders.map((builder) => builder.finish())],
    (_chunk, cell) => ({ row: cell.record + 1, line: void 0 }),
    settings
  );
  await readAgainAsText(opened, settings, plans, merged);
  return {
    identity: {
      source: settings.source,
      format: "parquet",
      layout: settings.layout,
      columnNames: opened.columnNames
    },
    scanned: {
      ...merged,
      badRows: [],
      badRowCount: 0,
      records: opened.rowCount,
      badRecords: new Int32Array(0),
      lineJumps: [],
      hasLines: false
    }
  };
}
async function readParquetColumns(opened, plans, settings) {
  const builders = plans.map(
    (plan) => new ScanColumnBuilder(
      plan.kind,
      opened.rowCount,
      settings.badCellsPerColumn,
      settings.layout,
      void 0,
      plan.checks
    )
  );
  const missing = new Set(settings.missingValues);
  let record = 0;
  await readParquetRowGroups(
    opened,
    settings.source,
    plans.map((plan) => plan.name),
    (values, rowCount) => {
      plans.forEach((plan, c) => {
        const { values: data, indices, present } = values.get(plan.name);
        const builder = builders[c];
        const isDate = opened.dateColumns.has(plan.name);
        for (let i = 0, next = 0; i < rowCount; i++) {
          if (present !== null && present[i] === 0) {
            builder.addMissing();
            continue;
          }
          const value = indices === void 0 ? data[next++] : data[indices[next++]];
          if (typeof value === "number") builder.addTyped(value, record + i, void 0);
          else addLooseValue(builder, value, missing, isDate, record + i, void 0);
        }
      });
      record += rowCount;
    },
    "values"
  );
  return builders;
}
async function readAgainAsText(opened, settings, plans, merged) {
  const again = plans.filter((_plan, c) => merged.needsTextPass[c]);
  if (again.length === 0) return;
  const text = await scanParquet(opened, {
    ...settings,
    columns: Object.fromEntries(again.map((plan) => [plan.name, "category"])),
    otherColumns: "skip"
  });
  for (const plan of again) merged.columns[plans.indexOf(plan)] = text.column(plan.name);
}
export {
  parquetScanParts,
  scanParquet
};
