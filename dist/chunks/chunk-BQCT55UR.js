import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  numericTableOfScan
} from "./chunk-AXS3U4C6.js";
import {
  columnJob,
  runColumnJob
} from "./chunk-Y2GKHFQL.js";

// src/cli/drift-in-parallel.ts
var numericTables = columnJob({
  flag: "mlgate-drift-worker",
  moduleUrl: import.meta.url,
  sourceModule: "./drift-in-parallel.ts",
  bundleName: "drift-worker",
  work: (column) => numericTableOfScan(column),
  transferables: (table) => [table.values, table.weights].flatMap(
    (a) => a instanceof Float64Array ? [a.buffer] : []
  )
});
function numericTablesInParallel(columns, threads) {
  return runColumnJob(numericTables, columns, void 0, threads === void 0 ? {} : { threads });
}

export {
  numericTablesInParallel
};
