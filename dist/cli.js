#!/usr/bin/env node
import {
  internalFailureMessage
} from "./chunks/chunk-SOA4EDE2.js";
import {
  exitCodes
} from "./chunks/chunk-C5GLRDMP.js";
import {
  threadRole
} from "./chunks/chunk-XUUG2TZS.js";
import {
  delayTierUp
} from "./chunks/chunk-JVENBKJC.js";
import {
  formatFromPath
} from "./chunks/chunk-QE3BR34K.js";
import {
  fileSize,
  largeEnoughForThreads,
  prestartScanWorker
} from "./chunks/chunk-TUKDUIAD.js";
import {
  keepYoungGenerationSmall
} from "./chunks/chunk-GM6TPOLB.js";
import {
  enableCompileCacheForThreads
} from "./chunks/chunk-H4QQWVY4.js";
import "./chunks/chunk-YBWX6OWL.js";
import "./chunks/chunk-SEWDMQ6Q.js";

// src/cli/command-line.ts
var tableCommands = /* @__PURE__ */ new Set(["profile", "validate", "drift"]);
var countingCommands = /* @__PURE__ */ new Set(["profile", "drift"]);
var RESTART_MIN_BYTES = 128 << 20;
var WIDE_TABLE_FIELDS = 1e3;
async function runCommandLine(argv, runners) {
  const [name = "", ...rest] = argv;
  if (!tableCommands.has(name)) {
    runners.tuneForShortRun();
    return runners.here(argv);
  }
  const tables = tableArguments(rest);
  if (Math.max(0, ...tables.map(runners.fieldsOf)) < WIDE_TABLE_FIELDS) {
    const csv = tables.filter((path) => formatFromPath(path) === "csv");
    const csvBytes = csv.reduce((sum, path) => sum + runners.bytesOf(path), 0);
    if (countingCommands.has(name) && csvBytes >= RESTART_MIN_BYTES) {
      runners.restartWithMallocTunables();
    }
    if (csv.some(runners.largeEnoughForThreads)) runners.prestartScanWorker();
    else runners.tuneForShortRun();
    return runners.here(argv);
  }
  runners.tuneForShortRun();
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
function tableArguments(args) {
  const paths = args.map((arg) => arg.startsWith("--") ? arg.slice(arg.indexOf("=") + 1) : arg);
  return paths.filter((path) => path !== "" && !notHeaderTables.test(path));
}

// src/cli/node-version.ts
var minimumMajor = 24;
function unsupportedNodeMessage(version) {
  const major = Number(/^v?(\d+)\./.exec(version)?.[1]);
  if (Number.isNaN(major) || major >= minimumMajor) return void 0;
  return `mlgate: needs Node.js ${minimumMajor} or later, and this is Node.js ${version}.
Install Node.js ${minimumMajor} (for example \`nvm install ${minimumMajor}\`) and run mlgate with it.
`;
}

// src/io/descriptor-writer.ts
const { fstatSync, writeSync } = process.getBuiltinModule("node:fs");
function writesDirectly(descriptor, platform = process.platform) {
  if (platform === "win32") return false;
  try {
    const stat = fstatSync(descriptor);
    return stat.isFIFO() || stat.isSocket() || stat.isFile();
  } catch {
    return false;
  }
}
function descriptorWriter(descriptor, fallback, write = writeSync, direct = () => writesDirectly(descriptor)) {
  let stream;
  let decided = false;
  let lastStreamed = Promise.resolve();
  const toStream = (chunk) => {
    const into = stream ?? fallback();
    stream = into;
    lastStreamed = new Promise((done) => into.write(chunk, done));
  };
  return {
    write: (text) => {
      if (!decided) {
        decided = true;
        if (!direct()) stream = fallback();
      }
      if (stream) {
        toStream(text);
        return;
      }
      const bytes = Buffer.from(text, "utf8");
      let offset = 0;
      try {
        while (offset < bytes.length) offset += write(descriptor, bytes, offset);
      } catch (error) {
        if (error.code !== "EAGAIN") throw error;
        toStream(bytes.subarray(offset));
      }
    },
    drained: () => lastStreamed
  };
}
var stdout = descriptorWriter(1, () => process.stdout);
var stderr = descriptorWriter(2, () => process.stderr);
var descriptorOutput = { out: stdout.write, err: stderr.write };
async function descriptorOutputDrained() {
  await Promise.all([stdout.drained(), stderr.drained()]);
}

// src/io/first-line-fields.ts
const { closeSync, openSync, readSync } = process.getBuiltinModule("node:fs");
var PEEK_BYTES = 256 * 1024;
var FIRST_READ_BYTES = 16 * 1024;
var delimiters = [44, 59, 9, 124];
function firstLineFields(file) {
  let descriptor;
  try {
    descriptor = openSync(file, "r");
    return fieldsBeforeNewline(firstLineBytes(descriptor));
  } catch {
    return 0;
  } finally {
    if (descriptor !== void 0) closeSync(descriptor);
  }
}
function firstLineBytes(descriptor) {
  let bytes = new Uint8Array(FIRST_READ_BYTES);
  let length = 0;
  for (; ; ) {
    const read = readSync(descriptor, bytes, length, bytes.length - length, length);
    const lineEnd = bytes.subarray(length, length + read).indexOf(10);
    length += read;
    if (lineEnd !== -1 || read === 0 || length === PEEK_BYTES) break;
    if (length === bytes.length) {
      const larger = new Uint8Array(Math.min(bytes.length * 4, PEEK_BYTES));
      larger.set(bytes);
      bytes = larger;
    }
  }
  return bytes.subarray(0, length);
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

// src/io/malloc-restart.ts
var restartTunables = [
  ["glibc.malloc.arena_max", "1"],
  ["glibc.malloc.mmap_threshold", "131072"]
];
function mallocTunables(host) {
  if (host.platform !== "linux") return void 0;
  if (restartTunables.some(([name]) => host.tunables?.includes(name))) return void 0;
  if (!glibcAtLeast(host.glibc(), 2, 26)) return void 0;
  const added = restartTunables.map(([name, value]) => `${name}=${value}`);
  return [...host.tunables ? [host.tunables] : [], ...added].join(":");
}
function glibcAtLeast(version, major, minor) {
  const parts = /^(\d+)\.(\d+)/.exec(version ?? "");
  if (!parts) return false;
  const [have, haveMinor] = [Number(parts[1]), Number(parts[2])];
  return have > major || have === major && haveMinor >= minor;
}
function thisHost() {
  return { platform: process.platform, tunables: process.env.GLIBC_TUNABLES, glibc: glibcVersion };
}
function glibcVersion() {
  const report = process.report.getReport();
  const header = "header" in report ? report.header : void 0;
  const version = typeof header === "object" && header !== null && "glibcVersionRuntime" in header ? header.glibcVersionRuntime : void 0;
  return typeof version === "string" ? version : void 0;
}
function restartWithMallocTunables(seams = {}) {
  const { host = thisHost, execve = process.execve } = seams;
  const tunables = mallocTunables(host());
  if (tunables === void 0 || execve === void 0) return;
  const args = [process.execPath, ...process.execArgv, ...process.argv.slice(1)];
  try {
    execve(process.execPath, args, { ...process.env, GLIBC_TUNABLES: tunables });
  } catch {
  }
}

// src/cli.ts
var unsupported = unsupportedNodeMessage(process.versions.node);
if (unsupported) {
  process.stderr.write(unsupported);
  process.exit(exitCodes.usage);
}
var role = await threadRole(process.argv);
if (role.kind !== "other-thread") {
  enableCompileCacheForThreads();
  process.on("uncaughtException", (error) => {
    process.stderr.write(internalFailureMessage("mlgate", error));
    process.exit(exitCodes.failure);
  });
  process.exitCode = await (role.kind === "command-thread" ? (await commands()).runCli(role.argv) : runCommandLine(process.argv.slice(2), {
    here: async (argv) => exitWith(await (await commands()).runCli(argv, descriptorOutput)),
    // Only tables of many columns run in a thread: its module loads with them.
    inThread: async (argv) => (await import("./chunks/command-thread-BRINKJEB.js")).runInCommandThread(
      new URL(import.meta.url),
      argv
    ),
    fieldsOf: firstLineFields,
    largeEnoughForThreads,
    prestartScanWorker,
    // Set by the process, before any command's module loads, and not again by a command
    // thread, whose start has let the young generation grow.
    tuneForShortRun: () => {
      keepYoungGenerationSmall();
      delayTierUp();
    },
    bytesOf: fileSize,
    restartWithMallocTunables: () => restartWithMallocTunables(),
    err: descriptorOutput.err
  }));
}
async function exitWith(code) {
  await descriptorOutputDrained();
  process.exit(code);
}
function commands() {
  return import("./chunks/run-cli-4NXU5SAG.js");
}
