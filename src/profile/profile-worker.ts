/** Entry point of the profile worker threads in the bundle (dist/profile-worker.js). */
import '../cli/profile-in-parallel.ts';
