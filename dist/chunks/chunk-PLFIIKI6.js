const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  FileScanScheduler,
  openFileByteSource,
  scanCsv,
  scanTableFile,
  tableScanSettings
} from "./chunk-PVFPZCU2.js";
import {
  copyFile,
  cp,
  lstat,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  readlink,
  realpath,
  rename,
  rm,
  stat,
  symlink
} from "./chunk-BZNTL7DC.js";
import {
  sqlConnectionPool
} from "./chunk-VHHYGQ3Z.js";
import {
  formatFromPath
} from "./chunk-QE3BR34K.js";
import {
  childProcess,
  nodeCrypto
} from "./chunk-TUKDUIAD.js";
import {
  isRemoteFile,
  namesDataFile,
  sourceLabel,
  sourceRelation,
  sqlDialect
} from "./chunk-DPIG2K5A.js";
import {
  forEachJsonlLine,
  scanJsonl
} from "./chunk-GRGWUAQC.js";
import {
  TableReadError,
  asTableReadError
} from "./chunk-7UFWRZL3.js";
import {
  errorMessage
} from "./chunk-YBWX6OWL.js";

// src/io/node-workspace.ts
const { realpathSync } = process.getBuiltinModule("node:fs");
const path5 = process.getBuiltinModule("node:path");

// src/io/git-command.ts
var GitError = class extends Error {
  name = "GitError";
};
async function runGit(root, args) {
  const result = await tryGit(root, args);
  if ("stdout" in result) return result.stdout;
  throw new GitError(explainGitFailure(args, result));
}
function tryGit(root, args) {
  return new Promise((resolve, reject) => {
    childProcess().execFile(
      "git",
      [...args],
      { cwd: root, encoding: "buffer", maxBuffer: 512 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (!error) return resolve({ stdout });
        if (error.code === "ENOENT") {
          return reject(
            new GitError("git is not installed or not on PATH; mlgate needs it to read history")
          );
        }
        resolve({ stderr: stderr.toString("utf8").trim(), exitCode: Number(error.code) || null });
      }
    );
  });
}
function explainGitFailure(args, failure) {
  const command = `git ${args.join(" ")}`;
  if (/not a git repository/i.test(failure.stderr)) {
    return `${command}: this directory is not a git repository; check out the repository (actions/checkout) before mlgate`;
  }
  if (/unknown revision|bad revision|invalid object name|bad object|no merge base|not a valid object name/i.test(
    failure.stderr
  )) {
    return `${command}: git does not have that commit (${failure.stderr.split("\n")[0]}); fetch the history, e.g. actions/checkout with fetch-depth: 0`;
  }
  return `${command} failed: ${failure.stderr || `exit code ${failure.exitCode}`}`;
}
function nulFields(stdout) {
  const fields = stdout.toString("utf8").split("\0");
  if (fields.at(-1) === "") fields.pop();
  return fields;
}
async function verifyRevision(root, revision) {
  const result = await tryGit(root, ["rev-parse", "--verify", "--quiet", `${revision}^{commit}`]);
  if ("stdout" in result) return;
  throw new GitError(
    `git does not know the revision "${revision}"; fetch it (actions/checkout with fetch-depth: 0) or fix the name`
  );
}

// src/io/infra-capabilities.ts
const os3 = process.getBuiltinModule("node:os");
const path3 = process.getBuiltinModule("node:path");

// src/io/file-digest.ts
const { createReadStream } = process.getBuiltinModule("node:fs");
async function fileDigest(absolutePath) {
  const info = await stat(absolutePath).catch((error) => {
    if (error.code === "ENOENT" || error.code === "ENOTDIR") return null;
    throw error;
  });
  if (!info) return null;
  if (info.isDirectory()) {
    throw new Error(
      `${absolutePath} is a directory; name the files in it, since mlgate compares files`
    );
  }
  const hash = nodeCrypto().createHash("sha256");
  let bytes = 0;
  for await (const chunk of createReadStream(absolutePath)) {
    bytes += chunk.length;
    hash.update(chunk);
  }
  return { kind: "file", sha256: hash.digest("hex"), bytes, modifiedMs: info.mtimeMs };
}

// src/io/git-changed-files.ts
var statuses = {
  A: "added",
  M: "modified",
  D: "deleted",
  T: "type-changed"
};
async function listChangedFiles(root, base, head = "HEAD") {
  await verifyRevision(root, base);
  await verifyRevision(root, head);
  const fields = nulFields(
    await runGit(root, [
      "diff",
      "--relative",
      "--no-renames",
      "--name-status",
      "-z",
      `${base}...${head}`
    ])
  );
  const changed = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    changed.push({ status: statuses[fields[i][0]] ?? "modified", path: fields[i + 1] });
  }
  return changed;
}

// src/io/git-file-digest.ts
async function gitFileDigest(root, revision, repoPath) {
  await verifyRevision(root, revision);
  const found = await tryGit(root, [
    "rev-parse",
    "--verify",
    "--quiet",
    `${revision}:./${repoPath}`
  ]);
  if (!("stdout" in found)) return null;
  const object = found.stdout.toString("utf8").trim();
  const type = (await runGit(root, ["cat-file", "-t", object])).toString("utf8").trim();
  if (type === "tree") return { kind: "directory", gitObject: object };
  if (type !== "blob") return null;
  const { sha256, bytes } = await streamHash(root, object);
  return { kind: "file", sha256, bytes, gitObject: object };
}
function streamHash(root, object) {
  return new Promise((resolve, reject) => {
    const hash = nodeCrypto().createHash("sha256");
    let bytes = 0;
    let stderr = "";
    const child = childProcess().spawn("git", ["cat-file", "blob", object], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"]
    });
    child.stdout.on("data", (chunk) => {
      bytes += chunk.length;
      hash.update(chunk);
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk.toString("utf8");
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve({ sha256: hash.digest("hex"), bytes });
      else reject(new GitError(`git cat-file blob ${object} failed: ${stderr.trim()}`));
    });
  });
}

// src/io/git-tracked-files.ts
async function listTrackedFiles(root, revision) {
  if (revision === void 0) return nulFields(await runGit(root, ["ls-files", "-z", "--cached"]));
  await verifyRevision(root, revision);
  return nulFields(await runGit(root, ["ls-tree", "-r", "-z", "--name-only", revision, "--", "."]));
}

// src/io/run-command.ts
const { createWriteStream, existsSync, statSync } = process.getBuiltinModule("node:fs");
const os = process.getBuiltinModule("node:os");
const path = process.getBuiltinModule("node:path");

// src/infra/command-environment.ts
var droppedNames = /* @__PURE__ */ new Set([
  "GITHUB_TOKEN",
  "GH_TOKEN",
  "GH_ENTERPRISE_TOKEN",
  "GITHUB_ENTERPRISE_TOKEN",
  "GITHUB_OUTPUT",
  "GITHUB_ENV",
  "GITHUB_PATH",
  "GITHUB_STATE",
  "GITHUB_STEP_SUMMARY"
]);
var droppedPrefixes = ["ACTIONS_", "INPUT_"];
function isDroppedVariable(name) {
  const upper = name.toUpperCase();
  return droppedNames.has(upper) || droppedPrefixes.some((prefix) => upper.startsWith(prefix));
}
function commandEnvironment(environment, extra = {}) {
  const result = {};
  for (const [name, value] of Object.entries({ ...environment, ...extra })) {
    if (value !== void 0 && !isDroppedVariable(name)) result[name] = value;
  }
  return result;
}

// src/infra/command-policy.ts
var privilegedEvents = ["pull_request_target", "workflow_run"];
var allowCommandsInputName = "allow-commands-on-privileged-events";
function commandPolicy(input) {
  if (!privilegedEvents.includes(input.eventName) || input.allowUntrustedCommands) {
    return { allowed: true };
  }
  return {
    allowed: false,
    reason: `commands from mlgate.yml are not run on \`${input.eventName}\` events: that job holds a write token and secrets, and the command is code from the pull request. Run mlgate in a \`pull_request\` workflow, or, if this workflow only runs trusted code, set the action input \`${allowCommandsInputName}: true\``
  };
}

