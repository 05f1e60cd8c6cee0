import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import "./chunk-VJ4UBBLQ.js";

// src/io/write-text-file.ts
import { mkdir, open, writeFile } from "node:fs/promises";
import path from "node:path";
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
