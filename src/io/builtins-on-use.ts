/**
 * Node modules that a run loads only when it uses them. A static import loads
 * a module when the bundle starts, and these three cost a run that never
 * hashes a file, runs a command or starts a thread (a gate over data files):
 * node:crypto takes about 11 ms and 38 of Node's internal modules (its
 * streams among them), node:child_process about 5 ms (it loads net and dgram),
 * node:worker_threads about 2 ms. Measured with `process.getBuiltinModule` in
 * a fresh Node 24 process on the 2-core bench machine.
 * Node caches a loaded module, so a later call costs a lookup.
 */
export const childProcess = () => process.getBuiltinModule('node:child_process');
export const nodeCrypto = () => process.getBuiltinModule('node:crypto');
export const workerThreads = () => process.getBuiltinModule('node:worker_threads');
