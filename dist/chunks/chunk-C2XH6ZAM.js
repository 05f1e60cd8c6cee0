import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  formatNumber
} from "./chunk-JZQLZTIA.js";
import {
  FileScanScheduler,
  forEachJsonlLine,
  formatFromPath,
  openParquetFile,
  parquetCell,
  readParquetRowGroups,
  scanCsv,
  scanJsonl,
  scanTableFile,
  tableScanSettings
} from "./chunk-RL3FCOBG.js";
import {
  errorMessage
} from "./chunk-NXAI4H4I.js";
import {
  TableReadError,
  asTableReadError,
  openFileByteSource
} from "./chunk-I4PPMSPQ.js";
import {
  parseNumberCell
} from "./chunk-SDXA4YXT.js";

// src/metrics/label-key.ts
function labelKey(cell) {
  if (cell === null) return null;
  if (typeof cell !== "string") return String(cell);
  const text = cell.trim();
  const number = parseNumberCell(text);
  if (text === "") return null;
  return typeof number === "number" && Number.isFinite(number) ? String(number) : text;
}

// src/metrics/quote-list.ts
function quoteList(values, max = 8) {
  const shown = values.slice(0, max).map((v) => `"${v}"`);
  return values.length > max ? `${shown.join(", ")}, \u2026 (${values.length} in all)` : shown.join(", ");
}

// src/metrics/require-column.ts
function requireColumn(table, column, key) {
  const cells = table.column(column);
  if (!cells) {
    throw new Error(
      `${key}: ${table.source} has no column "${column}"; it has ${quoteList(table.columnNames)}`
    );
  }
  return cells;
}

// src/metrics/row-error.ts
function rowError(table, row, problem) {
  return new Error(`${table.source}:${table.lineOf(row)}: ${problem}`);
}

