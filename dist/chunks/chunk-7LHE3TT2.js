// src/io/scan-worker-protocol.ts
var SCAN_WORKER_FLAG = "mlgate-csv-scan-worker";
function ownedBuffers(tables) {
  const buffers = /* @__PURE__ */ new Set();
  for (const table of tables) {
    for (const array of [table.values, table.weights]) {
      if (array.byteLength > 0 && array.byteLength === array.buffer.byteLength) {
        buffers.add(array.buffer);
      }
    }
  }
  return [...buffers];
}

export {
  SCAN_WORKER_FLAG,
  ownedBuffers
};
