// src/model/webassembly-api.ts
var webAssembly = globalThis.WebAssembly;

export {
  webAssembly
};
