/** Entry point of the profile worker threads in the bundle (dist/profile-worker.js). */
import './profile-in-parallel.ts';
