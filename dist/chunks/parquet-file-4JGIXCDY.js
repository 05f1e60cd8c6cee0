const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  asyncBufferFromFile,
  readParquetFooter
} from "./chunk-55MYCZIV.js";
import "./chunk-OS27MXHO.js";
import {
  TableReadError
} from "./chunk-5MHFUN37.js";
import "./chunk-VJILS3EF.js";

// src/io/parquet-file.ts
const { stat } = process.getBuiltinModule("node:fs/promises");
async function openParquetFile(absolutePath, source) {
  const { size } = await stat(absolutePath);
  if (size === 0)
    throw new TableReadError(
      source,
      void 0,
      "the file is empty; it needs a Parquet footer and rows"
    );
  return readParquetFooter(await asyncBufferFromFile(absolutePath), source);
}
export {
  openParquetFile
};
