import {
  countRanges,
  mergeCellChecks,
  noCellViolations
} from "./chunk-NNVVT43T.js";
import {
  parquetCell
} from "./chunk-MIVUPXYV.js";
import {
  TableReadError
} from "./chunk-7UFWRZL3.js";
import {
  allocateColumn,
  emptyBytes,
  emptyFloat64s,
  emptyInt32s,
  releaseColumn,
  resizeColumn
} from "./chunk-ZP6A54OU.js";
import {
  CELL_MISSING
} from "./chunk-2VTIRNQ5.js";

// src/data/build-table-scan.ts
function buildTableScan(identity, scanned) {
  const { badRecords } = scanned;
  const byName = new Map(scanned.columns.map((column) => [column.name, column]));
  return {
    source: identity.source,
    format: identity.format,
    layout: identity.layout,
    columnNames: identity.columnNames,
    rowCount: scanned.records - badRecords.length,
    columns: scanned.columns,
    column: (name) => byName.get(name),
    badCells: scanned.badCells,
    badRows: scanned.badRows,
    badRowCount: scanned.badRowCount,
    ...rowLocators(scanned)
  };
}
function rowLocators({
  badRecords,
  lineJumps,
  hasLines
}) {
  return {
    dataRowOf: (index) => recordOfRow(badRecords, index) + 1,
    lineOf: (index) => hasLines ? lineOfRecord(lineJumps, recordOfRow(badRecords, index)) : void 0
  };
}
function recordOfRow(badRecords, index) {
  let low = 0;
  let high = badRecords.length;
  while (low < high) {
    const mid = low + high >>> 1;
    if (badRecords[mid] - mid <= index) low = mid + 1;
    else high = mid;
  }
  return index + low;
}
function lineOfRecord(lineJumps, record) {
  let low = 0;
  let high = lineJumps.length / 2;
  while (low < high) {
    const mid = low + high >>> 1;
    if (lineJumps[mid * 2] <= record) low = mid + 1;
    else high = mid;
  }
  return record + (low === 0 ? 0 : lineJumps[(low - 1) * 2 + 1]);
}

// src/formats/add-loose-value.ts
function addLooseValue(builder, value, missing, isDate, record, line) {
  if (value === null || value === void 0) builder.addMissing();
  else if (typeof value === "number" || typeof value === "boolean")
    builder.addTyped(value, record, line);
  else if (typeof value === "string") {
    if (missing.has(value)) builder.addMissing();
    else builder.addText(value, record, line);
  } else if (value instanceof Date) builder.addTime(value.getTime(), isDate, record, line);
  else {
    const cell = parquetCell(value);
    if (typeof cell === "number") builder.addTyped(cell, record, line);
    else builder.addText(String(cell), record, line);
  }
}

// src/formats/column-plans.ts
function columnPlan(name, index, kind, settings) {
  const checked = settings.cellChecks ?? {};
  const checks = Object.hasOwn(checked, name) ? checked[name] : void 0;
  if (kind === "category" || kind === "auto" || checks === void 0) return { name, index, kind };
  return { name, index, kind, checks };
}
function columnKind(name, settings) {
  return Object.hasOwn(settings.columns, name) ? settings.columns[name] : settings.otherColumns;
}
function planColumns(names, settings) {
  const present = new Set(names);
  for (const name of Object.keys(settings.columns)) {
    if (!present.has(name)) {
      throw new TableReadError(
        settings.source,
        void 0,
        `no column named "${name}"; the file has: ${names.join(", ")}`
      );
    }
  }
  const plans = [];
  names.forEach((name, index) => {
    const kind = columnKind(name, settings);
    if (kind !== "skip") plans.push(columnPlan(name, index, kind, settings));
  });
  return plans;
}

