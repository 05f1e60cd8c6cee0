import {
  readParquetRowGroups,
  rowValues
} from "./chunk-E4MA37YQ.js";
import {
  parquetCell
} from "./chunk-MIVUPXYV.js";
import {
  TableReadError
} from "./chunk-7UFWRZL3.js";
import "./chunk-SEWDMQ6Q.js";

// src/formats/parquet-table.ts
async function parquetTable(opened, source, options) {
  const names = options.columns ? [...options.columns] : opened.columnNames;
  for (const name of names) {
    if (!opened.columnNames.includes(name)) {
      throw new TableReadError(
        source,
        void 0,
        `no column named "${name}"; the file has: ${opened.columnNames.join(", ")}`
      );
    }
  }
  const missing = new Set(options.missingValues ?? [""]);
  const columns = new Map(names.map((name) => [name, []]));
  await readParquetRowGroups(opened, source, names, (values) => {
    for (const [name, cells] of columns) {
      const data = rowValues(values.get(name));
      for (let i = 0; i < data.length; i++) {
        const cell = parquetCell(data[i]);
        cells.push(typeof cell === "string" && missing.has(cell) ? null : cell);
      }
    }
  });
  return {
    source,
    format: "parquet",
    columnNames: names,
    rowCount: opened.rowCount,
    column: (name) => columns.get(name),
    // Parquet has no lines; messages say "line" for the 1-based row instead.
    lineOf: (row) => row + 1
  };
}
export {
  parquetTable
};
