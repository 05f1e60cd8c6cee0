import "./chunk-SEWDMQ6Q.js";

// src/io/write-text-file.ts
const { mkdir, open, writeFile } = process.getBuiltinModule("node:fs/promises");
const path = process.getBuiltinModule("node:path");
async function writeTextFile(file, text) {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, text);
}
async function openTextFile(file) {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const handle = await open(file, "w");
  let queue = Promise.resolve();
  return {
    write(text) {
      queue = queue.then(() => handle.write(text));
    },
    drained: () => queue.then(() => void 0),
    async close() {
      try {
        await queue;
      } finally {
        await handle.close();
      }
    }
  };
}
export {
  openTextFile,
  writeTextFile
};
