#!/usr/bin/env node
import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  exitCodes
} from "./chunks/chunk-4KRKAS3J.js";
import {
  CliUsageError,
  commandHelp,
  commandHelpText,
  isCommandName,
  overviewText
} from "./chunks/chunk-WVIXFG6R.js";
import {
  mlgateVersion
} from "./chunks/chunk-YS5GV64A.js";
import {
  didYouMean
} from "./chunks/chunk-OQQAZLCU.js";
import {
  errorMessage
} from "./chunks/chunk-NXAI4H4I.js";
import "./chunks/chunk-VJ4UBBLQ.js";

// src/cli.ts
import { enableCompileCache } from "node:module";
import { isMainThread, workerData } from "node:worker_threads";

// src/cli/internal-failure.ts
function internalFailureMessage(where, thrown) {
  const stack = thrown instanceof Error && thrown.stack ? thrown.stack : errorMessage(thrown);
  return [
    `${where}: internal error: ${errorMessage(thrown)}`,
    "This is a failure of mlgate itself, not of your files or options.",
    process.env.MLGATE_DEBUG === "1" ? stack : "Run it again with MLGATE_DEBUG=1 to see the stack trace, and report it with the command you ran.",
    ""
  ].join("\n");
}

// src/cli/command-line.ts
var tableCommands = /* @__PURE__ */ new Set(["profile", "validate", "drift"]);
var WIDE_TABLE_FIELDS = 1e3;
async function runCommandLine(argv, runners) {
  const [name = "", ...rest] = argv;
  if (!tableCommands.has(name) || widestArgument(rest, runners.fieldsOf) < WIDE_TABLE_FIELDS) {
    return runners.here(argv);
  }
  let end;
  try {
    end = await runners.inThread(argv);
  } catch (error) {
    runners.err(internalFailureMessage(`mlgate ${name}`, error));
    return exitCodes.failure;
  }
  if (end.kind === "exited") return end.code;
  if (end.wroteResult) {
    runners.err(
      `mlgate ${name}: ran out of memory in its thread for wide tables after writing part of its result, so the result is incomplete; this is a limit of mlgate, not of your files: report it with the table's size
`
    );
    return exitCodes.failure;
  }
  runners.err(
    `mlgate ${name}: the thread for wide tables ran out of its heap; running again without its limit (messages above may repeat)
`
  );
  return runners.here(argv);
}
var notHeaderTables = /\.(json|ya?ml|parquet)$/i;
function widestArgument(args, fieldsOf) {
  const paths = args.map((arg) => arg.startsWith("--") ? arg.slice(arg.indexOf("=") + 1) : arg);
  return Math.max(
    0,
    ...paths.filter((path) => path !== "" && !notHeaderTables.test(path)).map(fieldsOf)
  );
}

// src/cli/cli-commands.ts
var cliCommands = {
  run: async (argv, { out, err }) => {
    await withoutZodJit();
    return (await import("./chunks/run-command-KZPJAYIH.js")).runCommand(argv, out, err);
  },
  metrics: async (argv, { out }) => (await import("./chunks/metrics-command-COHEEFDJ.js")).metricsCommand(argv, out),
  profile: async (argv, { out, err }) => (await import("./chunks/profile-command-VADVE3GE.js")).profileCommand(argv, out, err),
  schema: async (argv, { out, err }) => (await import("./chunks/schema-command-AXQF4RX3.js")).schemaCommand(argv, out, err),
  validate: async (argv, { out }) => (await import("./chunks/validate-command-Q7OP3XMB.js")).validateCommand(argv, out),
  drift: async (argv, { out, err }) => (await import("./chunks/drift-command-PVMOUB6K.js")).driftCommand(argv, out, err)
};
async function withoutZodJit() {
  (await import("./chunks/zod-LQ2J6P5R.js")).config({ jitless: true });
}

// src/cli/cli-output.ts
var processOutput = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text)
};

