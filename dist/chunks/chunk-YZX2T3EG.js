// src/io/read-text-file.ts
const { readFile } = process.getBuiltinModule("node:fs/promises");
const path = process.getBuiltinModule("node:path");
function readTextFile(file) {
  return readFile(path.resolve(file), "utf8");
}

export {
  readTextFile
};
