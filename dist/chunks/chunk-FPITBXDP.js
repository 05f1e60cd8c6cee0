import {
  rangeCountsArrays
} from "./chunk-TCMEBT2Z.js";

// src/io/scan-worker-protocol.ts
function ownedBuffers(counts) {
  const buffers = /* @__PURE__ */ new Set();
  for (const part of counts) {
    for (const array of rangeCountsArrays(part)) {
      if (array.byteLength > 0 && array.byteLength === array.buffer.byteLength) {
        buffers.add(array.buffer);
      }
    }
  }
  return [...buffers];
}

export {
  ownedBuffers
};