// src/metrics/read-predictions.ts
var probabilitySumTolerance = 0.01;
function readPredictions(table, columns, typed) {
  if (table.rowCount === 0) {
    throw new Error(`${table.source}: the predictions file has a header but no rows`);
  }
  const source = { table, typed };
  const ids = columns.idColumn ? readIds(table, columns.idColumn) : null;
  if (!typed) requireColumn(table, columns.labelColumn, "label_column");
  if (columns.task === "regression") {
    const predictionColumn = columns.predictionColumn ?? columns.scoreColumn;
    if (!predictionColumn) {
      throw new Error(
        `${table.source}: a regression task needs prediction_column (the predicted value)`
      );
    }
    return {
      task: "regression",
      table,
      ids,
      data: {
        labels: numbers(source, columns.labelColumn, "label_column", "label"),
        predicted: numbers(source, predictionColumn, "prediction_column", "prediction")
      }
    };
  }
  const keys = typed?.labelKeys(columns.labelColumn) ?? requireColumn(table, columns.labelColumn, "label_column").map(cachedLabelKey());
  const missing = keys.indexOf(null);
  if (missing >= 0) {
    throw rowError(
      table,
      missing,
      `missing label in column "${columns.labelColumn}"; fill it or drop the row`
    );
  }
  const labelKeys = keys;
  return columns.task === "binary" ? { ...readBinary(source, columns, labelKeys), table, ids } : { ...readMulticlass(source, columns, labelKeys), table, ids };
}
function readBinary({ table, typed }, columns, labelKeys) {
  const distinct = [...new Set(labelKeys)];
  if (distinct.length > 2) {
    throw new Error(
      `${table.source}: column "${columns.labelColumn}" has ${distinct.length} distinct labels (${quoteList(distinct)}); a binary task needs two \u2014 use task multiclass`
    );
  }
  const positive = positiveLabelOf(table, columns, distinct);
  const negative = distinct.find((label) => label !== positive) ?? null;
  if (!columns.scoreColumn && !columns.predictionColumn) {
    throw new Error(
      `${table.source}: a binary task needs score_column (a score or probability per row) or prediction_column`
    );
  }
  let predicted = null;
  if (columns.predictionColumn) {
    const cells = requireColumn(table, columns.predictionColumn, "prediction_column");
    predicted = Uint8Array.from(cells, (cell, row) => {
      const key = labelKey(cell);
      if (key === null)
        throw rowError(table, row, `missing prediction in column "${columns.predictionColumn}"`);
      if (key !== positive && key !== negative) {
        throw rowError(
          table,
          row,
          `prediction "${key}" in column "${columns.predictionColumn}" is not one of the labels (${quoteList(distinct)})`
        );
      }
      return key === positive ? 1 : 0;
    });
  }
  const isPositive = new Uint8Array(labelKeys.length);
  for (let row = 0; row < labelKeys.length; row++)
    isPositive[row] = labelKeys[row] === positive ? 1 : 0;
  const data = {
    labels: isPositive,
    scores: columns.scoreColumn ? numbers({ table, typed }, columns.scoreColumn, "score_column", "score") : null,
    predicted
  };
  return { task: "binary", data, positiveLabel: positive, negativeLabel: negative };
}
function positiveLabelOf(table, columns, distinct) {
  if (columns.positiveLabel !== void 0) {
    const positive = labelKey(columns.positiveLabel) ?? "";
    if (distinct.length === 2 && !distinct.includes(positive)) {
      throw new Error(
        `positive_label "${positive}" is not among the labels of ${table.source} column "${columns.labelColumn}" (${quoteList(distinct)}); labels are case-sensitive`
      );
    }
    return positive;
  }
  if (distinct.every((label) => label === "0" || label === "1")) return "1";
  const truthy = distinct.find((label) => label.toLowerCase() === "true");
  if (distinct.every((label) => ["true", "false"].includes(label.toLowerCase())))
    return truthy ?? "true";
  throw new Error(
    `${table.source}: the labels in column "${columns.labelColumn}" are ${quoteList(distinct)}; say which one is positive with positive_label (CLI: --positive-label)`
  );
}
function readMulticlass(source, columns, labelKeys) {
  const { table } = source;
  const probabilityColumns = probabilityColumnsOf(table, columns);
  const classes = probabilityColumns.map(([name]) => name);
  const k = classes.length;
  const classIndex = new Map(classes.map((name, i) => [name, i]));
  const indexOf = (key) => {
    let index = classIndex.get(key);
    if (index === void 0) {
      index = classes.length;
      classIndex.set(key, index);
      classes.push(key);
    }
    return index;
  };
  const labels = Int32Array.from(labelKeys, (key, row) => {
    if (k > 0 && !classIndex.has(key)) {
      throw rowError(
        table,
        row,
        `label "${key}" has no probability column (the columns cover ${quoteList(classes.slice(0, k))}); add one for every class`
      );
    }
    return indexOf(key);
  });
  let probabilities = null;
  if (k > 0) {
    probabilities = new Float64Array(table.rowCount * k);
    probabilityColumns.forEach(([, column], j) => {
      const values = numbers(source, column, "probability_columns", "probability");
      values.forEach((p, row) => {
        if (p < 0 || p > 1)
          throw rowError(table, row, `probability ${p} in column "${column}" is outside [0, 1]`);
        probabilities[row * k + j] = p;
      });
    });
    for (let row = 0; row < table.rowCount; row++) {
      let sum = 0;
      for (let j = 0; j < k; j++) sum += probabilities[row * k + j];
      if (Math.abs(sum - 1) > probabilitySumTolerance) {
        throw rowError(
          table,
          row,
          `the class probabilities sum to ${formatNumber(sum)}, not 1; there must be one probability column per class (${quoteList(classes.slice(0, k))} so far)`
        );
      }
    }
  }
  let predicted;
  if (columns.predictionColumn) {
    const cells = requireColumn(table, columns.predictionColumn, "prediction_column");
    predicted = Int32Array.from(cells, (cell, row) => {
      const key = labelKey(cell);
      if (key === null)
        throw rowError(table, row, `missing prediction in column "${columns.predictionColumn}"`);
      return indexOf(key);
    });
  } else if (probabilities) {
    predicted = Int32Array.from({ length: table.rowCount }, (_, row) => {
      let best = 0;
      for (let j = 1; j < k; j++)
        if (probabilities[row * k + j] > probabilities[row * k + best]) best = j;
      return best;
    });
  } else {
    throw new Error(
      `${table.source}: a multiclass task needs prediction_column or probability columns (probability_columns or probability_prefix)`
    );
  }
  const data = { classes, labels, predicted, probabilities, probabilityClasses: k };
  return { task: "multiclass", data };
}
function probabilityColumnsOf(table, columns) {
  if (columns.probabilityColumns) {
    return Object.entries(columns.probabilityColumns).map(([name, column]) => [
      labelKey(name) ?? name,
      column
    ]);
  }
  const prefix = columns.probabilityPrefix;
  if (prefix === void 0) return [];
  const found = table.columnNames.filter((name) => name.startsWith(prefix) && name.length > prefix.length).map((name) => [labelKey(name.slice(prefix.length)) ?? name, name]);
  if (found.length < 2) {
    throw new Error(
      `${table.source}: probability_prefix "${prefix}" matches ${found.length} column(s); name one column per class, e.g. ${prefix}cat and ${prefix}dog`
    );
  }
  return found;
}
function readIds(table, column) {
  const seen = /* @__PURE__ */ new Map();
  return requireColumn(table, column, "id_column").map((cell, row) => {
    const id = labelKey(cell);
    if (id === null) throw rowError(table, row, `missing id in column "${column}"`);
    const first = seen.get(id);
    if (first !== void 0) {
      throw rowError(
        table,
        row,
        `id "${id}" in column "${column}" repeats line ${table.lineOf(first)}; ids must be unique`
      );
    }
    seen.set(id, row);
    return id;
  });
}
function numbers({ table, typed }, column, key, what) {
  const scanned = typed?.numbers(column);
  if (scanned) return scanned;
  const cells = requireColumn(table, column, key);
  const values = new Float64Array(cells.length);
  for (let row = 0; row < cells.length; row++) {
    const cell = cells[row];
    const value = parseNumberCell(cell);
    if (value === null) throw rowError(table, row, `missing ${what} in column "${column}"`);
    if (value === void 0)
      throw rowError(table, row, `${what} "${String(cell)}" in column "${column}" is not a number`);
    if (!Number.isFinite(value))
      throw rowError(
        table,
        row,
        `${what} in column "${column}" is ${value}; it must be a finite number`
      );
    values[row] = value;
  }
  return values;
}
function cachedLabelKey() {
  const keys = /* @__PURE__ */ new Map();
  return (cell) => {
    if (typeof cell !== "string") return labelKey(cell);
    let key = keys.get(cell);
    if (key === void 0) {
      key = labelKey(cell);
      keys.set(cell, key);
    }
    return key;
  };
}