// src/formats/merge-chunk-columns.ts
function mergeChunkColumns(plans, chunkColumns, locate, settings) {
  const columns = [];
  const needsTextPass = [];
  const badCells = [];
  plans.forEach((plan, c) => {
    const parts = chunkColumns.map((columnsOfChunk) => columnsOfChunk[c]);
    const kind = mergedKind(plan, parts);
    const merged = mergeColumn(plan, kind, parts, settings.layout);
    columns.push(merged.column);
    needsTextPass.push(merged.needsTextPass);
    keepBadCells(badCells, plan.name, kind, parts, locate, settings.badCellsPerColumn);
    for (const columnsOfChunk of chunkColumns)
      columnsOfChunk[c] = void 0;
  });
  const order = new Map(plans.map((plan, c) => [plan.name, c]));
  badCells.sort((a, b) => a.row - b.row || order.get(a.column) - order.get(b.column));
  return { columns, needsTextPass, badCells };
}
function mergedKind(plan, parts) {
  if (plan.kind !== "auto") return plan.kind;
  let only;
  for (const { kind } of parts) {
    if (kind === "undecided" || kind === only) continue;
    if (only !== void 0) return "category";
    only = kind;
  }
  return only ?? "category";
}
function mergeColumn(plan, kind, parts, layout) {
  const name = plan.name;
  const length = parts.reduce((sum, part) => sum + part.length, 0);
  if (kind !== "category" && plan.checks) {
    return { column: mergeChecked(name, kind, parts, plan.checks), needsTextPass: false };
  }
  if (kind !== "category") {
    return { column: mergeNumeric(name, kind, parts, length), needsTextPass: false };
  }
  const textPass = parts.some((part) => !part.dictionary || !(part.codes || part.counts));
  const column = textPass ? emptyCategory(name, length) : layout === "distribution" ? mergeCategoryCounts(name, parts) : mergeCategory(name, parts, length);
  return { column, needsTextPass: textPass };
}
function keepBadCells(badCells, column, kind, parts, locate, limit) {
  let kept = 0;
  parts.forEach((part, chunk) => {
    for (const cell of part.badCells) {
      if (kept++ >= limit) return;
      badCells.push({
        ...locate(chunk, cell),
        column,
        value: cell.value,
        expected: kind
      });
    }
  });
}
function mergeChecked(name, kind, parts, checks) {
  const checked = mergeCellChecks(
    parts.map((part) => ({ results: part.checked ?? noCellViolations(), rows: part.length })),
    checks.examples
  );
  return { name, kind, values: emptyFloat64s, status: emptyBytes, ...cellCounts(parts), checked };
}
function cellCounts(parts) {
  const counts = { presentCount: 0, missingCount: 0, badCount: 0 };
  for (const part of parts) {
    counts.presentCount += part.presentCount;
    counts.missingCount += part.missingCount;
    counts.badCount += part.badCount;
  }
  return counts;
}
function mergeNumeric(name, kind, parts, length) {
  const counts = cellCounts(parts);
  if (parts.some((part) => part.counted)) {
    const ranges = parts.flatMap((part) => part.counted ? [part.counted] : []);
    const counted = countRanges(ranges);
    return {
      name,
      kind,
      values: emptyFloat64s,
      status: emptyBytes,
      ...counts,
      counted
    };
  }
  const only = parts.length === 1 ? parts[0] : void 0;
  if (only?.values && only.status) {
    return { name, kind, values: only.values, status: only.status, ...counts };
  }
  const { values, status } = concatenateNumeric(parts, length);
  return { name, kind, values, status, ...counts };
}
function concatenateNumeric(parts, length) {
  const first = parts[0];
  const valuesInPlace = grownInPlace(first?.values, length);
  const statusInPlace = grownInPlace(first?.status, length);
  const values = valuesInPlace ?? allocateColumn(Float64Array, length);
  const status = statusInPlace ?? allocateColumn(Uint8Array, length);
  let offset = 0;
  for (const part of parts) {
    if (part.values) {
      if (part.values.buffer !== values.buffer) {
        values.set(part.values.subarray(0, part.length), offset);
        releaseColumn(part.values);
      }
      if (part.status && part.status.buffer !== status.buffer) {
        status.set(part.status.subarray(0, part.length), offset);
        releaseColumn(part.status);
      }
    } else {
      values.fill(Number.NaN, offset, offset + part.length);
      status.fill(CELL_MISSING, offset, offset + part.length);
    }
    offset += part.length;
  }
  return { values, status };
}
function grownInPlace(column, length) {
  const buffer = column?.buffer;
  if (!column || !(buffer instanceof ArrayBuffer) || !buffer.resizable) return void 0;
  if (column.byteOffset !== 0 || buffer.maxByteLength < length * column.BYTES_PER_ELEMENT) {
    return void 0;
  }
  return resizeColumn(column, length);
}
function globalDictionary() {
  const dictionary = [];
  const index = /* @__PURE__ */ new Map();
  const counts = [];
  const add = (text) => {
    let code = index.get(text);
    if (code === void 0) {
      code = dictionary.length;
      index.set(text, code);
      dictionary.push(text);
      counts.push(0);
    }
    return code;
  };
  return { dictionary, counts, add };
}
function mergeCategoryCounts(name, parts) {
  const only = parts.length === 1 ? parts[0] : void 0;
  if (only?.counts && only.counts.length === only.dictionary.length) {
    return {
      name,
      kind: "category",
      codes: emptyInt32s,
      dictionary: only.dictionary,
      counts: only.counts,
      presentCount: only.presentCount,
      missingCount: only.missingCount,
      badCount: 0
    };
  }
  const { dictionary, counts, add } = globalDictionary();
  let presentCount = 0;
  let missingCount = 0;
  for (const part of parts) {
    part.dictionary.forEach((text, code) => {
      counts[add(text)] += part.counts?.[code] ?? 0;
    });
    presentCount += part.presentCount;
    missingCount += part.missingCount;
  }
  return {
    name,
    kind: "category",
    codes: emptyInt32s,
    dictionary,
    counts: Int32Array.from(counts),
    presentCount,
    missingCount,
    badCount: 0
  };
}
function mergeCategory(name, parts, length) {
  if (parts.length === 1) return wholeCategory(name, parts[0]);
  const codes = allocateColumn(Int32Array, length);
  const { dictionary, counts, add } = globalDictionary();
  let offset = 0;
  let missingCount = 0;
  for (const part of parts) {
    const remap = part.dictionary.map(add);
    const source = part.codes;
    for (let i = 0; i < part.length; i++) {
      const code = source[i];
      if (code < 0) {
        codes[offset + i] = -1;
        missingCount++;
      } else {
        const global = remap[code];
        codes[offset + i] = global;
        counts[global]++;
      }
    }
    releaseColumn(source);
    offset += part.length;
  }
  return {
    name,
    kind: "category",
    codes,
    dictionary,
    counts: Int32Array.from(counts),
    presentCount: length - missingCount,
    missingCount,
    badCount: 0
  };
}
function wholeCategory(name, part) {
  const codes = part.codes;
  const dictionary = part.dictionary;
  const counts = new Int32Array(dictionary.length);
  let missingCount = 0;
  for (let i = 0; i < part.length; i++) {
    const code = codes[i];
    if (code < 0) missingCount++;
    else counts[code]++;
  }
  return {
    name,
    kind: "category",
    codes,
    dictionary,
    counts,
    presentCount: part.length - missingCount,
    missingCount,
    badCount: 0
  };
}
function emptyCategory(name, length) {
  return {
    name,
    kind: "category",
    codes: new Int32Array(length).fill(-1),
    dictionary: [],
    counts: new Int32Array(0),
    presentCount: 0,
    missingCount: length,
    badCount: 0
  };
}

export {
  buildTableScan,
  addLooseValue,
  columnPlan,
  columnKind,
  planColumns,
  mergeChunkColumns
};
