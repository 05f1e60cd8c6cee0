/** Entry point of the drift worker threads in the bundle (dist/drift-worker.js). */
import './drift-in-parallel.ts';
