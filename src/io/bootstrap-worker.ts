/** Entry point of the bootstrap worker threads in the bundle (dist/bootstrap-worker.js). */
import './bootstrap-threads.ts';
