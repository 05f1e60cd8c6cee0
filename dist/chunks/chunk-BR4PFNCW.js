import {
  readFile
} from "./chunk-BZNTL7DC.js";

// src/io/read-text-file.ts
const path = process.getBuiltinModule("node:path");
function readTextFile(file) {
  return readFile(path.resolve(file), "utf8");
}

export {
  readTextFile
};
