import {
  asyncBufferFromFile,
  readParquetFooter
} from "./chunk-E4MA37YQ.js";
import {
  stat
} from "./chunk-BZNTL7DC.js";
import "./chunk-MIVUPXYV.js";
import {
  TableReadError
} from "./chunk-7UFWRZL3.js";
import "./chunk-SEWDMQ6Q.js";

// src/io/parquet-file.ts
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