// src/metrics/metric-catalog.ts
var tasks = ["binary", "multiclass", "regression"];
var binaryMetricNames = [
  "accuracy",
  "precision",
  "recall",
  "f1",
  "roc_auc",
  "average_precision",
  "log_loss",
  "brier"
];
var multiclassMetricNames = [
  "accuracy",
  "f1_macro",
  "f1_micro",
  "f1_weighted",
  "log_loss"
];
var regressionMetricNames = ["mae", "rmse", "r2", "mape"];
var metricNamesByTask = {
  binary: binaryMetricNames,
  multiclass: multiclassMetricNames,
  regression: regressionMetricNames
};
var lowerIsBetter = /(^|[._/-])(log_?loss|loss|brier|mae|mse|rmse|mape|error|err)$/i;
var higherIsBetter = /(^|[._/-])(acc|accuracy|precision|recall|f1(_\w+)?|auc|roc_auc|average_precision|ap|r2)$/i;
function directionOf(metric) {
  if (lowerIsBetter.test(metric)) return "lower_is_better";
  if (higherIsBetter.test(metric)) return "higher_is_better";
  return void 0;
}
function improvement(direction, a, b) {
  return direction === "higher_is_better" ? a - b : b - a;
}

// src/io/node-workspace.ts
import { realpathSync } from "node:fs";
import { readFile, realpath } from "node:fs/promises";
import path4 from "node:path";

