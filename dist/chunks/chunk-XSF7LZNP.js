import {
  FileScanScheduler,
  scanTableFile
} from "./chunk-PVFPZCU2.js";

// src/io/file-scanner.ts
const path = process.getBuiltinModule("node:path");
function fileScanner(scheduler = new FileScanScheduler()) {
  return (file, options = {}) => scanTableFile(path.resolve(file), file, options, scheduler);
}

export {
  fileScanner
};
