// src/io/builtins-on-use.ts
var childProcess = () => process.getBuiltinModule("node:child_process");
var nodeCrypto = () => process.getBuiltinModule("node:crypto");
var workerThreads = () => process.getBuiltinModule("node:worker_threads");

export {
  childProcess,
  nodeCrypto,
  workerThreads
};
