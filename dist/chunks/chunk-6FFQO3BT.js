import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);

// src/io/scan-worker-protocol.ts
var SCAN_WORKER_FLAG = "mlgate-csv-scan-worker";

export {
  SCAN_WORKER_FLAG
};
