/**
 * Entry point of the CSV scan worker threads in the bundle (dist/scan-worker.js):
 * it loads only the reader, so a worker costs ~20 MB instead of the ~50 MB of
 * the chunk that holds the whole engine. The worker code itself lives in
 * scan-worker-pool.ts, which finds this file next to it (sources) or one level
 * up (dist/chunks/ → dist/) and otherwise starts workers on its own module.
 */
import './scan-worker-pool.ts';
