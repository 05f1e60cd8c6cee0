import {
  assertUtf8,
  bomLength
} from "./chunk-3ROLIFPK.js";
import {
  addLooseValue
} from "./chunk-6BR7IVTK.js";
import {
  ScanColumnBuilder,
  buildTableScan,
  columnKind,
  columnPlan,
  mergeChunkColumns
} from "./chunk-52Z3VBDW.js";
import {
  TableReadError
} from "./chunk-7UFWRZL3.js";
import {
  errorMessage
} from "./chunk-YBWX6OWL.js";

// src/formats/jsonl-lines.ts
var WINDOW_BYTES = 1 << 22;
function parseLine(text, line, handlers) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    handlers.badLine(
      line,
      `is not valid JSON (${errorMessage(error)}); write one JSON object per line`
    );
    return;
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    handlers.badLine(
      line,
      'is not a JSON object; write one object per line, e.g. {"id": 1, "score": 0.3}'
    );
    return;
  }
  handlers.record(value, line);
}
function forEachJsonlLine(input, sourceName, handlers) {
  let window = Buffer.allocUnsafe(Math.min(WINDOW_BYTES, Math.max(1024, input.size)));
  let position = 0;
  let filled = 0;
  let line = 1;
  let first = true;
  for (; ; ) {
    if (filled === window.length) {
      const larger = Buffer.allocUnsafe(window.length * 2);
      window.copy(larger, 0, 0, filled);
      window = larger;
    }
    const read = input.read(window, filled, window.length - filled, position + filled);
    filled += read;
    const final = read === 0 || position + filled >= input.size;
    const start = first ? bomLength(window.subarray(0, filled)) : 0;
    if (first && (filled >= 3 || final)) first = false;
    else if (first) continue;
    const lastBreak = final ? filled : window.lastIndexOf(10, filled - 1) + 1;
    assertUtf8(window, start, lastBreak, sourceName, line);
    line = parseLines(window, start, lastBreak, line, handlers);
    if (final) return;
    window.copy(window, 0, lastBreak, filled);
    position += lastBreak;
    filled -= lastBreak;
  }
}
function parseLines(window, start, end, line, handlers) {
  let next = line;
  for (let from = start; from < end; ) {
    let lineEnd = window.indexOf(10, from);
    if (lineEnd < 0 || lineEnd >= end) lineEnd = end;
    const text = window.toString("utf8", from, lineEnd).trim();
    if (text !== "") parseLine(text, next, handlers);
    next++;
    from = lineEnd + 1;
  }
  return next;
}

// src/formats/row-builder.ts
var RowBuilder = class {
  /** Every column seen, read or skipped, in order of first appearance. */
  names = [];
  /** The columns read, with their builders at the same index. */
  plans = [];
  builders = [];
  byName = /* @__PURE__ */ new Map();
  rows = 0;
  settings;
  missing;
  constructor(settings) {
    this.settings = settings;
    this.missing = new Set(settings.missingValues);
  }
  /** The builder of a column (added, with missing cells for earlier rows, when new); null when skipped. */
  builder(name) {
    let builder = this.byName.get(name);
    if (builder === void 0) {
      const kind = columnKind(name, this.settings);
      this.names.push(name);
      builder = null;
      if (kind !== "skip") {
        const plan = columnPlan(name, this.names.length - 1, kind, this.settings);
        builder = new ScanColumnBuilder(
          kind,
          1024,
          this.settings.badCellsPerColumn,
          this.settings.layout,
          void 0,
          plan.checks
        );
        for (let i = 0; i < this.rows; i++) builder.addMissing();
        this.plans.push(plan);
        this.builders.push(builder);
      }
      this.byName.set(name, builder);
    }
    return builder;
  }
  add(builder, value, record, line) {
    addLooseValue(builder, value, this.missing, false, record, line);
  }
  /** Ends a row: columns it did not mention get a missing cell. */
  endRow() {
    this.rows++;
    for (const builder of this.builders) builder.padTo(this.rows);
  }
};

// src/formats/jsonl-table-scan.ts
function scanJsonl(input, settings) {
  const { identity, scanned } = jsonlScanParts(input, settings);
  return buildTableScan(identity, scanned);
}
function jsonlScanParts(input, settings) {
  const read = readJsonlRows(input, settings);
  const { rows, seen } = read;
  checkJsonlColumns(read, settings);
  const merged = mergeChunkColumns(
    rows.plans,
    [rows.builders.map((builder) => builder.finish())],
    (_chunk, cell) => ({ row: cell.record + 1, line: cell.line }),
    settings
  );
  readAgainAsText(input, settings, rows, merged);
  const columnNames = rows.names.filter((name) => seen.has(name));
  return {
    identity: { source: settings.source, format: "jsonl", layout: settings.layout, columnNames },
    scanned: {
      ...merged,
      badRows: read.badRows,
      badRowCount: read.badRecords.length,
      records: read.records,
      badRecords: Int32Array.from(read.badRecords),
      lineJumps: read.lineJumps,
      hasLines: true
    }
  };
}
function readJsonlRows(input, settings) {
  const rows = new RowBuilder(settings);
  for (const name of Object.keys(settings.columns)) rows.builder(name);
  const read = {
    rows,
    seen: /* @__PURE__ */ new Set(),
    records: 0,
    badRecords: [],
    badRows: [],
    lineJumps: []
  };
  const nextRecord = (line) => {
    const record = read.records++;
    if (read.lineJumps.at(-1) !== line - record) read.lineJumps.push(record, line - record);
    return record;
  };
  forEachJsonlLine(input, settings.source, {
    record(value, line) {
      const record = nextRecord(line);
      for (const key in value) {
        read.seen.add(key);
        const builder = rows.builder(key);
        if (builder) rows.add(builder, value[key], record, line);
      }
      rows.endRow();
    },
    badLine(line, problem) {
      const record = nextRecord(line);
      read.badRecords.push(record);
      if (read.badRows.length < settings.badRowsKept)
        read.badRows.push({ row: record + 1, line, problem: `line ${problem}` });
    }
  });
  return read;
}
function checkJsonlColumns(read, settings) {
  if (read.records === 0) {
    throw new TableReadError(
      settings.source,
      void 0,
      "the file is empty; it needs one JSON object per line"
    );
  }
  const absent = Object.keys(settings.columns).filter((name) => !read.seen.has(name));
  if (absent.length > 0) {
    throw new TableReadError(
      settings.source,
      void 0,
      `no row has a key named "${absent[0]}"; the rows have: ${read.rows.names.filter((name) => read.seen.has(name)).join(", ")}`
    );
  }
}
function readAgainAsText(input, settings, rows, merged) {
  const again = rows.plans.filter((_plan, c) => merged.needsTextPass[c]);
  if (again.length === 0) return;
  const text = scanJsonl(input, {
    ...settings,
    columns: Object.fromEntries(again.map((plan) => [plan.name, "category"])),
    otherColumns: "skip"
  });
  for (const plan of again) merged.columns[rows.plans.indexOf(plan)] = text.column(plan.name);
}

export {
  forEachJsonlLine,
  scanJsonl,
  jsonlScanParts
};