// src/io/run-command.ts
var tailBytes = 64 * 1024;
var tailLines = 40;
var tailChars = 4e3;
async function runCommand(request, options) {
  const decision = commandPolicy({
    eventName: options.eventName,
    allowUntrustedCommands: options.allowUntrustedCommands
  });
  if (!decision.allowed) return { outcome: "refused", reason: decision.reason };
  const cwd = workingDirectory(options.root, request);
  const environment = options.environment ?? process.env;
  const logDirectory = options.logDirectory ?? path.join(environment.RUNNER_TEMP ?? os.tmpdir(), "mlgate-logs");
  await mkdir(logDirectory, { recursive: true });
  const logPath = path.join(
    logDirectory,
    `${request.key.replace(/[^A-Za-z0-9_.-]+/g, "-")}-${Date.now()}-${process.pid}.log`
  );
  const log = createWriteStream(logPath);
  log.on("error", () => {
  });
  const [file, args] = shellInvocation(request.command, environment);
  const started = performance.now();
  const child = childProcess().spawn(file, args, {
    cwd,
    env: commandEnvironment(environment, request.env),
    stdio: ["ignore", "pipe", "pipe"],
    detached: process.platform !== "win32",
    windowsHide: true
  });
  const tail = [];
  let tailSize = 0;
  let outputBytes = 0;
  const capture = (chunk) => {
    outputBytes += chunk.length;
    log.write(chunk);
    tail.push(chunk);
    tailSize += chunk.length;
    while (tailSize - (tail[0]?.length ?? 0) >= tailBytes) tailSize -= tail.shift().length;
  };
  child.stdout?.on("data", capture);
  child.stderr?.on("data", capture);
  let timedOut = false;
  let killTimer;
  const timeoutTimer = setTimeout(() => {
    timedOut = true;
    killGroup(child, "SIGTERM");
    killTimer = setTimeout(() => killGroup(child, "SIGKILL"), options.killGraceMs ?? 5e3);
  }, request.timeoutMs);
  const ended = await new Promise(
    (resolve, reject) => {
      let exit;
      child.on("error", (error) => {
        clearTimeout(timeoutTimer);
        reject(
          new Error(
            `${request.key}: could not start a shell (${file}) to run the command: ${error.message}`
          )
        );
      });
      child.on("exit", (code, signal) => {
        exit = { code, signal };
        killGroup(child, "SIGKILL");
        setTimeout(() => {
          child.stdout?.destroy();
          child.stderr?.destroy();
          resolve({ code, signal });
        }, 2e3).unref();
      });
      child.on("close", () => resolve(exit ?? { code: child.exitCode, signal: child.signalCode }));
    }
  ).finally(() => {
    clearTimeout(timeoutTimer);
    if (killTimer) clearTimeout(killTimer);
  });
  await new Promise((resolve) => log.end(resolve));
  return {
    outcome: "completed",
    exitCode: timedOut ? null : ended.code,
    signal: ended.signal,
    timedOut,
    durationMs: Math.round(performance.now() - started),
    outputBytes,
    logTail: lastLines(Buffer.concat(tail).toString("utf8")),
    logPath
  };
}
function workingDirectory(root, request) {
  const relative = request.workingDirectory ?? ".";
  const cwd = path.resolve(root, relative);
  if (cwd !== root && !cwd.startsWith(root + path.sep)) {
    throw new Error(
      `${request.key}: working directory "${relative}" is outside the repository; give a path inside it`
    );
  }
  if (!existsSync(cwd) || !statSync(cwd).isDirectory()) {
    throw new Error(
      `${request.key}: working directory "${relative}" does not exist; create it or fix the path`
    );
  }
  return cwd;
}
function shellInvocation(command, environment) {
  if (process.platform === "win32") {
    return [environment.ComSpec ?? "cmd.exe", ["/d", "/s", "/c", command]];
  }
  const searchPath = (environment.PATH ?? "/usr/bin:/bin").split(path.delimiter);
  const bash = searchPath.map((dir) => path.join(dir, "bash")).find((file) => existsSync(file));
  return bash ? [bash, ["--noprofile", "--norc", "-eo", "pipefail", "-c", command]] : ["sh", ["-e", "-c", command]];
}
function killGroup(child, signal) {
  if (child.pid === void 0) return;
  try {
    if (process.platform === "win32") {
      childProcess().spawn("taskkill", ["/pid", String(child.pid), "/T", "/F"], {
        stdio: "ignore"
      });
    } else {
      process.kill(-child.pid, signal);
    }
  } catch {
  }
}
function lastLines(text) {
  const lines = text.replace(/\s+$/, "").split(/\r?\n/);
  const kept = lines.slice(-tailLines).join("\n");
  return kept.length > tailChars ? `\u2026${kept.slice(-tailChars)}` : kept;
}

// src/io/workspace-copy.ts
const { constants } = process.getBuiltinModule("node:fs");
const os2 = process.getBuiltinModule("node:os");
const path2 = process.getBuiltinModule("node:path");
async function copyWorkspace(root, request, open, temporaryDirectory = process.env.RUNNER_TEMP ?? os2.tmpdir()) {
  const inputs = request.include.map((input) => {
    const absolute = path2.resolve(root, input);
    if (path2.isAbsolute(input) || absolute !== root && !absolute.startsWith(root + path2.sep)) {
      throw new Error(`${request.key}: input "${input}" is not a path inside the repository`);
    }
    return path2.relative(root, absolute);
  });
  const { files, source } = await filesToCopy(root);
  const target = await mkdtemp(path2.join(temporaryDirectory, "mlgate-run-"));
  try {
    let copied = 0;
    const batch = 32;
    for (let start = 0; start < files.length; start += batch) {
      const results = await Promise.all(
        files.slice(start, start + batch).map((file) => copyEntry(root, target, file))
      );
      copied += results.filter(Boolean).length;
    }
    for (const input of inputs) {
      if (!await copyEntry(root, target, input)) {
        throw new Error(
          `${request.key}: input "${input}" does not exist; produce it in an earlier step or fix the path`
        );
      }
    }
    const workspace = open(target);
    const extra = inputs.length > 0 ? ` plus ${inputs.join(", ")}` : "";
    return {
      ...workspace,
      description: `${copied} ${source}${extra}, copied to a temporary directory`,
      dispose: () => rm(target, { recursive: true, force: true })
    };
  } catch (error) {
    await rm(target, { recursive: true, force: true });
    throw error;
  }
}
async function filesToCopy(root) {
  try {
    const stdout = await runGit(root, [
      "ls-files",
      "-z",
      "--cached",
      "--others",
      "--exclude-standard"
    ]);
    return {
      files: [...new Set(nulFields(stdout))],
      source: "files git tracks or does not ignore"
    };
  } catch (error) {
    if (!(error instanceof GitError && /not a git repository/.test(error.message))) throw error;
    return {
      files: await walk(root, ""),
      source: "files (no git repository: all but node_modules)"
    };
  }
}
async function walk(root, relative) {
  const entries = await readdir(path2.join(root, relative), { withFileTypes: true });
  const files = [];
  for (const entry of entries) {
    if (entry.name === ".git" || entry.name === "node_modules") continue;
    const child = path2.join(relative, entry.name);
    if (entry.isDirectory()) files.push(...await walk(root, child));
    else files.push(child);
  }
  return files;
}
async function copyEntry(root, target, relative) {
  const from = path2.join(root, relative);
  const to = path2.join(target, relative);
  const info = await lstat(from).catch(() => null);
  if (!info) return false;
  await mkdir(path2.dirname(to), { recursive: true });
  if (info.isSymbolicLink()) {
    await symlink(await readlink(from), to);
  } else if (info.isDirectory()) {
    await cp(from, to, { recursive: true, verbatimSymlinks: true, force: true });
  } else {
    await copyFile(from, to, constants.COPYFILE_FICLONE);
  }
  return true;
}

