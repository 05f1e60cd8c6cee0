import {
  parquetCell
} from "./chunk-MIVUPXYV.js";

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

export {
  addLooseValue
};
