import {
  asyncBufferFromFile,
  readParquetFooter
} from "./chunk-FN3RXSR6.js";
import "./chunk-MIVUPXYV.js";
import {
  TableReadError
} from "./chunk-7UFWRZL3.js";

// src/io/async-fs.ts
const {
  copyFile: copyFileCallback,
  cp: cpCallback,
  lstat: lstatCallback,
  mkdir: mkdirCallback,
  mkdtemp: mkdtempCallback,
  readdir: readdirCallback,
  readFile: readFileCallback,
  readlink: readlinkCallback,
  realpath: realpathCallback,
  rename: renameCallback,
  rm: rmCallback,
  stat: statCallback,
  symlink: symlinkCallback
} = process.getBuiltinModule("node:fs");
const { promisify } = process.getBuiltinModule("node:util");
var readFile = promisify(readFileCallback);
var realpath = promisify(realpathCallback.native);
var stat = promisify(statCallback);
var mkdir = promisify(mkdirCallback);
var rename = promisify(renameCallback);
var rm = promisify(rmCallback);
var copyFile = promisify(copyFileCallback);
var lstat = promisify(lstatCallback);
var mkdtemp = promisify(mkdtempCallback);
var readdir = promisify(readdirCallback);
var readlink = promisify(readlinkCallback);
var symlink = promisify(symlinkCallback);

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