// src/io/infra-capabilities.ts
function infraCapabilities(setup) {
  const { root, resolve, open } = setup;
  const repoPath = (relative, key) => path3.relative(root, resolve(relative, key)).split(path3.sep).join("/");
  const withKey = async (key, work) => {
    try {
      return await work();
    } catch (error) {
      const message = errorMessage(error);
      throw new Error(message.startsWith(`${key}:`) ? message : `${key}: ${message}`);
    }
  };
  return {
    cores: os3.availableParallelism(),
    runCommand: (request) => runCommand(request, { ...setup, root }),
    listTrackedFiles: (revision) => listTrackedFiles(root, revision),
    listChangedFiles: (base, head) => listChangedFiles(root, base, head),
    hashFile: (relative, key) => withKey(key, () => fileDigest(resolve(relative, key))),
    hashFileAtRevision: (revision, relative, key) => withKey(key, () => gitFileDigest(root, revision, repoPath(relative, key))),
    copyForRun: (request) => copyWorkspace(root, request, open)
  };
}

// src/formats/byte-source.ts
function bufferByteSource(bytes) {
  return {
    size: bytes.length,
    read: (target, offset, length, position) => position >= bytes.length ? 0 : bytes.copy(target, offset, position, Math.min(bytes.length, position + length)),
    close: () => {
    }
  };
}

// src/formats/scan-table-bytes.ts
function scanTableText(text, source, options = {}) {
  return scanTableBytes(Buffer.from(text), source, options);
}
function scanTableBytes(bytes, source, options = {}) {
  const settings = { ...tableScanSettings(source, options), threads: 1 };
  if (settings.format === "parquet") {
    throw new TableReadError(source, void 0, "Parquet is binary; scan it from a file");
  }
  const input = bufferByteSource(bytes);
  return settings.format === "jsonl" ? scanJsonl(input, settings) : scanCsv(input, settings);
}

// src/formats/parse-table-text.ts
var LISTED_BAD_ROWS = 5;
function parseTableText(text, source, options = {}) {
  return parseTableBytes(Buffer.from(text), source, options);
}
function parseTableBytes(bytes, source, options = {}) {
  const format = options.format ?? formatFromPath(source);
  if (format === "parquet") {
    throw new TableReadError(source, void 0, "Parquet is binary; read it from a file");
  }
  if (format === "jsonl") return jsonlTable(bufferByteSource(bytes), source, options);
  return tableFromCsvScan(scanTableBytes(bytes, source, csvTextScanOptions(options)), options);
}
function csvTextScanOptions(options) {
  return {
    format: "csv",
    ...options.delimiter === void 0 ? {} : { delimiter: options.delimiter },
    ...options.missingValues === void 0 ? {} : { missingValues: options.missingValues },
    columns: Object.fromEntries((options.columns ?? []).map((name) => [name, "category"])),
    otherColumns: options.columns ? "skip" : "category",
    badRowsKept: LISTED_BAD_ROWS,
    // A header without rows is a valid, empty Table: its user says what the file was for.
    allowNoRows: true
  };
}
function badRowsError(source, badRows, count) {
  const listed = badRows.map(
    (bad) => `row ${bad.row}${bad.line === void 0 ? "" : ` (line ${bad.line})`} ${bad.problem}`
  ).join("; ");
  const more = count > badRows.length ? `; and ${count - badRows.length} more` : "";
  return new TableReadError(
    source,
    badRows[0]?.line,
    `${count} row${count === 1 ? "" : "s"} cannot be read: ${listed}${more}`
  );
}
function tableFromCsvScan(scan, options) {
  if (scan.badRowCount > 0) throw badRowsError(scan.source, scan.badRows, scan.badRowCount);
  const names = options.columns ? [...options.columns] : [...scan.columnNames];
  const cache = /* @__PURE__ */ new Map();
  return {
    source: scan.source,
    format: "csv",
    columnNames: names,
    rowCount: scan.rowCount,
    column(name) {
      let cells = cache.get(name);
      if (!cells) {
        const column = scan.column(name);
        if (column?.kind !== "category") return void 0;
        const { codes, dictionary } = column;
        cells = Array.from(codes, (code) => code < 0 ? null : dictionary[code]);
        cache.set(name, cells);
      }
      return cells;
    },
    lineOf: (row) => scan.lineOf(row) ?? row + 2
  };
}
function jsonlTable(input, source, options) {
  const { names, columns, lines } = readJsonlCells(input, source, options);
  const wanted = options.columns ? [...options.columns] : names;
  for (const name of wanted) {
    if (!columns.has(name)) {
      throw new TableReadError(
        source,
        void 0,
        `no row has a key named "${name}"; the rows have: ${names.join(", ")}`
      );
    }
  }
  return {
    source,
    format: "jsonl",
    columnNames: wanted,
    rowCount: lines.length,
    column: (name) => wanted.includes(name) ? columns.get(name) : void 0,
    lineOf: (row) => lines[row] ?? 0
  };
}
function readJsonlCells(input, source, options) {
  const missing = new Set(options.missingValues ?? [""]);
  const names = [];
  const columns = /* @__PURE__ */ new Map();
  const lines = [];
  const badRows = [];
  let badCount = 0;
  forEachJsonlLine(input, source, {
    record(value, line) {
      const row = lines.length;
      for (const [key, raw] of Object.entries(value)) {
        let cells = columns.get(key);
        if (!cells) {
          cells = new Array(row).fill(null);
          columns.set(key, cells);
          names.push(key);
        }
        cells[row] = raw === null || typeof raw === "string" && missing.has(raw) ? null : typeof raw === "object" ? JSON.stringify(raw) : raw;
      }
      lines.push(line);
      for (const cells of columns.values()) if (cells.length === row) cells.push(null);
    },
    badLine(line, problem) {
      badCount++;
      if (badRows.length < LISTED_BAD_ROWS) {
        badRows.push({ row: lines.length + badCount, line, problem: `line ${problem}` });
      }
    }
  });
  if (badCount > 0) throw badRowsError(source, badRows, badCount);
  if (lines.length === 0) {
    throw new TableReadError(
      source,
      void 0,
      "the file is empty; it needs one JSON object per line"
    );
  }
  return { names, columns, lines };
}

// src/io/read-table-file.ts
async function readTableFile(absolutePath, source, options, scheduler) {
  const format = options.format ?? formatFromPath(source);
  try {
    if (format === "parquet") {
      const [{ openParquetFile }, { parquetTable }] = await Promise.all([
        import("./parquet-file-A6ZV2P5S.js"),
        import("./parquet-table-3QKECNFC.js")
      ]);
      return await parquetTable(await openParquetFile(absolutePath, source), source, options);
    }
    if (format === "jsonl") return readJsonlTable(absolutePath, source, options);
    const scan = await scanTableFile(absolutePath, source, csvTextScanOptions(options), scheduler);
    return tableFromCsvScan(scan, options);
  } catch (error) {
    throw asTableReadError(source, error);
  }
}
function readJsonlTable(absolutePath, source, options) {
  const input = openFileByteSource(absolutePath);
  try {
    return jsonlTable(input, source, options);
  } finally {
    input.close();
  }
}

// src/io/sql/query-sources-on-disk.ts
const os5 = process.getBuiltinModule("node:os");

