import {
  validateScan,
  validationScanOptions
} from "./chunk-TV4L6LGM.js";
import {
  TableReadError
} from "./chunk-7UFWRZL3.js";

// src/table-schema/validate-table-file.ts
async function validateTableFile(scanFile, schema, options) {
  const base = {
    ...options.read,
    badCellsPerColumn: options.maxExamples,
    badRowsKept: options.maxExamples
  };
  let failure;
  try {
    const scan2 = await scanFile({ ...base, ...validationScanOptions(schema, options) });
    return validateScan(scan2, schema, { maxExamples: options.maxExamples, rules: options.rules });
  } catch (error) {
    if (!(error instanceof TableReadError)) throw error;
    failure = error;
  }
  const header = await scanFile({
    ...base,
    columns: {},
    otherColumns: "skip",
    missingValues: schema.missingValues
  });
  const present = new Set(header.columnNames);
  if (schema.fields.every((field) => present.has(field.name))) throw failure;
  const scan = await scanFile({
    ...base,
    ...validationScanOptions(schema, options, (name) => present.has(name))
  });
  return validateScan(scan, schema, {
    maxExamples: options.maxExamples,
    rules: options.rules,
    missingColumns: schema.fields.map((f) => f.name).filter((name) => !present.has(name))
  });
}

export {
  validateTableFile
};
