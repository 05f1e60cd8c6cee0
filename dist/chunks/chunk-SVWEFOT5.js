// src/io/builtins-on-use.ts
var childProcess = () => process.getBuiltinModule("node:child_process");
var nodeCrypto = () => process.getBuiltinModule("node:crypto");
var workerThreads = () => process.getBuiltinModule("node:worker_threads");

// src/io/worker-entry-url.ts
const { existsSync } = process.getBuiltinModule("node:fs");
function workerEntryUrl(callerUrl, sourceModule, bundleName) {
  const here = new URL(callerUrl);
  if (here.pathname.endsWith(".ts")) return new URL(sourceModule, here);
  for (const candidate of [`./${bundleName}.js`, `../${bundleName}.js`]) {
    const url = new URL(candidate, here);
    if (existsSync(url)) return url;
  }
  throw new Error(
    `the worker entry ${bundleName}.js is missing next to ${here.pathname}; rebuild dist/ with npm run bundle`
  );
}

export {
  childProcess,
  nodeCrypto,
  workerThreads,
  workerEntryUrl
};
