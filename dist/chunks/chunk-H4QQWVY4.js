// src/io/compile-cache.ts
const { constants, enableCompileCache } = process.getBuiltinModule("node:module");
const { tmpdir } = process.getBuiltinModule("node:os");
const { join } = process.getBuiltinModule("node:path");
var turnedOnIn;
function enableCompileCacheForThreads(directory = join(tmpdir(), "node-compile-cache")) {
  const { status } = enableCompileCache(directory);
  if (status === constants.compileCacheStatus.ENABLED) turnedOnIn = directory;
}
function workerEnvironment(env = process.env) {
  return turnedOnIn === void 0 ? env : { ...env, NODE_COMPILE_CACHE: turnedOnIn };
}

export {
  enableCompileCacheForThreads,
  workerEnvironment
};
