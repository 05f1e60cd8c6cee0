import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  FileScanScheduler,
  scanTableFile
} from "./chunk-Q65HDZJA.js";

// src/io/file-scanner.ts
import path from "node:path";
function fileScanner(scheduler = new FileScanScheduler()) {
  return (file, options = {}) => scanTableFile(path.resolve(file), file, options, scheduler);
}

export {
  fileScanner
};
