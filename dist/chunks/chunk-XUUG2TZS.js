// src/io/thread-role.ts
var COMMAND_THREAD_FLAG = "--mlgate-command-thread";
async function threadRole(argv, facts = () => import("node:worker_threads")) {
  if (argv.length > 2 && argv[2] !== COMMAND_THREAD_FLAG) return { kind: "main" };
  const { isMainThread, workerData } = await facts();
  if (isMainThread) return { kind: "main" };
  const commandArgv = commandThreadArgv(workerData);
  return commandArgv ? { kind: "command-thread", argv: commandArgv } : { kind: "other-thread" };
}
function commandThreadArgv(workerData) {
  if (typeof workerData !== "object" || workerData === null) return void 0;
  const argv = workerData.mlgateCommand;
  return Array.isArray(argv) && argv.every((arg) => typeof arg === "string") ? argv : void 0;
}

export {
  COMMAND_THREAD_FLAG,
  threadRole
};
