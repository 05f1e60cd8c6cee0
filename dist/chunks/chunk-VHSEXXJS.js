const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);

// src/io/scan-worker-protocol.ts
var SCAN_WORKER_FLAG = "mlgate-csv-scan-worker";

export {
  SCAN_WORKER_FLAG
};
