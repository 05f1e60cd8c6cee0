import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  FileScanScheduler,
  scanTableFile
} from "./chunk-RL3FCOBG.js";

// src/io/file-scanner.ts
import path from "node:path";
function fileScanner(scheduler = new FileScanScheduler()) {
  return (file, options = {}) => scanTableFile(path.resolve(file), file, options, scheduler);
}

// src/io/read-text-file.ts
import { readFile } from "node:fs/promises";
import path2 from "node:path";
function readTextFile(file) {
  return readFile(path2.resolve(file), "utf8");
}

export {
  fileScanner,
  readTextFile
};
