import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);

// src/io/read-text-file.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
function readTextFile(file) {
  return readFile(path.resolve(file), "utf8");
}

export {
  readTextFile
};
