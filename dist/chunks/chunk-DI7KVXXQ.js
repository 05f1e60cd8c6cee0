import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  CliUsageError
} from "./chunk-7PSV5Z3W.js";
import {
  errorMessage
} from "./chunk-NXAI4H4I.js";

// src/io/write-text-file.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
async function writeTextFile(file, text) {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, text);
}

// src/cli/write-output-file.ts
var reasons = {
  // mkdir says EEXIST when the folder to create is a file, ENOTDIR when a folder above it is.
  EEXIST: "a folder on its path is a file",
  ENOTDIR: "a folder on its path is a file",
  EISDIR: "it is a folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the device"
};
async function writeOutputFile(option, file, text) {
  try {
    await writeTextFile(file, text);
  } catch (error) {
    const code = error?.code;
    const reason = (code && reasons[code]) ?? errorMessage(error).split("\n")[0];
    throw new CliUsageError(`cannot write ${option} ${file}: ${reason}`);
  }
}

export {
  writeOutputFile
};