// src/io/git-command.ts
import { execFile } from "node:child_process";
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
    execFile(
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
import os3 from "node:os";
import path3 from "node:path";

// src/io/file-digest.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
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
  const hash = createHash("sha256");
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
import { spawn } from "node:child_process";
import { createHash as createHash2 } from "node:crypto";
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
    const hash = createHash2("sha256");
    let bytes = 0;
    let stderr = "";
    const child = spawn("git", ["cat-file", "blob", object], {
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
import { spawn as spawn2 } from "node:child_process";
import { createWriteStream, existsSync, statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

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
  const child = spawn2(file, args, {
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
      spawn2("taskkill", ["/pid", String(child.pid), "/T", "/F"], { stdio: "ignore" });
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
import { constants } from "node:fs";
import {
  copyFile,
  cp,
  lstat,
  mkdir as mkdir2,
  mkdtemp,
  readdir,
  readlink,
  rm,
  symlink
} from "node:fs/promises";
import os2 from "node:os";
import path2 from "node:path";
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
  await mkdir2(path2.dirname(to), { recursive: true });
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

// src/formats/parquet-table.ts
async function parquetTable(opened, source, options) {
  const names = options.columns ? [...options.columns] : opened.columnNames;
  for (const name of names) {
    if (!opened.columnNames.includes(name)) {
      throw new TableReadError(
        source,
        void 0,
        `no column named "${name}"; the file has: ${opened.columnNames.join(", ")}`
      );
    }
  }
  const missing = new Set(options.missingValues ?? [""]);
  const columns = new Map(names.map((name) => [name, []]));
  await readParquetRowGroups(opened, source, names, (values) => {
    for (const [name, cells] of columns) {
      const data = values.get(name);
      for (let i = 0; i < data.length; i++) {
        const cell = parquetCell(data[i]);
        cells.push(typeof cell === "string" && missing.has(cell) ? null : cell);
      }
    }
  });
  return {
    source,
    format: "parquet",
    columnNames: names,
    rowCount: opened.rowCount,
    column: (name) => columns.get(name),
    // Parquet has no lines; messages say "line" for the 1-based row instead.
    lineOf: (row) => row + 1
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

// src/io/node-workspace.ts
var WorkspacePathError = class extends Error {
  name = "WorkspacePathError";
};
function nodeWorkspace(rootDirectory, commands = { eventName: "local", allowUntrustedCommands: false }, scans = new FileScanScheduler()) {
  const root = realpathSync(path4.resolve(rootDirectory));
  const { resolve, repoPath, real, refuseOutside } = rootedPaths(root);
  return {
    ...infraCapabilities({
      ...commands,
      root,
      resolve,
      open: (copyRoot) => nodeWorkspace(copyRoot, commands, scans)
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
    }
  };
}
function rootedPaths(root) {
  const inside = (candidate) => candidate === root || candidate.startsWith(root.endsWith(path4.sep) ? root : root + path4.sep);
  const resolve = (relative, key) => {
    if (path4.isAbsolute(relative)) {
      throw new WorkspacePathError(
        `${key}: "${relative}" is an absolute path; write it relative to the repository root`
      );
    }
    const absolute = path4.resolve(root, relative);
    if (!inside(absolute)) {
      throw new WorkspacePathError(
        `${key}: "${relative}" points outside the repository; mlgate only reads files inside it`
      );
    }
    return absolute;
  };
  const repoPath = (relative, key) => path4.relative(root, resolve(relative, key)).split(path4.sep).join("/");
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
  parseTableText,
  labelKey,
  quoteList,
  requireColumn,
  rowError,
  readPredictions,
  tasks,
  metricNamesByTask,
  directionOf,
  improvement,
  nodeWorkspace
};