// src/cli/run-cli.ts
async function runCli(argv, output = processOutput, commands = cliCommands) {
  const [name, ...rest] = argv;
  if (name === void 0) {
    output.err(`${overviewText(mlgateVersion)}
`);
    return exitCodes.usage;
  }
  if (name === "--help" || name === "-h") return printed(output, overviewText(mlgateVersion));
  if (name === "--version" || name === "-V") return printed(output, `mlgate ${mlgateVersion}`);
  if (name === "help") return help(rest, output);
  if (!isCommandName(name)) return unknownCommand(name, output);
  if (asksForHelp(rest)) return printed(output, commandHelpText(name));
  try {
    return await commands[name](rest, output);
  } catch (error) {
    if (error instanceof CliUsageError) {
      output.err(`mlgate ${name}: ${error.message}
`);
      return exitCodes.usage;
    }
    output.err(internalFailureMessage(`mlgate ${name}`, error));
    return exitCodes.failure;
  }
}
function help(names, output) {
  const [name, ...extra] = names;
  if (name === void 0 || name === "help") return printed(output, overviewText(mlgateVersion));
  if (!isCommandName(name)) return unknownCommand(name, output);
  if (extra.length > 0) {
    output.err(`mlgate help: takes one command, not "${names.join(" ")}"
`);
    return exitCodes.usage;
  }
  return printed(output, commandHelpText(name));
}
function asksForHelp(argv) {
  const end = argv.indexOf("--");
  return (end === -1 ? argv : argv.slice(0, end)).some((arg) => arg === "--help" || arg === "-h");
}
function unknownCommand(name, output) {
  const names = Object.keys(commandHelp);
  const guess = didYouMean(name, names);
  output.err(
    `mlgate: unknown command "${name}"${guess ? ` (did you mean "${guess}"?)` : ""}; the commands are ${names.join(", ")} (mlgate --help explains them)
`
  );
  return exitCodes.usage;
}
function printed(output, text) {
  output.out(`${text}
`);
  return exitCodes.passed;
}

// src/io/command-thread.ts
import { finished } from "node:stream/promises";
import { Worker } from "node:worker_threads";
var wideTableLimits = { youngGenerationMb: 16, oldGenerationMb: 768 };
function commandThreadArgv(workerData2) {
  if (typeof workerData2 !== "object" || workerData2 === null) return void 0;
  const argv = workerData2.mlgateCommand;
  return Array.isArray(argv) && argv.every((arg) => typeof arg === "string") ? argv : void 0;
}
function runInCommandThread(entry, argv, limits = wideTableLimits, streams = { out: process.stdout, err: process.stderr }) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, {
      workerData: { mlgateCommand: [...argv] },
      argv: [],
      stdout: true,
      stderr: true,
      resourceLimits: {
        maxYoungGenerationSizeMb: limits.youngGenerationMb,
        maxOldGenerationSizeMb: limits.oldGenerationMb
      }
    });
    const wroteResult = forward(worker.stdout, streams.out);
    forward(worker.stderr, streams.err);
    const drained = Promise.all([finished(worker.stdout), finished(worker.stderr)]);
    let outOfMemory = false;
    worker.once("error", (error) => {
      if (error.code === "ERR_WORKER_OUT_OF_MEMORY") outOfMemory = true;
      else reject(error);
    });
    worker.once("exit", (code) => {
      drained.then(
        () => resolve(
          outOfMemory ? { kind: "out-of-memory", wroteResult: wroteResult() } : { kind: "exited", code }
        ),
        reject
      );
    });
  });
}
function forward(from, to) {
  let any = false;
  from.once("data", () => {
    any = true;
  });
  from.pipe(to, { end: false });
  return () => any;
}

// src/io/first-line-fields.ts
import { closeSync, openSync, readSync } from "node:fs";
var PEEK_BYTES = 256 * 1024;
var delimiters = [44, 59, 9, 124];
function firstLineFields(file) {
  let descriptor;
  try {
    descriptor = openSync(file, "r");
    const bytes = new Uint8Array(PEEK_BYTES);
    const length = readSync(descriptor, bytes, 0, PEEK_BYTES, 0);
    return fieldsBeforeNewline(bytes.subarray(0, length));
  } catch {
    return 0;
  } finally {
    if (descriptor !== void 0) closeSync(descriptor);
  }
}
function fieldsBeforeNewline(bytes) {
  const end = bytes.indexOf(10);
  const line = end === -1 ? bytes : bytes.subarray(0, end);
  if (line.length === 0) return 0;
  const counts = delimiters.map(() => 0);
  for (const byte of line) {
    const k = delimiters.indexOf(byte);
    if (k !== -1) counts[k] = (counts[k] ?? 0) + 1;
  }
  return Math.max(...counts) + 1;
}

// src/cli.ts
var threadArgv = isMainThread ? void 0 : commandThreadArgv(workerData);
if (isMainThread || threadArgv) {
  enableCompileCache();
  process.on("uncaughtException", (error) => {
    process.stderr.write(internalFailureMessage("mlgate", error));
    process.exit(exitCodes.failure);
  });
  process.exitCode = await (threadArgv ? runCli(threadArgv) : runCommandLine(process.argv.slice(2), {
    here: (argv) => runCli(argv),
    inThread: (argv) => runInCommandThread(new URL(import.meta.url), argv),
    fieldsOf: firstLineFields,
    err: (text) => process.stderr.write(text)
  }));
}