// src/sql/connection-secrets.ts
function urlSecrets(url) {
  const secrets = /* @__PURE__ */ new Set([url]);
  const credentials = /^[a-z][a-z0-9+.-]*:\/\/([^@/?#]*)@/i.exec(url)?.[1];
  if (credentials) {
    secrets.add(credentials);
    const colon = credentials.indexOf(":");
    if (colon >= 0) {
      secrets.add(credentials.slice(colon + 1));
      secrets.add(Buffer.from(safeDecode(credentials)).toString("base64"));
    }
  }
  for (const [, value] of url.matchAll(
    /[?&][^=&#]*(?:token|password|secret|key)[^=&#]*=([^&#]*)/gi
  ))
    secrets.add(value);
  return spellings([...secrets]);
}
function spellings(secrets) {
  const all = /* @__PURE__ */ new Set();
  for (const secret of secrets) {
    all.add(secret);
    all.add(encodeURIComponent(secret));
    const decoded = safeDecode(secret);
    all.add(decoded);
    all.add(encodeURIComponent(decoded));
  }
  return [...all].filter((secret) => secret.length >= 4).sort((a, b) => b.length - a.length);
}
function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

// src/io/sql/connection-url.ts
function parseConnectionUrl(url, expectedScheme) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(
      `the connection URL does not parse as a URL; write it as ${expectedScheme}://\u2026 (percent-encode @, / and : inside a password)`
    );
  }
  const scheme = parsed.protocol.replace(/:$/, "");
  if (scheme !== expectedScheme) {
    throw new Error(
      `the connection URL starts with ${scheme}:// but the source's engine needs ${expectedScheme}://`
    );
  }
  return {
    scheme,
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    host: parsed.hostname,
    port: parsed.port,
    path: parsed.pathname.split("/").filter(Boolean).map((segment) => decodeURIComponent(segment)),
    params: parsed.searchParams
  };
}
function statementTimeoutMs(url) {
  const seconds = Number(url.params.get("timeout_s") ?? 600);
  if (!(seconds > 0)) throw new Error("timeout_s in the connection URL is a number of seconds > 0");
  return seconds * 1e3;
}

// src/io/sql/http-json.ts
async function exchangeJson(fetch, url, init) {
  const response = await fetch(url, { ...init, redirect: "error" });
  const text = await response.text();
  try {
    return { status: response.status, body: text ? JSON.parse(text) : void 0, text: "" };
  } catch {
    return { status: response.status, body: void 0, text: text.slice(0, 300) };
  }
}
var ServiceError = class extends Error {
  name = "ServiceError";
};
function unexpectedAnswer(what, answer) {
  const body = answer.text || JSON.stringify(answer.body ?? "").slice(0, 300);
  return new ServiceError(`${what} answered HTTP ${answer.status}: ${body}`);
}
function pollDelay(attempt) {
  const ms = Math.min(100 * 2 ** attempt, 2e3);
  return new Promise((resolve) => setTimeout(resolve, ms));
}
function checkDeadline(started, limitMs, what) {
  if (performance.now() - started > limitMs) {
    throw new ServiceError(
      `${what} did not finish within ${Math.round(limitMs / 1e3)} s; raise timeout_s in the connection URL or make the source smaller`
    );
  }
}

// src/io/sql/plain-cell.ts
function safeInteger(value) {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(value) : value.toString();
}
var special = {
  nan: Number.NaN,
  infinity: Number.POSITIVE_INFINITY,
  "+infinity": Number.POSITIVE_INFINITY,
  inf: Number.POSITIVE_INFINITY,
  "-infinity": Number.NEGATIVE_INFINITY,
  "-inf": Number.NEGATIVE_INFINITY
};
function numberFromText(text) {
  return special[text.toLowerCase()] ?? Number(text);
}
function dateFromText(text) {
  return Date.parse(`${text.slice(0, 10)}T00:00:00Z`);
}
function timestampFromText(text) {
  const match = /^(\d{4,}-\d\d-\d\d)[ T](\d\d:\d\d(?::\d\d)?)(?:\.(\d+))?\s*(.*)$/.exec(
    text.trim()
  );
  if (!match) return Date.parse(text);
  const [, date, time, fraction = "", zone = ""] = match;
  const millis = fraction.padEnd(3, "0").slice(0, 3);
  return Date.parse(`${date}T${time}.${millis}${offsetOf(zone)}`);
}
function offsetOf(zone) {
  if (zone === "" || zone === "Z" || zone === "UTC") return "Z";
  const match = /^([+-])(\d\d):?(\d\d)?$/.exec(zone);
  return match ? `${match[1]}${match[2]}:${match[3] ?? "00"}` : zone;
}
function plainCell(type, raw) {
  if (raw === null || raw === void 0) return null;
  if (typeof raw === "string") return cellFromText(type, raw);
  if (typeof raw === "number" || typeof raw === "boolean") return raw;
  return JSON.stringify(raw);
}
function cellFromText(type, text) {
  switch (type) {
    case "integer":
      return /^[+-]?\d+$/.test(text) ? safeInteger(BigInt(text)) : numberFromText(text);
    case "number":
      return numberFromText(text);
    case "boolean":
      return text === "t" || text.toLowerCase() === "true";
    case "date":
      return dateFromText(text);
    case "datetime":
      return timestampFromText(text);
    default:
      return text;
  }
}

// src/io/sql/warehouse-options.ts
function bearerToken(url, form) {
  if (!url.password) {
    throw new Error(
      `the connection URL has no token; put it in the password part: ${form} (percent-encode / @ : in it)`
    );
  }
  return url.password;
}

// src/io/sql/bigquery-connection.ts
var api = "https://bigquery.googleapis.com/bigquery/v2";
async function openBigQuery(url, options) {
  const parsed = parseConnectionUrl(url, "bigquery");
  const project = parsed.host;
  if (!project)
    throw new Error("the URL names no project: bigquery://:TOKEN@<project>?location=US");
  const token = bearerToken(parsed, "bigquery://:TOKEN@<project>");
  const location = parsed.params.get("location") ?? void 0;
  const timeoutMs = statementTimeoutMs(parsed);
  const send = async (method, path6, body) => answerOf(
    await exchangeJson(options.fetch, `${api}/projects/${encodeURIComponent(project)}${path6}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: body && JSON.stringify(body)
    })
  );
  return {
    dialect: sqlDialect("bigquery"),
    async query(sql) {
      const started = performance.now();
      let page = await send("POST", "/queries", {
        query: sql,
        useLegacySql: false,
        location,
        timeoutMs: 1e4,
        formatOptions: { useInt64Timestamp: true }
      });
      const results = (pageToken) => {
        const search = new URLSearchParams({
          timeoutMs: "10000",
          "formatOptions.useInt64Timestamp": "true"
        });
        const job = page.jobReference;
        if (!job) throw new ServiceError("BigQuery answered without a jobReference");
        if (job.location) search.set("location", job.location);
        if (pageToken) search.set("pageToken", pageToken);
        return send("GET", `/queries/${encodeURIComponent(job.jobId)}?${search}`);
      };
      while (!page.jobComplete) {
        checkDeadline(started, timeoutMs, "the BigQuery job");
        page = await results();
      }
      const columns = (page.schema?.fields ?? []).map(columnOf);
      const rows = [];
      for (; ; ) {
        for (const row of page.rows ?? [])
          rows.push(row.f.map((cell, i) => cellOf(columns[i], cell.v)));
        if (!page.pageToken) break;
        page = await results(page.pageToken);
      }
      return { columns: columns.map(({ name, type }) => ({ name, type })), rows };
    },
    close: async () => {
    }
  };
}
function answerOf(answer) {
  const body = answer.body;
  if (answer.status === 200 && body) return body;
  if (body?.error?.message)
    throw new ServiceError(
      `BigQuery: ${body.error.message} (${body.error.status ?? answer.status})`
    );
  throw unexpectedAnswer("BigQuery", answer);
}
var typeOf = {
  INTEGER: "integer",
  INT64: "integer",
  FLOAT: "number",
  FLOAT64: "number",
  NUMERIC: "number",
  BIGNUMERIC: "number",
  BOOLEAN: "boolean",
  BOOL: "boolean",
  DATE: "date",
  DATETIME: "datetime",
  TIMESTAMP: "datetime",
  STRING: "text"
};
function columnOf(field) {
  const repeated = field.mode === "REPEATED";
  return {
    name: field.name,
    type: repeated ? "other" : typeOf[field.type] ?? "other",
    source: repeated ? "REPEATED" : field.type
  };
}
function cellOf(column, raw) {
  if (column.source === "TIMESTAMP" && typeof raw === "string") return Number(BigInt(raw) / 1000n);
  return plainCell(column.type, raw);
}

// src/io/sql/databricks-connection.ts
async function openDatabricks(url, options) {
  const parsed = parseConnectionUrl(url, "databricks");
  const token = bearerToken(parsed, "databricks://token:<PAT>@<host>/<warehouse id>");
  const warehouseId = parsed.path[0];
  if (!warehouseId)
    throw new Error(
      "the URL names no SQL warehouse: databricks://token:<PAT>@<host>/<warehouse id>"
    );
  const timeoutMs = statementTimeoutMs(parsed);
  const origin = `https://${parsed.host}${parsed.port ? `:${parsed.port}` : ""}`;
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const send = async (method, path6, body) => answerOf2(
    await exchangeJson(options.fetch, `${origin}${path6}`, {
      method,
      headers,
      body: body && JSON.stringify(body)
    })
  );
  return {
    dialect: sqlDialect("databricks"),
    async query(sql) {
      const started = performance.now();
      let statement = await send("POST", "/api/2.0/sql/statements/", {
        statement: sql,
        warehouse_id: warehouseId,
        catalog: parsed.params.get("catalog") ?? void 0,
        schema: parsed.params.get("schema") ?? void 0,
        disposition: "INLINE",
        format: "JSON_ARRAY",
        wait_timeout: "30s",
        on_wait_timeout: "CONTINUE"
      });
      for (let attempt = 0; ["PENDING", "RUNNING"].includes(statement.status.state); attempt++) {
        checkDeadline(started, timeoutMs, "the Databricks statement");
        await pollDelay(attempt);
        statement = await send("GET", `/api/2.0/sql/statements/${statement.statement_id}`);
      }
      const succeeded = finished(statement);
      const columns = (succeeded.manifest?.schema?.columns ?? []).map((column) => ({
        name: column.name,
        type: typeOf2[column.type_name] ?? "other"
      }));
      const rows = [];
      let chunk = succeeded.result;
      while (chunk) {
        for (const row of chunk.data_array ?? [])
          rows.push(row.map((cell, i) => plainCell(columns[i].type, cell)));
        const link = chunk.next_chunk_internal_link;
        chunk = link ? await send("GET", link) : void 0;
      }
      return { columns, rows };
    },
    close: async () => {
    }
  };
}
function answerOf2(answer) {
  const body = answer.body;
  if (answer.status === 200 && body) return body;
  if (body?.message)
    throw new ServiceError(
      `Databricks: ${body.message} (${body.error_code ?? `HTTP ${answer.status}`})`
    );
  throw unexpectedAnswer("Databricks", answer);
}
function finished(statement) {
  const { state, error } = statement.status;
  if (state !== "SUCCEEDED")
    throw new ServiceError(
      `Databricks: the statement ${state}: ${error?.message ?? "no message"} (${error?.error_code ?? state})`
    );
  if (statement.manifest?.truncated)
    throw new ServiceError("Databricks: the result was cut at the INLINE limit (25 MiB)");
  return statement;
}
var typeOf2 = {
  BYTE: "integer",
  SHORT: "integer",
  INT: "integer",
  LONG: "integer",
  FLOAT: "number",
  DOUBLE: "number",
  DECIMAL: "number",
  BOOLEAN: "boolean",
  DATE: "date",
  TIMESTAMP: "datetime",
  TIMESTAMP_NTZ: "datetime",
  STRING: "text",
  CHAR: "text"
};

// src/io/sql/duckdb-connection.ts
const { tmpdir } = process.getBuiltinModule("node:os");
const { join } = process.getBuiltinModule("node:path");
async function openDuckDb(module, path6 = ":memory:", environment = process.env) {
  const instance = await module.DuckDBInstance.create(path6, {
    memory_limit: environment.MLGATE_DUCKDB_MEMORY_LIMIT || "512MB",
    temp_directory: join(tmpdir(), `mlgate-duckdb-${process.pid}`)
  });
  const connection = await instance.connect();
  const dialect = sqlDialect("duckdb");
  return {
    dialect,
    query: (sql) => runQuery(module, connection, sql),
    async close() {
      connection.closeSync();
      instance.closeSync();
    }
  };
}
async function runQuery(module, connection, sql) {
  const reader = await connection.runAndReadAll(sql);
  const typeIds = reader.columnTypes().map((type) => type.typeId);
  const columns = reader.columnNames().map((name, index) => ({
    name,
    type: columnType(module, typeIds[index])
  }));
  const rows = reader.getRows().map((row) => row.map((value) => plainValue(module, value)));
  return { columns, rows };
}
function columnType(module, typeId) {
  const id = module.DuckDBTypeId;
  switch (typeId) {
    case id.TINYINT:
    case id.SMALLINT:
    case id.INTEGER:
    case id.BIGINT:
    case id.UTINYINT:
    case id.USMALLINT:
    case id.UINTEGER:
    case id.UBIGINT:
    case id.HUGEINT:
    case id.UHUGEINT:
      return "integer";
    case id.FLOAT:
    case id.DOUBLE:
    case id.DECIMAL:
      return "number";
    case id.BOOLEAN:
      return "boolean";
    case id.DATE:
      return "date";
    case id.TIMESTAMP:
    case id.TIMESTAMP_S:
    case id.TIMESTAMP_MS:
    case id.TIMESTAMP_NS:
    case id.TIMESTAMP_TZ:
      return "datetime";
    case id.VARCHAR:
    case id.ENUM:
    case id.UUID:
      return "text";
    default:
      return "other";
  }
}
var msPerDay = 864e5;
function plainValue(module, value) {
  if (value === null || typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (typeof value === "bigint") return safeInteger(value);
  if (value instanceof module.DuckDBDecimalValue) return value.toDouble();
  if (value instanceof module.DuckDBDateValue) return value.days * msPerDay;
  if (value instanceof module.DuckDBTimestampValue || value instanceof module.DuckDBTimestampTZValue)
    return Number(value.micros / 1000n);
  if (value instanceof module.DuckDBTimestampMillisecondsValue) return Number(value.millis);
  if (value instanceof module.DuckDBTimestampSecondsValue) return Number(value.seconds) * 1e3;
  if (value instanceof module.DuckDBTimestampNanosecondsValue)
    return Number(value.nanos / 1000000n);
  const nested = nestedValue(module, value);
  return nested === void 0 ? String(value) : JSON.stringify(nested);
}
function nestedValue(module, value) {
  const inner = (item) => nestedValue(module, item) ?? plainValue(module, item);
  if (value instanceof module.DuckDBListValue || value instanceof module.DuckDBArrayValue)
    return value.items.map(inner);
  if (value instanceof module.DuckDBStructValue)
    return Object.fromEntries(Object.entries(value.entries).map(([k, v]) => [k, inner(v)]));
  if (value instanceof module.DuckDBMapValue)
    return value.entries.map((entry) => [inner(entry.key), inner(entry.value)]);
  return void 0;
}

// src/io/sql/load-duckdb.ts
const { existsSync: existsSync2 } = process.getBuiltinModule("node:fs");
const { createRequire } = process.getBuiltinModule("node:module");
const os4 = process.getBuiltinModule("node:os");
const path4 = process.getBuiltinModule("node:path");
const { pathToFileURL } = process.getBuiltinModule("node:url");
var duckDbVersion = "1.5.6-r.1";
var duckDbPackage = "@duckdb/node-api";
function duckDbCacheDirectory(environment) {
  const cache = environment.RUNNER_TOOL_CACHE ?? path4.join(environment.XDG_CACHE_HOME ?? path4.join(os4.homedir(), ".cache"));
  return path4.join(cache, "mlgate", "duckdb", duckDbVersion, `${process.platform}-${process.arch}`);
}
function duckDbInstallCommand(directory) {
  const npmArgs = [
    "install",
    "--prefix",
    directory,
    "--no-save",
    "--no-audit",
    "--no-fund",
    "--no-package-lock",
    `${duckDbPackage}@${duckDbVersion}`
  ];
  const bundledNpm = path4.join(
    path4.dirname(process.execPath),
    "..",
    "lib",
    "node_modules",
    "npm",
    "bin",
    "npm-cli.js"
  );
  return existsSync2(bundledNpm) ? { file: process.execPath, args: [bundledNpm, ...npmArgs] } : { file: "npm", args: npmArgs };
}
async function loadDuckDb(options = {}) {
  const importInstalled = options.importInstalled ?? (() => import("@duckdb/node-api"));
  try {
    return await importInstalled();
  } catch (error) {
    if (error.code !== "ERR_MODULE_NOT_FOUND") throw error;
  }
  const directory = duckDbCacheDirectory(options.environment ?? process.env);
  if (!existsSync2(installedManifest(directory))) {
    await installInto(directory, options.install ?? runInstall);
  }
  return (options.importFrom ?? importFromDirectory)(directory);
}
function installedManifest(directory) {
  return path4.join(directory, "node_modules", ...duckDbPackage.split("/"), "package.json");
}
async function installInto(directory, install) {
  const partial = `${directory}.partial-${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  try {
    await install(duckDbInstallCommand(partial));
    if (!existsSync2(installedManifest(partial)))
      throw new Error(`npm finished but ${duckDbPackage} is not in ${partial}`);
    await rename(partial, directory).catch((error) => {
      if (!existsSync2(installedManifest(directory))) throw error;
    });
  } catch (error) {
    throw new Error(
      `DuckDB (${duckDbPackage}@${duckDbVersion}) is not installed and installing it with npm failed: ${errorMessage(error)}; check that the runner reaches registry.npmjs.org, or install it beforehand: npm install --prefix ${directory} ${duckDbPackage}@${duckDbVersion}`
    );
  } finally {
    await rm(partial, { recursive: true, force: true });
  }
}
async function importFromDirectory(directory) {
  const entry = createRequire(path4.join(directory, "package.json")).resolve(duckDbPackage);
  return import(pathToFileURL(entry).href);
}
var installTimeoutMs = 5 * 60 * 1e3;
function runInstall(command) {
  return new Promise((resolve, reject) => {
    childProcess().execFile(
      command.file,
      command.args,
      { timeout: installTimeoutMs, maxBuffer: 16 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (!error) return resolve();
        const tail = String(stderr).trim().split("\n").slice(-10).join("\n");
        reject(
          new Error(`${command.file} ${command.args.join(" ")} failed: ${tail || error.message}`)
        );
      }
    );
  });
}

// src/io/sql/postgres-connection.ts
var oid = {
  bool: 16,
  int8: 20,
  int2: 21,
  int4: 23,
  oid: 26,
  float4: 700,
  float8: 701,
  numeric: 1700,
  date: 1082,
  timestamp: 1114,
  timestamptz: 1184,
  text: 25,
  varchar: 1043,
  bpchar: 1042,
  name: 19,
  char: 18
};
var typeOf3 = /* @__PURE__ */ new Map([
  [oid.bool, "boolean"],
  [oid.int2, "integer"],
  [oid.int4, "integer"],
  [oid.int8, "integer"],
  [oid.oid, "integer"],
  [oid.float4, "number"],
  [oid.float8, "number"],
  [oid.numeric, "number"],
  [oid.date, "date"],
  [oid.timestamp, "datetime"],
  [oid.timestamptz, "datetime"],
  [oid.text, "text"],
  [oid.varchar, "text"],
  [oid.bpchar, "text"],
  [oid.name, "text"],
  [oid.char, "text"]
]);
function parseCell(type, text) {
  return cellFromText(typeOf3.get(type) ?? "other", text);
}
async function openPostgres(module, url) {
  const client = new module.default.Client({
    connectionString: url,
    types: { getTypeParser: (type) => (text) => parseCell(type, text) }
  });
  client.on("error", () => {
  });
  await client.connect();
  return {
    dialect: sqlDialect("postgres"),
    async query(sql) {
      const result = await client.query({ text: sql, rowMode: "array" });
      return {
        columns: result.fields.map((field) => ({
          name: field.name,
          type: typeOf3.get(field.dataTypeID) ?? "other"
        })),
        rows: result.rows
      };
    },
    close: () => client.end()
  };
}

// src/io/sql/snowflake-connection.ts
async function openSnowflake(url, options) {
  const parsed = parseConnectionUrl(url, "snowflake");
  const token = bearerToken(
    parsed,
    "snowflake://:TOKEN@<account>.snowflakecomputing.com/<db>/<schema>"
  );
  const [database, schema] = parsed.path;
  const timeoutMs = statementTimeoutMs(parsed);
  const base = `https://${parsed.host}${parsed.port ? `:${parsed.port}` : ""}/api/v2/statements`;
  const headers = {
    authorization: `Bearer ${token}`,
    "x-snowflake-authorization-token-type": parsed.params.get("token_type") ?? "OAUTH",
    "content-type": "application/json",
    accept: "application/json",
    "user-agent": "mlgate"
  };
  const get = async (path6) => exchangeJson(options.fetch, `${base}${path6}`, { method: "GET", headers });
  return {
    dialect: sqlDialect("snowflake"),
    async query(sql) {
      const started = performance.now();
      let answer = await exchangeJson(options.fetch, base, {
        method: "POST",
        headers,
        body: JSON.stringify({
          statement: sql,
          timeout: Math.ceil(timeoutMs / 1e3),
          database,
          schema,
          warehouse: parsed.params.get("warehouse") ?? void 0,
          role: parsed.params.get("role") ?? void 0
        })
      });
      for (let attempt = 0; answer.status === 202; attempt++) {
        checkDeadline(started, timeoutMs, "the Snowflake statement");
        await pollDelay(attempt);
        answer = await get(`/${encodeURIComponent(handleOf(answer))}`);
      }
      const first = resultOf(answer);
      const columns = (first.resultSetMetaData?.rowType ?? []).map(columnOf2);
      const rows = (first.data ?? []).map((row) => rowOf(columns, row));
      const partitions = first.resultSetMetaData?.partitionInfo?.length ?? 1;
      for (let partition = 1; partition < partitions; partition++) {
        const handle = encodeURIComponent(first.statementHandle ?? "");
        const next2 = resultOf(await get(`/${handle}?partition=${partition}`));
        for (const row of next2.data ?? []) rows.push(rowOf(columns, row));
      }
      return { columns: columns.map(({ name, type }) => ({ name, type })), rows };
    },
    close: async () => {
    }
  };
}
function handleOf(answer) {
  const handle = answer.body?.statementHandle;
  if (!handle) throw unexpectedAnswer("Snowflake", answer);
  return handle;
}
function resultOf(answer) {
  const body = answer.body;
  if (answer.status === 200 && body) return body;
  if (body?.message)
    throw new ServiceError(`Snowflake: ${body.message} (code ${body.code}, HTTP ${answer.status})`);
  throw unexpectedAnswer("Snowflake", answer);
}
function columnOf2(row) {
  const source = row.type.toLowerCase();
  return { name: row.name, type: typeOf4(source, row.scale ?? 0), source };
}
function typeOf4(source, scale) {
  if (source === "fixed") return scale === 0 ? "integer" : "number";
  if (source === "real") return "number";
  if (source === "boolean") return "boolean";
  if (source === "date") return "date";
  if (source.startsWith("timestamp")) return "datetime";
  if (source === "text") return "text";
  return "other";
}
var msPerDay2 = 864e5;
function rowOf(columns, row) {
  return row.map((raw, i) => {
    const column = columns[i];
    if (typeof raw !== "string") return plainCell(column.type, raw);
    if (column.source === "date") return Number(raw) * msPerDay2;
    if (column.type === "datetime") return epochMillis(raw.split(" ")[0]);
    return plainCell(column.type, raw);
  });
}
function epochMillis(seconds) {
  const [whole = "0", fraction = ""] = seconds.split(".");
  const millis = Number(fraction.padEnd(3, "0").slice(0, 3));
  return Number(whole) * 1e3 + (whole.startsWith("-") ? -millis : millis);
}

// src/io/sql/trino-connection.ts
async function openTrino(url, options) {
  const parsed = parseConnectionUrl(url, "trino");
  const ssl = parsed.params.get("ssl") !== "false";
  if (!parsed.user)
    throw new Error("the URL names no user: trino://user[:password]@host:port/catalog/schema");
  if (parsed.password && !ssl)
    throw new Error("Trino takes a password only over HTTPS; remove ssl=false or the password");
  const origin = `${ssl ? "https" : "http"}://${parsed.host}${parsed.port ? `:${parsed.port}` : ""}`;
  const headers = trinoHeaders(parsed);
  const timeoutMs = statementTimeoutMs(parsed);
  return {
    dialect: sqlDialect("trino"),
    async query(sql) {
      const started = performance.now();
      let page = resultsOf(
        await exchangeJson(options.fetch, `${origin}/v1/statement`, {
          method: "POST",
          headers,
          body: sql
        })
      );
      let columns = [];
      const rows = [];
      for (let attempt = 0; ; ) {
        if (page.error) throw trinoError(page.error);
        if (page.columns && columns.length === 0)
          columns = page.columns.map((column) => ({
            name: column.name,
            type: typeOf5(column.type.toLowerCase())
          }));
        for (const row of page.data ?? [])
          rows.push(row.map((cell, i) => plainCell(columns[i].type, cell)));
        if (!page.nextUri) break;
        checkDeadline(started, timeoutMs, "the Trino query");
        if (!page.data?.length) await pollDelay(attempt++);
        page = await next(options, page.nextUri, headers);
      }
      return { columns, rows };
    },
    close: async () => {
    }
  };
}
function trinoHeaders(url) {
  const [catalog, schema] = url.path;
  const headers = {
    "x-trino-user": url.user,
    "x-trino-source": "mlgate",
    "content-type": "text/plain"
  };
  if (catalog) headers["x-trino-catalog"] = catalog;
  if (schema) headers["x-trino-schema"] = schema;
  if (url.password)
    headers.authorization = `Basic ${Buffer.from(`${url.user}:${url.password}`).toString("base64")}`;
  return headers;
}
async function next(options, nextUri, headers) {
  for (let attempt = 0; ; attempt++) {
    const answer = await exchangeJson(options.fetch, nextUri, { method: "GET", headers });
    if (![502, 503, 504].includes(answer.status) || attempt >= 5) return resultsOf(answer);
    await pollDelay(attempt);
  }
}
function resultsOf(answer) {
  const body = answer.body;
  if (answer.status === 200 && body) return body;
  throw unexpectedAnswer("Trino", answer);
}
function trinoError(error) {
  const kind = [error.errorName, error.errorType].filter(Boolean).join(", ") || "FAILED";
  return new ServiceError(`Trino: ${error.message ?? "the query failed"} (${kind})`);
}
function typeOf5(type) {
  const base = type.replace(/\(.*$/, "");
  if (["tinyint", "smallint", "integer", "bigint"].includes(base)) return "integer";
  if (["real", "double", "decimal"].includes(base)) return "number";
  if (base === "boolean") return "boolean";
  if (base === "date") return "date";
  if (base === "timestamp") return "datetime";
  if (base === "varchar" || base === "char") return "text";
  return "other";
}

// src/io/sql/open-engine.ts
var defaultEngineClients = {
  loadDuckDb: () => loadDuckDb(),
  loadPg: () => import("./esm-WCRGUQYA.js"),
  fetch: (input, init) => globalThis.fetch(input, init)
};
async function openEngine(engine, url, clients) {
  if (engine === "duckdb") return openDuckDb(await clients.loadDuckDb(), url);
  if (url === void 0) throw new Error(`${engine} needs a connection URL`);
  const http = { fetch: clients.fetch };
  switch (engine) {
    case "postgres":
      return openPostgres(await clients.loadPg(), url);
    case "bigquery":
      return openBigQuery(url, http);
    case "snowflake":
      return openSnowflake(url, http);
    case "databricks":
      return openDatabricks(url, http);
    case "trino":
      return openTrino(url, http);
  }
}

// src/io/sql/redact-secrets.ts
function redact(text, secrets) {
  let result = text;
  for (const secret of secrets) result = result.replaceAll(secret, "***");
  return result;
}
var SqlSourceError = class extends Error {
  name = "SqlSourceError";
};
function redactedError(error, secrets, context) {
  const message = errorMessage(error);
  const code = error?.code;
  const detail = typeof code === "string" && !message.includes(code) ? `${message} (${code})` : message;
  return new SqlSourceError(
    redact(`${context.key}: ${context.engine}: ${detail.trim()}; ${context.fix}`, secrets)
  );
}
async function withRedaction(work, secrets, context) {
  try {
    return await work();
  } catch (error) {
    throw redactedError(error, secrets, context);
  }
}

// src/io/sql/query-sources-on-disk.ts
function querySourcesOnDisk(options) {
  const pool = options.pool ?? sqlConnectionPool();
  const clients = { ...defaultEngineClients, ...options.clients };
  const staged = stagedTextFiles();
  return {
    async openQuerySource(source, key) {
      const url = connectionUrl(source, key, options);
      const secrets = url === void 0 ? [] : urlSecrets(url);
      const engineId = `${source.engine}:${referenceName(source.connection)}`;
      const opened = await pool.connection(
        engineId,
        () => withRedaction(
          () => openEngine(source.engine, engineUrl(source, key, url, options), clients),
          secrets,
          {
            key,
            engine: `${source.engine} (${describe(source.connection)})`,
            fix: `check ${settingsOf[source.engine]}`
          }
        )
      );
      const connection = redacting(opened, secrets, key);
      return {
        connection,
        relation: await staged(connection, engineId, relationOf(opened, source, key, options)),
        label: sourceLabel(source),
        engineId
      };
    },
    async largeFileSource(path6, key) {
      if (!namesDataFile({ engine: "duckdb", table: path6 })) return void 0;
      const size = await stat(options.resolve(path6, key)).then(
        (stats) => stats.size,
        () => 0
      );
      return size > (options.memoryBytes ?? os5.totalmem()) / 4 ? { engine: "duckdb", table: path6 } : void 0;
    },
    dispose: () => pool.close()
  };
}
var settingsOf = {
  duckdb: "the database file in the connection, the data file or table under `table`, and the installation of @duckdb/node-api",
  postgres: "host, port, database, user and password in postgres://user:password@host:5432/database?sslmode=require, and that the runner reaches the server",
  bigquery: "the project and location in bigquery://:TOKEN@project?location=US, and that the access token is fresh (google-github-actions/auth, token_format: access_token)",
  snowflake: "the account host, database, schema, warehouse and role in snowflake://:TOKEN@account.snowflakecomputing.com/database/schema?warehouse=\u2026&role=\u2026, and the token and token_type",
  databricks: "the workspace host, SQL warehouse id and personal access token in databricks://token:PAT@host/warehouse-id",
  trino: "host, port, user, password, catalog and schema in trino://user:password@host:443/catalog/schema"
};
function referenceName(reference) {
  if (reference === void 0) return "memory";
  return "env" in reference ? `env:${reference.env}` : `input:${reference.input}`;
}
function describe(reference) {
  if (reference === void 0) return "in memory";
  return "env" in reference ? `connection from environment variable ${reference.env}` : `connection from the connections input line ${reference.input}`;
}
function connectionUrl(source, key, options) {
  const reference = source.connection;
  if (reference === void 0) {
    if (source.engine === "duckdb") return void 0;
    throw new SqlSourceError(
      `${key}: engine ${source.engine} needs a connection: add \`connection: {env: MLGATE_${source.engine.toUpperCase()}_URL}\` and set that variable from a secret on the mlgate step`
    );
  }
  if ("env" in reference) {
    const value2 = (options.environment ?? process.env)[reference.env];
    if (value2) return value2;
    throw new SqlSourceError(
      `${key}.connection: the environment variable ${reference.env} is not set or empty; set it on the mlgate step, e.g. \`env: ${reference.env}: \${{ secrets.${reference.env} }}\``
    );
  }
  const value = options.connections && Object.hasOwn(options.connections, reference.input) ? options.connections[reference.input] : void 0;
  if (value) return value;
  throw new SqlSourceError(
    `${key}.connection: the \`connections\` input has no line ${reference.input}=\u2026; add \`${reference.input}=\${{ secrets.${reference.input} }}\` to the connections input of the mlgate step`
  );
}
function engineUrl(source, key, url, options) {
  if (source.engine !== "duckdb" || url === void 0) return url;
  const file = url.replace(/^duckdb:(\/\/)?/i, "");
  if (/^md:/i.test(file))
    throw new Error(
      "MotherDuck (md:) is not supported; give a database file path, or no connection for an in-memory database"
    );
  return file.startsWith("/") ? file : options.resolve(file, `${key}.connection`);
}
function relationOf(connection, source, key, options) {
  if (!("table" in source) || !namesDataFile(source))
    return sourceRelation(connection.dialect, source);
  const location = isRemoteFile(source.table) ? source.table : options.resolve(source.table, `${key}.table`);
  return sourceRelation(connection.dialect, source, location);
}
function stagedTextFiles() {
  const tables = /* @__PURE__ */ new Map();
  return (connection, engineId, relation) => {
    if (!/^read_(csv|json_auto)\(/.test(relation)) return Promise.resolve(relation);
    const id = `${engineId}|${relation}`;
    let table = tables.get(id);
    if (!table) {
      const name = `mlgate_file_${nodeCrypto().createHash("sha256").update(relation).digest("hex").slice(0, 16)}`;
      table = connection.query(`CREATE TEMP TABLE IF NOT EXISTS ${name} AS SELECT * FROM ${relation}`).then(() => name);
      tables.set(id, table);
      table.catch(() => tables.delete(id));
    }
    return table;
  };
}
function redacting(connection, secrets, key) {
  const engine = connection.dialect.engine;
  return {
    dialect: connection.dialect,
    async query(sql) {
      try {
        return await connection.query(sql);
      } catch (error) {
        throw redactedError(error, secrets, {
          key,
          engine,
          fix: `check the table or query under ${key} and ${settingsOf[engine]}`
        });
      }
    }
  };
}

// src/io/node-workspace.ts
var WorkspacePathError = class extends Error {
  name = "WorkspacePathError";
};
function nodeWorkspace(rootDirectory, commands = { eventName: "local", allowUntrustedCommands: false }, scans = new FileScanScheduler(), sql = {}) {
  const root = realpathSync(path5.resolve(rootDirectory));
  const { resolve, repoPath, real, refuseOutside } = rootedPaths(root);
  const shared = { ...sql, pool: sql.pool ?? sqlConnectionPool() };
  const { openQuerySource, largeFileSource } = querySourcesOnDisk({ ...shared, resolve });
  return {
    ...infraCapabilities({
      ...commands,
      root,
      resolve,
      open: (copyRoot) => nodeWorkspace(copyRoot, commands, scans, shared)
    }),
    root,
    resolve,
    // The reads' rule: a link leading outside is refused (thrown), so no caller counts it as there.
    async exists(relative, key) {
      const target = await realpath(resolve(relative, key)).catch(() => void 0);
      if (target === void 0) return false;
      refuseOutside(relative, key, target);
      return true;
    },
    async readText(relative, key) {
      return readFile(real(relative, key), "utf8");
    },
    async readTable(relative, key, options) {
      return readTableFile(real(relative, key), relative, options ?? {}, scans);
    },
    async scanTable(relative, key, options) {
      return scanTableFile(real(relative, key), relative, options, scans);
    },
    async readTextAtRevision(revision, relative, key) {
      return readTextAtRevision(root, revision, repoPath(relative, key), relative, key);
    },
    async commitTimeOf(relative, key) {
      return commitTimeOf(root, repoPath(relative, key), key);
    },
    openQuerySource,
    largeFileSource
  };
}
function rootedPaths(root) {
  const inside = (candidate) => candidate === root || candidate.startsWith(root.endsWith(path5.sep) ? root : root + path5.sep);
  const resolve = (relative, key) => {
    if (path5.isAbsolute(relative)) {
      throw new WorkspacePathError(
        `${key}: "${relative}" is an absolute path; write it relative to the repository root`
      );
    }
    const absolute = path5.resolve(root, relative);
    if (!inside(absolute)) {
      throw new WorkspacePathError(
        `${key}: "${relative}" points outside the repository; mlgate only reads files inside it`
      );
    }
    return absolute;
  };
  const repoPath = (relative, key) => path5.relative(root, resolve(relative, key)).split(path5.sep).join("/");
  const refuseOutside = (relative, key, target) => {
    if (!inside(target)) {
      throw new WorkspacePathError(
        `${key}: "${relative}" is a link to a file outside the repository; mlgate only reads files inside it`
      );
    }
    return target;
  };
  const real = (relative, key) => {
    const absolute = resolve(relative, key);
    let target;
    try {
      target = realpathSync(absolute);
    } catch {
      throw new WorkspacePathError(
        `${key}: file not found: ${relative} (looked in ${root}); check the path or commit the file`
      );
    }
    return refuseOutside(relative, key, target);
  };
  return { resolve, repoPath, real, refuseOutside };
}
async function readTextAtRevision(root, revision, repoPath, relative, key) {
  const args = ["show", `${revision}:./${repoPath}`];
  const result = await tryGit(root, args);
  if ("stdout" in result) return result.stdout.toString("utf8");
  if (/does not exist|exists on disk, but not in/.test(result.stderr)) {
    const verify = ["cat-file", "-e", `${revision}^{commit}`];
    const known = await tryGit(root, verify);
    if ("stdout" in known) return null;
    throw new Error(
      `${key}: git does not have commit ${revision}, so ${relative} can't be read as it was there; fetch the history, e.g. actions/checkout with fetch-depth: 0`
    );
  }
  throw new Error(`${key}: ${explainGitFailure(args, result)}`);
}
async function commitTimeOf(root, repoPath, key) {
  const args = ["log", "-1", "--format=%cI", "--", repoPath];
  const result = await tryGit(root, args);
  if (!("stdout" in result)) throw new Error(`${key}: ${explainGitFailure(args, result)}`);
  const stamp = result.stdout.toString("utf8").trim();
  return stamp ? new Date(stamp) : null;
}

export {
  scanTableText,
  parseTableText,
  urlSecrets,
  WorkspacePathError,
  nodeWorkspace
};
