import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  asyncBufferFromFile,
  readParquetFooter
} from "./chunk-GYQNR4JL.js";
import "./chunk-G6WJ4WJF.js";
import {
  TableReadError
} from "./chunk-F57TUQYS.js";
import "./chunk-VJ4UBBLQ.js";

// src/io/parquet-file.ts
import { stat } from "node:fs/promises";
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
