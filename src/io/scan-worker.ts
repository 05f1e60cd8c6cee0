/**
 * Entry point of the CSV scan worker threads (dist/scan-worker.js in the
 * bundle): it loads only the reader, so a worker costs ~20 MB instead of the
 * ~50 MB of the chunk that holds the whole engine. The worker code itself is
 * in scan-worker-pool.ts; src/io/worker-entry-url.ts finds this file.
 */
import './scan-worker-pool.ts';
