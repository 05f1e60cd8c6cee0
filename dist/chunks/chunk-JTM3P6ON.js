// src/io/scan-worker-flag.ts
var SCAN_WORKER_FLAG = "mlgate-csv-scan-worker";

export {
  SCAN_WORKER_FLAG
};
