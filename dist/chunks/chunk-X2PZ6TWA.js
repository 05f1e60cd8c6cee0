import {
  RuleError,
  budgetUse,
  columnUses,
  parseRowRule,
  ruleBudget,
  validateQuerySource
} from "./chunk-V76GGTT2.js";
import {
  validateTableFile
} from "./chunk-6QEE6FFP.js";
import {
  chiSquareIndependence,
  clip,
  code,
  codeHtml,
  defaultDriftRules,
  defaultSkewRules,
  describeUnreadable,
  driftDetails,
  driftMethods,
  escapeHtml,
  escapeMarkdown,
  escapeSummary,
  formatCell,
  formatFigureValue,
  formatStatistic,
  gammaln_default,
  gatedMeasure,
  isSafeCodeText,
  median_default,
  nameCategories,
  percent,
  quantile_sorted_default,
  renderDetailBlock,
  renderTable,
  rule,
  runDrift,
  sample_correlation_default,
  sample_rank_correlation_default,
  sample_standard_deviation_default,
  scanForDrift,
  stirlingError
} from "./chunk-C7I5UCTU.js";
import {
  comparatorSymbol,
  formatBeside,
  formatNumber as formatNumber2,
  meetsBound,
  negateComparator,
  percentsBeside
} from "./chunk-JLJ5JKQQ.js";
import {
  errorKinds,
  valuesWords
} from "./chunk-TV4L6LGM.js";
import {
  definedMetric,
  descendingOrder,
  directionOf,
  firstNotProbability,
  formatMetric,
  formatNumber,
  formatSigned,
  improvement,
  labelKey,
  logLossTerm,
  metricNamesByTask,
  metricNumber,
  predictedAt,
  predictionsEvaluator,
  quoteList,
  readPredictions,
  requireColumn,
  rowError,
  tasks,
  undefinedMetric
} from "./chunk-J5QUBNZJ.js";
import {
  defaultProfileSettings,
  inferColumnKind
} from "./chunk-Q66JVYKC.js";
import {
  parseTableText,
  scanTableText
} from "./chunk-PLFIIKI6.js";
import {
  workerEntryUrl,
  workerThreads
} from "./chunk-TUKDUIAD.js";
import {
  letYoungGenerationGrow
} from "./chunk-GM6TPOLB.js";
import {
  workerEnvironment
} from "./chunk-H4QQWVY4.js";
import {
  querySource,
  remoteDataFile
} from "./chunk-7QPZUO7W.js";
import {
  isQuerySource,
  parseQuerySourcePath,
  querySourcePath,
  sourceLabel
} from "./chunk-DPIG2K5A.js";
import {
  parseNumberCell
} from "./chunk-FJSVKJ5S.js";
import {
  CELL_PRESENT
} from "./chunk-XUDKVEYV.js";
import {
  parseTableSchema
} from "./chunk-QNBVGKAV.js";
import {
  didYouMean
} from "./chunk-R3VY2ZGX.js";
import {
  millisecondsPerDay,
  parseIsoDate,
  parseIsoDatetime
} from "./chunk-JJK6CC36.js";
import {
  joinPath,
  lineOfPath
} from "./chunk-YBMT343X.js";
import {
  ZodObject,
  ZodPipe,
  ZodUnion,
  _enum,
  _undefined,
  array,
  boolean,
  custom,
  globalRegistry,
  int,
  literal,
  looseObject,
  number,
  object,
  record,
  strictObject,
  string,
  union
} from "./chunk-RDHU7DSY.js";
import {
  errorMessage
} from "./chunk-YBWX6OWL.js";
import {
  require_dist
} from "./chunk-Q6EFSIK3.js";
import {
  __toESM
} from "./chunk-SEWDMQ6Q.js";

// src/io/monotonic-clock.ts
function monotonicMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}

// src/config/format-config-error.ts
function formatConfigError(error) {
  const where = error.line === void 0 ? error.file : `${error.file}:${error.line}`;
  const key38 = error.key ? `\`${error.key}\`: ` : "";
  return `${where}: ${key38}${configProblem(error)}`;
}
function configProblem(error) {
  return error.fix === void 0 ? error.message : `${error.message}; ${error.fix}`;
}

// src/config-fields/shared-schemas.ts
var calendarDate = string({ error: "expected a date written YYYY-MM-DD, e.g. 2026-12-31 (quote it in YAML)" }).regex(/^\d{4}-\d{2}-\d{2}$/, {
  error: "expected a date written YYYY-MM-DD, e.g. 2026-12-31",
  abort: true
}).refine(
  (text) => {
    const date = /* @__PURE__ */ new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
  },
  { error: "this date does not exist on the calendar; check the day and month" }
);
var repoPath = string({ error: "expected a file path relative to the repository, e.g. data/train.csv" }).min(1, { error: "the path is empty; give a file path relative to the repository" });
var tableFileWithOptions = strictObject({
  path: repoPath,
  format: _enum(["csv", "jsonl", "parquet"]).optional(),
  delimiter: string().length(1, { error: 'the delimiter is one character, e.g. "," or "\\t"' }).optional(),
  missing_values: array(string()).optional()
});
var tableFile = union([repoPath, tableFileWithOptions], {
  error: "expected a file path, or an object with `path` (and optionally format, delimiter, missing_values)"
});
var probability = number({ error: "expected a number between 0 and 1" }).min(0, { error: "must be at least 0" }).max(1, { error: "must be at most 1" });
var nonNegative = number({ error: "expected a number \u2265 0" }).min(0, { error: "must be at least 0" });

// src/infra/command-config.ts
var commandLine = string({ error: 'expected a shell command line, e.g. "python train.py --seed 1"' }).trim().min(1, { error: 'the command is empty; give the shell command to run, e.g. "python train.py"' });
function timeoutMinutes(defaultMinutes) {
  return number({ error: "expected a number of minutes, e.g. 30" }).positive({ error: "the timeout must be more than 0 minutes" }).max(360, { error: "at most 360 minutes (a GitHub-hosted job stops at 6 hours)" }).default(defaultMinutes).describe(
    "Minutes before the command and everything it started are killed; the check then ends `error` with the end of its log."
  );
}
var workingDirectory = repoPath.optional().describe("Where the command runs, relative to the repository root; default the root.");
var tolerance = strictObject({
  absolute: number().min(0, { error: "a tolerance is at least 0" }).default(0).describe("Largest acceptable |a \u2212 b|."),
  relative: number().min(0, { error: "a tolerance is at least 0" }).default(0).describe("Largest acceptable |a \u2212 b| / max(|a|, |b|).")
});

// src/infra/artifact-output.ts
var outputKind = _enum(["bytes", "metrics", "predictions"], {
  error: "kind is bytes (must be identical), metrics (a JSON/YAML file of numbers, compared within the tolerance) or predictions (a table, compared row by row)"
});
var artifactOutput = union(
  [
    repoPath,
    strictObject({
      path: repoPath,
      kind: outputKind.optional().describe(
        "Default from the extension: .csv/.tsv/.jsonl/.parquet \u2192 predictions, .json/.yaml/.yml \u2192 metrics, else bytes."
      ),
      id_column: string().min(1).optional().describe(
        "predictions: the column that names each row; default: rows are paired by position."
      ),
      columns: array(string().min(1)).min(1).optional().describe("predictions: the columns to compare; default all."),
      tolerance: tolerance.optional().describe("Overrides the tolerance for this output."),
      compare: commandLine.optional().describe(
        'bytes: a command that decides whether two versions are equivalent when their bytes differ, e.g. "python tools/same_model.py". It gets the two paths in $MLGATE_EXPECTED and $MLGATE_ACTUAL and exits 0 when they are equivalent; its last line of output says how they differ.'
      )
    })
  ],
  {
    error: "an output is a path, or {path, kind?, id_column?, columns?, tolerance?, compare?}"
  }
);
function outputSpec(output, defaultTolerance) {
  if (typeof output === "string") {
    return { path: output, kind: kindFromPath(output), tolerance: defaultTolerance };
  }
  return {
    path: output.path,
    kind: output.kind ?? kindFromPath(output.path),
    tolerance: output.tolerance ?? defaultTolerance,
    ...output.id_column ? { idColumn: output.id_column } : {},
    ...output.columns ? { columns: output.columns } : {},
    ...output.compare ? { compare: output.compare } : {}
  };
}
function outputPath(output) {
  return typeof output === "string" ? output : output.path;
}
function kindFromPath(path2) {
  const lower = path2.toLowerCase();
  if (/\.(csv|tsv|jsonl|ndjson|parquet)$/.test(lower)) return "predictions";
  if (/\.(json|ya?ml)$/.test(lower)) return "metrics";
  return "bytes";
}

// src/infra/file-was-written.ts
function fileWasWritten(before, after) {
  if (after === null) return false;
  if (before === null || before.kind !== "file" || after.kind !== "file") return true;
  if (before.sha256 !== after.sha256) return true;
  return before.modifiedMs !== void 0 && after.modifiedMs !== void 0 && after.modifiedMs > before.modifiedMs;
}

// src/infra/command-outcome.ts
var CommandTimeoutError = class extends Error {
  name = "CommandTimeoutError";
};
function minutesToMs(minutes) {
  return Math.round(minutes * 6e4);
}
function requireFinished(result, key38, timeoutMinutes2) {
  if (!result.timedOut) return;
  throw new CommandTimeoutError(
    `${key38} did not finish within ${timeoutMinutes2} min, so its process group was killed; raise timeout_minutes or make the command faster. ${result.logTail.trim() === "" ? "It printed nothing." : `Last lines of its log:
${result.logTail}`}`
  );
}
function exitDescription(result) {
  if (result.exitCode !== null) return `exit code ${result.exitCode}`;
  return `killed by ${result.signal ?? "a signal"}`;
}
function commandLog(title, result) {
  return result.logTail.trim() === "" ? [] : [{ type: "code", title, text: result.logTail }];
}
function exitMeasure(result) {
  return {
    figure: "exit code",
    value: result.exitCode ?? result.signal ?? null,
    bound: { comparator: "==", limit: 0 }
  };
}
function roundedSeconds(durationMs) {
  return durationMs < 500 ? "under 1 s" : `${Math.round(durationMs / 1e3)} s`;
}

// src/infra/run-configured-command.ts
function runConfiguredCommand(workspace, command, key38, settings) {
  return workspace.runCommand({
    command,
    key: key38,
    timeoutMs: minutesToMs(settings.timeout_minutes),
    ...settings.working_directory ? { workingDirectory: settings.working_directory } : {}
  });
}

// src/checks/pipeline/pipeline-step.ts
var stepName = string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, {
  error: "a step name is letters, digits, - and _, e.g. train or build-features"
});
var pipelineStep = strictObject({
  command: commandLine.describe(
    "The shell command, run in a scratch copy of the repository with the sandbox every command gets (no tokens, process-group timeout)."
  ),
  needs: array(stepName).default([]).describe("Steps that run first, in the same copy, e.g. predict needs [train]."),
  inputs: array(repoPath).default([]).describe(
    'What the command reads. Tracked files are in the copy already (globs such as "src/**/*.py" name code); files git does not track (data/, models) are copied in by exact path. The committed-logs mode of train_serve_skew reads the inputs as the code that writes the logs.'
  ),
  outputs: array(artifactOutput).default([]).describe(
    "The files the command writes. Each must be written by the run; one that is also committed is compared with what the run produced (committed_artifacts)."
  ),
  timeout_minutes: timeoutMinutes(30),
  working_directory: workingDirectory
});
var pipelineSteps = record(stepName, pipelineStep).default({}).describe(
  "Named pipeline steps (train, predict, serve, \u2026): how the PR's code produces its artifacts."
);
function isGlob(path2) {
  return /[*?{[]/.test(path2);
}

// src/checks/pipeline/run-steps.ts
function copiedInputs(steps, names3) {
  const inputs = names3.flatMap((name) => steps[name]?.inputs ?? []);
  return [...new Set(inputs.filter((input) => !isGlob(input)))];
}
async function copyForSteps(workspace, steps, names3) {
  const include = [];
  for (const input of copiedInputs(steps, names3)) {
    if (await workspace.exists(input, "steps")) include.push(input);
  }
  return workspace.copyForRun({ key: "steps", include });
}
async function runSteps(copy, steps, names3) {
  const completed = [];
  const outputs = [];
  for (const name of names3) {
    const step = steps[name];
    if (step === void 0) throw new Error(`steps.${name}: no such step`);
    const paths = step.outputs.map(outputPath);
    const key38 = `steps.${name}`;
    const before = await Promise.all(paths.map((path2) => copy.hashFile(path2, `${key38}.outputs`)));
    const result = await runConfiguredCommand(copy, step.command, `${key38}.command`, step);
    if (result.outcome === "refused") return { kind: "refused", reason: result.reason };
    const record3 = { step: name, command: step.command, result };
    if (result.timedOut || result.exitCode !== 0) {
      return { kind: "failed", failed: record3, completed };
    }
    completed.push(record3);
    for (const [index2, path2] of paths.entries()) {
      const after = await copy.hashFile(path2, `${key38}.outputs`);
      outputs.push(outputState(name, path2, before[index2] ?? null, after));
    }
  }
  return { kind: "ran", completed, outputs };
}
function outputState(step, path2, before, after) {
  if (after === null) return { step, path: path2, problem: "not written" };
  if (!fileWasWritten(before, after)) return { step, path: path2, problem: "untouched" };
  return { step, path: path2 };
}

// src/checks/pipeline/step-order.ts
function stepOrder(steps, target) {
  const order2 = [];
  const visit2 = (name) => {
    if (order2.includes(name)) return;
    for (const need of steps[name]?.needs ?? []) visit2(need);
    order2.push(name);
  };
  visit2(target);
  return order2;
}
function stepProblems(steps) {
  const problems = [];
  const names3 = Object.keys(steps);
  const cycles = /* @__PURE__ */ new Set();
  for (const [name, step] of Object.entries(steps)) {
    step.needs.forEach((need, index2) => {
      if (steps[need] === void 0) {
        problems.push({
          path: ["steps", name, "needs", index2],
          message: `step "${name}" needs "${need}", which is not a step`,
          fix: `declare it under \`steps:\` or use one of: ${names3.join(", ")}`
        });
      }
    });
    const cycle = cycleThrough(steps, name);
    const members = cycle ? [...new Set(cycle)].sort().join(" ") : "";
    if (cycle && !cycles.has(members)) {
      cycles.add(members);
      problems.push({
        path: ["steps", name, "needs"],
        message: `the steps need each other in a circle: ${cycle.join(" \u2192 ")}`,
        fix: "remove one of these `needs` so that the steps have an order"
      });
    }
  }
  return problems.concat(sharedOutputs(steps));
}
function cycleThrough(steps, start) {
  const walk = (name, trail) => {
    for (const need of steps[name]?.needs ?? []) {
      if (need === start) return [...trail, need];
      if (trail.includes(need)) continue;
      const found = walk(need, [...trail, need]);
      if (found) return found;
    }
    return void 0;
  };
  return walk(start, [start]);
}
function sharedOutputs(steps) {
  const writer = /* @__PURE__ */ new Map();
  const problems = [];
  for (const [name, step] of Object.entries(steps)) {
    step.outputs.forEach((output, index2) => {
      const path2 = outputPath(output);
      const other = writer.get(path2);
      if (other !== void 0) {
        problems.push({
          path: ["steps", name, "outputs", index2],
          message: `${path2} is an output of both "${other}" and "${name}"`,
          fix: "declare each file as the output of the one step that writes it last"
        });
      } else writer.set(path2, name);
    });
  }
  return problems;
}

// src/checks/pipeline/pipeline.ts
function createPipeline(workspace, steps) {
  let copy;
  const done = /* @__PURE__ */ new Set();
  const completed = [];
  const outputs = [];
  const failures = /* @__PURE__ */ new Map();
  let refused;
  let queue = Promise.resolve();
  const runNames = async (names3) => {
    if (refused) return refused;
    const failed = names3.map((name) => failures.get(name)).find((run) => run !== void 0);
    if (failed) return failed;
    copy ??= copyForSteps(workspace, steps, Object.keys(steps));
    const scratch = await copy;
    for (const name of names3.filter((step) => !done.has(step))) {
      const run = await runSteps(scratch, steps, [name]);
      if (run.kind === "refused") {
        refused = run;
        return run;
      }
      if (run.kind === "failed") {
        const failure = { ...run, completed: [...completed] };
        for (const other of Object.keys(steps)) {
          if (stepOrder(steps, other).includes(name)) failures.set(other, failure);
        }
        return failure;
      }
      done.add(name);
      completed.push(...run.completed);
      outputs.push(...run.outputs);
    }
    return { kind: "ran", copy: scratch, completed: [...completed], outputs: [...outputs] };
  };
  const enqueue = (names3) => {
    const next = queue.then(() => runNames(names3));
    queue = next.catch(() => void 0);
    return next;
  };
  return {
    steps,
    run: (step) => enqueue(stepOrder(steps, step)),
    runAll: () => enqueue([...new Set(Object.keys(steps).flatMap((name) => stepOrder(steps, name)))]),
    async dispose() {
      await queue;
      if (copy) await (await copy).dispose();
    }
  };
}

// src/config-fields/step-output.ts
var prefix = "step:";
function stepOutputPath(reference) {
  return `${prefix}${reference.step}/${reference.file}`;
}
function parseStepOutputPath(path2) {
  if (!path2.startsWith(prefix)) return void 0;
  const rest = path2.slice(prefix.length);
  const slash = rest.indexOf("/");
  if (slash <= 0 || slash === rest.length - 1) return void 0;
  return { step: rest.slice(0, slash), file: rest.slice(slash + 1) };
}
var stepOutputReference = strictObject({
  step: string().min(1, { error: "name the step under `steps:` that writes the file" }),
  file: repoPath.describe("One of the outputs the step declares.")
}).transform(stepOutputPath).describe("A file as the PR's code produces it: an output of a step under `steps:`.");
var inputFile = union([repoPath, stepOutputReference], {
  error: "expected a file path relative to the repository, or {step: <name>, file: <one of its outputs>}"
});
var inputTableFile = union(
  [
    remoteDataFile.transform(querySourcePath),
    repoPath,
    tableFileWithOptions,
    stepOutputReference,
    querySource.transform(querySourcePath)
  ],
  {
    error: "expected a file path, an object with `path` (and optionally format, delimiter, missing_values), {step, file}, or a query source {engine, table | query, connection}"
  }
);

// src/checks/pipeline/step-output-workspace.ts
var StepOutputError = class extends Error {
  name = "StepOutputError";
};
function withStepOutputs(workspace, pipeline) {
  const locate = async (path2, key38) => {
    const reference = parseStepOutputPath(path2);
    if (reference === void 0) return [workspace, path2];
    return [await stepCopy(pipeline, reference.step, reference.file, key38), reference.file];
  };
  const underlying = (path2) => parseStepOutputPath(path2)?.file ?? path2;
  return {
    ...workspace,
    resolve(path2, key38) {
      if (parseStepOutputPath(path2) === void 0) return workspace.resolve(path2, key38);
      throw new StepOutputError(
        `${key38}: ${path2} is a step's output in a scratch copy and has no path in the repository`
      );
    },
    async exists(path2, key38) {
      const [target, file] = await locate(path2, key38);
      return target.exists(file, key38);
    },
    async readText(path2, key38) {
      const [target, file] = await locate(path2, key38);
      return target.readText(file, key38);
    },
    async readTable(path2, key38, options) {
      const [target, file] = await locate(path2, key38);
      return target.readTable(file, key38, options);
    },
    async scanTable(path2, key38, options) {
      const [target, file] = await locate(path2, key38);
      return target.scanTable(file, key38, options);
    },
    async hashFile(path2, key38) {
      const [target, file] = await locate(path2, key38);
      return target.hashFile(file, key38);
    },
    readTextAtRevision: (revision, path2, key38) => workspace.readTextAtRevision(revision, underlying(path2), key38),
    commitTimeOf: (path2, key38) => workspace.commitTimeOf(underlying(path2), key38),
    hashFileAtRevision: (revision, path2, key38) => workspace.hashFileAtRevision(revision, underlying(path2), key38)
  };
}
async function stepCopy(pipeline, step, file, key38) {
  if (pipeline.steps[step] === void 0) {
    throw new StepOutputError(
      `${key38}: step "${step}" is not declared under \`steps:\`; declare it or name one of: ${Object.keys(pipeline.steps).join(", ") || "(none)"}`
    );
  }
  const run = await pipeline.run(step);
  if (run.kind === "refused") {
    throw new StepOutputError(
      `${key38} reads ${file} as step "${step}" produces it, but the step was not run: ${run.reason}`
    );
  }
  if (run.kind === "failed") {
    const { failed } = run;
    throw new StepOutputError(
      `${key38} reads ${file} as step "${step}" produces it, but step "${failed.step}" (\`${failed.command}\`) ${failed.result.timedOut ? "hit its timeout" : `ended with ${exitDescription(failed.result)}`}; fix the step, then re-run`
    );
  }
  const state = run.outputs.find((output) => output.step === step && output.path === file);
  if (state === void 0) {
    throw new StepOutputError(
      `${key38}: ${file} is not an output of step "${step}"; add it to \`steps.${step}.outputs\``
    );
  }
  if (state.problem !== void 0) {
    throw new StepOutputError(
      `${key38}: step "${step}" ran but did not write ${file} (${state.problem === "untouched" ? "the file is as committed, untouched by the run" : "no such file after the run"}); make the command write it, or correct \`steps.${step}.outputs\``
    );
  }
  return run.copy;
}

// src/checks/query-source-rows/rows-as-csv.ts
function rowsAsCsv(result) {
  const types = result.columns.map((column) => column.type);
  const lines = [result.columns.map((column) => quoted(column.name)).join(",")];
  for (const row2 of result.rows) {
    lines.push(row2.map((cell, i) => cellText(cell, types[i] ?? "other")).join(","));
  }
  return `${lines.join("\n")}
`;
}
function cellText(cell, type) {
  if (cell === null) return "";
  if (typeof cell === "number") {
    if (type === "date") return new Date(cell).toISOString().slice(0, 10);
    if (type === "datetime") return new Date(cell).toISOString();
    if (Number.isNaN(cell)) return "NaN";
    if (!Number.isFinite(cell)) return cell > 0 ? "inf" : "-inf";
    return String(cell);
  }
  if (typeof cell === "boolean") return String(cell);
  return cell === "" ? '""' : quoted(cell);
}
function quoted(text) {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

// src/checks/query-source-rows/query-source-rows-workspace.ts
var csv = { format: "csv", delimiter: "," };
function withQuerySourceRows(workspace) {
  const rows = async (source, key38) => {
    const opened = await workspace.openQuerySource(source, key38);
    return rowsAsCsv(await opened.connection.query(`SELECT * FROM ${opened.relation}`));
  };
  const readAs = (path2, onFile, onSource) => {
    const source = parseQuerySourcePath(path2);
    return source ? onSource(source) : onFile();
  };
  return {
    ...workspace,
    resolve(path2, key38) {
      if (parseQuerySourcePath(path2) === void 0) return workspace.resolve(path2, key38);
      throw new Error(
        `${key38}: a query source is read through its engine; it has no path in the repository`
      );
    },
    exists: (path2, key38) => readAs(
      path2,
      () => workspace.exists(path2, key38),
      async () => true
    ),
    readText: (path2, key38) => readAs(
      path2,
      () => workspace.readText(path2, key38),
      async () => {
        throw new Error(`${key38}: a query source holds a table, not a text file`);
      }
    ),
    scanTable: (path2, key38, options) => readAs(
      path2,
      () => workspace.scanTable(path2, key38, options),
      async (source) => withoutLines(
        scanTableText(await rows(source, key38), sourceLabel(source), { ...options, ...csv })
      )
    ),
    readTable: (path2, key38, options) => readAs(
      path2,
      () => workspace.readTable(path2, key38, options),
      async (source) => ({
        ...parseTableText(await rows(source, key38), sourceLabel(source), { ...options, ...csv }),
        // Named by data row, as a Parquet file's rows are (parquet-table.ts): the CSV text's lines are no place a reader can look.
        format: "parquet",
        lineOf: (row2) => row2 + 1
      })
    ),
    hashFile: (path2, key38) => readAs(
      path2,
      () => workspace.hashFile(path2, key38),
      async () => null
    ),
    readTextAtRevision: (revision, path2, key38) => readAs(
      path2,
      () => workspace.readTextAtRevision(revision, path2, key38),
      async () => null
    ),
    commitTimeOf: (path2, key38) => readAs(
      path2,
      () => workspace.commitTimeOf(path2, key38),
      async () => null
    )
  };
}
function withoutLines(scan) {
  return {
    ...scan,
    format: "parquet",
    lineOf: () => void 0,
    badCells: scan.badCells.map((cell) => ({ ...cell, line: void 0 })),
    badRows: scan.badRows.map((row2) => ({ ...row2, line: void 0 }))
  };
}

// src/checks/pipeline/step-references.ts
function stepReferenceProblems(steps, checks) {
  const problems = stepProblems(steps);
  const ordered = problems.length === 0;
  for (const [path2, value] of stringLeaves(checks, ["checks"])) {
    const named2 = namesStep(path2) && steps[value] === void 0;
    if (named2) problems.push(unknownStep(path2, value, steps));
    const reference = parseStepOutputPath(value);
    if (reference === void 0) continue;
    const step = steps[reference.step];
    if (step === void 0) {
      problems.push(unknownStep(path2, reference.step, steps));
    } else if (!step.outputs.map(outputPath).includes(reference.file)) {
      problems.push({
        path: path2,
        message: `${reference.file} is not an output of step "${reference.step}"`,
        fix: `add it to \`steps.${reference.step}.outputs\`, or name one of: ${step.outputs.map(outputPath).join(", ") || "(none declared)"}`
      });
    }
  }
  return ordered ? problems.concat(checkOutputProblems(steps, checks, ["checks"])) : problems;
}
var namedFile = union([string(), looseObject({ path: string() })]);
var runsStep = looseObject({
  step: string(),
  output: namedFile.optional(),
  outputs: array(namedFile).optional()
});
function checkOutputProblems(steps, value, path2) {
  if (value === null || typeof value !== "object") return [];
  const children = Object.entries(value).flatMap(
    ([key38, child]) => checkOutputProblems(steps, child, [...path2, Array.isArray(value) ? Number(key38) : key38])
  );
  const node = runsStep.safeParse(value);
  if (!node.success || steps[node.data.step] === void 0) return children;
  const { step, output, outputs } = node.data;
  const declared2 = stepOrder(steps, step).flatMap(
    (name) => steps[name]?.outputs.map(outputPath) ?? []
  );
  const named2 = [
    ...output === void 0 ? [] : [{ at: [...path2, "output"], file: output }],
    ...(outputs ?? []).map((file, index2) => ({ at: [...path2, "outputs", index2], file }))
  ];
  return children.concat(
    named2.map(({ at, file }) => ({ at, file: typeof file === "string" ? file : file.path })).filter(({ file }) => !declared2.includes(file)).map(({ at, file }) => ({
      path: at,
      message: `${file} is not an output of step "${step}" or of a step it needs`,
      fix: `add it to \`steps.${step}.outputs\`, or name one of: ${declared2.join(", ") || "(none declared)"}`
    }))
  );
}
function namesStep(path2) {
  return path2.at(-1) === "step" || typeof path2.at(-1) === "number" && path2.at(-2) === "steps";
}
function unknownStep(path2, name, steps) {
  const names3 = Object.keys(steps);
  return {
    path: path2,
    message: `no step named "${name}"`,
    fix: names3.length === 0 ? `declare it under \`steps:\` with its command and outputs` : `use one of: ${names3.join(", ")}, or declare it under \`steps:\``
  };
}
function* stringLeaves(value, path2) {
  if (typeof value === "string") yield [path2, value];
  else if (Array.isArray(value)) {
    for (const [index2, item] of value.entries()) yield* stringLeaves(item, [...path2, index2]);
  } else if (value !== null && typeof value === "object") {
    for (const [key38, item] of Object.entries(value)) yield* stringLeaves(item, [...path2, key38]);
  }
}

// src/model/check.ts
var sections = ["data", "model", "infrastructure", "monitoring"];

// src/config/check-instances.ts
function checkInstances(entry) {
  if (!Array.isArray(entry)) return [{ config: entry }];
  return entry.map(({ name, ...config }) => ({ name, config }));
}
function configuredInstances(checks) {
  return new Map(
    Object.entries(checks).map(([id, entry]) => [
      id,
      Array.isArray(entry) ? entry.map((instance) => instance.name) : void 0
    ])
  );
}

// src/statistics/seeded-random.ts
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function randomIndex(random, n) {
  return Math.floor(random() * n);
}

// src/statistics/paired-bootstrap.ts
function pairedBootstrap(n, statistics, options) {
  if (n < 1) throw new RangeError("a bootstrap needs at least one row");
  const random = seededRandom(options.seed);
  const weights = new Float64Array(n);
  const samples = /* @__PURE__ */ new Map();
  const undefinedCounts = /* @__PURE__ */ new Map();
  for (let b2 = 0; b2 < options.resamples; b2++) {
    weights.fill(0);
    for (let i = 0; i < n; i++) weights[randomIndex(random, n)] += 1;
    for (const [name, value] of Object.entries(statistics(weights))) {
      if (!samples.has(name)) {
        samples.set(name, []);
        undefinedCounts.set(name, 0);
      }
      if (value === null || !Number.isFinite(value)) {
        undefinedCounts.set(name, undefinedCounts.get(name) + 1);
      } else samples.get(name).push(value);
    }
  }
  const intervals = {};
  for (const [name, values] of samples) {
    intervals[name] = percentileInterval(
      values,
      undefinedCounts.get(name) ?? 0,
      options.confidence
    );
  }
  return intervals;
}
function percentileInterval(values, undefinedResamples, confidence) {
  if (values.length === 0) return null;
  const alpha = (1 - confidence) / 2;
  const sorted = values.sort((x, y) => x - y);
  return {
    low: quantile_sorted_default(sorted, alpha),
    high: quantile_sorted_default(sorted, 1 - alpha),
    resamples: values.length,
    undefinedResamples
  };
}

// src/metrics/bootstrap-draws.ts
var weyl = 1831565813;
var twoToMinus32 = 2 ** -32;
function forEachResamplePair(n, resamples, seed, visit2, first2 = 0) {
  const [counts, next] = [new Int32Array(checkedRows(n)), new Int32Array(n)];
  let state = stateAt(seed, first2, n);
  for (let b2 = 0; b2 < resamples; b2 += 2) {
    state = drawResample(counts, state);
    if (b2 + 1 < resamples) state = drawResample(next, state);
    visit2(counts, b2 + 1 < resamples ? next : null);
  }
}
function checkedRows(n) {
  if (n > 2 ** 31 - 1) throw new RangeError("at most 2\xB3\xB9 \u2212 1 rows");
  return n;
}
function stateAt(seed, first2, n) {
  return seed + Math.imul(Math.imul(first2, n), weyl) | 0;
}
function drawResample(counts, start) {
  const n = counts.length;
  const scale = n * twoToMinus32;
  let state = start;
  counts.fill(0);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    counts[drawIndex(state + weyl | 0, scale)] += 1;
    counts[drawIndex(state + 2 * weyl | 0, scale)] += 1;
    counts[drawIndex(state + 3 * weyl | 0, scale)] += 1;
    state = state + 4 * weyl | 0;
    counts[drawIndex(state, scale)] += 1;
  }
  for (; i < n; i++) {
    state = state + weyl | 0;
    counts[drawIndex(state, scale)] += 1;
  }
  return state;
}
function drawIndex(state, scale) {
  let t = Math.imul(state ^ state >>> 15, state | 1);
  t ^= t + Math.imul(t ^ t >>> 7, t | 61) | 0;
  return ((t ^ t >>> 14) >>> 0) * scale | 0;
}

// src/metrics/counted-binary-metrics.ts
var maxCountedRows = 2 ** 26 - 1;
var noneBeaten = [0, 0];
function countedBinaryPair(a2, b2, threshold, names3) {
  if (b2.labels.length !== a2.labels.length) throw new Error("the two models must share their rows");
  const first2 = prepare(a2, threshold, names3);
  const second = prepare(b2, threshold, names3);
  const zeros = new Float64Array(a2.labels.length);
  const logs = first2.logTerms || second.logTerms ? { a: first2.logTerms ?? zeros, b: second.logTerms ?? zeros } : null;
  const classes = first2.outcome.map((x, i) => x | second.outcome[i] << 2);
  const auc = names3.includes("roc_auc");
  const twice = (counts, next) => {
    const sums = pairRowSums(counts, next, classes, logs);
    const beatenA = auc ? beatenTwice(first2.ranking, counts, next) : noneBeaten;
    const beatenB = auc ? beatenTwice(second.ranking, counts, next) : noneBeaten;
    return [
      [
        valuesOf(first2, counts, sums[0], beatenA[0], names3),
        valuesOf(second, counts, sums[1], beatenB[0], names3)
      ],
      [
        valuesOf(first2, next, sums[2], beatenA[1], names3),
        valuesOf(second, next, sums[3], beatenB[1], names3)
      ]
    ];
  };
  const none = new Int32Array(a2.labels.length);
  return Object.assign((counts) => twice(counts, none)[0], { twice });
}
function prepare(data, threshold, names3) {
  const { labels, scores } = data;
  if (labels.length > maxCountedRows) throw new RangeError(`at most ${maxCountedRows} rows`);
  const predicted = data.predicted ?? predictedAt(scores ?? new Float64Array(0), threshold);
  const outcome = new Uint8Array(labels.length);
  for (let i = 0; i < labels.length; i++) outcome[i] = labels[i] | predicted[i] << 1;
  const probabilities = scores !== null && firstNotProbability(scores) === void 0;
  const wants = (name) => names3.includes(name);
  const ranked = scores && (wants("roc_auc") || wants("average_precision"));
  const terms = (name, term) => {
    if (!probabilities || !wants(name)) return null;
    const values = new Float64Array(labels.length);
    for (let i = 0; i < labels.length; i++) values[i] = term(labels[i], scores[i]);
    return values;
  };
  return {
    outcome,
    logTerms: terms("log_loss", logLossTerm),
    brierTerms: terms("brier", (y, p) => (y - p) ** 2),
    ranking: ranked ? rankingOf(labels, scores) : null
  };
}
function pairRowSums(counts, next, classes, logs) {
  const histogram = new Int32Array(128);
  let logA = 0;
  let logB = 0;
  let nextLogA = 0;
  let nextLogB = 0;
  for (let i = 0; i < counts.length; i++) {
    const slot = (i & 3) << 4 | classes[i];
    histogram[slot] += counts[i];
    histogram[64 | slot] += next[i];
  }
  if (logs !== null) {
    for (let i = 0; i < counts.length; i++) {
      const c2 = counts[i];
      const d2 = next[i];
      const termA = logs.a[i];
      const termB = logs.b[i];
      logA += c2 * termA;
      logB += c2 * termB;
      nextLogA += d2 * termA;
      nextLogB += d2 * termB;
    }
  }
  const tally = (from, shift, log) => {
    const sums = { total: 0, positives: 0, predictedPositives: 0, truePositives: 0, log };
    for (let slot = from; slot < from + 64; slot++) {
      const c2 = histogram[slot];
      const outcome = slot >> shift & 3;
      sums.total += c2;
      sums.positives += outcome & 1 ? c2 : 0;
      sums.predictedPositives += outcome & 2 ? c2 : 0;
      sums.truePositives += outcome === 3 ? c2 : 0;
    }
    return sums;
  };
  return [tally(0, 0, logA), tally(0, 2, logB), tally(64, 0, nextLogA), tally(64, 2, nextLogB)];
}
function valuesOf(model, counts, t, beaten, names3) {
  const values = {};
  for (let m = 0; m < names3.length; m++) {
    const name = names3[m];
    values[name] = metricOf(name, model, counts, t, beaten);
  }
  return values;
}
function metricOf(name, model, counts, t, beaten) {
  const { ranking, brierTerms } = model;
  const negatives = t.total - t.positives;
  const falsePositives = t.predictedPositives - t.truePositives;
  const falseNegatives = t.positives - t.truePositives;
  const withRanks = ranking !== null && t.positives > 0;
  switch (name) {
    case "accuracy": {
      const trueNegatives = negatives - falsePositives;
      return t.total > 0 ? (t.truePositives + trueNegatives) / t.total : null;
    }
    case "precision":
      return t.predictedPositives > 0 ? t.truePositives / (t.truePositives + falsePositives) : null;
    case "recall":
      return t.positives > 0 ? t.truePositives / t.positives : null;
    case "f1": {
      const denominator = 2 * t.truePositives + falsePositives + falseNegatives;
      return denominator > 0 ? 2 * t.truePositives / denominator : null;
    }
    case "roc_auc":
      return withRanks && negatives > 0 ? mannWhitneyU(ranking, counts, t.positives, negatives, beaten) / (t.positives * negatives) : null;
    case "average_precision":
      return withRanks ? averagePrecision(ranking, counts, t.positives) : null;
    case "log_loss":
      return model.logTerms && t.total > 0 ? t.log / t.total : null;
    case "brier":
      return brierTerms && t.total > 0 ? weightedSum(counts, brierTerms) / t.total : null;
    default:
      return null;
  }
}
function weightedSum(counts, terms) {
  let sum = 0;
  for (let i = 0; i < counts.length; i++) sum += counts[i] * terms[i];
  return sum;
}
function rankingOf(labels, scores) {
  const n = labels.length;
  const order2 = descendingOrder(scores);
  const flags = new Uint8Array(n);
  const mixed = [];
  let start = 0;
  let groupPositives = 0;
  let groups = 0;
  for (let k = 0; k < n; k++) {
    flags[k] = labels[order2[k]];
    groupPositives += flags[k];
    if (k + 1 < n && scores[order2[k + 1]] === scores[order2[k]]) continue;
    flags[k] |= 2;
    groups++;
    if (groupPositives > 0 && groupPositives < k + 1 - start) mixed.push(start, k + 1);
    start = k + 1;
    groupPositives = 0;
  }
  return { order: order2, flags, mixedGroups: Int32Array.from(mixed), oneGroup: groups === 1 };
}
function mannWhitneyU(ranking, counts, positives, negatives, beaten) {
  const tied = ranking.oneGroup ? positives * negatives : tiedPairs(ranking, counts);
  return positives * negatives - beaten - tied / 2;
}
function tiedPairs({ order: order2, flags, mixedGroups }, counts) {
  let tied = 0;
  for (let g = 0; g < mixedGroups.length; g += 2) {
    let groupPositives = 0;
    let groupNegatives = 0;
    for (let k = mixedGroups[g]; k < mixedGroups[g + 1]; k++) {
      const c2 = counts[order2[k]];
      const p = c2 & -(flags[k] & 1);
      groupPositives += p;
      groupNegatives += c2 - p;
    }
    tied += groupPositives * groupNegatives;
  }
  return tied;
}
function beatenTwice(ranking, counts, next) {
  if (!ranking || ranking.oneGroup) return [0, 0];
  const { order: order2, flags } = ranking;
  let soFar = 0;
  let above = 0;
  let beaten = 0;
  let nextSoFar = 0;
  let nextAbove = 0;
  let nextBeaten = 0;
  for (let k = 0; k < order2.length; k++) {
    const row2 = order2[k];
    const f2 = flags[k];
    const positive = -(f2 & 1);
    const end = -(f2 >> 1);
    const c2 = counts[row2];
    const p = c2 & positive;
    beaten += p * above;
    soFar += c2 - p;
    above = soFar & end | above & ~end;
    const d2 = next[row2];
    const q = d2 & positive;
    nextBeaten += q * nextAbove;
    nextSoFar += d2 - q;
    nextAbove = nextSoFar & end | nextAbove & ~end;
  }
  return [beaten, nextBeaten];
}
function averagePrecision({ order: order2, flags }, counts, positives) {
  let groupPositives = 0;
  let groupNegatives = 0;
  let truePositives = 0;
  let falsePositives = 0;
  let previousRecall = 0;
  let ap = 0;
  for (let k = 0; k < order2.length; k++) {
    const c2 = counts[order2[k]];
    const p = c2 & -(flags[k] & 1);
    groupPositives += p;
    groupNegatives += c2 - p;
    if (flags[k] < 2) continue;
    truePositives += groupPositives;
    falsePositives += groupNegatives;
    const recall = truePositives / positives;
    const precision = truePositives / Math.max(truePositives + falsePositives, 1);
    ap += (recall - previousRecall) * precision;
    previousRecall = recall;
    groupPositives = 0;
    groupNegatives = 0;
  }
  return ap;
}

// src/metrics/bootstrap-metric-deltas.ts
function bootstrapPredictionDeltas(a2, b2, names3, options, threshold = 0.5) {
  if (a2.task === "binary" && b2.task === "binary" && countable(a2.data) && countable(b2.data)) {
    return bootstrapBinaryDeltas(a2.data, b2.data, names3, options, threshold);
  }
  const rows = a2.data.labels.length;
  const [first2, second] = [predictionsEvaluator(a2, threshold), predictionsEvaluator(b2, threshold)];
  return bootstrapMetricDeltas(first2, second, rows, names3, options);
}
function bootstrapMetricDeltas(a2, b2, rows, names3, options) {
  return pairedBootstrap(
    rows,
    (weights) => {
      const x = a2(weights);
      const y = b2(weights);
      return Object.fromEntries(
        names3.map((name) => {
          const first2 = metricNumber(x[name]);
          const second = metricNumber(y[name]);
          return [name, first2 === null || second === null ? null : first2 - second];
        })
      );
    },
    options
  );
}
function countable(data) {
  const sortable = data.scores === null || !data.scores.some(Number.isNaN);
  return sortable && data.labels.length <= maxCountedRows;
}
function bootstrapBinaryDeltas(a2, b2, names3, options, threshold) {
  const unique = [...new Set(names3)];
  const job = { a: a2, b: b2, names: unique, threshold, seed: options.seed };
  const samples = binaryDeltaSamples({ ...job, first: 0, count: options.resamples });
  return intervalsOf(unique, samples, options.confidence);
}
function binaryDeltaSamples(job) {
  const samples = job.names.map(() => new Float64Array(job.count));
  writeDeltas(job, countedPair(job), job.first, job.count, samples, 0);
  return samples;
}
function countedPair(job) {
  if (job.a.labels.length < 1) throw new RangeError("a bootstrap needs at least one row");
  return countedBinaryPair(job.a, job.b, job.threshold, job.names);
}
function writeDeltas(job, evaluate, first2, count, samples, at) {
  let index2 = at;
  const write = (values) => {
    for (let m = 0; m < job.names.length; m++) {
      const name = job.names[m];
      const p = values[0][name] ?? null;
      const q = values[1][name] ?? null;
      samples[m][index2] = p === null || q === null ? Number.NaN : p - q;
    }
    index2++;
  };
  forEachResamplePair(
    job.a.labels.length,
    count,
    job.seed,
    (counts, next) => {
      if (next === null) {
        write(evaluate(counts));
        return;
      }
      const both = evaluate.twice(counts, next);
      write(both[0]);
      write(both[1]);
    },
    first2
  );
}
function runSharedDeltaJob(job) {
  const chunks = Math.ceil(job.resamples / job.chunk);
  if (Atomics.load(job.progress, 0) >= chunks) return;
  const evaluate = countedPair(job);
  for (let k = Atomics.add(job.progress, 0, 1); k < chunks; k = Atomics.add(job.progress, 0, 1)) {
    const first2 = k * job.chunk;
    writeDeltas(
      job,
      evaluate,
      first2,
      Math.min(job.chunk, job.resamples - first2),
      job.samples,
      first2
    );
    Atomics.add(job.progress, 1, 1);
    Atomics.notify(job.progress, 1);
  }
}
async function sharedDeltaJobDone(job) {
  const chunks = Math.ceil(job.resamples / job.chunk);
  for (let done = Atomics.load(job.progress, 1); done < chunks; ) {
    const wait = Atomics.waitAsync(job.progress, 1, done);
    if (wait.async) await wait.value;
    done = Atomics.load(job.progress, 1);
  }
}
function intervalsOf(names3, samples, confidence) {
  return Object.fromEntries(
    names3.map((name, m) => {
      const finite = [];
      let undefinedCount = 0;
      for (const delta of samples[m] ?? []) {
        if (Number.isFinite(delta)) finite.push(delta);
        else undefinedCount++;
      }
      return [name, percentileInterval(finite, undefinedCount, confidence)];
    })
  );
}
async function bootstrapPredictionDeltasInParallel(a2, b2, names3, options, threshold, runner) {
  const draws = a2.data.labels.length * options.resamples;
  const parts = draws < 1e7 ? 1 : Math.min(runner?.parts ?? 1, options.resamples);
  const binary = a2.task === "binary" && b2.task === "binary";
  if (!runner || parts < 2 || !binary || !countable(a2.data) || !countable(b2.data)) {
    return bootstrapPredictionDeltas(a2, b2, names3, options, threshold);
  }
  const unique = [...new Set(names3)];
  const shared = (length) => new SharedArrayBuffer(length * Float64Array.BYTES_PER_ELEMENT);
  const job = {
    a: a2.data,
    b: b2.data,
    names: unique,
    threshold,
    seed: options.seed,
    resamples: options.resamples,
    // Eight chunks a thread: small enough to even out threads that start late or run slow; even,
    // as the resamples are evaluated two at a time.
    chunk: 2 * Math.ceil(options.resamples / (16 * parts)),
    progress: new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT)),
    samples: unique.map(() => new Float64Array(shared(options.resamples)))
  };
  await runner.run(job);
  return intervalsOf(unique, job.samples, options.confidence);
}

// src/metrics/baseline-rule.ts
var baselineRules = ["majority_class", "mean", "median"];
function ruleBaseline(candidate, rule3) {
  const n = candidate.data.labels.length;
  switch (candidate.task) {
    case "binary": {
      if (rule3 !== "majority_class")
        throw new Error(`baseline rule ${rule3} is for regression; use majority_class`);
      const positives = candidate.data.labels.reduce((sum, label) => sum + label, 0);
      const rate = positives / n;
      const positiveFirst = candidate.positiveLabel < (candidate.negativeLabel ?? "");
      const majority = rate > 0.5 || rate === 0.5 && positiveFirst ? 1 : 0;
      return {
        ...candidate,
        data: {
          labels: candidate.data.labels,
          scores: new Float64Array(n).fill(rate),
          predicted: new Uint8Array(n).fill(majority)
        }
      };
    }
    case "multiclass": {
      if (rule3 !== "majority_class")
        throw new Error(`baseline rule ${rule3} is for regression; use majority_class`);
      const { classes, labels, probabilityClasses: k } = candidate.data;
      const counts = new Float64Array(classes.length);
      for (const label of labels) counts[label] += 1;
      let majority = 0;
      for (let c2 = 1; c2 < classes.length; c2++) {
        const more = counts[c2] > counts[majority];
        const tieFirst = counts[c2] === counts[majority] && classes[c2] < classes[majority];
        if (more || tieFirst) majority = c2;
      }
      let probabilities = null;
      if (k > 0) {
        probabilities = new Float64Array(n * k);
        for (let row2 = 0; row2 < n; row2++) {
          for (let j = 0; j < k; j++) probabilities[row2 * k + j] = counts[j] / n;
        }
      }
      return {
        ...candidate,
        data: { ...candidate.data, predicted: new Int32Array(n).fill(majority), probabilities }
      };
    }
    case "regression": {
      if (rule3 === "majority_class")
        throw new Error("baseline rule majority_class is for classification; use mean or median");
      const labels = [...candidate.data.labels];
      const value = rule3 === "mean" ? labels.reduce((a2, b2) => a2 + b2, 0) / n : median_default(labels);
      return {
        ...candidate,
        data: { labels: candidate.data.labels, predicted: new Float64Array(n).fill(value) }
      };
    }
  }
}

// src/config-fields/table-file-options.ts
function tableFileOptions(file) {
  if (typeof file === "string") return { path: file, options: {} };
  return {
    path: file.path,
    options: {
      ...file.format ? { format: file.format } : {},
      ...file.delimiter ? { delimiter: file.delimiter } : {},
      ...file.missing_values ? { missingValues: file.missing_values } : {}
    }
  };
}

// src/metrics/load-predictions.ts
async function loadPredictions(workspace, file, columns, key38) {
  const { path: path2, options } = tableFileOptions(file);
  return readPredictions(await workspace.readTable(path2, key38, options), columns);
}
async function loadPredictionsAtRevision(workspace, revision, file, columns, key38) {
  const { path: path2, options } = tableFileOptions(file);
  if (options.format === "parquet" || path2.toLowerCase().endsWith(".parquet")) {
    throw new Error(
      `${key38}: ${path2} is Parquet, which mlgate cannot read at the base commit; export production predictions as CSV or JSONL, or name a production file`
    );
  }
  const text = await workspace.readTextAtRevision(revision, path2, key38);
  if (text === null) return null;
  return readPredictions(
    parseTableText(text, `${path2}@${revision.slice(0, 12)}`, options),
    columns
  );
}

// src/metrics/select-rows.ts
function selectRows(predictions2, rows) {
  const ids = predictions2.ids ? Array.from(rows, (row2) => predictions2.ids[row2]) : null;
  const pick = (values) => values.constructor === Uint8Array ? Uint8Array.from(rows, (row2) => values[row2]) : values.constructor === Int32Array ? Int32Array.from(rows, (row2) => values[row2]) : Float64Array.from(rows, (row2) => values[row2]);
  switch (predictions2.task) {
    case "binary": {
      const { labels, scores, predicted } = predictions2.data;
      return {
        ...predictions2,
        ids,
        data: {
          labels: pick(labels),
          scores: scores ? pick(scores) : null,
          predicted: predicted ? pick(predicted) : null
        }
      };
    }
    case "multiclass": {
      const { probabilities, probabilityClasses: k } = predictions2.data;
      let picked = null;
      if (probabilities) {
        picked = new Float64Array(rows.length * k);
        rows.forEach((row2, i) => {
          picked.set(probabilities.subarray(row2 * k, row2 * k + k), i * k);
        });
      }
      return {
        ...predictions2,
        ids,
        data: {
          ...predictions2.data,
          labels: pick(predictions2.data.labels),
          predicted: pick(predictions2.data.predicted),
          probabilities: picked
        }
      };
    }
    case "regression":
      return {
        ...predictions2,
        ids,
        data: {
          labels: pick(predictions2.data.labels),
          predicted: pick(predictions2.data.predicted)
        }
      };
  }
}

// src/metrics/pair-by-id.ts
function pairById(a2, b2) {
  if (!a2.ids || !b2.ids) throw new Error("pairing needs an id column in both prediction sets");
  const rowOfB = new Map(b2.ids.map((id, row2) => [id, row2]));
  const rowsA = [];
  const rowsB = [];
  a2.ids.forEach((id, row2) => {
    const other = rowOfB.get(id);
    if (other === void 0) return;
    const labelA = labelOf(a2, row2);
    const labelB = labelOf(b2, other);
    if (labelA !== labelB) {
      throw new Error(
        `${a2.table.source}:${a2.table.lineOf(row2)} and ${b2.table.source}:${b2.table.lineOf(other)}: id "${id}" has label "${labelA}" in one and "${labelB}" in the other; compare predictions on the same evaluation data`
      );
    }
    rowsA.push(row2);
    rowsB.push(other);
  });
  return {
    a: selectRows(a2, Int32Array.from(rowsA)),
    b: selectRows(b2, Int32Array.from(rowsB)),
    onlyA: a2.ids.length - rowsA.length,
    onlyB: b2.ids.length - rowsB.length
  };
}
function labelOf(predictions2, row2) {
  switch (predictions2.task) {
    case "binary":
      return predictions2.data.labels[row2] ? predictions2.positiveLabel : predictions2.negativeLabel ?? "";
    case "multiclass":
      return predictions2.data.classes[predictions2.data.labels[row2]];
    case "regression":
      return String(predictions2.data.labels[row2]);
  }
}

// src/metrics/predictions-config.ts
var columnName = string({ error: "expected a column name" }).min(1, { error: "the column name is empty" });
var predictionColumnsShape = {
  task: _enum(tasks, { error: "task is one of binary, multiclass, regression" }).describe("binary, multiclass or regression: decides which metrics are computed."),
  label_column: columnName.describe("The true label (classification) or value (regression)."),
  score_column: columnName.optional().describe("Binary: the positive class's score or probability. Regression: the prediction."),
  prediction_column: columnName.optional().describe("The predicted label or value; for binary, used instead of thresholding the score."),
  positive_label: union([string(), number(), boolean()], {
    error: 'positive_label is the label value of the positive class, e.g. 1 or "fraud"'
  }).optional().describe("Binary: the label that counts as positive; 1 and true are inferred."),
  probability_columns: record(string(), columnName, {
    error: "probability_columns maps each class to its column, e.g. {cat: p_cat, dog: p_dog}"
  }).optional().describe("Multiclass: class \u2192 column holding its probability."),
  probability_prefix: string().min(1, { error: "the prefix is empty" }).optional().describe("Multiclass: each column named `<prefix><class>` holds that class's probability."),
  id_column: columnName.optional().describe("A column naming each row; needed to pair prediction sets and join features."),
  threshold: probability.default(0.5).describe("Binary decision threshold: a score at or above it predicts positive.")
};
function requirePredictionColumns(config, context) {
  const issue = (path2, message) => context.addIssue({ code: "custom", path: [path2], message });
  const probabilities = config.probability_columns ?? config.probability_prefix;
  if (config.probability_columns && config.probability_prefix) {
    issue("probability_prefix", "give probability_columns or probability_prefix, not both");
  }
  switch (config.task) {
    case "binary":
      if (!config.score_column && !config.prediction_column) {
        issue(
          "score_column",
          "a binary task needs score_column (a score per row) or prediction_column"
        );
      }
      if (probabilities)
        issue(
          "probability_columns",
          "probability columns are for task multiclass; use score_column"
        );
      break;
    case "multiclass":
      if (!config.prediction_column && !probabilities) {
        issue(
          "probability_columns",
          "a multiclass task needs probability_columns, probability_prefix or prediction_column"
        );
      }
      if (config.score_column)
        issue(
          "score_column",
          "a multiclass task takes probability_columns or probability_prefix, not score_column"
        );
      break;
    case "regression":
      if (!config.score_column && !config.prediction_column) {
        issue(
          "prediction_column",
          "a regression task needs prediction_column (the predicted value)"
        );
      }
      if (probabilities)
        issue("probability_columns", "probability columns are for task multiclass");
      break;
  }
  if (config.positive_label !== void 0 && config.task !== "binary") {
    issue("positive_label", "positive_label is for task binary");
  }
}
function predictionColumnsOf(config) {
  return {
    task: config.task,
    labelColumn: config.label_column,
    scoreColumn: config.score_column,
    predictionColumn: config.prediction_column,
    positiveLabel: config.positive_label,
    probabilityColumns: config.probability_columns,
    probabilityPrefix: config.probability_prefix,
    idColumn: config.id_column
  };
}
var predictionOverridesShape = {
  score_column: columnName.optional(),
  prediction_column: columnName.optional(),
  probability_columns: predictionColumnsShape.probability_columns,
  probability_prefix: predictionColumnsShape.probability_prefix
};
function withOverrides(columns, overrides) {
  const probabilities = overrides.probability_columns ?? overrides.probability_prefix;
  return {
    ...columns,
    ...overrides.score_column || overrides.prediction_column ? { scoreColumn: overrides.score_column, predictionColumn: overrides.prediction_column } : {},
    ...probabilities ? {
      probabilityColumns: overrides.probability_columns,
      probabilityPrefix: overrides.probability_prefix
    } : {}
  };
}
function requireGroupingColumns(config, grouped, context) {
  if (config.features && !config.id_column) {
    context.addIssue({
      code: "custom",
      path: ["id_column"],
      message: "joining a features file needs id_column in the predictions"
    });
  }
  for (const column of Object.keys(config.bins)) {
    if (!grouped.columns.includes(column)) {
      context.addIssue({
        code: "custom",
        path: ["bins", column],
        message: `"${column}" is not in ${grouped.key}; add it there or remove its bins`
      });
    }
  }
}

// src/metrics/load-baseline.ts
async function loadBaseline(workspace, candidate, columns, source, key38) {
  if (source.rule) {
    return {
      candidate,
      baseline: ruleBaseline(candidate, source.rule),
      description: `rule ${source.rule} (fitted on the evaluation labels)`,
      unpaired: 0
    };
  }
  const baselineColumns = withOverrides(columns, source);
  const column = source.score_column ?? source.prediction_column ?? source.probability_prefix ?? "probability columns";
  if (!source.predictions) {
    return {
      candidate,
      baseline: readPredictions(candidate.table, baselineColumns),
      description: `column ${column} of ${candidate.table.source}`,
      unpaired: 0
    };
  }
  const other = await loadPredictions(
    workspace,
    source.predictions,
    baselineColumns,
    `${key38}.predictions`
  );
  const description = `${column} of ${other.table.source}`;
  if (candidate.ids && other.ids) {
    const paired = pairById(candidate, other);
    if (paired.a.data.labels.length === 0) {
      throw new Error(
        `${key38}: no id of ${candidate.table.source} appears in ${other.table.source}; score the baseline on the same rows`
      );
    }
    return { candidate: paired.a, baseline: paired.b, description, unpaired: paired.onlyA };
  }
  if (!sameLabelsInOrder(candidate, other)) {
    throw new Error(
      `${key38}: ${other.table.source} does not list the same labels in the same order as ${candidate.table.source}; set id_column so rows can be paired by id`
    );
  }
  return { candidate, baseline: other, description, unpaired: 0 };
}
function sameLabelsInOrder(a2, b2) {
  const x = a2.data.labels;
  const y = b2.data.labels;
  if (x.length !== y.length || a2.task !== b2.task) return false;
  if (a2.task === "multiclass" && b2.task === "multiclass") {
    return x.every((label, i) => a2.data.classes[label] === b2.data.classes[y[i]]);
  }
  return x.every((label, i) => label === y[i]);
}

// src/metrics/baseline-config.ts
var baselineSource = strictObject(
  {
    predictions: tableFile.optional().describe(
      "The baseline's predictions file; default: the candidate's file, with the columns below."
    ),
    ...predictionOverridesShape,
    rule: _enum(baselineRules, { error: "rule is one of majority_class, mean, median" }).optional().describe(
      "A baseline computed from the labels: majority_class (classification), mean or median (regression)."
    )
  },
  {
    error: "the baseline is {rule: majority_class | mean | median}, or {score_column: \u2026} / {prediction_column: \u2026} (with predictions: <file> when in another file)"
  }
).superRefine((baseline, context) => {
  const columns = baseline.score_column ?? baseline.prediction_column ?? baseline.probability_columns ?? baseline.probability_prefix;
  if (baseline.rule && (baseline.predictions || columns)) {
    context.addIssue({
      code: "custom",
      path: ["rule"],
      message: "a rule baseline is computed from the labels; remove predictions and the column keys"
    });
  }
  if (!baseline.rule && !columns) {
    context.addIssue({
      code: "custom",
      path: [],
      message: "name the baseline: rule (majority_class, mean, median), or its score_column / prediction_column / probability columns (and predictions: <file> when they are in another file)"
    });
  }
});

// src/metrics/bootstrap-config.ts
var bootstrapConfig = strictObject({
  resamples: int({ error: "resamples is a whole number" }).min(1e3, { error: "use at least 1000 resamples for a stable interval" }).max(1e5, { error: "at most 100000 resamples" }).default(1e3).describe("How many resamples of the paired rows."),
  confidence: number({ error: "confidence is a level such as 0.95" }).min(0.5, { error: "confidence is at least 0.5" }).max(0.999, { error: "confidence is at most 0.999" }).default(0.95).describe("Two-sided level of the percentile interval."),
  seed: int({ error: "seed is a whole number" }).default(1).describe("Seed of the resampling: the same seed gives the same interval.")
}).default({ resamples: 1e3, confidence: 0.95, seed: 1 }).describe("Paired bootstrap of the difference between the two models, resampling rows.");

// src/checks/baseline-comparison/baseline-comparison-config.ts
var baselineComparisonConfig = strictObject({
  predictions: inputTableFile.describe("The candidate's predictions (CSV, JSONL or Parquet)."),
  ...predictionColumnsShape,
  baseline: baselineSource.describe(
    "The simpler model: rule majority_class / mean / median, or its columns (in predictions: <file> when elsewhere)."
  ),
  margins: record(string(), nonNegative).refine((margins) => Object.keys(margins).length > 0, {
    error: "name at least one metric and margin, e.g. {roc_auc: 0.05}"
  }).describe(
    "Per metric: how much better than the baseline the candidate must be, in the metric's own direction (0: at least as good)."
  ),
  require_significant: boolean().default(false).describe(
    "Demand that the bootstrap interval's worse end beats the margin, not just the point estimate."
  ),
  bootstrap: bootstrapConfig
}).superRefine((config, context) => {
  requirePredictionColumns(config, context);
  const known = metricNamesByTask[config.task];
  for (const name of Object.keys(config.margins)) {
    if (!known.includes(name)) {
      context.addIssue({
        code: "custom",
        path: ["margins", name],
        message: `not a ${config.task} metric; use one of ${known.join(", ")}`
      });
    }
  }
});

// src/checks/baseline-comparison/baseline-comparison-outcome.ts
function baselineComparisonOutcome(config, gains, baseline) {
  const percent4 = `${Math.round(config.bootstrap.confidence * 100)}%`;
  const failed = gains.filter((gain) => gain.finding !== null).map((gain) => gain.name);
  const figures = gains.flatMap(
    ({ name, gain, margin, finding: finding2 }) => gain === null ? [] : [
      {
        name: `${name} gain over baseline`,
        value: gain,
        threshold: `\u2265 ${margin}`,
        bound: { comparator: ">=", limit: margin },
        short: finding2 !== null
      }
    ]
  );
  const rows = gains.map(({ name, candidate, baseline: base, gain, interval, margin, finding: finding2 }) => {
    const intervalText3 = interval ? ` [${formatSigned(interval.low)}, ${formatSigned(interval.high)}]` : "";
    const status = gain === null ? "fail: undefined" : finding2 ? "fail: not better enough" : "pass: better";
    return [
      name,
      formatMetric(candidate),
      formatMetric(base),
      gain === null ? "\u2014" : `${formatSigned(gain)}${intervalText3}`,
      `\u2265 ${margin}`,
      status
    ];
  });
  return {
    kind: "ran",
    summary: failed.length === 0 ? `beats the baseline (${baseline.description}) on ${gains.map((g) => g.name).join(", ")} by the required margins` : `does not beat the baseline (${baseline.description}) by the required margin on ${failed.join(", ")}`,
    figures: [...figures.filter((f2) => f2.short), ...figures.filter((f2) => !f2.short)].map(
      ({ short: _, ...figure2 }) => figure2
    ),
    findings: gains.flatMap((gain) => gain.finding ? [gain.finding] : []),
    details: [
      {
        type: "table",
        title: "Candidate vs baseline",
        header: [
          "metric",
          "candidate",
          "baseline",
          `gain [${percent4} CI]`,
          "required gain",
          "status"
        ],
        rows,
        note: `Baseline: ${baseline.description}. ${baseline.rows} rows${baseline.unpaired > 0 ? ` (${baseline.unpaired} candidate rows without a baseline partner left out)` : ""}; gain is in each metric's better direction; paired bootstrap, ${config.bootstrap.resamples} resamples, seed ${config.bootstrap.seed}.`
      }
    ]
  };
}

// src/checks/baseline-comparison/metric-gains.ts
var key = "checks.baseline_comparison";
function metricGain(config, compared, where) {
  const { name, direction, candidate: a2, baseline: b2, delta } = compared;
  const margin = config.margins[name] ?? 0;
  const location = { path: where.path };
  if (!a2.defined || !b2.defined) {
    const reason = a2.defined ? b2.defined ? "" : b2.reason : a2.reason;
    const side = a2.defined ? "baseline" : "candidate";
    const finding2 = {
      id: `metric:${name}:undefined`,
      severity: "fail",
      message: `${name} is undefined for the ${side} (${reason}), so the comparison cannot be made`,
      location,
      measure: { figure: `${name} of the ${side}`, value: null },
      fix: `Evaluate both models on rows where ${name} can be computed (${reason}).`
    };
    return { name, margin, candidate: a2, baseline: b2, gain: null, interval: null, finding: finding2 };
  }
  const gain = improvement(direction, a2.value, b2.value);
  const interval = delta ? direction === "higher_is_better" ? { low: delta.low, high: delta.high } : { low: -delta.high, high: -delta.low } : null;
  const result = { name, margin, candidate: a2, baseline: b2, gain, interval };
  return { ...result, finding: shortfall(config, result, where, a2.value, b2.value) };
}
function shortfall(config, { name, margin, gain, interval }, where, candidate, baseline) {
  const short2 = gain < margin;
  const unconfirmed = !short2 && config.require_significant && (interval === null || interval.low < margin);
  if (!short2 && !unconfirmed) return null;
  const percent4 = `${Math.round(config.bootstrap.confidence * 100)}%`;
  const intervalText3 = interval ? ` [${formatSigned(interval.low)}, ${formatSigned(interval.high)}]` : "";
  const bound = { comparator: ">=", limit: margin };
  const marginKey = `\`${key}.margins.${name}\``;
  if (short2) {
    return {
      id: `metric:${name}`,
      severity: "fail",
      message: `${name}: the candidate (${formatNumber(candidate)}) gains ${formatSigned(gain)} over the baseline (${formatNumber(baseline)}), less than the required ${margin}${intervalText3 ? `; ${percent4} interval${intervalText3}` : ""}`,
      location: { path: where.path },
      measure: {
        figure: `${name} gain over baseline`,
        value: gain,
        bound,
        reference: { label: "baseline", value: baseline }
      },
      fix: `Improve the model until it beats the baseline (${where.baseline}) on ${name} by at least ${margin}, or change ${marginKey} if the margin is wrong.`
    };
  }
  return {
    id: `metric:${name}`,
    severity: "fail",
    message: `${name}: the candidate beats the baseline by ${formatSigned(gain)}, but the ${percent4} interval${intervalText3} does not clear the required ${margin}`,
    location: { path: where.path },
    measure: {
      figure: `lower bound of the ${percent4} interval of the ${name} gain`,
      value: interval?.low ?? null,
      bound,
      reference: { label: "estimated gain", value: gain }
    },
    fix: `Evaluate on more rows to narrow the interval, improve the model on ${name}, or change ${marginKey} or \`${key}.require_significant\`.`
  };
}

// src/checks/baseline-comparison/baseline-comparison.ts
var baselineComparison = {
  id: "baseline_comparison",
  title: "The model beats a simple baseline",
  rubric: ["model-5"],
  config: baselineComparisonConfig,
  async run(config, { workspace, resampleRunner }) {
    const columns = predictionColumnsOf(config);
    const candidateAll = await loadPredictions(
      workspace,
      config.predictions,
      columns,
      `${key}.predictions`
    );
    const pair = await loadBaseline(
      workspace,
      candidateAll,
      columns,
      config.baseline,
      `${key}.baseline`
    );
    const candidate = predictionsEvaluator(pair.candidate, config.threshold);
    const baseline = predictionsEvaluator(pair.baseline, config.threshold);
    const names3 = Object.keys(config.margins);
    const intervals = await bootstrapPredictionDeltasInParallel(
      pair.candidate,
      pair.baseline,
      names3,
      config.bootstrap,
      config.threshold,
      resampleRunner
    );
    const [candidateMetrics, baselineMetrics] = [candidate(), baseline()];
    const unknown = undefinedMetric("not a metric of this task");
    const where = { path: candidateAll.table.source, baseline: pair.description };
    const gains = names3.map((name) => {
      const direction = directionOf(name);
      if (!direction) throw new Error(`${key}.margins.${name}: not a metric mlgate knows`);
      const compared = {
        name,
        direction,
        candidate: candidateMetrics[name] ?? unknown,
        baseline: baselineMetrics[name] ?? unknown,
        delta: intervals[name] ?? null
      };
      return metricGain(config, compared, where);
    });
    return baselineComparisonOutcome(config, gains, {
      ...pair,
      rows: pair.candidate.data.labels.length
    });
  }
};

// src/checks/pipeline/check-command.ts
function stepKey(what) {
  return stepName.optional().describe(
    `Or, instead of \`command\`: the step under \`steps:\` that ${what}; it runs after the steps it needs, with its own timeout and working directory.`
  );
}
function commandOrStepOf(config) {
  if (config.step !== void 0) return { step: config.step };
  if (config.command !== void 0) return { command: config.command };
  throw new Error("the config schema lets no check through without `command` or `step`");
}
function commandOrStep(stepKeys) {
  return (config, context) => {
    if (config.command === void 0 === (config.step === void 0)) {
      const both = config.command !== void 0;
      context.addIssue({
        code: "custom",
        path: both ? ["step"] : [],
        message: both ? "`command` and `step` are both given; the check runs one of them" : "no command to run: neither `command` nor `step` is given",
        params: {
          fix: both ? "keep `step` (the step under `steps:`) and remove `command`, or the other way round" : "add `step: <a step under steps:>`, or `command: <the shell command to run>`"
        }
      });
      return;
    }
    if (config.step === void 0) return;
    for (const key38 of stepKeys) {
      const value = config[key38];
      if (value === void 0 || Array.isArray(value) && value.length === 0) continue;
      context.addIssue({
        code: "custom",
        path: [key38],
        message: `\`${key38}\` is set beside \`step\`, but the step declares its own`,
        params: { fix: `move it to \`steps.${config.step}.${key38}\`, or remove it here` }
      });
    }
  };
}
function ranCommand(command, commandKey, result) {
  return { label: `\`${command}\``, commandKey, result };
}
function endedWith(ran, name = ran.label) {
  const blocked = ran.blocked ? `, so step \`${ran.blocked}\` did not run` : "";
  return `${name} ended with ${exitDescription(ran.result)}${blocked}`;
}
function pipelineWith(pipeline, step, key38) {
  if (pipeline?.steps[step] !== void 0) return pipeline;
  throw new Error(
    `${key38}.step names step "${step}", but ${pipeline ? "no such step is declared under `steps:`" : "mlgate.yml declares no `steps:`"}; declare it under \`steps:\` with its command and outputs, or give \`${key38}.command\` instead`
  );
}
async function runStep(gatePipeline, step, key38) {
  const pipeline = pipelineWith(gatePipeline, step, key38);
  const run = await pipeline.run(step);
  if (run.kind === "refused") return run;
  if (run.kind === "failed") {
    const { failed } = run;
    const timeout = pipeline.steps[failed.step]?.timeout_minutes ?? 0;
    requireFinished(failed.result, `steps.${failed.step}.command`, timeout);
    const blocked = failed.step === step ? {} : { blocked: step };
    return { kind: "failed", ran: { ...stepCommand(failed), ...blocked } };
  }
  const order2 = new Set(stepOrder(pipeline.steps, step));
  const completed = run.completed.filter((done) => order2.has(done.step));
  const target = completed.find((done) => done.step === step);
  if (target === void 0) throw new Error(`${key38}.step: step "${step}" did not run`);
  return {
    kind: "ran",
    ran: stepCommand(target),
    copy: run.copy,
    completed,
    outputs: run.outputs.filter((output) => order2.has(output.step))
  };
}
function stepCommand({ step, command, result }) {
  return {
    label: `step \`${step}\` (\`${command}\`)`,
    step,
    commandKey: `steps.${step}.command`,
    result
  };
}

// src/infra/tolerance.ts
function withinTolerance(a2, b2, tolerance3) {
  if (Number.isNaN(a2) || Number.isNaN(b2)) return Number.isNaN(a2) && Number.isNaN(b2);
  if (!Number.isFinite(a2) || !Number.isFinite(b2)) return a2 === b2;
  return Math.abs(a2 - b2) <= tolerance3.absolute + tolerance3.relative * Math.max(Math.abs(a2), Math.abs(b2));
}
function relativeDifference(a2, b2) {
  const scale = Math.max(Math.abs(a2), Math.abs(b2));
  return scale === 0 ? 0 : Math.abs(a2 - b2) / scale;
}
function describeTolerance(tolerance3) {
  const parts = [];
  if (tolerance3.absolute > 0 || tolerance3.relative === 0) parts.push(`abs ${tolerance3.absolute}`);
  if (tolerance3.relative > 0) parts.push(`rel ${tolerance3.relative}`);
  return `\u2264 ${parts.join(" + ")}`;
}

// src/infra/compare-tables.ts
function compareTables(left, right, options) {
  const pairs = options.columns ?? left.columnNames.filter((name) => name !== options.idColumn && right.columnNames.includes(name)).map((name) => ({ left: name, right: name }));
  for (const pair of pairs) {
    requireColumn2(left, pair.left);
    requireColumn2(right, pair.right);
  }
  const rowPairs = options.idColumn ? joinOnId(left, right, options.idColumn) : joinByPosition(left, right);
  const columns = pairs.map((pair) => compareColumn(left, right, pair, rowPairs.matched, options));
  const cap = (ids) => ids.slice(0, options.maxExamples);
  return {
    leftRows: left.rowCount,
    rightRows: right.rowCount,
    matchedRows: rowPairs.matched.length,
    onlyLeft: cap(rowPairs.onlyLeft),
    onlyRight: cap(rowPairs.onlyRight),
    onlyLeftCount: rowPairs.onlyLeft.length,
    onlyRightCount: rowPairs.onlyRight.length,
    columns
  };
}
function requireColumn2(table2, name) {
  const cells = table2.column(name);
  if (!cells) {
    throw new Error(
      `${table2.source}: no column named "${name}"; the file has: ${table2.columnNames.join(", ")}`
    );
  }
  return cells;
}
function idIndex(table2, idColumn) {
  const cells = requireColumn2(table2, idColumn);
  const index2 = /* @__PURE__ */ new Map();
  cells.forEach((cell, row2) => {
    if (cell === null) {
      throw new Error(
        `${table2.source}:${table2.lineOf(row2)}: the id column "${idColumn}" is empty; every row needs an id`
      );
    }
    const id = String(cell);
    const earlier = index2.get(id);
    if (earlier !== void 0) {
      throw new Error(
        `${table2.source}:${table2.lineOf(row2)}: id "${id}" in column "${idColumn}" also appears on line ${table2.lineOf(earlier)}; ids must be unique to compare row by row`
      );
    }
    index2.set(id, row2);
  });
  return index2;
}
function joinOnId(left, right, idColumn) {
  const leftIds = idIndex(left, idColumn);
  const rightIds = idIndex(right, idColumn);
  const matched = [];
  const onlyLeft = [];
  for (const [id, row2] of leftIds) {
    const other = rightIds.get(id);
    if (other === void 0) onlyLeft.push(id);
    else matched.push({ id, left: row2, right: other });
  }
  const onlyRight = [...rightIds.keys()].filter((id) => !leftIds.has(id));
  return { matched, onlyLeft, onlyRight };
}
function joinByPosition(left, right) {
  const matched = [];
  const shared = Math.min(left.rowCount, right.rowCount);
  for (let row2 = 0; row2 < shared; row2++)
    matched.push({ id: `row ${row2 + 1}`, left: row2, right: row2 });
  const rest = (from, to) => Array.from({ length: Math.max(0, to - from) }, (_, k) => `row ${from + k + 1}`);
  return {
    matched,
    onlyLeft: rest(shared, left.rowCount),
    onlyRight: rest(shared, right.rowCount)
  };
}
function compareColumn(left, right, pair, rows, options) {
  const leftCells = requireColumn2(left, pair.left);
  const rightCells = requireColumn2(right, pair.right);
  let differing2 = 0;
  let maxAbsolute = null;
  let maxRelative = null;
  const examples = [];
  for (const row2 of rows) {
    const a2 = leftCells[row2.left] ?? null;
    const b2 = rightCells[row2.right] ?? null;
    const x = parseNumberCell(a2);
    const y = parseNumberCell(b2);
    let same;
    if (typeof x === "number" && typeof y === "number") {
      same = withinTolerance(x, y, options.tolerance);
      if (Number.isFinite(x) && Number.isFinite(y)) {
        maxAbsolute = Math.max(maxAbsolute ?? 0, Math.abs(x - y));
        maxRelative = Math.max(maxRelative ?? 0, relativeDifference(x, y));
      }
    } else {
      same = a2 === null || b2 === null ? a2 === b2 : String(a2) === String(b2);
    }
    if (!same) {
      differing2++;
      if (examples.length < options.maxExamples) {
        examples.push({ id: row2.id, left: a2, right: b2, line: left.lineOf(row2.left) });
      }
    }
  }
  return {
    ...pair,
    compared: rows.length,
    differing: differing2,
    maxAbsoluteDifference: maxAbsolute,
    maxRelativeDifference: maxRelative,
    examples
  };
}

// src/checks/canary/canary-agreement.ts
var key2 = "checks.canary";
function canaryAgreement(canary2, training, config) {
  const trainingId = config.training_predictions.id_column ?? config.id_column;
  const comparison2 = compareTables(canary2, renameColumn(training, trainingId, config.id_column), {
    idColumn: config.id_column,
    columns: columnPairs(config),
    tolerance: config.tolerance,
    maxExamples: config.max_examples
  });
  const idFindings = idFinding(comparison2, training.source, config);
  const columns = comparison2.columns.map(
    (column) => columnAgreement(column, canary2.source, config)
  );
  return {
    figures: columns.map((c2) => c2.figure),
    findings: [...idFindings, ...columns.flatMap((c2) => c2.findings)],
    table: {
      type: "table",
      title: `Agreement with ${training.source} (${describeTolerance(config.tolerance)})`,
      header: ["Canary column", "Training column", "Rows agreeing", "Max |\u0394|"],
      rows: comparison2.columns.map((column) => [
        column.left,
        column.right,
        `${column.compared - column.differing} of ${column.compared}`,
        column.maxAbsoluteDifference ?? "\u2014"
      ])
    }
  };
}
function columnPairs(config) {
  if (config.training_predictions.columns) {
    return Object.entries(config.training_predictions.columns).map(([left, right]) => ({
      left,
      right
    }));
  }
  return Object.entries(config.columns).filter(([name, type]) => name !== config.id_column && type !== "string" && type !== "boolean").map(([name]) => ({ left: name, right: name }));
}
function idFinding(comparison2, trainingPath, config) {
  const fix2 = `Check \`${key2}.id_column\` (and \`${key2}.training_predictions.id_column\`) and make both sides predict on the same examples.`;
  if (comparison2.matchedRows === 0) {
    return [
      {
        id: "agreement:ids",
        severity: "fail",
        message: `no canary id appears in ${trainingPath}; check id_column and that both sides predict on the same examples`,
        location: { path: trainingPath, column: config.id_column },
        measure: {
          figure: "canary ids with a training prediction",
          value: 0,
          bound: { comparator: ">", limit: 0 }
        },
        fix: fix2
      }
    ];
  }
  if (comparison2.onlyLeftCount === 0) return [];
  const more = comparison2.onlyLeftCount > comparison2.onlyLeft.length ? ", \u2026" : "";
  return [
    {
      id: "agreement:ids",
      severity: "warn",
      message: `${comparison2.onlyLeftCount} canary rows have no training-side prediction (ids ${comparison2.onlyLeft.join(", ")}${more})`,
      location: { path: trainingPath, column: config.id_column },
      measure: {
        figure: "canary rows without a training prediction",
        value: comparison2.onlyLeftCount,
        bound: { comparator: "==", limit: 0 }
      },
      fix: fix2
    }
  ];
}
function columnAgreement(column, canaryPath, config) {
  const agreement = column.compared === 0 ? null : 1 - column.differing / column.compared;
  const bound = { comparator: ">=", limit: config.min_agreement };
  const figure2 = {
    name: `agreement ${column.left}`,
    value: agreement,
    threshold: `\u2265 ${config.min_agreement}`,
    bound
  };
  if (agreement === null || agreement >= config.min_agreement) return { figure: figure2, findings: [] };
  const examples = column.examples.map((e2) => `id ${e2.id}: ${String(e2.left)} vs ${String(e2.right)}`).join("; ");
  const tolerance3 = describeTolerance(config.tolerance);
  const first2 = column.examples[0];
  return {
    figure: figure2,
    findings: [
      {
        id: `agreement:${column.left}`,
        severity: "fail",
        message: `${column.left} disagrees with the training side's ${column.right} on ${column.differing} of ${column.compared} rows beyond ${tolerance3} (${examples})`,
        location: { path: canaryPath, column: column.left, ...first2 ? { line: first2.line } : {} },
        measure: { figure: `agreement ${column.left}`, value: agreement, bound },
        fix: `Make the serving code compute \`${column.left}\` the way training computes \`${column.right}\` (same features, preprocessing and model), or loosen \`${key2}.tolerance\` or \`${key2}.min_agreement\`.`
      }
    ]
  };
}
function renameColumn(table2, from, to) {
  if (from === to) return table2;
  return {
    source: table2.source,
    format: table2.format,
    rowCount: table2.rowCount,
    columnNames: table2.columnNames.map((name) => name === from ? to : name),
    column: (name) => table2.column(name === to ? from : name),
    lineOf: (row2) => table2.lineOf(row2)
  };
}

// src/checks/canary/canary-config.ts
var columnType = _enum(["number", "integer", "probability", "string", "boolean"], {
  error: "a column type is number, integer, probability (a number in [0, 1]), string or boolean"
});
var canaryConfig = strictObject({
  command: commandLine.optional().describe(
    "Loads the model with the serving code and predicts on a sample, writing `output`; runs in the repository itself, where earlier workflow steps left the model."
  ),
  step: stepKey("loads the model with the serving code and predicts on the sample"),
  timeout_minutes: timeoutMinutes(10),
  working_directory: workingDirectory,
  output: tableFile.optional().describe(
    "The predictions the command writes (CSV, JSONL or Parquet). With `step`: one of the step's outputs, read from its run; default its only table output."
  ),
  sample: inputTableFile.optional().describe(
    "The sample the command predicts on (with `step`, an input the step reads): the output must have one row per sample row."
  ),
  expected_rows: int().min(1).optional().describe("Or the exact number of rows expected."),
  columns: record(string().min(1), columnType).refine((columns) => Object.keys(columns).length > 0, {
    error: "name at least one output column and its type, e.g. {score: probability}"
  }).describe("The columns the output must have, with their type."),
  ranges: record(
    string(),
    strictObject({ min: number().optional(), max: number().optional() })
  ).default({}).describe("Plausible range per column."),
  id_column: string().min(1).optional().describe("The column naming each row, to join with the training-side predictions."),
  training_predictions: strictObject({
    path: inputTableFile.describe(
      "The file, or {step, file} for the output of the step that trains, e.g. {step: train, file: out/predictions.csv}."
    ),
    id_column: string().min(1).optional().describe("Default: the canary's id_column."),
    columns: record(string(), string()).optional().describe(
      "Canary column \u2192 training column; default the same names for every number column."
    )
  }).optional().describe("The training side's predictions for the same examples, for the agreement test."),
  tolerance: tolerance.default({ absolute: 1e-6, relative: 0 }).describe("How close serving and training predictions must be."),
  min_agreement: number().min(0).max(1).default(1).describe("Share of matched rows whose predictions must agree within the tolerance."),
  max_examples: int().min(1).max(100).default(5).describe("How many offending rows to name.")
}).refine((config) => !config.training_predictions || config.id_column, {
  error: "training_predictions are joined on ids: set id_column"
}).superRefine(commandOrStep(["working_directory"])).refine((config) => config.command === void 0 || config.output !== void 0, {
  path: ["output"],
  error: "the canary command needs `output`: the predictions file it writes",
  params: {
    fix: "add `output: <the file the command writes>`, e.g. `output: out/canary.csv`, or use `step` to read a step\u2019s declared output"
  }
});

// src/checks/canary/canary-outcome.ts
var key3 = "checks.canary";
function canaryFailureOutcome(run) {
  const finding2 = failureFinding(run);
  const { result } = run.ran;
  return {
    kind: "ran",
    summary: `canary failed: ${finding2.message}`,
    figures: [
      {
        name: "exit code",
        value: result.exitCode,
        threshold: "= 0",
        bound: { comparator: "==", limit: 0 }
      }
    ],
    findings: [finding2],
    details: commandLog(
      run.ran.blocked ? "Log of the failed step (last lines)" : "Canary log (last lines)",
      result
    )
  };
}
function failureFinding({ failure, ran, step, output }) {
  if (failure === "exit") {
    return {
      id: "command",
      severity: "fail",
      message: ran.blocked ? endedWith(ran) : `${endedWith(ran)}: the serving code could not load the model or predict`,
      measure: exitMeasure(ran.result),
      fix: ran.blocked ? `Fix \`${ran.commandKey}\` so that it exits 0 in a fresh copy of the repository (its log is below).` : `Fix the serving code or the model so that \`${ran.commandKey}\` loads it, predicts and exits 0 (its log is below).`
    };
  }
  const name = step === void 0 ? "the canary command" : ran.label;
  return {
    id: "output",
    severity: "fail",
    message: failure === "not-written" ? `${name} did not write ${output.path}` : `${output.path} is untouched since before the run: ${name} did not write it`,
    location: { path: output.path },
    fix: `Make \`${ran.commandKey}\` write its predictions to ${output.path}, or ${step === void 0 ? `set \`${key3}.output\` to the file it writes` : `correct \`steps.${step}.outputs\` and \`${key3}.output\``}.`
  };
}
function canaryOutcome(inspection, run) {
  const { agreement } = inspection;
  const rowCount = rowCountFinding(inspection);
  const findings = [...rowCount, ...inspection.cellFindings, ...agreement?.findings ?? []];
  const failures = findings.filter((f2) => f2.severity === "fail").length;
  const { result } = run.ran;
  const subject = run.step === void 0 ? "the serving code" : run.ran.label;
  return {
    kind: "ran",
    summary: failures === 0 ? `${subject} loaded the model and predicted ${inspection.rows} rows in ${roundedSeconds(result.durationMs)}; output checks passed` : `${subject} predicted ${inspection.rows} rows, but ${failures} output check${failures === 1 ? "" : "s"} failed`,
    figures: [rowsFigure(inspection), ...agreement?.figures ?? []],
    findings,
    details: [
      ...agreement ? [agreement.table] : [],
      ...commandLog("Canary log (last lines)", result)
    ]
  };
}
function rowsFigure({ rows, expected }) {
  if (!expected) return { name: "rows", value: rows };
  return {
    name: "rows",
    value: rows,
    threshold: `= ${expected.rows}`,
    bound: { comparator: "==", limit: expected.rows }
  };
}
function rowCountFinding({ rows, expected, outputPath: outputPath2 }) {
  if (!expected || rows === expected.rows) return [];
  return [
    {
      id: "row-count",
      severity: "fail",
      message: `the canary wrote ${rows} rows for ${expected.rows} sample rows`,
      location: { path: outputPath2 },
      measure: {
        figure: "rows",
        value: rows,
        bound: { comparator: "==", limit: expected.rows },
        ...expected.sample ? { reference: { label: expected.sample, value: expected.rows } } : {}
      },
      fix: expected.sample ? `Make the serving code write one prediction per row of ${expected.sample}.` : `Make the serving code write ${expected.rows} predictions, or correct \`${key3}.expected_rows\`.`
    }
  ];
}

// src/checks/canary/canary-run.ts
var key4 = "checks.canary";
async function runCanaryCommand(command, config, workspace) {
  const output = tableFileOptions(requiredOutput(config));
  const before = await workspace.hashFile(output.path, `${key4}.output`);
  const commandKey = `${key4}.command`;
  const result = await runConfiguredCommand(workspace, command, commandKey, config);
  if (result.outcome === "refused") return { kind: "refused", reason: result.reason };
  requireFinished(result, commandKey, config.timeout_minutes);
  const ran = { ran: ranCommand(command, commandKey, result), output };
  const failed = (failure) => ({ kind: "failed", failure, ...ran });
  if (result.exitCode !== 0) return failed("exit");
  const after = await workspace.hashFile(output.path, `${key4}.output`);
  if (after === null) return failed("not-written");
  if (!fileWasWritten(before, after)) return failed("untouched");
  return { kind: "ran", written: workspace, ...ran };
}
async function runCanaryStep(step, config, pipeline) {
  const declared2 = pipelineWith(pipeline, step, key4).steps[step]?.outputs.map(outputPath) ?? [];
  const output = stepOutput(config, step, declared2);
  const run = await runStep(pipeline, step, key4);
  if (run.kind === "refused") return run;
  const ran = { ran: run.ran, step, output };
  if (run.kind === "failed") return { kind: "failed", failure: "exit", ...ran };
  const state = run.outputs.find((o) => o.step === step && o.path === output.path);
  if (state?.problem === void 0) return { kind: "ran", written: run.copy, ...ran };
  return {
    kind: "failed",
    failure: state.problem === "untouched" ? "untouched" : "not-written",
    ...ran
  };
}
function stepOutput(config, step, declared2) {
  if (config.output !== void 0) {
    const output = tableFileOptions(config.output);
    if (declared2.includes(output.path)) return output;
    throw new Error(
      `${key4}.output: ${output.path} is not an output of step "${step}"; add it to \`steps.${step}.outputs\`, or name one of: ${declared2.join(", ") || "(none declared)"}`
    );
  }
  const tables = declared2.filter((path2) => kindFromPath(path2) === "predictions");
  const [only] = tables;
  if (only !== void 0 && tables.length === 1) return { path: only, options: {} };
  throw new Error(
    `${key4}.output is not set and step "${step}" declares ${tables.length === 0 ? "no table output" : `${tables.length} table outputs (${tables.join(", ")})`}; set \`${key4}.output\` to the predictions file the step writes, and declare it in \`steps.${step}.outputs\``
  );
}
function requiredOutput(config) {
  if (config.output !== void 0) return config.output;
  throw new Error("the config schema lets no canary command through without `output`");
}

// src/checks/canary/inspect-canary-output.ts
function inspectCanaryOutput(table2, config) {
  const findings = [];
  const ids = config.id_column ? table2.column(config.id_column) : void 0;
  const rowName = (row2) => ids ? `id ${String(ids[row2])}` : `line ${table2.lineOf(row2)}`;
  for (const [column, type] of Object.entries(config.columns)) {
    const cells = table2.column(column);
    if (!cells) {
      findings.push({
        id: `schema:${column}`,
        severity: "fail",
        message: `the canary output has no column "${column}"; it has: ${table2.columnNames.join(", ")}`,
        location: { path: table2.source, column },
        fix: `Make the serving code write a column \`${column}\`, or remove it from \`checks.canary.columns\`.`
      });
      continue;
    }
    const problems = /* @__PURE__ */ new Map();
    const note = (id, what, row2) => {
      const problem = problems.get(id) ?? { id, what, rows: [], count: 0, first: row2 };
      problem.count++;
      if (problem.rows.length < config.max_examples) problem.rows.push(rowName(row2));
      problems.set(id, problem);
    };
    const range = config.ranges[column];
    cells.forEach((cell, row2) => {
      const problem = cell === null ? { id: "missing", what: "missing" } : cellProblem(cell, type);
      if (problem) {
        note(problem.id, problem.what, row2);
      } else if (range && cell !== null && type !== "string" && type !== "boolean") {
        const value = parseNumberCell(cell);
        if (range.min !== void 0 && value < range.min || range.max !== void 0 && value > range.max) {
          note("range", `outside [${range.min ?? "\u2212\u221E"}, ${range.max ?? "\u221E"}]`, row2);
        }
      }
    });
    for (const problem of problems.values()) {
      findings.push(problemFinding(problem, column, type, cells.length, table2, config.ranges));
    }
  }
  return findings;
}
function problemFinding(problem, column, type, rows, table2, ranges) {
  const more = problem.count > problem.rows.length ? ", \u2026" : "";
  return {
    id: `${problem.id}:${column}`,
    severity: "fail",
    message: `${column}: ${problem.count} of ${rows} rows ${problem.what} (${problem.rows.join(", ")}${more})`,
    location: { path: table2.source, column, line: table2.lineOf(problem.first) },
    measure: {
      figure: `rows ${problem.what}`,
      value: problem.count,
      bound: { comparator: "==", limit: 0 }
    },
    fix: problemFix(problem, column, type, ranges)
  };
}
function problemFix(problem, column, type, ranges) {
  const cell = `every \`${column}\` cell`;
  switch (problem.id) {
    case "missing":
      return `Make the serving code write a value in ${cell}.`;
    case "nan":
      return `Make the serving code write a finite number in ${cell}.`;
    case "type":
      return `Make the serving code write ${cell} as ${type}, or change \`checks.canary.columns.${column}\`.`;
    default:
      if (!(column in ranges)) {
        return `Make the serving code write ${cell} as a probability in [0, 1], or change \`checks.canary.columns.${column}\`.`;
      }
      return `Make the serving code keep ${cell} within its range (values ${problem.what} are not), or widen \`checks.canary.ranges.${column}\`.`;
  }
}
function cellProblem(cell, type) {
  if (type === "string") return void 0;
  if (type === "boolean") {
    return typeof cell === "boolean" || /^(true|false|0|1)$/i.test(String(cell).trim()) ? void 0 : { id: "type", what: "not true/false" };
  }
  const value = parseNumberCell(cell);
  if (typeof value !== "number") return { id: "type", what: "not a number" };
  if (Number.isNaN(value)) return { id: "nan", what: "NaN" };
  if (!Number.isFinite(value)) return { id: "nan", what: "\xB1Infinity" };
  if (type === "integer" && !Number.isInteger(value)) return { id: "type", what: "not an integer" };
  if (type === "probability" && (value < 0 || value > 1))
    return { id: "range", what: "outside [0, 1]" };
  return void 0;
}

// src/checks/canary/canary.ts
var key5 = "checks.canary";
var canary = {
  id: "canary",
  title: "The model is canaried before serving",
  rubric: ["infra-6"],
  config: canaryConfig,
  async run(config, { workspace, pipeline }) {
    const source = commandOrStepOf(config);
    const run = "step" in source ? await runCanaryStep(source.step, config, pipeline) : await runCanaryCommand(source.command, config, workspace);
    if (run.kind === "refused") return { kind: "skipped", reason: run.reason };
    if (run.kind === "failed") return canaryFailureOutcome(run);
    const { output } = run;
    const table2 = await run.written.readTable(output.path, `${key5}.output`, output.options);
    const expected = await expectedRows(config, workspace);
    return canaryOutcome(
      {
        outputPath: output.path,
        rows: table2.rowCount,
        ...expected ? { expected } : {},
        cellFindings: inspectCanaryOutput(table2, config),
        ...await agreementWithTraining(config, workspace, table2)
      },
      run
    );
  }
};
async function expectedRows(config, workspace) {
  if (!config.sample) {
    return config.expected_rows === void 0 ? void 0 : { rows: config.expected_rows };
  }
  const sample = tableFileOptions(config.sample);
  const table2 = await workspace.readTable(sample.path, `${key5}.sample`, sample.options);
  return { rows: table2.rowCount, sample: sample.path };
}
async function agreementWithTraining(config, workspace, table2) {
  const { training_predictions: trainingPredictions, id_column: idColumn } = config;
  if (!trainingPredictions || !idColumn) return {};
  const training = tableFileOptions(trainingPredictions.path);
  const trainingTable = await workspace.readTable(
    training.path,
    `${key5}.training_predictions`,
    training.options
  );
  return {
    agreement: canaryAgreement(table2, trainingTable, {
      ...config,
      id_column: idColumn,
      training_predictions: trainingPredictions
    })
  };
}

// src/infra/compare-metrics.ts
var import_yaml = __toESM(require_dist(), 1);
function parseMetricsDocument(text, source) {
  let value;
  try {
    value = (0, import_yaml.parse)(text);
  } catch (error) {
    throw new Error(`${source}: not valid JSON or YAML (${errorMessage(error).split("\n")[0]})`);
  }
  if (value === null || typeof value !== "object") {
    throw new Error(
      `${source}: a metrics file holds an object of named values, e.g. {"auc": 0.91}`
    );
  }
  const leaves = /* @__PURE__ */ new Map();
  flatten(value, "", leaves);
  return leaves;
}
function flatten(value, prefix2, into) {
  if (value !== null && typeof value === "object") {
    for (const [key38, child] of Object.entries(value)) {
      flatten(child, prefix2 === "" ? key38 : `${prefix2}.${key38}`, into);
    }
    return;
  }
  if (typeof value === "bigint") into.set(prefix2, Number(value));
  else if (value instanceof Date) into.set(prefix2, value.toISOString());
  else into.set(prefix2, value ?? null);
}
function compareMetrics(left, right, tolerance3, ignore = []) {
  const keys = [.../* @__PURE__ */ new Set([...left.keys(), ...right.keys()])].filter(
    (key38) => !ignore.some((pattern2) => pattern2.test(key38))
  );
  const differences = [];
  for (const key38 of keys) {
    const a2 = left.get(key38);
    const b2 = right.get(key38);
    if (typeof a2 === "number" && typeof b2 === "number") {
      if (!withinTolerance(a2, b2, tolerance3)) {
        const finite = Number.isFinite(a2) && Number.isFinite(b2);
        differences.push({
          key: key38,
          left: a2,
          right: b2,
          absoluteDifference: finite ? Math.abs(a2 - b2) : null,
          relativeDifference: finite ? relativeDifference(a2, b2) : null
        });
      }
    } else if (a2 !== b2) {
      differences.push({
        key: key38,
        left: a2,
        right: b2,
        absoluteDifference: null,
        relativeDifference: null
      });
    }
  }
  return { compared: keys.length, differences };
}
function metricKeyPattern(glob) {
  const source = glob.replace(/[.+^${}()|[\]\\?]/g, "\\$&").replace(/\*/g, ".*");
  return new RegExp(`^${source}$`);
}

// src/infra/compare-artifact.ts
async function compareArtifact(spec, first2, second, options) {
  const [a2, b2] = await Promise.all([
    first2.workspace.hashFile(first2.path, options.key),
    second.workspace.hashFile(second.path, options.key)
  ]);
  if (a2 === null || b2 === null) {
    return {
      status: "missing",
      versions: [a2 ? [] : [first2.label], b2 ? [] : [second.label]].flat()
    };
  }
  if (a2.kind === "file" && b2.kind === "file" && a2.sha256 === b2.sha256)
    return { status: "identical" };
  if (spec.kind === "metrics") return compareMetricFiles(spec, first2, second, options);
  if (spec.kind === "predictions") return compareTableFiles(spec, first2, second, options);
  if (spec.compare !== void 0) return runCompareCommand(spec.compare, first2, second, options);
  const sizes = [a2, b2].map(
    (digest) => digest.kind === "file" ? `${digest.bytes} bytes` : "a directory"
  );
  return differentFiles(`${sizes[0]} vs ${sizes[1]}`);
}
function differentFiles(note) {
  return {
    status: "different",
    differing: null,
    compared: null,
    unit: null,
    firstDifference: null,
    note
  };
}
async function compareMetricFiles(spec, first2, second, options) {
  const read = async (version) => parseMetricsDocument(await version.workspace.readText(version.path, options.key), version.path);
  const comparison2 = compareMetrics(
    await read(first2),
    await read(second),
    spec.tolerance,
    options.ignoreKeys
  );
  const [difference] = comparison2.differences;
  if (difference === void 0) {
    return { status: "equivalent", compared: comparison2.compared, unit: "values" };
  }
  return {
    status: "different",
    differing: comparison2.differences.length,
    compared: comparison2.compared,
    unit: "values",
    firstDifference: { key: difference.key, first: difference.left, second: difference.right }
  };
}
async function compareTableFiles(spec, first2, second, options) {
  const comparison2 = compareTables(
    await first2.workspace.readTable(first2.path, options.key),
    await second.workspace.readTable(second.path, options.key),
    {
      ...spec.idColumn ? { idColumn: spec.idColumn } : {},
      ...spec.columns ? { columns: spec.columns.map((name) => ({ left: name, right: name })) } : {},
      tolerance: spec.tolerance,
      maxExamples: options.maxExamples
    }
  );
  const unmatched = comparison2.onlyLeftCount + comparison2.onlyRightCount;
  const rows = Math.max(0, ...comparison2.columns.map((column) => column.differing));
  if (unmatched + rows === 0) {
    return { status: "equivalent", compared: comparison2.matchedRows, unit: "rows" };
  }
  return {
    status: "different",
    differing: unmatched + rows,
    compared: Math.max(comparison2.leftRows, comparison2.rightRows),
    unit: "rows",
    firstDifference: firstTableDifference(comparison2)
  };
}
function firstTableDifference(comparison2) {
  const cells = comparison2.columns.flatMap(
    (column) => column.examples.slice(0, 1).map((example) => ({ column: column.left, ...example }))
  );
  const earliest = cells.sort((x, y) => x.line - y.line)[0];
  if (earliest) {
    return {
      id: earliest.id,
      line: earliest.line,
      column: earliest.column,
      first: earliest.left,
      second: earliest.right
    };
  }
  const [onlyFirst] = comparison2.onlyLeft;
  if (onlyFirst !== void 0) return { id: onlyFirst, first: onlyFirst, second: void 0 };
  const [onlySecond] = comparison2.onlyRight;
  return onlySecond === void 0 ? null : { id: onlySecond, first: void 0, second: onlySecond };
}
async function runCompareCommand(command, first2, second, options) {
  const result = await second.workspace.runCommand({
    command,
    key: `${options.key}.compare`,
    timeoutMs: minutesToMs(10),
    env: {
      MLGATE_EXPECTED: first2.workspace.resolve(first2.path, options.key),
      MLGATE_ACTUAL: second.workspace.resolve(second.path, options.key)
    }
  });
  if (result.outcome === "refused") throw new Error(`${options.key}.compare: ${result.reason}`);
  if (result.exitCode === 0 && !result.timedOut) {
    return { status: "equivalent", compared: 1, unit: null };
  }
  const said = result.logTail.trim().split("\n").at(-1)?.trim();
  return differentFiles(
    result.timedOut ? `\`${command}\` did not finish within 10 min` : `\`${command}\` says they differ${said ? `: ${said}` : ` (${result.exitCode === null ? "killed" : `exit code ${result.exitCode}`})`}`
  );
}

// src/checks/committed-artifacts/committed-artifacts-config.ts
var committedArtifactsConfig = strictObject({
  steps: array(stepName).min(1, { error: "name at least one step, or leave `steps` out to check them all" }).optional().describe("Only these steps' outputs; default every step under `steps:`."),
  tolerance: tolerance.default({ absolute: 0, relative: 1e-9 }).describe(
    "How close the numbers of metrics and tables must be (an output can set its own); default exact up to 1e-9 relative."
  ),
  ignore_keys: array(string().min(1)).default([]).describe(
    'Metric keys (dotted, `*` wildcards) not compared, e.g. timings: [train_seconds, "*.timestamp"].'
  )
});

// src/infra/describe-difference.ts
function describeDifference(comparison2, labels) {
  if (comparison2.differing === null) {
    return comparison2.note ? `the bytes differ (${comparison2.note})` : "the bytes differ";
  }
  const counted = `${comparison2.differing} of ${comparison2.compared} ${comparison2.unit} differ`;
  const first2 = comparison2.firstDifference;
  return first2 === null ? counted : `${counted}; first ${placeOf(first2)}: ${valuesOf2(first2, labels)}`;
}
function placeOf(first2) {
  if (first2.key !== void 0) return `\`${first2.key}\``;
  const positional = first2.id === void 0 || /^row \d+$/.test(first2.id);
  const id = positional ? "" : `(id ${first2.id})`;
  const at = first2.line === void 0 ? id || (first2.id ?? "a row") : `at line ${first2.line}${id ? ` ${id}` : ""}`;
  return first2.column === void 0 ? at : `${at}, column \`${first2.column}\``;
}
function valuesOf2(first2, [one, two]) {
  const { first: a2, second: b2 } = first2;
  if (first2.key === void 0 && first2.column === void 0) {
    return `only in ${a2 === void 0 ? two : one}`;
  }
  const [x, y] = [numeric(a2), numeric(b2)];
  if (x !== void 0 && y !== void 0) {
    const [shownX, shownY] = formatBeside(x, y);
    return `${one} ${shownX}, ${two} ${shownY}`;
  }
  return `${one} ${cellText2(a2)}, ${two} ${cellText2(b2)}`;
}
function numeric(cell) {
  const value = typeof cell === "string" ? parseNumberCell(cell) : cell;
  return typeof value === "number" && Number.isFinite(value) ? value : void 0;
}
function cellText2(cell) {
  if (cell === void 0) return "absent";
  if (cell === null) return "empty";
  return typeof cell === "number" ? formatNumber2(cell) : JSON.stringify(cell);
}

// src/checks/committed-artifacts/committed-artifacts-outcome.ts
var versions = ["committed", "produced"];
function committedArtifactsOutcome(result) {
  if (result.kind === "failed") return failedStepOutcome(result.failed, result.completed);
  const { artifacts, completed } = result;
  const compared = artifacts.filter((artifact) => artifact.comparison !== void 0);
  const stale = compared.filter((artifact) => artifact.comparison?.status === "different");
  const findings = artifacts.flatMap(artifactFinding);
  return {
    kind: "ran",
    summary: summary(completed.length, compared.length, stale),
    figures: [
      {
        name: "stale artifacts",
        value: stale.length,
        threshold: "= 0",
        bound: { comparator: "==", limit: 0 }
      },
      { name: "committed artifacts compared", value: compared.length },
      { name: "steps run", value: completed.length }
    ],
    findings,
    details: [
      {
        type: "table",
        title: "Declared outputs",
        header: ["Output", "Step", "Committed", "Against the run"],
        rows: artifacts.map((artifact) => [
          artifact.path,
          artifact.step,
          artifact.committed ? "yes" : "no",
          describeState(artifact)
        ])
      },
      { type: "list", title: "Steps run", items: completed.map(stepLine) }
    ]
  };
}
function summary(steps, compared, stale) {
  const ran = `${steps} step${steps === 1 ? "" : "s"} ran`;
  if (stale.length > 0) {
    return `${ran}; ${stale.length} of ${compared} committed artifacts are stale (${stale.map((a2) => a2.path).join(", ")})`;
  }
  return compared === 0 ? `${ran}; no declared output is committed, so there was nothing to compare` : `${ran}; all ${compared} committed artifacts are what the steps produce`;
}
function failedStepOutcome(failed, completed) {
  return {
    kind: "ran",
    summary: `step ${failed.step} ended with ${exitDescription(failed.result)}, so the committed artifacts could not be compared with what the code produces`,
    figures: [
      { name: "steps run", value: completed.length },
      {
        name: `step ${failed.step} exit code`,
        value: failed.result.exitCode,
        threshold: "= 0",
        bound: { comparator: "==", limit: 0 }
      }
    ],
    findings: [
      {
        id: `step:${failed.step}`,
        severity: "fail",
        message: `step ${failed.step} (\`${failed.command}\`) ended with ${exitDescription(failed.result)} in a fresh copy of the repository; see its log`,
        measure: exitMeasure(failed.result),
        fix: `Fix step \`${failed.step}\` so that it exits 0 in a fresh copy of the repository (files git does not track must be listed in \`steps.${failed.step}.inputs\`).`
      }
    ],
    details: [
      ...commandLog(`Log of step ${failed.step}`, failed.result),
      { type: "list", title: "Steps run before it", items: completed.map(stepLine) }
    ]
  };
}
function stepLine(step) {
  return `${step.step}: \`${step.command}\`, ${exitDescription(step.result)} in ${roundedSeconds(step.result.durationMs)}`;
}
function describeState(artifact) {
  if (artifact.problem === "not written") return "not written by the run";
  if (artifact.problem === "untouched") return "not rewritten by the run";
  const comparison2 = artifact.comparison;
  if (comparison2 === void 0) return "written; not committed";
  switch (comparison2.status) {
    case "identical":
      return "identical";
    case "equivalent":
      return comparison2.unit === null ? "equivalent (compare command)" : `equal within tolerance (${comparison2.compared} ${comparison2.unit})`;
    case "missing":
      return `missing in ${comparison2.versions.join(", ")}`;
    case "different":
      return `stale: ${describeDifference(comparison2, versions)}`;
  }
}
function artifactFinding(artifact) {
  const { path: path2, step } = artifact;
  if (artifact.problem !== void 0) {
    return [
      {
        id: `artifact:${path2}:not-written`,
        severity: "fail",
        message: `step ${step} did not write ${path2}${artifact.problem === "untouched" ? " (it is as committed, untouched by the run)" : ""}, so the committed file cannot be checked against the code`,
        location: { path: path2 },
        fix: `Make step \`${step}\` (\`${artifact.command}\`) write ${path2}, or correct \`steps.${step}.outputs\`.`
      }
    ];
  }
  const comparison2 = artifact.comparison;
  if (comparison2?.status !== "different") return [];
  const first2 = comparison2.firstDifference;
  return [
    {
      id: `artifact:${path2}`,
      severity: "fail",
      message: `${path2} is stale: against what step ${step} (\`${artifact.command}\`) writes, ${describeDifference(comparison2, versions)}`,
      location: {
        path: path2,
        ...first2?.line !== void 0 ? { line: first2.line } : {},
        ...first2?.column !== void 0 ? { column: first2.column } : {},
        ...first2?.key !== void 0 ? { key: first2.key } : {}
      },
      measure: staleMeasure(step, comparison2),
      cause: `stale:${step}`,
      fix: `Re-run step \`${step}\` (\`${artifact.command}\`) and commit what it writes, or fix the code if the committed ${path2} is right.`
    }
  ];
}
function staleMeasure(step, comparison2) {
  if (comparison2.differing === null || comparison2.unit === null) {
    return {
      figure: `same bytes as the output of step \`${step}\``,
      value: false,
      bound: { comparator: "==", limit: true }
    };
  }
  return {
    figure: `${comparison2.unit} unlike the output of step \`${step}\``,
    value: comparison2.differing,
    bound: { comparator: "==", limit: 0 },
    ...comparison2.compared === null ? {} : { reference: { label: "of", value: comparison2.compared } }
  };
}

// src/checks/committed-artifacts/committed-artifacts.ts
var key6 = "checks.committed_artifacts";
var committedArtifacts = {
  id: "committed_artifacts",
  title: "Committed artifacts are what the PR's code produces",
  rubric: ["infra-3"],
  config: committedArtifactsConfig,
  async run(config, context) {
    const { pipeline } = context;
    if (pipeline === void 0 || Object.keys(pipeline.steps).length === 0) {
      throw new Error(
        `${key6} compares committed files with what the steps under \`steps:\` produce, and none is declared; declare the steps (see docs/pipeline-steps.md)`
      );
    }
    const run = await runSelected(pipeline, config);
    if (run.kind === "refused") return { kind: "skipped", reason: run.reason };
    if (run.kind === "failed") {
      const { failed } = run;
      requireFinished(
        failed.result,
        `steps.${failed.step}.command`,
        pipeline.steps[failed.step]?.timeout_minutes ?? 0
      );
      return committedArtifactsOutcome({ kind: "failed", failed, completed: run.completed });
    }
    const tracked = new Set(await context.workspace.listTrackedFiles());
    const artifacts = [];
    for (const state of run.outputs) {
      const spec = specOf(pipeline, state.step, state.path, config);
      const committed = tracked.has(state.path);
      artifacts.push({
        ...state,
        command: pipeline.steps[state.step]?.command ?? "",
        kind: spec.kind,
        committed,
        comparison: committed && state.problem === void 0 ? await compareArtifact(
          spec,
          { label: "committed", workspace: context.workspace, path: state.path },
          { label: "produced", workspace: run.copy, path: state.path },
          {
            ignoreKeys: config.ignore_keys.map(metricKeyPattern),
            // The finding names the first difference; the count covers the rest.
            maxExamples: 1,
            key: `steps.${state.step}.outputs`
          }
        ) : void 0
      });
    }
    return committedArtifactsOutcome({ kind: "ran", completed: run.completed, artifacts });
  }
};
async function runSelected(pipeline, config) {
  if (config.steps === void 0) return pipeline.runAll();
  let run;
  for (const step of config.steps) {
    run = await pipeline.run(step);
    if (run.kind !== "ran") return run;
  }
  if (run?.kind !== "ran") throw new Error(`${key6}.steps: no step to run`);
  const selected = new Set(config.steps);
  return { ...run, outputs: run.outputs.filter((output) => selected.has(output.step)) };
}
function specOf(pipeline, step, path2, config) {
  const declared2 = pipeline.steps[step]?.outputs.find((output) => outputPath(output) === path2);
  return outputSpec(declared2 ?? path2, config.tolerance);
}

// src/infra/base-revision.ts
function baseRevision(configured, event) {
  return configured ?? event.baseSha ?? event.pullRequest?.baseSha;
}
function noBaseReason(checkId) {
  return `there is no base revision to compare with: this is not a pull request. Set checks.${checkId}.base_revision (e.g. HEAD~1 or origin/main), or pass --base to mlgate run`;
}

// src/checks/compute-performance/benchmark-results.ts
var knownMetrics = {
  "latency_ms.p50": "lower",
  "latency_ms.p90": "lower",
  "latency_ms.p95": "lower",
  "latency_ms.p99": "lower",
  "latency_ms.mean": "lower",
  throughput_per_second: "higher",
  peak_memory_mb: "lower",
  model_size_mb: "lower",
  training_seconds: "lower"
};
function parseBenchmark(text, source, label) {
  return fromLeaves(parseMetricsDocument(text, source), label);
}
function fromLeaves(leaves, fallbackLabel) {
  const values = /* @__PURE__ */ new Map();
  for (const [key38, value] of leaves) if (typeof value === "number") values.set(key38, value);
  const name = leaves.get("version") ?? leaves.get("commit");
  return { label: name === void 0 || name === null ? fallbackLabel : String(name), values };
}
function parseHistory(text, source) {
  const trimmed = text.trim();
  if (trimmed === "") return [];
  if (trimmed.startsWith("[")) {
    let entries;
    try {
      entries = JSON.parse(trimmed);
    } catch (error) {
      throw new Error(`${source}: not valid JSON (${errorMessage(error)})`);
    }
    return entries.map(
      (entry, index2) => parseBenchmark(JSON.stringify(entry), `${source} entry ${index2 + 1}`, `entry ${index2 + 1}`)
    );
  }
  return trimmed.split("\n").map((line, index2) => ({ line: line.trim(), index: index2 })).filter(({ line }) => line !== "").map(({ line, index: index2 }) => {
    try {
      JSON.parse(line);
    } catch (error) {
      throw new Error(
        `${source}:${index2 + 1}: not valid JSON (${errorMessage(error)}); write one JSON object per line`
      );
    }
    return parseBenchmark(line, `${source}:${index2 + 1}`, `line ${index2 + 1}`);
  });
}

// src/checks/compute-performance/compare-benchmarks.ts
function compareBenchmarks(candidate, production, history, config) {
  const rules = {
    ...Object.fromEntries(Object.entries(knownMetrics).map(([name, better]) => [name, { better }])),
    ...config.metrics
  };
  const window = history.slice(-config.leak_window);
  const metrics = [];
  const missing = [];
  for (const [metric, rule3] of Object.entries(rules)) {
    const value = candidate.values.get(metric);
    if (value === void 0) {
      if (metric in config.metrics) missing.push(metric);
      continue;
    }
    metrics.push(compareMetric(metric, value, rule3, production, window, config));
  }
  const ignored = [...candidate.values.keys()].filter((metric) => !(metric in rules));
  return { metrics, missing, ignored, window: window.length };
}
function compareMetric(metric, value, rule3, production, window, config) {
  const minChange = "min_change" in rule3 ? rule3.min_change ?? 0 : 0;
  const compare = (reference, limit) => comparison(value, reference, limit, rule3.better, minChange);
  const maxRegression = ("max_regression" in rule3 ? rule3.max_regression : void 0) ?? config.max_regression;
  const maxLeak = ("max_leak" in rule3 ? rule3.max_leak : void 0) ?? config.max_leak;
  const productionValue = production?.values.get(metric);
  const past = window.map((entry) => entry.values.get(metric)).filter((v) => v !== void 0);
  const best = rule3.better === "lower" ? Math.min(...past) : Math.max(...past);
  return {
    metric,
    better: rule3.better,
    value,
    ...productionValue === void 0 ? {} : { production: compare(productionValue, maxRegression) },
    ...past.length >= 2 ? { best: { ...compare(best, maxLeak), versions: past.length } } : {}
  };
}
function comparison(value, reference, limit, better, minChange) {
  const sign = better === "lower" ? 1 : -1;
  const worse = reference === 0 ? 0 : sign * (value - reference) / Math.abs(reference);
  const noise = Math.abs(value - reference) < minChange;
  const boundary = Number((reference + sign * limit * Math.abs(reference)).toPrecision(12));
  return { reference, worse, limit, boundary, broken: worse > limit && !noise };
}

// src/checks/compute-performance/compute-performance-config.ts
var regression = number({ error: "expected a fraction, e.g. 0.1 for 10%" }).min(0, { error: "a regression threshold is at least 0" });
var computePerformanceConfig = strictObject({
  candidate: repoPath.describe(
    'Benchmark results of this change (JSON or YAML), e.g. {"latency_ms": {"p95": 41.2}, "peak_memory_mb": 812}.'
  ),
  production: repoPath.optional().describe(
    "Production's results in the workspace (e.g. a downloaded artifact); default: `candidate`'s path at the base revision."
  ),
  history: repoPath.optional().describe(
    "Earlier versions' results, oldest first: a JSON array or JSON Lines, each entry like `candidate` plus an optional `version`."
  ),
  max_regression: regression.default(0.1).describe(
    "Sudden regression: fail when a metric is worse than production by more than this fraction."
  ),
  max_leak: regression.default(0.1).describe(
    "Slow leak: fail when a metric is worse than the best of the last `leak_window` versions by more than this fraction."
  ),
  leak_window: int().min(2).max(100).default(5).describe("How many past versions (from history) the slow-leak test looks back."),
  metrics: record(
    string().min(1),
    strictObject({
      better: _enum(["lower", "higher"], {
        error: "better is lower (latency, memory) or higher (throughput)"
      }),
      max_regression: regression.optional(),
      max_leak: regression.optional(),
      min_change: nonNegative.optional().describe("Changes smaller than this (in the metric's unit) are noise and never fail.")
    })
  ).default({}).describe(
    "Metrics besides the built-in ones, or overrides: dotted key \u2192 which way is better and its own thresholds."
  ),
  base_revision: string().min(1).optional().describe("The revision holding production; default the PR base.")
});

// src/checks/compute-performance/compute-performance-outcome.ts
var key7 = "checks.compute_performance";
function computePerformanceOutcome(comparison2, inputs) {
  const { metrics } = comparison2;
  const findings = [
    ...comparison2.missing.map((metric) => missingFinding(metric, inputs.candidatePath)),
    ...metrics.flatMap((metric) => regressionFindings(metric, inputs))
  ];
  const judged = metrics.filter((m) => m.production || m.best).length;
  if (judged === 0) findings.push(nothingComparedFinding(metrics.length, inputs.candidatePath));
  const worst2 = Math.max(
    0,
    ...metrics.flatMap((m) => [m.production?.worse ?? 0, m.best?.worse ?? 0])
  );
  return {
    kind: "ran",
    summary: summary2(comparison2, findings, judged, inputs),
    figures: [
      {
        name: "worst regression",
        value: worst2,
        threshold: `\u2264 ${inputs.maxRegression}`,
        bound: { comparator: "<=", limit: inputs.maxRegression }
      },
      { name: "metrics compared", value: metrics.length }
    ],
    findings,
    details: [
      {
        type: "table",
        title: "Benchmark results (positive change = worse)",
        header: [
          "Metric",
          "Better",
          "Candidate",
          "Production",
          "Change",
          `Best of last ${inputs.leakWindow}`,
          "vs best"
        ],
        rows: metrics.map(tableRow)
      },
      ...comparison2.ignored.length > 0 ? [
        {
          type: "list",
          title: "Not compared (declare under metrics with `better: lower|higher` to compare)",
          items: comparison2.ignored
        }
      ] : []
    ]
  };
}
function summary2(comparison2, findings, judged, inputs) {
  if (judged === 0) return `no metric of ${inputs.candidatePath} could be compared`;
  if (findings.length > 0) {
    const names3 = findings.map((f2) => f2.id.split(":").slice(1).join(":")).join(", ");
    return `${findings.length} performance regression${findings.length === 1 ? "" : "s"}: ${names3}`;
  }
  const production = inputs.productionLabel ? ` of production (${inputs.productionLabel})` : "";
  const leak = comparison2.window >= 2 ? ` and of the best of the last ${comparison2.window} versions` : "";
  return `${comparison2.metrics.length} performance metrics within limits${production}${leak}`;
}
function regressionFindings(metric, inputs) {
  const { production, best } = metric;
  const location = { path: inputs.candidatePath };
  if (production?.broken) {
    const [worse, limit] = percentsBeside(production.worse, production.limit);
    return [
      {
        id: `sudden:${metric.metric}`,
        severity: "fail",
        message: `${metric.metric} is ${worse} worse than production (${inputs.productionLabel}): ${format(production.reference)} \u2192 ${format(metric.value)}; the limit is ${limit}`,
        location,
        measure: measure(metric, production, `production (${inputs.productionLabel})`),
        fix: fix(metric, production, "max_regression")
      }
    ];
  }
  if (best?.broken) {
    const [worse, limit] = percentsBeside(best.worse, best.limit);
    return [
      {
        id: `leak:${metric.metric}`,
        severity: "fail",
        message: `${metric.metric} has crept to ${format(metric.value)}, ${worse} worse than the best of the last ${best.versions} versions (${format(best.reference)}); the limit is ${limit}`,
        location,
        measure: measure(metric, best, `best of the last ${best.versions} versions`),
        fix: fix(metric, best, "max_leak")
      }
    ];
  }
  return [];
}
function measure(metric, comparison2, label) {
  return {
    figure: metric.metric,
    value: metric.value,
    bound: passingBound(metric, comparison2),
    reference: { label, value: comparison2.reference }
  };
}
function passingBound(metric, comparison2) {
  return { comparator: metric.better === "lower" ? "<=" : ">=", limit: comparison2.boundary };
}
function fix(metric, comparison2, limitKey) {
  const { comparator } = passingBound(metric, comparison2);
  const symbol = comparator === "<=" ? "\u2264" : "\u2265";
  return `Find and undo what made \`${metric.metric}\` worse so that it is ${symbol} ${format(comparison2.boundary)} again, or raise \`${key7}.${limitKey}\` (or \`${key7}.metrics.${metric.metric}.${limitKey}\`) if the cost is accepted.`;
}
function missingFinding(metric, path2) {
  return {
    id: `missing:${metric}`,
    severity: "fail",
    message: `${path2} has no number at "${metric}", which ${key7}.metrics declares; write it in the benchmark results or remove it from the config`,
    location: { path: path2 },
    fix: `Write \`${metric}\` in ${path2}, or remove it from \`${key7}.metrics\`.`
  };
}
function nothingComparedFinding(candidateMetrics, path2) {
  const why = candidateMetrics === 0 ? "none is a known performance metric" : "production and the history do not report the same keys";
  return {
    id: "compared:none",
    severity: "fail",
    message: `no metric of ${path2} could be compared: ${why}; declare its keys under ${key7}.metrics with better: lower|higher, and keep the key names the same across versions`,
    location: { path: path2 },
    measure: { figure: "metrics compared", value: 0, bound: { comparator: ">", limit: 0 } },
    fix: `Declare the benchmark's keys under \`${key7}.metrics\` with \`better: lower|higher\`, and keep key names the same across versions.`
  };
}
function tableRow(metric) {
  const { production, best } = metric;
  return [
    metric.metric,
    metric.better,
    format(metric.value),
    production ? format(production.reference) : "\u2014",
    production ? signed(production.worse) : "\u2014",
    best ? format(best.reference) : "\u2014",
    best ? signed(best.worse) : "\u2014"
  ];
}
function percent2(fraction) {
  return `${(fraction * 100).toFixed(1)}%`;
}
function signed(fraction) {
  return `${fraction > 0 ? "+" : ""}${percent2(fraction)}`;
}
function format(value) {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
}

// src/checks/compute-performance/compute-performance.ts
var key8 = "checks.compute_performance";
var computePerformance = {
  id: "compute_performance",
  title: "Computing performance has not regressed",
  rubric: ["monitor-6"],
  config: computePerformanceConfig,
  async run(config, { workspace, event }) {
    const candidate = parseBenchmark(
      await workspace.readText(config.candidate, `${key8}.candidate`),
      config.candidate,
      "candidate"
    );
    const history = config.history ? parseHistory(await workspace.readText(config.history, `${key8}.history`), config.history) : [];
    const production = await productionResults(
      config,
      workspace,
      baseRevision(config.base_revision, event),
      history
    );
    if (!production && history.length === 0) {
      return {
        kind: "skipped",
        reason: `nothing to compare ${config.candidate} with: no production results (set production, or commit the file so it exists at the base revision) and no history`
      };
    }
    const comparison2 = compareBenchmarks(candidate, production, history, config);
    return computePerformanceOutcome(comparison2, {
      candidatePath: config.candidate,
      ...production ? { productionLabel: production.label } : {},
      leakWindow: config.leak_window,
      maxRegression: config.max_regression
    });
  }
};
async function productionResults(config, workspace, base, history) {
  if (config.production) {
    return parseBenchmark(
      await workspace.readText(config.production, `${key8}.production`),
      config.production,
      "production"
    );
  }
  if (base) {
    const text = await workspace.readTextAtRevision(base, config.candidate, `${key8}.candidate`);
    if (text !== null)
      return parseBenchmark(
        text,
        `${config.candidate} at ${base.slice(0, 12)}`,
        `at ${base.slice(0, 12)}`
      );
  }
  return history.at(-1);
}

// src/checks/debuggability/debuggability-config.ts
var debuggabilityConfig = strictObject({
  command: commandLine.optional().describe(
    "Runs one example through the pipeline and prints the intermediate values (features, activations, score)."
  ),
  step: stepKey("steps one example through the pipeline and prints its intermediate values"),
  timeout_minutes: timeoutMinutes(10),
  working_directory: workingDirectory
}).superRefine(commandOrStep(["working_directory"]));

// src/checks/debuggability/debuggability.ts
var key9 = "checks.debuggability";
var debuggability = {
  id: "debuggability",
  title: "The model is debuggable",
  rubric: ["infra-5"],
  config: debuggabilityConfig,
  async run(config, { workspace, pipeline }) {
    const source = commandOrStepOf(config);
    const run = "step" in source ? await runStep(pipeline, source.step, key9) : await runCommand(source.command, config, workspace);
    if (run.kind === "refused") return { kind: "skipped", reason: run.reason };
    return debugOutcome(run.ran, "step" in source ? run.ran.label : "the debug command");
  }
};
async function runCommand(command, config, workspace) {
  const commandKey = `${key9}.command`;
  const result = await runConfiguredCommand(workspace, command, commandKey, config);
  if (result.outcome === "refused") return { kind: "refused", reason: result.reason };
  requireFinished(result, commandKey, config.timeout_minutes);
  return { kind: "ran", ran: ranCommand(command, commandKey, result) };
}
function debugOutcome(ran, name) {
  const { result } = ran;
  const findings = debugFindings(ran, name);
  const problems = findings.map((f2) => f2.message).join("; ");
  return {
    kind: "ran",
    summary: findings.length === 0 ? `${ran.label} stepped through an example in ${roundedSeconds(result.durationMs)} and printed ${result.outputBytes} bytes` : (
      // A step's messages name it already.
      name === ran.label ? problems : `${ran.label}: ${problems}`
    ),
    figures: [
      {
        name: "exit code",
        value: result.exitCode,
        threshold: "= 0",
        bound: { comparator: "==", limit: 0 }
      },
      {
        name: "output bytes",
        value: result.outputBytes,
        threshold: "> 0",
        bound: { comparator: ">", limit: 0 }
      }
    ],
    findings,
    details: commandLog(
      ran.blocked ? "Log of the failed step (last lines)" : "Debug output (last lines)",
      result
    )
  };
}
function debugFindings(ran, name) {
  const { result, commandKey } = ran;
  const findings = [];
  if (result.exitCode !== 0) {
    findings.push({
      id: "exit",
      severity: "fail",
      message: endedWith(ran, name),
      measure: exitMeasure(result),
      fix: `Fix \`${commandKey}\` so that it ${ran.blocked ? "exits 0" : "steps through an example and exits 0"} (its output is below).`
    });
  }
  if (result.logTail.trim() === "" && !ran.blocked) {
    findings.push({
      id: "output",
      severity: "fail",
      message: `${name} printed nothing; it should print the intermediate values of one example`,
      measure: {
        figure: "output bytes",
        value: result.outputBytes,
        bound: { comparator: ">", limit: 0 }
      },
      fix: `Make \`${commandKey}\` print the intermediate values (features, activations, prediction) of one example.`
    });
  }
  return findings;
}

// src/infra/dependencies/manifest-kind.ts
function manifestKind(path2) {
  const name = path2.slice(path2.lastIndexOf("/") + 1);
  const lower = name.toLowerCase();
  if (/^requirements.*\.(txt|in)$/.test(lower) || /(^|\/)requirements\/[^/]+\.(txt|in)$/.test(path2.toLowerCase())) {
    return "requirements";
  }
  if (/^constraints.*\.txt$/.test(lower)) return "requirements";
  switch (lower) {
    case "pyproject.toml":
      return "pyproject";
    case "poetry.lock":
      return "poetry-lock";
    case "uv.lock":
      return "uv-lock";
    case "pipfile":
      return "pipfile";
    case "pipfile.lock":
      return "pipfile-lock";
    case "environment.yml":
    case "environment.yaml":
      return "conda-environment";
    case "package.json":
      return "package-json";
    case "package-lock.json":
    case "npm-shrinkwrap.json":
      return "package-lock";
    default:
      return void 0;
  }
}

// src/infra/path-glob.ts
function globToRegExp(pattern2) {
  let source = "";
  let i = 0;
  const text = pattern2.replace(/^\.\//, "").replace(/\/+$/, "");
  while (i < text.length) {
    const ch = text[i];
    if (ch === "*" && text[i + 1] === "*") {
      const startOfSegment = i === 0 || text[i - 1] === "/";
      if (startOfSegment && text[i + 2] === "/") {
        source += "(?:.*/)?";
        i += 3;
      } else {
        source += ".*";
        i += 2;
      }
    } else if (ch === "*") {
      source += "[^/]*";
      i++;
    } else if (ch === "?") {
      source += "[^/]";
      i++;
    } else if (ch === "{") {
      const close = text.indexOf("}", i);
      if (close < 0) throw new Error(`pattern "${pattern2}": "{" is never closed; write {a,b}`);
      source += `(?:${text.slice(i + 1, close).split(",").map((part) => escapeRegExp(part)).join("|")})`;
      i = close + 1;
    } else {
      source += escapeRegExp(ch);
      i++;
    }
  }
  return new RegExp(`^${source}(?:/.*)?$`);
}
function escapeRegExp(text) {
  return text.replace(/[.+^${}()|[\]\\*?]/g, "\\$&");
}
function pathMatches(glob, filePath) {
  const normal = filePath.replace(/\\/g, "/").replace(/^\.\//, "");
  if (glob.test(normal)) return true;
  if (!/^(\/|[A-Za-z]:\/)/.test(normal)) return false;
  for (let slash = normal.indexOf("/"); slash >= 0; slash = normal.indexOf("/", slash + 1)) {
    if (glob.test(normal.slice(slash + 1))) return true;
  }
  return false;
}
function matchesAny(globs2, filePath) {
  return globs2.some((glob) => pathMatches(glob, filePath));
}

// src/checks/dependency-changes/dependency-changes-config.ts
var dependencyChangesConfig = strictObject({
  files: array(string().min(1)).min(1).optional().describe(
    "Globs of dependency files to watch; default every file mlgate can read: requirements*.txt, constraints*.txt, pyproject.toml, Pipfile, Pipfile.lock, poetry.lock, uv.lock, environment.yml, package.json, package-lock.json."
  ),
  fail_on_unpinned: boolean().default(false).describe(
    "Fail when the change adds or re-specifies a dependency without pinning one version."
  ),
  fail_on_major: boolean().default(false).describe("Fail on a major version bump (or a 0.x minor bump), up or down."),
  base_revision: string().min(1).optional().describe("Compare with this revision instead of the PR base, e.g. HEAD~1 on pushes.")
});

// src/checks/dependency-changes/dependency-changes-outcome.ts
function dependencyChangesOutcome(files, base, gates) {
  const changed = files.filter((file) => file.changes.length > 0);
  const all = changed.flatMap((file) => file.changes);
  const majors = all.filter((change) => change.major);
  const unpinned = all.filter(isUnpinned);
  const gate = (on) => on ? { threshold: "= 0", bound: { comparator: "==", limit: 0 } } : {};
  return {
    kind: "ran",
    summary: summary3(changed, all, majors, base),
    figures: [
      { name: "dependency changes", value: all.length },
      { name: "major bumps", value: majors.length, ...gate(gates.fail_on_major) },
      { name: "unpinned", value: unpinned.length, ...gate(gates.fail_on_unpinned) }
    ],
    findings: changed.flatMap(
      (file) => file.changes.flatMap((change) => changeFindings(change, file.path, gates))
    ),
    details: changed.map(fileTable)
  };
}
function isUnpinned(change) {
  return change.unpinned && change.kind !== "removed";
}
function summary3(changed, all, majors, base) {
  if (all.length === 0) return `no dependency changes between ${base.slice(0, 12)} and this change`;
  const parts = ["upgraded", "downgraded", "added", "removed", "changed"].map((kind2) => [kind2, all.filter((change) => change.kind === kind2).length]).filter(([, n]) => n > 0).map(([kind2, n]) => `${n} ${kind2}`);
  const files = changed.length;
  const major = majors.length > 0 ? `; major: ${majors.slice(0, 5).map((m) => `${m.name} ${m.from} \u2192 ${m.to}`).join(", ")}` : "";
  return `${all.length} dependency changes in ${files} file${files === 1 ? "" : "s"}: ${parts.join(", ")}${major}`;
}
function changeFindings(change, path2, gates) {
  const location = { path: path2, ...change.line ? { line: change.line } : {} };
  const findings = [];
  if (gates.fail_on_major && change.major) {
    findings.push({
      id: `major:${path2}:${change.name}`,
      severity: "fail",
      message: `${change.name} ${change.kind === "downgraded" ? "goes back" : "jumps"} a major version in ${path2}: ${change.from} \u2192 ${change.to}`,
      location,
      measure: {
        figure: `${change.name} version`,
        value: change.to,
        reference: { label: "base", value: change.from }
      },
      fix: `Keep \`${change.name}\` at ${change.from}'s major version in ${path2}, or move to ${change.to} in a change that validates the model with it.`
    });
  }
  if (gates.fail_on_unpinned && isUnpinned(change)) {
    findings.push({
      id: `unpinned:${path2}:${change.name}`,
      severity: "fail",
      message: `${change.name} in ${path2} is ${change.kind} without an exact version (${change.to}); pin it with == (or use the lock file)`,
      location,
      // Unpinned packages of one file come from one habit of writing it.
      cause: `unpinned:${path2}`,
      fix: `Pin \`${change.name}\` to one version with == in ${path2}, or install from a lock file.`
    });
  }
  return findings;
}
function fileTable(file) {
  const status = file.status === "added" ? " (new file)" : file.status === "deleted" ? " (deleted)" : "";
  return {
    type: "table",
    title: `${file.path}${status}`,
    header: ["Package", "Change", "Before", "After", "Note"],
    rows: file.changes.map((change) => [
      change.name,
      change.kind,
      change.from || "\u2014",
      change.to || "\u2014",
      [change.major ? "\u26A0 major" : "", isUnpinned(change) ? "not pinned" : ""].filter(Boolean).join(", ")
    ])
  };
}

// src/infra/dependencies/compare-versions.ts
var phaseRank = {
  dev: -3,
  a: -2,
  alpha: -2,
  b: -1,
  beta: -1,
  c: 0,
  rc: 0,
  pre: 0,
  preview: 0,
  post: 2,
  rev: 2,
  r: 2
};
var pattern = /^v?(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(dev|a|alpha|b|beta|c|rc|pre|preview|post|rev|r)[-_.]?(\d*)(?:\.[0-9A-Za-z.-]*)?)?(\+.*)?$/i;
function parseVersion(text) {
  const match = pattern.exec(text.trim());
  if (!match) return void 0;
  const tag = match[3]?.toLowerCase();
  return {
    epoch: Number(match[1] ?? 0),
    release: match[2].split(".").map(Number),
    phase: tag === void 0 ? [1, 0] : [phaseRank[tag], Number(match[4] || 0)],
    local: match[5] !== void 0
  };
}
function compareVersions(a2, b2) {
  const x = parseVersion(a2);
  const y = parseVersion(b2);
  if (!x || !y) return compareLoose(a2, b2);
  if (x.epoch !== y.epoch) return x.epoch - y.epoch;
  const length = Math.max(x.release.length, y.release.length);
  for (let i = 0; i < length; i++) {
    const difference = (x.release[i] ?? 0) - (y.release[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return x.phase[0] - y.phase[0] || x.phase[1] - y.phase[1] || Number(x.local) - Number(y.local);
}
function isMajorChange(from, to) {
  const x = parseVersion(from);
  const y = parseVersion(to);
  if (!x || !y) return false;
  if (x.epoch !== y.epoch) return true;
  if (x.release[0] !== y.release[0]) return true;
  return x.release[0] === 0 && (x.release[1] ?? 0) !== (y.release[1] ?? 0);
}
function compareLoose(a2, b2) {
  const parts = (text) => text.match(/\d+|[A-Za-z]+/g) ?? [];
  const x = parts(a2);
  const y = parts(b2);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const p = x[i];
    const q = y[i];
    if (p === void 0) return -1;
    if (q === void 0) return 1;
    const numeric2 = /^\d/.test(p) && /^\d/.test(q);
    const difference = numeric2 ? Number(p) - Number(q) : p.localeCompare(q);
    if (difference !== 0) return difference;
  }
  return 0;
}

// src/infra/dependencies/diff-dependencies.ts
function index(dependencies) {
  const entries = /* @__PURE__ */ new Map();
  for (const dependency of dependencies) {
    const entry = entries.get(dependency.name) ?? { versions: [], specifiers: [], pinned: true };
    if (dependency.version && !entry.versions.includes(dependency.version))
      entry.versions.push(dependency.version);
    if (!entry.specifiers.includes(dependency.specifier))
      entry.specifiers.push(dependency.specifier);
    entry.pinned &&= dependency.pinned;
    if (entry.line === void 0 && dependency.line !== void 0) entry.line = dependency.line;
    entries.set(dependency.name, entry);
  }
  for (const entry of entries.values()) {
    entry.versions.sort(compareVersions);
    entry.specifiers.sort();
  }
  return entries;
}
function describe(entry) {
  if (!entry) return "";
  if (entry.pinned && entry.versions.length > 0) return entry.versions.join(", ");
  return entry.specifiers.map((s) => s || "any version").join(", ");
}
function diffDependencies(before, after) {
  const old = index(before);
  const current = index(after);
  const changes = [];
  const names3 = [.../* @__PURE__ */ new Set([...old.keys(), ...current.keys()])].sort();
  for (const name of names3) {
    const a2 = old.get(name);
    const b2 = current.get(name);
    const from = describe(a2);
    const to = describe(b2);
    const line = b2?.line !== void 0 ? { line: b2.line } : {};
    if (!a2 || !b2) {
      changes.push({
        name,
        kind: a2 ? "removed" : "added",
        from,
        to,
        major: false,
        unpinned: b2 ? !b2.pinned : false,
        ...line
      });
      continue;
    }
    if (from === to && a2.pinned === b2.pinned) {
      const before2 = a2.specifiers.join(", ");
      const now = b2.specifiers.join(", ");
      if (before2 !== now)
        changes.push({
          name,
          kind: "changed",
          from: before2,
          to: now,
          major: false,
          unpinned: !b2.pinned,
          ...line
        });
      continue;
    }
    const oldTop = a2.versions.at(-1);
    const newTop = b2.versions.at(-1);
    let kind2 = "changed";
    let major = false;
    if (a2.pinned && b2.pinned && oldTop && newTop) {
      const order2 = compareVersions(newTop, oldTop);
      kind2 = order2 > 0 ? "upgraded" : order2 < 0 ? "downgraded" : "changed";
      major = order2 !== 0 && isMajorChange(oldTop, newTop);
    }
    changes.push({ name, kind: kind2, from, to, major, unpinned: !b2.pinned, ...line });
  }
  return changes;
}

// src/infra/dependencies/parse-conda-environment.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/infra/dependencies/dependency.ts
var lockKinds = [
  "pipfile-lock",
  "poetry-lock",
  "uv-lock",
  "package-lock"
];
function normalizePythonName(name) {
  return name.trim().toLowerCase().replace(/[-_.]+/g, "-");
}

// src/infra/dependencies/parse-requirement.ts
var requirement = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$/;
function parseRequirement(text, line) {
  const withoutMarker = text.split(";")[0].trim();
  const match = requirement.exec(withoutMarker);
  if (!match) return void 0;
  const name = normalizePythonName(match[1]);
  const rest = match[3].trim();
  if (rest.startsWith("@")) {
    const url = rest.slice(1).trim();
    return {
      name,
      version: url,
      specifier: `@ ${url}`,
      pinned: /@[0-9a-f]{40}\b|[#&](sha256|sha384|sha512)=/.test(url),
      ...line === void 0 ? {} : { line }
    };
  }
  const specifier = rest.replace(/^\((.*)\)$/, "$1").replace(/\s+/g, "");
  const exact = /^(===?)([^,*]+)$/.exec(specifier);
  return {
    name,
    ...exact ? { version: exact[2] } : {},
    specifier,
    pinned: exact !== null,
    ...line === void 0 ? {} : { line }
  };
}

// src/infra/dependencies/parse-conda-environment.ts
var matchSpec = /^(?:[\w.-]+::)?([A-Za-z0-9_.-]+)\s*(.*)$/;
function parseCondaEnvironment(text, source) {
  let document;
  try {
    document = (0, import_yaml2.parse)(text);
  } catch (error) {
    throw new Error(`${source}: not valid YAML (${errorMessage(error).split("\n")[0]})`);
  }
  const items = document?.dependencies;
  if (!Array.isArray(items)) return [];
  const dependencies = [];
  for (const item of items) {
    if (typeof item === "string") {
      const dependency = parseMatchSpec(item);
      if (dependency) dependencies.push(dependency);
    } else if (item && typeof item === "object" && Array.isArray(item.pip)) {
      for (const requirement2 of item.pip) {
        if (typeof requirement2 !== "string" || requirement2.startsWith("-")) continue;
        const dependency = parseRequirement(requirement2);
        if (dependency) dependencies.push({ ...dependency, name: `pip:${dependency.name}` });
      }
    }
  }
  return dependencies;
}
function parseMatchSpec(spec) {
  const match = matchSpec.exec(spec.trim());
  if (!match) return void 0;
  const name = match[1].toLowerCase();
  const constraint = match[2].replace(/\s+/g, "");
  const exact = /^==([^=,*|<>!]+)$/.exec(constraint);
  const withBuild = /^==?([^=,*|<>!]+)=([^=,*|<>!]+)$/.exec(constraint);
  const single = /^=([^=,*|<>!]+)$/.exec(constraint);
  const version = exact?.[1] ?? withBuild?.[1] ?? single?.[1];
  const pinned = exact !== null || withBuild !== null || single !== null && single[1].split(".").length >= 3;
  return {
    name,
    ...version && pinned ? { version } : {},
    specifier: constraint,
    pinned
  };
}

// src/infra/dependencies/parse-npm.ts
function parseJson(text, source) {
  try {
    const value = JSON.parse(text);
    if (value && typeof value === "object" && !Array.isArray(value)) return value;
  } catch (error) {
    throw new Error(`${source}: not valid JSON (${errorMessage(error)})`);
  }
  throw new Error(`${source}: expected a JSON object`);
}
var exactVersion = /^=?v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/;
function parsePackageJson(text, source) {
  const document = parseJson(text, source);
  const dependencies = [];
  for (const section of ["dependencies", "devDependencies", "optionalDependencies"]) {
    const entries = document[section];
    if (!entries || typeof entries !== "object") continue;
    for (const [name, spec] of Object.entries(entries)) {
      const specifier = typeof spec === "string" ? spec.trim() : "";
      const exact = exactVersion.exec(specifier);
      dependencies.push({
        name,
        ...exact ? { version: exact[1] } : {},
        specifier,
        pinned: exact !== null
      });
    }
  }
  return dependencies;
}
function parsePackageLock(text, source) {
  const document = parseJson(text, source);
  const dependencies = [];
  const packages = document.packages;
  if (packages && typeof packages === "object") {
    for (const [installPath, entry] of Object.entries(packages)) {
      if (installPath === "" || entry.link === true) continue;
      const name = typeof entry.name === "string" ? entry.name : installPath.slice(installPath.lastIndexOf("node_modules/") + "node_modules/".length);
      const version = typeof entry.version === "string" ? entry.version : void 0;
      dependencies.push({
        name,
        ...version ? { version } : {},
        specifier: version ?? "",
        pinned: true
      });
    }
    return dependencies;
  }
  const walk = (entries) => {
    if (!entries || typeof entries !== "object") return;
    for (const [name, entry] of Object.entries(entries)) {
      const version = typeof entry.version === "string" ? entry.version : void 0;
      dependencies.push({
        name,
        ...version ? { version } : {},
        specifier: version ?? "",
        pinned: true
      });
      walk(entry.dependencies);
    }
  };
  walk(document.dependencies);
  return dependencies;
}

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string2, ptr) {
  let lines = string2.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string2, line, column) {
  let lines = string2.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c2 = ctx.s.charCodeAt(ctx.p++);
  let first2 = c2;
  let isLiteral = c2 === 39;
  let isMultiline = c2 === ctx.s.charCodeAt(ctx.p) && c2 === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c2 = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c2 === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c2 = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c2 === 10 || c2 === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c2 < 32 && c2 !== 9 || c2 === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c2 === first2 && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first2 && ctx.s.charCodeAt(ctx.p + 2) === first2)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first2)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first2)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c2 === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c2 === 120 || c2 === 117 || c2 === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c2 === 120 ? 2 : c2 === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c2 === 32 || c2 === 9)) {
        state = 2;
      } else {
        if (c2 === 98)
          parsed += "\b";
        else if (c2 === 116)
          parsed += "	";
        else if (c2 === 110)
          parsed += "\n";
        else if (c2 === 102)
          parsed += "\f";
        else if (c2 === 114)
          parsed += "\r";
        else if (c2 === 101)
          parsed += "\x1B";
        else if (c2 === 34)
          parsed += '"';
        else if (c2 === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c2 !== 32 && c2 !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c2 === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c2;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c2 = date.charCodeAt(date.length - 1)) !== 90 && c2 !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c2 = ctx.s.charCodeAt(ctx.p);
  if (c2 === 91 || c2 === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c2 === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c2 === 34 || c2 === 39) {
    return parseString(ctx);
  }
  if (c2 === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c2 === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c2 === 43 || c2 === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c2, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c2, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c2, end);
  }
  return parseNumber(ctx, ctx.p, c2, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c2 = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c2 === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c2 === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c2 === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c2 = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c2 === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c2 === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c2 === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c2 === 46)
      state = 2;
    else if (c2 === 101 || c2 === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c2))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c2 = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c2, endChr))) {
    if (!state)
      state = 1;
    if (c2 === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c2 === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c2 === 101 || c2 === 69))
      state = 4;
    else if (state === 4 && (c2 === 43 || c2 === 45)) {
      state = 6;
    } else if (!isDigit(c2))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c2, underscore = 1;
  while (++ctx.p < ctx.s.length && (c2 = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c2, endChr))) {
    if (c2 === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c2, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c2, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c2) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c2, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c2 = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c2 !== 84 && c2 !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c2 = ctx.s.charCodeAt(ctx.p)) {
    if (c2 === 90 || c2 === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c2 === 43 || c2 === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c2, endChr) {
  let start = ctx.p;
  if (!isDigit(c2) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c2, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e2) {
    TomlError.x(e2 instanceof Error ? e2.message : "" + e2, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c2 = ctx.s.charCodeAt(ctx.p);
    if (c2 === 10)
      break;
    if (c2 === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c2 < 32 && c2 !== 9 || c2 === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c2;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c2 = ctx.s.charCodeAt(ctx.p)) === 32 || c2 === 9 || !banNewLines && (c2 === 10 || c2 === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c2 !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c2 = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c2 === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c2 === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c2 === 34 || c2 === 39)) {
      if (c2 === ctx.s.charCodeAt(ctx.p + 1) && c2 === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c2 === 32 || c2 === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c2 < 48 && c2 !== 45 || c2 > 57 && c2 < 65 || c2 > 90 && c2 < 97 && c2 !== 95 || c2 > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c2 = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c2;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c2 = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key38 = parseKey(ctx);
    for (let i = 0; i < key38.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key38[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c2 = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c2 !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c2;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c2 = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c2 = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c2 !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key38, table2, meta, type) {
  let t = table2;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key38.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key38[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key38.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse2(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/infra/dependencies/parse-pyproject.ts
function parsePyproject(text, source) {
  const document = parseToml(text, source);
  const dependencies = [];
  const project = table(document.project);
  const pep508 = (items) => {
    if (!Array.isArray(items)) return;
    for (const item of items) {
      if (typeof item !== "string") continue;
      const dependency = parseRequirement(item);
      if (dependency) dependencies.push(dependency);
    }
  };
  pep508(project.dependencies);
  for (const group of Object.values(table(project["optional-dependencies"]))) pep508(group);
  for (const group of Object.values(table(document["dependency-groups"]))) pep508(group);
  const poetry = table(table(document.tool).poetry);
  poetryTable(poetry.dependencies, dependencies);
  poetryTable(poetry["dev-dependencies"], dependencies);
  for (const group of Object.values(table(poetry.group)))
    poetryTable(table(group).dependencies, dependencies);
  return dependencies;
}
function parseToml(text, source) {
  try {
    return parse2(text);
  } catch (error) {
    const message = errorMessage(error).split("\n")[0];
    throw new Error(`${source}: not valid TOML (${message})`);
  }
}
function table(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : {};
}
function poetryTable(value, into) {
  for (const [rawName, spec] of Object.entries(table(value))) {
    if (rawName.toLowerCase() === "python") continue;
    const constraint = typeof spec === "string" ? spec : typeof table(spec).version === "string" ? table(spec).version : describeSource(table(spec));
    const exact = /^(==?)?\s*(\d[^,*^~<>=!|\s]*)$/.exec(constraint.trim());
    into.push({
      name: normalizePythonName(rawName),
      ...exact ? { version: exact[2] } : {},
      specifier: constraint,
      pinned: exact !== null || /rev\s*=\s*[0-9a-f]{40}/.test(constraint)
    });
  }
}
function describeSource(spec) {
  for (const key38 of ["git", "path", "url"]) {
    if (typeof spec[key38] === "string") {
      const rev = typeof spec.rev === "string" ? ` rev=${spec.rev}` : "";
      return `${key38}=${spec[key38]}${rev}`;
    }
  }
  return "*";
}
function parsePipfile(text, source) {
  const document = parseToml(text, source);
  const dependencies = [];
  for (const section of ["packages", "dev-packages"]) {
    for (const [rawName, spec] of Object.entries(table(document[section]))) {
      const written = typeof spec === "string" ? spec : String(table(spec).version ?? "*");
      const dependency = parseRequirement(`${rawName}${written === "*" ? "" : written}`);
      if (dependency) dependencies.push({ ...dependency, specifier: written });
    }
  }
  return dependencies;
}

// src/infra/dependencies/parse-python-lock.ts
function parseTomlLock(text, source) {
  const packages = parseToml(text, source).package;
  if (!Array.isArray(packages)) return [];
  const dependencies = [];
  for (const entry of packages) {
    if (typeof entry.name !== "string") continue;
    const version = typeof entry.version === "string" ? entry.version : void 0;
    dependencies.push({
      name: normalizePythonName(entry.name),
      ...version ? { version } : {},
      specifier: version ? `==${version}` : "",
      pinned: true
    });
  }
  return dependencies;
}
function parsePipfileLock(text, source) {
  let document;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new Error(`${source}: not valid JSON (${errorMessage(error)})`);
  }
  const dependencies = [];
  for (const section of ["default", "develop"]) {
    const entries = document[section];
    if (entries === null || typeof entries !== "object") continue;
    for (const [name, spec] of Object.entries(entries)) {
      const written = typeof spec?.version === "string" ? spec.version : "";
      const version = written.replace(/^===?/, "");
      dependencies.push({
        name: normalizePythonName(name),
        ...version ? { version } : {},
        specifier: written,
        pinned: true
      });
    }
  }
  return dependencies;
}

// src/infra/dependencies/parse-requirements-txt.ts
function parseRequirementsTxt(text) {
  const dependencies = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const start = i + 1;
    let logical = lines[i];
    while (logical.endsWith("\\") && i + 1 < lines.length)
      logical = logical.slice(0, -1) + lines[++i];
    const content = logical.replace(/(^|\s)#.*$/, "").trim();
    if (content === "") continue;
    if (content.startsWith("-")) {
      const egg = /#egg=([A-Za-z0-9._-]+)/.exec(logical);
      if (/^(-e|--editable)\b/.test(content) && egg) {
        dependencies.push({
          name: normalizePythonName(egg[1]),
          specifier: "editable",
          pinned: false,
          line: start
        });
      }
      continue;
    }
    const requirementText = content.split(/\s+--/)[0];
    const dependency = parseRequirement(requirementText, start);
    if (dependency) dependencies.push(dependency);
  }
  return dependencies;
}

// src/infra/dependencies/parse-manifest.ts
function parseManifest(kind2, text, source) {
  switch (kind2) {
    case "requirements":
      return parseRequirementsTxt(text);
    case "pyproject":
      return parsePyproject(text, source);
    case "poetry-lock":
    case "uv-lock":
      return parseTomlLock(text, source);
    case "pipfile-lock":
      return parsePipfileLock(text, source);
    case "pipfile":
      return parsePipfile(text, source);
    case "conda-environment":
      return parseCondaEnvironment(text, source);
    case "package-json":
      return parsePackageJson(text, source);
    case "package-lock":
      return parsePackageLock(text, source);
  }
}

// src/checks/dependency-changes/manifest-changes.ts
var key10 = "checks.dependency_changes.files";
async function manifestChanges(workspace, base, file, kind2) {
  const before = await workspace.readTextAtRevision(base, file.path, key10);
  const after = file.status === "deleted" ? null : await workspace.readText(file.path, key10);
  const changes = diffDependencies(
    before === null ? [] : parseManifest(kind2, before, `${file.path} at ${base.slice(0, 12)}`),
    after === null ? [] : parseManifest(kind2, after, file.path)
  );
  return { path: file.path, status: file.status, changes };
}

// src/checks/dependency-changes/dependency-changes.ts
var dependencyChanges = {
  id: "dependency_changes",
  title: "Dependency changes are announced",
  rubric: ["monitor-1"],
  config: dependencyChangesConfig,
  async run(config, { workspace, event }) {
    const base = baseRevision(config.base_revision, event);
    if (!base) return { kind: "skipped", reason: noBaseReason("dependency_changes") };
    const globs2 = config.files?.map(globToRegExp);
    const files = [];
    for (const file of await workspace.listChangedFiles(base)) {
      const kind2 = manifestKind(file.path);
      if (kind2 === void 0 || globs2 && !matchesAny(globs2, file.path)) continue;
      files.push(await manifestChanges(workspace, base, file, kind2));
    }
    return dependencyChangesOutcome(files, base, config);
  }
};

// src/drift/scan-threads.ts
async function onScanThreads(threads, source, drift2) {
  if (!threads) return drift2();
  threads.holdWorkers();
  try {
    return await drift2((pairs) => threads.numericFiguresOnWorker(source, pairs));
  } finally {
    threads.releaseWorkers();
  }
}

// src/checks/drift/drift-config.ts
var featureRule = strictObject({
  method: _enum(driftMethods, { error: `method is one of ${driftMethods.join(", ")}` }).optional().describe(
    "auto (significant test and effect size), ks, chi_square, wasserstein, psi, jensen_shannon or l_infinity."
  ),
  threshold: nonNegative.optional().describe("The level of the method's measure; for auto, the effect-size floor."),
  ignore: boolean().optional().describe("Leave this column out.")
});
function driftRulesSchema(defaults) {
  return {
    significance: probability.default(defaults.significance).describe("Benjamini\u2013Hochberg q: the false discovery rate across features."),
    numeric_effect_floor: nonNegative.default(defaults.numericEffectFloor).describe(
      "auto, numeric features: the Wasserstein distance in reference standard deviations a drift must reach."
    ),
    categorical_effect: _enum(["jensen_shannon", "l_infinity"], {
      error: "categorical_effect is jensen_shannon or l_infinity"
    }).default(defaults.categoricalEffect).describe("auto, categorical features: the effect size, Jensen\u2013Shannon or L\u221E distance."),
    categorical_effect_floor: nonNegative.default(defaults.categoricalEffectFloor).describe("auto, categorical features: the level the effect size must reach."),
    psi_threshold: nonNegative.default(defaults.psiThreshold).describe("Threshold of features whose method is psi."),
    jensen_shannon_threshold: probability.default(defaults.jensenShannonThreshold).describe("Threshold of features whose method is jensen_shannon."),
    l_infinity_threshold: probability.default(defaults.lInfinityThreshold).describe("Threshold of features whose method is l_infinity."),
    warn_share: probability.default(defaults.warnShare).describe(
      "Warn when at least this share of the tested features drifted (and at least one did)."
    ),
    fail_share: probability.default(defaults.failShare).describe("Fail when at least this share of the tested features drifted."),
    max_unreadable_share: probability.default(defaults.maxUnreadableShare).describe(
      "Cells of a compared feature that are not values of its type (`15.6C`, `1_000` in a number column) are left out and listed: any of them warns; a file's feature whose share of them exceeds this fails (0: any fails)."
    ),
    ignore: array(string().min(1), { error: "ignore is a list of column names, e.g. [id]" }).default([]).describe("Columns not compared, e.g. ids and timestamps."),
    features: record(string(), featureRule).default({}).describe("Per-feature method, threshold or ignore, keyed by column name.")
  };
}
function rulesFromConfig(config) {
  return {
    significance: config.significance,
    numericEffectFloor: config.numeric_effect_floor,
    categoricalEffect: config.categorical_effect,
    categoricalEffectFloor: config.categorical_effect_floor,
    psiThreshold: config.psi_threshold,
    jensenShannonThreshold: config.jensen_shannon_threshold,
    lInfinityThreshold: config.l_infinity_threshold,
    warnShare: config.warn_share,
    failShare: config.fail_share,
    maxUnreadableShare: config.max_unreadable_share,
    ignore: config.ignore,
    features: config.features
  };
}
var referenceDataError = "expected a data file path, an object with `path` (and format, delimiter, missing_values), or {profile: reference.profile.json}";
var referenceData = union([inputTableFile, strictObject({ profile: repoPath })], {
  error: referenceDataError
});
var driftReference = union([remoteDataFile, querySource, referenceData], {
  error: "expected a data file path, an object with `path`, {profile: reference.profile.json}, or a query source {engine, table | query, connection}"
});
var driftCurrent = union([remoteDataFile, querySource, inputTableFile], {
  error: "expected a data file path, an object with `path`, or a query source {engine, table | query, connection}"
});
var driftConfig = strictObject({
  reference: driftReference.describe(
    "The data drift is measured from: training data or the last release\u2019s data, {profile: file} for a committed mlgate profile of it, or a query source ({engine, table | query, connection}) computed where the data lives."
  ),
  current: driftCurrent.describe(
    "The data to compare, e.g. a recent sample of serving data: a file or a query source."
  ),
  schema: repoPath.optional().describe(
    "A Frictionless Table Schema: columns are read as their declared types, unique and primary-key fields are not compared."
  ),
  ...driftRulesSchema(defaultDriftRules)
}).refine((config) => config.warn_share <= config.fail_share, {
  error: "warn_share must not exceed fail_share",
  path: ["warn_share"]
});

// src/checks/drift/feature-findings.ts
function featureFindings(result, noun) {
  const severity2 = result.summary.driftVerdict;
  const findings = [];
  for (const feature of result.features) {
    if (feature.kind === "skipped" || !feature.decision) continue;
    const gated = gatedMeasure(feature.decision, feature.kind, result.rules.categoricalEffect);
    const location = { path: result.current.path, feature: feature.name };
    const measure2 = measureOf(gated);
    if (feature.status === "uncertain") {
      findings.push({
        id: `feature:${feature.name}`,
        severity: "warn",
        message: uncertainMessage(feature, gated, result, noun),
        location,
        measure: measure2,
        fix: `Profile the reference (${result.reference.path}) again with a larger sketch size (\`mlgate profile --sketch-size\`), or compare with the raw reference data.`
      });
    }
    if (feature.status !== "drifted" || severity2 === "pass") continue;
    const fix2 = `Retrain on recent data, or, if this shift is expected, waive the finding or change the threshold (\`${gated.configKey}\`, or \`features.${feature.name}.threshold\` for this feature).`;
    findings.push({
      id: `feature:${feature.name}`,
      severity: severity2,
      message: shiftMessage(feature, result, noun),
      location,
      measure: measure2,
      fix: fix2
    });
    if (feature.kind !== "categorical") continue;
    for (const change of categoryChanges(feature)) {
      findings.push({
        ...change,
        severity: severity2,
        location,
        fix: "Retrain on data that has these categories, or fix the pipeline that produces them."
      });
    }
  }
  return findings;
}
function measureOf(gated) {
  const value = gated.value === null || Number.isFinite(gated.value) ? gated.value : formatNumber2(gated.value);
  return { figure: gated.figure, value, bound: gated.bound };
}
function uncertainMessage(feature, gated, result, noun) {
  const within = (figure2, value, range) => `${figure2} is ${value === null ? "unknown" : formatNumber2(value, 3)}, within ${formatNumber2(range[0], 3)} to ${formatNumber2(range[1], 3)}`;
  const parts = [];
  if (gated.range) parts.push(within(gated.figure, gated.value, gated.range));
  const pRange = feature.kind === "numeric" ? feature.ks?.adjustedPValueRange : null;
  if (feature.decision?.method === "auto" && feature.kind === "numeric" && pRange) {
    parts.push(within("adjusted p", feature.ks?.adjustedPValue ?? null, pRange));
  }
  if (parts.length === 0) parts.push("the figures' error range");
  return `${feature.name}: ${noun} undecided: against the reference profile ${result.reference.path}, ${parts.join(" and ")}, which reaches both sides of the rule ${rule(feature.decision, feature.kind, effectLabel(result))}; a profile with a larger sketch size (--sketch-size) or the raw reference decides it`;
}
function effectLabel(result) {
  return result.rules.categoricalEffect === "l_infinity" ? "L\u221E" : "JS";
}
function categoryChanges(feature) {
  const changes = [];
  const { name, newCategories, vanishedCategories } = feature;
  if (newCategories.length > 0) {
    const values = valuesIn(feature, newCategories, "current");
    changes.push({
      id: `feature:${name}:new-categories`,
      message: `${name}: ${categoryCount(newCategories)} new in current data (${nameCategories(newCategories)}): ${values}; the reference has none of them`
    });
  }
  if (vanishedCategories.length > 0) {
    const values = valuesIn(feature, vanishedCategories, "reference");
    changes.push({
      id: `feature:${name}:vanished-categories`,
      message: `${name}: ${categoryCount(vanishedCategories)} of the reference gone from current data (${nameCategories(vanishedCategories)}): ${values}`
    });
  }
  return changes;
}
function categoryCount(values) {
  return values.length === 1 ? "1 category" : `${values.length} categories`;
}
function valuesIn(feature, values, side) {
  const wanted = new Set(values);
  const count = feature.categories.filter((category) => wanted.has(category.value)).reduce((sum, category) => sum + category[side], 0);
  const total = feature[side].count;
  const share2 = total === 0 ? 0 : Math.round(count / total * 1e3) / 10;
  return `${count} of ${total} ${side} values (${share2}%)`;
}
function shiftMessage(feature, result, noun) {
  if (feature.kind === "skipped" || !feature.decision) return `${feature.name}: ${noun}`;
  const effect = effectLabel(result);
  const measures = feature.kind === "numeric" ? [
    feature.ks ? `KS D=${figure(feature.ks.statistic)} (adjusted p=${figure(feature.ks.adjustedPValue)})` : "",
    feature.normalizedWasserstein !== null ? `W/\u03C3=${figure(feature.normalizedWasserstein)}` : "",
    feature.psi !== null ? `PSI=${figure(feature.psi)}` : ""
  ] : [
    feature.chiSquare ? `\u03C7\xB2=${figure(feature.chiSquare.statistic)} (adjusted p=${figure(feature.chiSquare.adjustedPValue)})` : "",
    feature.jensenShannon !== null ? `JS=${figure(feature.jensenShannon)}` : "",
    feature.lInfinity !== null ? `L\u221E=${figure(feature.lInfinity)}` : ""
  ];
  return `${feature.name}: ${noun} (${measures.filter(Boolean).join(", ")}; rule: ${rule(feature.decision, feature.kind, effect)})`;
}
function figure(value) {
  return formatNumber2(value, 3);
}

// src/checks/drift/unreadable-findings.ts
var spelled = {
  number: "plain decimals such as 1000 or 12.5 (no hex, units, digit separators or decimal commas)",
  integer: "whole numbers such as 1000 (no hex, units, digit separators or decimals)",
  boolean: "true, false, 1 or 0",
  date: "calendar dates as YYYY-MM-DD",
  datetime: "ISO 8601 datetimes such as 2024-05-01T12:00:00Z"
};
function unreadableFindings(result, noun, configKey) {
  const maxShare = result.rules.maxUnreadableShare;
  return result.unreadable.map((entry) => {
    const first2 = entry.examples[0];
    return {
      id: `unreadable:${entry.role}:${entry.column}`,
      severity: entry.verdict,
      message: `${describeUnreadable(entry)}; left out of ${noun}`,
      location: {
        path: entry.path,
        ...first2?.line != null ? { line: first2.line } : {},
        column: entry.column,
        ...first2 ? { row: first2.row } : {},
        feature: entry.column
      },
      measure: measureOf2(entry, maxShare),
      cause: `unreadable:${entry.path}:${entry.column}`,
      fix: fixOf(entry, configKey)
    };
  });
}
function measureOf2(entry, maxShare) {
  if (entry.verdict === "fail") {
    return {
      figure: "unreadable cells share",
      value: entry.share,
      bound: { comparator: "<=", limit: maxShare }
    };
  }
  return { figure: "unreadable cells", value: entry.count, bound: { comparator: "==", limit: 0 } };
}
function fixOf(entry, configKey) {
  const data = `Write the cells of \`${entry.column}\` in ${entry.path} as ${spelled[entry.expected]}, or declare the column with the type it holds in the Table Schema`;
  const share2 = `${configKey}.max_unreadable_share`;
  return entry.verdict === "fail" ? `${data}; to accept a share of unreadable cells, raise \`${share2}\`.` : `${data}; they warn while their share stays within \`${share2}\`.`;
}

// src/checks/drift/drift-outcome.ts
function driftOutcome(run, options) {
  const { result } = run;
  const { summary: summary5 } = result;
  const findings = [
    ...run.badRows.map((bad) => badRowsFinding(bad, options.noun)),
    ...unreadableFindings(result, options.noun, options.configKey),
    ...featureFindings(result, options.noun)
  ];
  if (summary5.tested === 0) {
    findings.push({
      id: "no-features",
      severity: "warn",
      message: `no feature could be compared between ${result.reference.path} and ${result.current.path}; check that they share columns and that the columns hold values`
    });
  }
  const approximate = result.reference.kind === "profile";
  const allFindings = [...findings, ...options.extraFindings ?? []];
  return {
    kind: "ran",
    summary: [
      `${summary5.message}${approximate ? " (reference: a profile)" : ""}`,
      ...options.extraSummary ?? []
    ].join("; "),
    figures: [...driftFigures(result, options.noun), ...options.extraFigures ?? []],
    findings: allFindings,
    details: [
      ...listingFindings(driftDetails(result), allFindings),
      ...options.extraDetails ?? []
    ]
  };
}
function badRowsFinding(bad, noun) {
  const where = bad.rows.slice(0, 3).map(
    (row2) => `${row2.line === void 0 ? `row ${row2.row}` : `line ${row2.line}`}: ${row2.problem}`
  ).join("; ");
  const line = bad.rows[0]?.line;
  return {
    id: `file:${bad.role}:bad-rows`,
    severity: "fail",
    message: `${bad.source}: ${bad.count} row(s) could not be split into the header's columns and were left out (${where}); fix the file so that ${noun} is measured on all of it`,
    location: { path: bad.source, ...line ? { line } : {} }
  };
}
function driftFigures(result, noun) {
  const { summary: summary5 } = result;
  const mustBeZero = (name, value) => value > 0 ? [{ name, value, threshold: "= 0", bound: { comparator: "==", limit: 0 } }] : [];
  const worst2 = result.features.find((f2) => f2.status === "drifted");
  return [
    {
      name: `features with ${noun}`,
      value: `${summary5.drifted} of ${summary5.tested}`,
      threshold: `fail from ${percent(summary5.failShare)}`
    },
    {
      name: `share with ${noun}`,
      value: summary5.share,
      threshold: `< ${summary5.failShare}`,
      // A share at the fail level fails only when some feature drifted; 0 of 0 passes.
      bound: { comparator: summary5.drifted > 0 ? "<" : "<=", limit: summary5.failShare }
    },
    ...mustBeZero("features undecided", summary5.uncertain),
    ...mustBeZero("unreadable cells", summary5.unreadableCells),
    ...worst2 ? [{ name: "worst feature", value: worst2.name }] : []
  ];
}
function listingFindings(details4, findings) {
  const onlyFeatures = findings.every((finding2) => finding2.id.startsWith("feature:"));
  return details4.map(
    (block) => block.type === "table" && block.listsFindings ? { ...block, listsFindings: onlyFeatures } : block
  );
}

// src/checks/drift/drift.ts
var drift = {
  id: "drift",
  title: "Serving data has not drifted from the reference",
  rubric: ["monitor-2"],
  config: driftConfig,
  async run(config, { workspace, scanThreads }) {
    const key38 = "checks.drift";
    const schema = config.schema ? parseTableSchema(await workspace.readText(config.schema, `${key38}.schema`), config.schema) : void 0;
    const run = await onScanThreads(
      scanThreads,
      `${key38}.current`,
      async (elsewhere) => runDrift(
        await largeFile(workspace, config.reference, `${key38}.reference`, schema !== void 0) ?? await referenceFile(workspace, config.reference, `${key38}.reference`),
        isQuerySource(config.current) ? await queryData(workspace, config.current, `${key38}.current`) : await largeFile(workspace, config.current, `${key38}.current`, schema !== void 0) ?? dataFile(workspace, config.current, `${key38}.current`),
        rulesFromConfig(config),
        schema,
        { configKey: key38, ...elsewhere ? { elsewhere } : {} }
      )
    );
    return driftOutcome(run, { noun: "drift", configKey: key38 });
  }
};
async function queryData(workspace, source, key38) {
  return { kind: "query", source: await workspace.openQuerySource(source, key38) };
}
async function largeFile(workspace, input, key38, typed) {
  if (typeof input !== "string" || parseStepOutputPath(input) !== void 0) return void 0;
  if (typed) return void 0;
  const large = await workspace.largeFileSource(input, key38);
  return large && queryData(workspace, large, key38);
}
function dataFile(workspace, file, key38) {
  const { path: path2, options } = tableFileOptions(file);
  return {
    path: path2,
    read: options,
    scan: (scanOptions) => workspace.scanTable(path2, key38, scanOptions)
  };
}
async function referenceFile(workspace, reference, key38) {
  if (isQuerySource(reference)) return queryData(workspace, reference, key38);
  if (typeof reference === "object" && "profile" in reference) {
    return {
      kind: "profile",
      path: reference.profile,
      text: await workspace.readText(reference.profile, `${key38}.profile`)
    };
  }
  return { kind: "rows", ...dataFile(workspace, reference, key38) };
}

// src/metrics/group-rows.ts
var missingGroup = "(missing)";
function groupRows(cells, bins, rowName) {
  const groups = /* @__PURE__ */ new Map();
  const sortedEdges = bins ? [...bins].sort((a2, b2) => a2 - b2) : void 0;
  cells.forEach((cell, row2) => {
    let value;
    if (cell === null) value = missingGroup;
    else if (sortedEdges) {
      const number2 = parseNumberCell(cell);
      if (typeof number2 !== "number" || Number.isNaN(number2)) {
        throw new Error(
          `${rowName(row2)}: "${String(cell)}" is not a number, so it cannot be binned`
        );
      }
      value = binLabel(number2, sortedEdges);
    } else value = labelKey(cell) ?? missingGroup;
    const rows = groups.get(value);
    if (rows) rows.push(row2);
    else groups.set(value, [row2]);
  });
  return [...groups].map(([value, rows]) => ({ value, rows }));
}
function binLabel(value, edges) {
  const above = edges.filter((edge) => value >= edge).length;
  if (above === 0) return `< ${edges[0]}`;
  if (above === edges.length) return `\u2265 ${edges[edges.length - 1]}`;
  return `[${edges[above - 1]}, ${edges[above]})`;
}
function membership(n, rows) {
  const weights = new Float64Array(n);
  for (const row2 of rows) weights[row2] = 1;
  return weights;
}

// src/metrics/load-feature-table.ts
async function loadFeatureTable(workspace, config, key38) {
  if (config.features === void 0) return null;
  const { path: path2, options } = tableFileOptions(config.features);
  return {
    table: await workspace.readTable(path2, key38, options),
    idColumn: config.features_id_column ?? config.id_column
  };
}

// src/metrics/row-columns.ts
function rowColumns(predictions2, features) {
  const own = predictions2.table;
  if (!features) {
    return {
      cells: (name, key38) => requireColumn(own, name, key38),
      sourceOf: () => own.source
    };
  }
  if (!predictions2.ids) {
    throw new Error(
      `${own.source}: joining ${features.table.source} needs id_column in the predictions`
    );
  }
  const featureIds = requireColumn(features.table, features.idColumn, "features id_column");
  const rowOfId = /* @__PURE__ */ new Map();
  featureIds.forEach((cell, row2) => {
    const id = labelKey(cell);
    if (id === null)
      throw rowError(features.table, row2, `missing id in column "${features.idColumn}"`);
    if (rowOfId.has(id)) {
      throw rowError(
        features.table,
        row2,
        `id "${id}" repeats line ${features.table.lineOf(rowOfId.get(id))}; ids must be unique`
      );
    }
    rowOfId.set(id, row2);
  });
  const joined = predictions2.ids.map((id, row2) => {
    const match = rowOfId.get(id);
    if (match === void 0) {
      throw rowError(
        own,
        row2,
        `id "${id}" has no row in ${features.table.source}; every scored row needs its features`
      );
    }
    return match;
  });
  const cache = /* @__PURE__ */ new Map();
  return {
    cells(name, key38) {
      const featureCells = features.table.column(name);
      if (!featureCells) {
        const ownCells = own.column(name);
        if (ownCells) return ownCells;
        throw new Error(
          `${key38}: neither ${features.table.source} nor ${own.source} has a column "${name}"; ${features.table.source} has ${quoteList(features.table.columnNames)}`
        );
      }
      let aligned = cache.get(name);
      if (!aligned) {
        aligned = joined.map((row2) => featureCells[row2]);
        cache.set(name, aligned);
      }
      return aligned;
    },
    sourceOf: (name) => features.table.column(name) ? features.table.source : own.source
  };
}

// src/checks/fairness/group-rates.ts
function groupRates(groups, labels, predicted) {
  return groups.map(({ value, rows }) => {
    let selected = 0;
    let positives = 0;
    let truePositives = 0;
    let negatives = 0;
    let falsePositives = 0;
    for (const row2 of rows) {
      const guess = predicted[row2];
      selected += guess;
      if (labels[row2]) {
        positives++;
        truePositives += guess;
      } else {
        negatives++;
        falsePositives += guess;
      }
    }
    return {
      value,
      rows: rows.length,
      selectionRate: selected / rows.length,
      truePositiveRate: positives > 0 ? truePositives / positives : null,
      falsePositiveRate: negatives > 0 ? falsePositives / negatives : null
    };
  });
}
function disparities(groups) {
  const spread = (values) => {
    const defined = values.filter((v) => v !== null);
    return defined.length >= 2 ? Math.max(...defined) - Math.min(...defined) : null;
  };
  const selection = groups.map((g) => g.selectionRate);
  const highest = Math.max(...selection);
  return {
    demographicParityDifference: spread(selection),
    equalOpportunityDifference: spread(groups.map((g) => g.truePositiveRate)),
    falsePositiveRateDifference: spread(groups.map((g) => g.falsePositiveRate)),
    disparateImpactRatio: groups.length >= 2 && highest > 0 ? Math.min(...selection) / highest : null
  };
}

// src/checks/fairness/attribute-disparities.ts
var key11 = "checks.fairness";
function disparityRules(config) {
  const max = (limit) => ({ comparator: "<=", limit });
  const fpr = config.max_false_positive_rate_difference;
  return [
    {
      id: "demographic_parity",
      what: "demographic parity difference",
      gap: "demographicParityDifference",
      configKey: "max_demographic_parity_difference",
      bound: max(config.max_demographic_parity_difference),
      rate: "selectionRate",
      rateWords: "selection rate"
    },
    {
      id: "equal_opportunity",
      what: "equal opportunity difference",
      gap: "equalOpportunityDifference",
      configKey: "max_equal_opportunity_difference",
      bound: max(config.max_equal_opportunity_difference),
      rate: "truePositiveRate",
      rateWords: "true positive rate"
    },
    ...fpr === void 0 ? [] : [
      {
        id: "false_positive_rate",
        what: "false positive rate difference",
        gap: "falsePositiveRateDifference",
        configKey: "max_false_positive_rate_difference",
        bound: max(fpr),
        rate: "falsePositiveRate",
        rateWords: "false positive rate"
      }
    ],
    {
      id: "disparate_impact",
      what: "disparate impact ratio",
      gap: "disparateImpactRatio",
      configKey: "min_disparate_impact_ratio",
      bound: { comparator: ">=", limit: config.min_disparate_impact_ratio },
      rate: "selectionRate",
      rateWords: "selection rate"
    }
  ];
}
function assessAttribute(config, attribute, groups, outcomes2) {
  const rates = groupRates(groups, outcomes2.labels, outcomes2.predicted);
  const gated = rates.filter((rate) => rate.rows >= config.min_group_size);
  const gaps = disparities(gated);
  const location = { path: outcomes2.path, column: attribute };
  const findings = [];
  if (gated.length < 2) findings.push(tooFewGroups(config, attribute, gated.length, location));
  for (const rule3 of disparityRules(config)) {
    const value = gaps[rule3.gap];
    if (value === null || meetsBound(value, rule3.bound)) continue;
    findings.push(disparityFinding(rule3, attribute, value, gated, location));
  }
  return { attribute, location, rates, gated, gaps, findings };
}
function tooFewGroups(config, attribute, count, location) {
  return {
    id: `attribute:${attribute}:groups`,
    severity: "warn",
    message: `${attribute}: ${count} group(s) with at least ${config.min_group_size} rows; fairness needs two to compare (lower min_group_size or evaluate on more data)`,
    location,
    measure: {
      figure: `groups of ${attribute} with at least ${config.min_group_size} rows`,
      value: count,
      bound: { comparator: ">=", limit: 2 }
    },
    fix: `Evaluate on more rows of each ${attribute} group, or lower \`${key11}.min_group_size\`.`
  };
}
function disparityFinding(rule3, attribute, value, gated, location) {
  const defined = gated.filter((rate) => rate[rule3.rate] !== null);
  const pick = (rate) => rate[rule3.rate] ?? 0;
  const low = defined.reduce((a2, b2) => pick(b2) < pick(a2) ? b2 : a2);
  const high = defined.reduce((a2, b2) => pick(b2) > pick(a2) ? b2 : a2);
  const limit = rule3.bound.comparator === ">=" ? `is below ${rule3.bound.limit} (four-fifths rule at 0.8)` : `exceeds ${rule3.bound.limit}`;
  const group = (rate) => `${attribute} = ${rate.value}`;
  return {
    id: `attribute:${attribute}:${rule3.id}`,
    severity: "fail",
    message: `${attribute}: ${rule3.what} ${formatNumber(value)} ${limit}; ${rule3.rateWords} ${formatNumber(pick(low))} for ${group(low)} vs ${formatNumber(pick(high))} for ${group(high)}`,
    location: { ...location, slice: group(rule3.rate === "falsePositiveRate" ? high : low) },
    measure: {
      figure: `${attribute}: ${rule3.what}`,
      value,
      bound: rule3.bound,
      reference: { label: `${rule3.rateWords} of ${group(high)}`, value: pick(high) }
    },
    cause: `${attribute}:${rule3.rate}`,
    fix: `Bring the ${rule3.rateWords} of ${group(low)} and ${group(high)} closer (e.g. retrain with reweighted groups or per-group thresholds), or change \`${key11}.${rule3.configKey}\` if the limit is wrong.`
  };
}

// src/config-fields/parsed-keys.ts
function parsedKeys(object2) {
  return Object.fromEntries(
    Object.entries(object2.shape).map(([key38, schema]) => [
      key38,
      schema._zod.optout === "optional" ? custom().optional() : custom()
    ])
  );
}

// src/checks/fairness/fairness-config.ts
var fairnessKeys = strictObject({
  predictions: inputTableFile.describe(
    "The predictions file (CSV, JSONL or Parquet); task binary."
  ),
  ...predictionColumnsShape,
  features: inputTableFile.optional().describe("A file with the protected attributes and features, joined by id_column."),
  features_id_column: columnName.optional().describe("The id column of the features file; default: id_column."),
  protected_attributes: array(columnName, { error: "expected a list of columns, e.g. [sex, age_group]" }).min(1, { error: "name at least one protected attribute column" }).describe("Columns whose groups must be treated alike."),
  bins: record(
    string(),
    array(number(), { error: "bin edges are a list of numbers, e.g. [25, 60]" }).min(1, { error: "give at least one edge" })
  ).default({}).describe("Numeric protected attributes (e.g. age) cut into groups at these edges."),
  min_group_size: int({ error: "min_group_size is a whole number" }).min(1, { error: "min_group_size is at least 1" }).default(30).describe(
    "Smaller groups are listed but left out of the differences: their rates are noise."
  ),
  max_demographic_parity_difference: probability.default(0.1).describe("Largest allowed gap between group selection rates (max \u2212 min)."),
  max_equal_opportunity_difference: probability.default(0.1).describe("Largest allowed gap between group true positive rates."),
  max_false_positive_rate_difference: probability.optional().describe(
    "Largest allowed gap between group false positive rates (with the above: equalized odds)."
  ),
  min_disparate_impact_ratio: probability.default(0.8).describe("Smallest allowed min/max ratio of selection rates; 0.8 is the four-fifths rule."),
  proxies: strictObject({
    columns: array(columnName).optional().describe(
      "Features to test; default: every column of the features file (or predictions) except ids, labels, scores and protected attributes."
    ),
    max_association: probability.default(0.5).describe(
      "Flag a feature whose Cram\xE9r's V or correlation ratio with an attribute exceeds this."
    ),
    severity: _enum(["warn", "fail"], { error: "severity is warn or fail" }).default("warn").describe("A proxy is a reason to look, not always to block.")
  }).default({ max_association: 0.5, severity: "warn" }).describe("Association of every feature with each protected attribute, to find proxies.")
}).superRefine((config, context) => {
  if (config.task !== "binary") {
    context.addIssue({
      code: "custom",
      path: ["task"],
      message: "fairness rates (selection, TPR, FPR) need task binary"
    });
    return;
  }
  requirePredictionColumns(config, context);
  requireGroupingColumns(
    config,
    { key: "protected_attributes", columns: config.protected_attributes },
    context
  );
});
var fairnessConfig = fairnessKeys.pipe(
  union([
    object({ ...parsedKeys(fairnessKeys), features: tableFile, id_column: columnName }),
    object({ ...parsedKeys(fairnessKeys), features: _undefined().optional() })
  ])
);

// src/checks/fairness/proxy-findings.ts
function isProxy(config, proxy) {
  return proxy.value !== null && proxy.value > config.proxies.max_association;
}
function proxyFindings(config, proxies) {
  const limit = config.proxies.max_association;
  return proxies.filter((proxy) => isProxy(config, proxy)).map((proxy) => ({
    id: `proxy:${proxy.feature}:${proxy.attribute}`,
    severity: config.proxies.severity,
    message: `${proxy.feature} may stand in for ${proxy.attribute}: ${proxy.measure} ${formatNumber(proxy.value ?? 0)} > ${limit}`,
    location: { path: proxy.path, column: proxy.feature, feature: proxy.feature },
    measure: {
      figure: `${proxy.measure} of ${proxy.feature} with ${proxy.attribute}`,
      value: proxy.value,
      bound: { comparator: "<=", limit }
    },
    fix: `Drop or transform ${proxy.feature} if it stands in for ${proxy.attribute}, or change \`${key11}.proxies.max_association\` if the association is acceptable.`
  }));
}
function proxyCandidates(config, available) {
  if (config.proxies.columns) return config.proxies.columns;
  const excluded = new Set(
    [
      config.id_column,
      config.features_id_column,
      config.label_column,
      config.score_column,
      config.prediction_column,
      ...config.protected_attributes
    ].filter((name) => name !== void 0)
  );
  return available.filter((name) => !excluded.has(name));
}

// src/checks/fairness/fairness-outcome.ts
var show = (value) => value === null ? "\u2014" : formatNumber(value);
function fairnessOutcome(config, attributes, proxies, positive) {
  const findings = [...attributes.flatMap((a2) => a2.findings), ...proxyFindings(config, proxies)];
  const details4 = [
    disparityTable(config, attributes, positive),
    ...attributes.map((assessment) => groupTable(config, assessment)),
    ...proxies.length > 0 ? [proxyTable(config, proxies)] : []
  ];
  const disparityCount = findings.filter(
    (f2) => f2.id.startsWith("attribute:") && f2.severity === "fail"
  ).length;
  const proxyCount = findings.filter((f2) => f2.id.startsWith("proxy:")).length;
  return {
    kind: "ran",
    summary: `${config.protected_attributes.join(", ")}: ${disparityCount === 0 ? "no disparity over the limits" : `${disparityCount} disparity finding(s)`}; ${proxyCount === 0 ? "no proxy feature" : `${proxyCount} possible proxy feature(s)`}`,
    figures: figuresOf(config, attributes),
    findings,
    details: details4
  };
}
function figuresOf(config, attributes) {
  const shown3 = /* @__PURE__ */ new Set(["demographic_parity", "equal_opportunity", "disparate_impact"]);
  const rules = disparityRules(config).filter((rule3) => shown3.has(rule3.id));
  const figures = attributes.flatMap(
    ({ attribute, gaps }) => rules.map((rule3) => ({
      name: `${attribute}: ${rule3.what}`,
      value: gaps[rule3.gap],
      threshold: `${comparatorSymbol(rule3.bound.comparator)} ${rule3.bound.limit}`,
      bound: rule3.bound
    }))
  );
  const broken = (figure2) => figure2.value !== null && figure2.bound !== void 0 && !meetsBound(figure2.value, figure2.bound);
  return [...figures.filter(broken), ...figures.filter((figure2) => !broken(figure2))];
}
function disparityTable(config, attributes, positive) {
  const fpr = config.max_false_positive_rate_difference;
  return {
    type: "table",
    title: "Disparities per protected attribute",
    header: [
      "attribute",
      "groups compared",
      "demographic parity diff.",
      "equal opportunity diff.",
      "FPR diff.",
      "disparate impact ratio",
      "status"
    ],
    rows: attributes.map(({ attribute, gated, gaps, findings }) => [
      attribute,
      gated.length,
      show(gaps.demographicParityDifference),
      show(gaps.equalOpportunityDifference),
      show(gaps.falsePositiveRateDifference),
      show(gaps.disparateImpactRatio),
      findings.some((f2) => f2.severity === "fail") ? "fail" : "pass"
    ]),
    note: `Limits: demographic parity \u2264 ${config.max_demographic_parity_difference}, equal opportunity \u2264 ${config.max_equal_opportunity_difference}${fpr !== void 0 ? `, FPR \u2264 ${fpr}` : ""}, disparate impact \u2265 ${config.min_disparate_impact_ratio}; groups under ${config.min_group_size} rows are left out. Positive prediction: ${positive}.`
  };
}
function groupTable(config, { attribute, rates }) {
  const small = (rows) => Number(rows < config.min_group_size);
  const ordered = [...rates].sort(
    (a2, b2) => small(a2.rows) - small(b2.rows) || a2.selectionRate - b2.selectionRate
  );
  return {
    type: "table",
    title: `Groups of ${attribute}, least selected first`,
    header: [
      "group",
      "rows",
      "selection rate",
      "true positive rate",
      "false positive rate",
      "gated"
    ],
    rows: ordered.map((rate) => [
      rate.value,
      rate.rows,
      formatNumber(rate.selectionRate),
      show(rate.truePositiveRate),
      show(rate.falsePositiveRate),
      rate.rows >= config.min_group_size ? "yes" : `no (< ${config.min_group_size} rows)`
    ])
  };
}
function proxyTable(config, proxies) {
  return {
    type: "table",
    title: "Association of features with protected attributes, strongest first",
    header: ["feature", "attribute", "measure", "association", "status"],
    rows: proxies.map((proxy) => [
      proxy.feature,
      proxy.attribute,
      proxy.measure,
      proxy.value === null ? `\u2014 (${proxy.note})` : formatNumber(proxy.value),
      isProxy(config, proxy) ? `${config.proxies.severity}: possible proxy` : "pass"
    ])
  };
}

// src/statistics/correlation-ratio.ts
function correlationRatio(values, groups) {
  const n = values.length;
  if (groups.length !== n) throw new RangeError("values and groups must be paired");
  const sums = /* @__PURE__ */ new Map();
  let total = 0;
  for (let i = 0; i < n; i++) {
    const entry = sums.get(groups[i]) ?? { sum: 0, count: 0 };
    entry.sum += values[i];
    entry.count += 1;
    sums.set(groups[i], entry);
    total += values[i];
  }
  if (sums.size < 2) return null;
  const mean = total / n;
  let spread = 0;
  for (const value of values) spread += (value - mean) ** 2;
  if (spread === 0) return null;
  let between = 0;
  for (const { sum, count } of sums.values()) between += count * (sum / count - mean) ** 2;
  return Math.sqrt(Math.min(1, between / spread));
}

// src/statistics/cramers-v.ts
function cramersV(table2) {
  const rows = table2.length;
  const columns = table2[0]?.length ?? 0;
  const smaller = Math.min(rows, columns);
  if (smaller < 2) return null;
  const { statistic } = chiSquareIndependence(table2);
  let n = 0;
  for (const row2 of table2) for (const c2 of row2) n += c2;
  return Math.sqrt(statistic / (n * (smaller - 1)));
}

// src/checks/fairness/proxy-association.ts
var maxLevels = 100;
function association(cells, groupOfRow) {
  const numbers = [];
  const numberGroups = [];
  let numeric2 = true;
  cells.forEach((cell, row2) => {
    if (cell === null || !numeric2) return;
    const value2 = parseNumberCell(cell);
    if (typeof value2 !== "number" || !Number.isFinite(value2)) {
      numeric2 = false;
      return;
    }
    numbers.push(value2);
    numberGroups.push(groupOfRow[row2]);
  });
  if (numeric2 && numbers.length > 0) {
    const value2 = correlationRatio(numbers, numberGroups);
    return value2 === null ? { measure: "correlation ratio \u03B7", value: value2, note: "constant feature or a single group" } : { measure: "correlation ratio \u03B7", value: value2 };
  }
  const levels = /* @__PURE__ */ new Map();
  const groups = /* @__PURE__ */ new Map();
  const pairs = cells.map((cell, row2) => {
    const level = labelKey(cell) ?? missingGroup;
    if (!levels.has(level)) levels.set(level, levels.size);
    const group = groupOfRow[row2];
    if (!groups.has(group)) groups.set(group, groups.size);
    return [levels.get(level), groups.get(group)];
  });
  if (levels.size > maxLevels || levels.size > cells.length / 2) {
    return {
      measure: "Cram\xE9r's V",
      value: null,
      note: `${levels.size} distinct values: an identifier-like column, not measured`
    };
  }
  const table2 = Array.from({ length: levels.size }, () => new Array(groups.size).fill(0));
  for (const [level, group] of pairs) table2[level][group] += 1;
  const value = cramersV(table2);
  return value === null ? { measure: "Cram\xE9r's V", value, note: "constant feature or a single group" } : { measure: "Cram\xE9r's V", value };
}

// src/checks/fairness/fairness.ts
var fairness = {
  id: "fairness",
  title: "Groups are treated alike and no feature proxies a protected attribute",
  rubric: ["model-7"],
  config: fairnessConfig,
  async run(config, { workspace }) {
    const predictions2 = await loadPredictions(
      workspace,
      config.predictions,
      predictionColumnsOf(config),
      `${key11}.predictions`
    );
    if (predictions2.task !== "binary") throw new Error(`${key11}.task: fairness needs task binary`);
    const features = await loadFeatureTable(workspace, config, `${key11}.features`);
    const columns = rowColumns(predictions2, features);
    const { labels, scores } = predictions2.data;
    const predicted = predictions2.data.predicted ?? Uint8Array.from(scores, (s) => s >= config.threshold ? 1 : 0);
    const rowName = (row2) => `${predictions2.table.source}:${predictions2.table.lineOf(row2)}`;
    const groupOfRow = /* @__PURE__ */ new Map();
    const attributes = config.protected_attributes.map((attribute) => {
      const cells = columns.cells(attribute, `${key11}.protected_attributes`);
      const groups = groupRows(
        cells,
        config.bins[attribute],
        (row2) => `${rowName(row2)}: column "${attribute}"`
      );
      const assignment = new Array(cells.length);
      for (const group of groups) for (const row2 of group.rows) assignment[row2] = group.value;
      groupOfRow.set(attribute, assignment);
      return assessAttribute(config, attribute, groups, {
        labels,
        predicted,
        path: columns.sourceOf(attribute)
      });
    });
    const available = (features?.table ?? predictions2.table).columnNames;
    const proxies = proxyAssociations(config, columns, available, groupOfRow);
    const positive = predictions2.data.predicted ? "the prediction column" : `score \u2265 ${config.threshold}`;
    return fairnessOutcome(config, attributes, proxies, positive);
  }
};
function proxyAssociations(config, columns, available, groupOfRow) {
  const proxies = proxyCandidates(config, available).flatMap((feature) => {
    const cells = columns.cells(feature, `${key11}.proxies.columns`);
    return config.protected_attributes.map((attribute) => ({
      feature,
      attribute,
      path: columns.sourceOf(feature),
      ...association(cells, groupOfRow.get(attribute) ?? [])
    }));
  });
  return proxies.sort((a2, b2) => (b2.value ?? -1) - (a2.value ?? -1));
}

// src/checks/feature-association/feature-association-config.ts
var importance = strictObject({
  file: inputTableFile.describe(
    "A table with one row per feature, e.g. permutation or SHAP importances exported by training."
  ),
  feature_column: string().min(1).default("feature").describe("The column naming the feature."),
  importance_column: string().min(1).default("importance").describe("The column holding its importance."),
  normalize: boolean().default(true).describe(
    "Compare each absolute importance as a share of the total (true), or as given (false)."
  ),
  floor: nonNegative.default(0.01).describe("Features below this (a share of the total when normalize is true) are flagged.")
});
var featureAssociationConfig = strictObject({
  data: inputTableFile.optional().describe("Training data with the features and the label."),
  label: string().min(1, { error: "name the label column, e.g. label: species" }).optional().describe("The label column in data."),
  schema: repoPath.optional().describe("A Frictionless Table Schema for reading data with declared types."),
  features: array(string().min(1)).optional().describe(
    "Features to assess; default every column but the label (identifiers, free text and dates are skipped)."
  ),
  ignore: array(string().min(1)).default([]).describe("Columns not assessed."),
  floor: probability.default(0.05).describe(
    "Association (absolute Pearson or point-biserial r, correlation ratio \u03B7, or Cram\xE9r's V) below which a feature is flagged."
  ),
  importance: importance.optional().describe("A feature-importance file, instead of or besides the association with the label."),
  severity: _enum(["warn", "fail"], { error: "severity is warn or fail" }).default("warn").describe(
    "A weak feature is a warning (it may still help through interactions) or a failure."
  )
}).refine(
  (config) => config.importance !== void 0 || config.data !== void 0 && config.label !== void 0,
  {
    error: "give data and label (association with the label), or importance (a feature-importance file), or both"
  }
).refine((config) => config.data === void 0 === (config.label === void 0), {
  error: "data and label go together: the label is a column of data",
  path: ["label"]
});

// src/checks/feature-association/feature-label-association.ts
var measureNames = {
  pearson: "|Pearson r|",
  point_biserial: "|point-biserial r|",
  correlation_ratio: "\u03B7 (correlation ratio)",
  cramers_v: "Cram\xE9r's V"
};
function featureLabelAssociations(scan, label, features) {
  const labelColumn = scan.column(label);
  if (!labelColumn) {
    throw new Error(
      `${scan.source} has no column "${label}" (the label); it has: ${scan.columnNames.join(", ")}`
    );
  }
  const labelRole = roleOf(labelColumn, true);
  if (labelRole.kind === "skipped") {
    throw new Error(
      `${scan.source}: the label "${label}" is ${labelRole.reason}; name the column the model predicts`
    );
  }
  const binary = labelRole.kind === "categorical" && distinctCodes(labelRole.codes) === 2;
  return features.map((name) => {
    const column = scan.column(name);
    if (!column)
      throw new Error(
        `${scan.source} has no column "${name}"; it has: ${scan.columnNames.join(", ")}`
      );
    const role = roleOf(column, false);
    if (role.kind === "skipped") return { feature: name, kind: "skipped", reason: role.reason };
    if (role.kind === "numeric" && labelRole.kind === "numeric") {
      const { x, y } = numericPairs(role, labelRole, scan.rowCount);
      return numericResult(
        name,
        "numeric",
        "pearson",
        x.length,
        x.length < 2 ? null : sample_correlation_default(x, y)
      );
    }
    if (role.kind === "numeric" && labelRole.kind === "categorical") {
      const { values, groups } = groupedPairs(role, labelRole.codes, scan.rowCount);
      if (binary) {
        const r = values.length < 2 ? null : sample_correlation_default(values, groups);
        return numericResult(name, "numeric", "point_biserial", values.length, r);
      }
      const eta = correlationRatio(values, groups.map(String));
      return numericResult(name, "numeric", "correlation_ratio", values.length, eta);
    }
    if (role.kind === "categorical" && labelRole.kind === "numeric") {
      const { values, groups } = groupedPairs(labelRole, role.codes, scan.rowCount);
      const eta = correlationRatio(values, groups.map(String));
      return numericResult(name, "categorical", "correlation_ratio", values.length, eta);
    }
    const { table: table2, n } = crossTable(
      role.codes,
      labelRole.codes
    );
    const v = cramersV(table2);
    return v === null ? {
      feature: name,
      kind: "categorical",
      measure: "cramers_v",
      value: 0,
      n,
      note: "a single category (or label class) among the complete rows: no association"
    } : { feature: name, kind: "categorical", measure: "cramers_v", value: v, n };
  });
}
function numericResult(feature, kind2, measure2, n, r) {
  if (r === null || Number.isNaN(r)) {
    const note = n < 2 ? "fewer than two complete rows" : "constant (or a single group) over the complete rows: it carries no information about the label";
    return { feature, kind: kind2, measure: measure2, value: 0, n, note };
  }
  return { feature, kind: kind2, measure: measure2, value: Math.min(1, Math.abs(r)), n };
}
function roleOf(column, isLabel) {
  switch (column.kind) {
    case "number":
    case "integer": {
      const reader2 = (row2) => column.status[row2] === CELL_PRESENT && Number.isFinite(column.values[row2]) ? column.values[row2] : null;
      if (isLabel && distinctNumbers(column) === 2)
        return { kind: "categorical", codes: numberCodes(column) };
      return { kind: "numeric", values: reader2 };
    }
    case "boolean":
      return { kind: "categorical", codes: numberCodes(column) };
    case "date":
    case "datetime":
      return {
        kind: "skipped",
        reason: "a date or time: its association with the label says little about the feature"
      };
    case "category": {
      if (isLabel) return { kind: "categorical", codes: column.codes };
      const distinct = distinctCodes(column.codes);
      const kind2 = inferColumnKind(
        {
          count: column.presentCount,
          types: { number: 0, boolean: 0, datetime: 0, string: column.presentCount }
        },
        { value: distinct, exact: true, relativeStandardError: 0 },
        defaultProfileSettings
      );
      if (kind2 === "identifier")
        return { kind: "skipped", reason: "an identifier (every value distinct), not a feature" };
      if (kind2 === "text")
        return { kind: "skipped", reason: `free text (${distinct} distinct values)` };
      return { kind: "categorical", codes: column.codes };
    }
  }
}
function distinctNumbers(column) {
  const seen = /* @__PURE__ */ new Set();
  for (let i = 0; i < column.values.length && seen.size <= 2; i++) {
    if (column.status[i] === CELL_PRESENT) seen.add(column.values[i]);
  }
  return seen.size;
}
function numberCodes(column) {
  const codes = new Int32Array(column.values.length);
  const index2 = /* @__PURE__ */ new Map();
  for (let i = 0; i < codes.length; i++) {
    if (column.status[i] !== CELL_PRESENT) {
      codes[i] = -1;
      continue;
    }
    const value = column.values[i];
    let code2 = index2.get(value);
    if (code2 === void 0) {
      code2 = index2.size;
      index2.set(value, code2);
    }
    codes[i] = code2;
  }
  return codes;
}
function distinctCodes(codes) {
  const seen = /* @__PURE__ */ new Set();
  for (const code2 of codes) if (code2 >= 0) seen.add(code2);
  return seen.size;
}
function numericPairs(feature, label, rows) {
  const x = [];
  const y = [];
  for (let row2 = 0; row2 < rows; row2++) {
    const a2 = feature.values(row2);
    const b2 = label.values(row2);
    if (a2 === null || b2 === null) continue;
    x.push(a2);
    y.push(b2);
  }
  return { x, y };
}
function groupedPairs(numbers, codes, rows) {
  const values = [];
  const groups = [];
  const dense = /* @__PURE__ */ new Map();
  for (let row2 = 0; row2 < rows; row2++) {
    const value = numbers.values(row2);
    const code2 = codes[row2];
    if (value === null || code2 < 0) continue;
    let group = dense.get(code2);
    if (group === void 0) {
      group = dense.size;
      dense.set(code2, group);
    }
    values.push(value);
    groups.push(group);
  }
  return { values, groups };
}
function crossTable(rowCodes, columnCodes) {
  const rowIndex = /* @__PURE__ */ new Map();
  const columnIndex = /* @__PURE__ */ new Map();
  const cells = /* @__PURE__ */ new Map();
  let n = 0;
  for (let i = 0; i < rowCodes.length; i++) {
    const r = rowCodes[i];
    const c2 = columnCodes[i];
    if (r < 0 || c2 < 0) continue;
    if (!rowIndex.has(r)) rowIndex.set(r, rowIndex.size);
    if (!columnIndex.has(c2)) columnIndex.set(c2, columnIndex.size);
    const key38 = `${rowIndex.get(r)},${columnIndex.get(c2)}`;
    cells.set(key38, (cells.get(key38) ?? 0) + 1);
    n++;
  }
  const table2 = Array.from(
    { length: rowIndex.size },
    (_, r) => Array.from({ length: columnIndex.size }, (_2, c2) => cells.get(`${r},${c2}`) ?? 0)
  );
  return { table: table2, n };
}

// src/checks/feature-association/feature-association-outcome.ts
function associationPart(measured, floor, severity2) {
  const { path: path2, label, associations } = measured;
  const assessed = associations.filter((a2) => a2.kind !== "skipped");
  const weak = assessed.filter((a2) => a2.value < floor);
  const weakestFirst = [...assessed].sort((a2, b2) => a2.value - b2.value);
  const findings = [
    ...badRowsFindings(path2, measured.badRows),
    ...weak.map((a2) => weakFeatureFinding(a2, measured, floor, severity2))
  ];
  if (assessed.length === 0) findings.push(noneAssessedFinding(measured));
  const figures = [
    { name: "features assessed", value: assessed.length },
    belowFloorFigure("features below the association floor", weak.length)
  ];
  const weakest = weakestFirst[0];
  if (weakest) {
    const [shown3] = formatBeside(weakest.value, floor);
    figures.push({ name: "weakest feature", value: `${weakest.feature} (${shown3})` });
  }
  return {
    figures,
    findings,
    details: associationDetails(weakestFirst, associations, label, floor),
    summary: `${weak.length} of ${assessed.length} features have an association with ${label} below ${floor}`
  };
}
var belowFloorFigure = (name, value) => ({
  name,
  value,
  threshold: "= 0",
  bound: { comparator: "==", limit: 0 }
});
function badRowsFindings(path2, badRows2) {
  if (badRows2.count === 0) return [];
  const line = badRows2.firstLine;
  return [
    {
      id: "data:bad-rows",
      severity: "fail",
      message: `${path2}: ${badRows2.count} row(s) could not be split into the header's columns and were left out (first at line ${line ?? "?"})`,
      location: { path: path2, ...line ? { line } : {} },
      measure: {
        figure: "rows that could not be read",
        value: badRows2.count,
        bound: { comparator: "==", limit: 0 }
      },
      fix: `Fix the rows of ${path2} so that each has the header's columns.`
    }
  ];
}
function weakFeatureFinding(a2, measured, floor, severity2) {
  const [value, limit] = formatBeside(a2.value, floor);
  const figure2 = `${measureNames[a2.measure]} with ${measured.label}`;
  return {
    id: `feature:${a2.feature}`,
    severity: severity2,
    message: `${a2.feature}: ${figure2} is ${value} over ${a2.n} rows, below the floor ${limit}${a2.note ? ` (${a2.note})` : ""}`,
    location: { path: measured.path, column: a2.feature, feature: a2.feature },
    measure: { figure: figure2, value: a2.value, bound: { comparator: ">=", limit: floor } },
    fix: `Drop ${a2.feature}, or justify it with an importance measure (checks.feature_association.importance).`
  };
}
function noneAssessedFinding({ path: path2, label, associations }) {
  return {
    id: "features:none-assessed",
    severity: "fail",
    message: `no feature of ${path2} could be assessed against ${label} (${associations.length} skipped or none left after ignore)`,
    location: { path: path2 },
    measure: { figure: "features assessed", value: 0, bound: { comparator: ">", limit: 0 } },
    fix: `List the features to measure in checks.feature_association.features, or check that ${label} is the label column.`
  };
}
function associationDetails(assessed, associations, label, floor) {
  const blocks2 = [
    {
      type: "table",
      title: `Association with ${label}, weakest first`,
      header: ["Feature", "Kind", "Measure", "Association", "Rows", "Status"],
      rows: assessed.map((a2) => {
        const [, limit] = formatBeside(a2.value, floor);
        const status = a2.value < floor ? `below ${limit}` : "ok";
        return [a2.feature, a2.kind, measureNames[a2.measure], a2.value, a2.n, status];
      }),
      note: "Pearson for numeric \xD7 numeric, point-biserial for numeric \xD7 two classes, \u03B7 for numeric \xD7 several classes (or categorical \xD7 numeric), Cram\xE9r\u2019s V for categorical \xD7 categorical. Rows with a missing feature or label are left out."
    }
  ];
  const skipped = associations.flatMap(
    (a2) => a2.kind === "skipped" ? [`${a2.feature}: ${a2.reason}`] : []
  );
  if (skipped.length > 0) blocks2.push({ type: "list", title: "Not assessed", items: skipped });
  return blocks2;
}
function importancePart(rows, path2, importance2, severity2) {
  const total = rows.reduce((sum, r) => sum + Math.abs(r.importance), 0);
  const shareOf = (r) => !importance2.normalize ? Math.abs(r.importance) : total > 0 ? Math.abs(r.importance) / total : 0;
  const scored = rows.map((r) => ({ ...r, score: shareOf(r) })).sort((a2, b2) => a2.score - b2.score);
  const { floor } = importance2;
  const weak = scored.filter((r) => r.score < floor);
  const what = importance2.normalize ? "share of total importance" : "|importance|";
  const findings = weak.map((r) => {
    const [value, limit] = formatBeside(r.score, floor);
    return {
      id: `importance:${r.feature}`,
      severity: severity2,
      message: `${r.feature}: ${what} ${value} is below the floor ${limit} (${path2})`,
      location: { path: path2, line: r.line, feature: r.feature },
      measure: { figure: what, value: r.score, bound: { comparator: ">=", limit: floor } },
      fix: `Drop ${r.feature} from the model, or lower checks.feature_association.importance.floor after review.`
    };
  });
  const table2 = {
    type: "table",
    title: `Feature importance (${path2}), lowest first`,
    header: [
      "Feature",
      "Importance",
      importance2.normalize ? "Share of total" : "|Importance|",
      "Status"
    ],
    rows: scored.map((r) => {
      const [, limit] = formatBeside(r.score, floor);
      return [r.feature, r.importance, r.score, r.score < floor ? `below ${limit}` : "ok"];
    })
  };
  return {
    figures: [
      { name: "features with an importance", value: scored.length },
      belowFloorFigure("features below the importance floor", weak.length)
    ],
    findings,
    details: [table2],
    summary: `${weak.length} of ${scored.length} features have a ${what} below ${floor}`
  };
}
function combineParts(parts) {
  return {
    kind: "ran",
    summary: parts.map((p) => p.summary).join("; "),
    figures: parts.flatMap((p) => p.figures),
    findings: parts.flatMap((p) => p.findings),
    details: parts.flatMap((p) => p.details)
  };
}

// src/checks/feature-association/feature-association.ts
var key12 = "checks.feature_association";
var featureAssociation = {
  id: "feature_association",
  title: "Every feature carries signal about the label",
  rubric: ["data-2"],
  config: featureAssociationConfig,
  async run(config, { workspace }) {
    const parts = [];
    if (config.data !== void 0 && config.label !== void 0) {
      const measured = await measureAssociations(config, config.data, config.label, workspace);
      parts.push(associationPart(measured, config.floor, config.severity));
    }
    if (config.importance) {
      const { path: path2 } = tableFileOptions(config.importance.file);
      const rows = await readImportances(config.importance, config.ignore, workspace);
      parts.push(importancePart(rows, path2, config.importance, config.severity));
    }
    return combineParts(parts);
  }
};
async function measureAssociations(config, data, label, workspace) {
  const { path: path2, options } = tableFileOptions(data);
  const schema = config.schema ? parseTableSchema(await workspace.readText(config.schema, `${key12}.schema`), config.schema) : void 0;
  const scan = await scanForDrift(
    (scanOptions) => workspace.scanTable(path2, `${key12}.data`, scanOptions),
    options,
    schema
  );
  const ignored = new Set(config.ignore);
  const features = (config.features ?? scan.columns.map((c2) => c2.name)).filter(
    (name) => name !== label && !ignored.has(name)
  );
  return {
    path: path2,
    label,
    badRows: { count: scan.badRowCount, firstLine: scan.badRows[0]?.line },
    associations: featureLabelAssociations(scan, label, features)
  };
}
async function readImportances(importance2, ignore, workspace) {
  const { path: path2, options } = tableFileOptions(importance2.file);
  const table2 = await workspace.readTable(path2, `${key12}.importance.file`, {
    ...options,
    columns: [importance2.feature_column, importance2.importance_column]
  });
  const features = table2.column(importance2.feature_column);
  const values = table2.column(importance2.importance_column);
  const rows = [];
  const seen = /* @__PURE__ */ new Set();
  values.forEach((cell, row2) => {
    const feature = features[row2];
    const value = parseNumberCell(cell);
    const line = table2.lineOf(row2);
    if (feature === null || feature === void 0 || String(feature).trim() === "") {
      throw new Error(`${path2}:${line}: the feature name is empty`);
    }
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new Error(
        `${path2}:${line}: importance ${JSON.stringify(cell)} of "${feature}" is not a finite number`
      );
    }
    if (seen.has(String(feature))) throw new Error(`${path2}:${line}: "${feature}" is listed twice`);
    seen.add(String(feature));
    if (!ignore.includes(String(feature)))
      rows.push({ feature: String(feature), importance: value, line });
  });
  return rows;
}

// src/checks/feature-policy/feature-policy-config.ts
var severity = _enum(["fail", "warn"], { error: "severity is fail or warn" });
var rule2 = strictObject({
  name: string().min(1).optional().describe(
    "A forbidden column name (compared case-insensitively, ignoring `_`, `-`, spaces)."
  ),
  pattern: string().min(1).refine(
    (source) => {
      try {
        new RegExp(source, "iu");
        return true;
      } catch {
        return false;
      }
    },
    { error: 'not a valid regular expression (JavaScript syntax, e.g. "^legacy_")' }
  ).optional().describe(
    "A forbidden column-name pattern: a regular expression searched in the name, case-insensitive."
  ),
  reason: string().min(1, { error: 'say why the feature is forbidden, e.g. "deprecated source: CRM v1"' }).describe("Why the feature is forbidden; shown in the report."),
  severity: severity.default("fail")
}).refine((r) => r.name === void 0 !== (r.pattern === void 0), {
  error: "give a rule either `name` (one column) or `pattern` (a regular expression), not both"
});
var featurePolicyConfig = strictObject({
  files: array(inputTableFile).min(1, { error: "list the data files whose columns are the features" }).describe("Data files whose columns are the model's features (training and serving data)."),
  presets: array(_enum(["protected_attributes"], { error: "the preset is protected_attributes" })).default([]).describe(
    "Built-in rule sets; `protected_attributes` forbids sex, race, religion, age, \u2026 (see docs)."
  ),
  rules: array(rule2).default([]),
  allow: array(string().min(1)).default([]).describe(
    "Columns the rules must not flag (e.g. `age` where age is a lawful, reviewed feature)."
  ),
  ignore_columns: array(string().min(1)).default([]).describe("Columns that are not features (label, id, weights): not checked.")
}).refine((c2) => c2.presets.length > 0 || c2.rules.length > 0, {
  error: "give at least one rule or preset, e.g. presets: [protected_attributes]"
});

// src/checks/feature-policy/column-name-words.ts
function columnNameWords(name) {
  const classes = ascii.test(name) ? asciiClasses : unicodeClasses();
  return name.replace(classes.lowerThenUpper, "$1 $2").replace(classes.upperThenWord, "$1 $2").toLowerCase().split(classes.between).filter(Boolean);
}
var ascii = /^[\x00-\x7f]*$/;
var unicodePatterns;
function unicodeClasses() {
  unicodePatterns ??= {
    lowerThenUpper: new RegExp("(\\p{Ll})(\\p{Lu})", "gu"),
    upperThenWord: new RegExp("(\\p{Lu})(\\p{Lu}\\p{Ll})", "gu"),
    between: new RegExp("[^\\p{L}\\p{N}]+|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})", "u")
  };
  return unicodePatterns;
}
var asciiClasses = {
  lowerThenUpper: /([a-z])([A-Z])/g,
  upperThenWord: /([A-Z])([A-Z][a-z])/g,
  between: /[^A-Za-z0-9]+|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])/
};

// src/checks/feature-policy/protected-attributes.ts
var protectedCategories = [
  {
    id: "sex_gender",
    reason: "sex/gender is a protected attribute (Title VII, ECOA, EU Charter art. 21)",
    terms: [
      "sex",
      "sexes",
      "gender",
      "genders",
      "female",
      "females",
      "male",
      "males",
      "woman",
      "women",
      "transgender",
      "intersex",
      "nonbinary",
      "non_binary"
    ]
  },
  {
    id: "race_ethnicity",
    reason: "race, colour and ethnic origin are protected attributes (Title VII, GDPR art. 9)",
    terms: [
      "race",
      "races",
      "racial",
      "ethnicity",
      "ethnicities",
      "ethnic",
      "ancestry",
      "caste",
      "skin_color",
      "skin_colour",
      "skin_tone",
      "fitzpatrick",
      "nonwhite",
      "non_white",
      "hispanic",
      "latino",
      "latina",
      "latinx",
      "caucasian",
      "african_american"
    ]
  },
  {
    id: "religion",
    reason: "religion is a protected attribute (Title VII, GDPR art. 9)",
    terms: [
      "religion",
      "religions",
      "religious",
      "religiosity",
      "faith",
      "creed",
      "atheist",
      "buddhist",
      "catholic",
      "christian",
      "hindu",
      "jewish",
      "muslim",
      "protestant",
      "sikh"
    ]
  },
  {
    id: "national_origin",
    reason: "national origin is a protected attribute (Title VII, ECOA)",
    terms: [
      "national_origin",
      "nationality",
      "nationalities",
      "citizenship",
      "citizen",
      "citizens",
      "noncitizen",
      "immigrant",
      "immigrants",
      "immigration",
      "birth_country",
      "country_of_birth",
      "country_birth",
      "birthplace",
      "birth_place",
      "place_of_birth",
      "native_country",
      "foreign_worker",
      "foreign_born",
      "foreign_national"
    ]
  },
  {
    id: "age",
    reason: "age is a protected attribute (ADEA, ECOA)",
    terms: [
      "age",
      "ages",
      "date_of_birth",
      "dob",
      "birth_date",
      "birth_dt",
      "birth_year",
      "year_of_birth",
      "yob",
      "birthday",
      "birth_day",
      "days_birth",
      "senior_citizen",
      "elderly"
    ]
  },
  {
    id: "disability",
    reason: "disability is a protected attribute (ADA, EU Charter art. 21)",
    terms: ["disability", "disabilities", "disabled", "handicap", "handicapped", "special_needs"]
  },
  {
    id: "marital_status",
    reason: "marital status is a protected attribute (ECOA)",
    terms: [
      "marital",
      "married",
      "unmarried",
      "marriage",
      "marry",
      "divorced",
      "widowed",
      "family_status",
      "civil_status"
    ]
  },
  {
    id: "pregnancy",
    reason: "pregnancy is a protected attribute (Pregnancy Discrimination Act)",
    terms: ["pregnancy", "pregnancies", "pregnant", "maternity"]
  },
  {
    id: "sexual_orientation",
    reason: "sexual orientation is a protected attribute (GDPR art. 9, EU Charter art. 21)",
    terms: [
      "sexual",
      "sexual_orientation",
      "sexuality",
      "homosexual",
      "heterosexual",
      "bisexual",
      "gay",
      "lesbian",
      "lgbt",
      "lgbtq"
    ]
  },
  {
    id: "genetic",
    reason: "genetic information is protected (GINA, GDPR art. 9)",
    terms: [
      "genetic",
      "genetics",
      "gene",
      "genes",
      "genome",
      "genomic",
      "genomics",
      "genotype",
      "genotypes",
      "dna",
      "hereditary"
    ]
  },
  {
    id: "political_opinion",
    reason: "political opinions are a special category (GDPR art. 9)",
    terms: [
      "political",
      "political_party",
      "politics",
      "partisan",
      "partisanship",
      "party_affiliation",
      "party_membership"
    ]
  },
  {
    id: "trade_union",
    reason: "trade-union membership is a special category (GDPR art. 9)",
    terms: [
      "union",
      "unions",
      "union_member",
      "union_membership",
      "unionized",
      "unionised",
      "trade_union",
      "labor_union",
      "labour_union"
    ]
  }
];
var unprotectedPhrases = [
  ...[
    "account",
    "asset",
    "building",
    "car",
    "equipment",
    "home",
    "house",
    "loan",
    "machine",
    "policy",
    "product",
    "property",
    "roof",
    "tree",
    "vehicle",
    "credit_history"
  ].map((thing) => `${thing}_age`),
  ...["account", "building", "car", "home", "house", "housing", "property", "vehicle"].map(
    (thing) => `age_of_${thing}`
  ),
  "genetic_algorithm",
  "genetic_algorithms",
  "genetic_algo",
  "genetic_programming",
  "credit_union",
  "european_union",
  "soviet_union",
  "union_pay",
  "race_condition"
];
var gluedPrefixes = [
  "is",
  "has",
  "ever",
  "non",
  "applicant",
  "client",
  "customer",
  "patient",
  "person",
  "user",
  "employee"
];
var gluedSuffixes = [
  "group",
  "grp",
  "band",
  "bucket",
  "bin",
  "cat",
  "category",
  "class",
  "code",
  "cd",
  "id",
  "flag",
  "ind",
  "status",
  "type",
  "range",
  "level",
  "desc",
  "txt",
  "years",
  "yrs",
  "yr"
];

// src/checks/feature-policy/find-protected-attributes.ts
var phrases = [
  ...protectedCategories.flatMap(
    (category) => category.terms.map((term) => ({ words: term.split("_"), term, category }))
  ),
  ...unprotectedPhrases.map((term) => ({ words: term.split("_"), term, category: null }))
].sort((a2, b2) => b2.words.length - a2.words.length);
var gluedTerms = protectedCategories.flatMap((category) => category.terms.map((term) => term.split("_"))).map((words) => ({ text: words.join(""), words })).sort((a2, b2) => b2.text.length - a2.text.length);
var singleWords = new Set(phrases.filter((p) => p.words.length === 1).map((p) => p.term));
function findProtectedAttributes(column) {
  const words = columnNameWords(column).flatMap(
    (word) => singleWords.has(word) ? [word] : unglue(word) ?? [word]
  );
  const found = [];
  for (let i = 0; i < words.length; ) {
    const phrase = phrases.find((p) => p.words.every((word, j) => words[i + j] === word));
    if (phrase?.category) found.push({ category: phrase.category, term: phrase.term });
    i += phrase?.words.length ?? 1;
  }
  return found;
}
function unglue(word, stage = "prefix") {
  if (word === "") return stage === "prefix" ? void 0 : [];
  const next = (parts, length, then) => {
    const rest = unglue(word.slice(length), then);
    return rest && [...parts, ...rest];
  };
  if (stage === "prefix") {
    for (const prefix2 of gluedPrefixes) {
      const found = word.startsWith(prefix2) && next([prefix2], prefix2.length, "prefix");
      if (found) return found;
    }
  }
  if (stage !== "suffix") {
    for (const term of gluedTerms) {
      const found = word.startsWith(term.text) && next(term.words, term.text.length, "term");
      if (found) return found;
    }
  }
  if (stage === "prefix") return void 0;
  for (const suffix of gluedSuffixes) {
    const found = word.startsWith(suffix) && next([suffix], suffix.length, "suffix");
    if (found) return found;
  }
  return void 0;
}

// src/checks/feature-policy/feature-policy.ts
var normalName = (name) => name.toLowerCase().replace(/[\s_-]+/g, "");
var featurePolicy = {
  id: "feature_policy",
  title: "No forbidden features",
  rubric: ["data-4"],
  config: featurePolicyConfig,
  async run(config, { workspace }) {
    const ignored = new Set(config.ignore_columns);
    const filesOf = /* @__PURE__ */ new Map();
    for (const [index2, file] of config.files.entries()) {
      const { path: path2, options } = tableFileOptions(file);
      const scan = await workspace.scanTable(path2, `checks.feature_policy.files[${index2}]`, {
        ...options,
        columns: {},
        otherColumns: "skip"
      });
      for (const column of scan.columnNames) {
        if (ignored.has(column)) continue;
        const known = filesOf.get(column);
        filesOf.set(column, known ? [...known, path2] : [path2]);
      }
    }
    return policyOutcome([...filesOf], rulesOf(config), config);
  }
};
function policyOutcome(columns, rules, config) {
  const allowed = new Set(config.allow.map(normalName));
  const findings = [];
  const matches = [];
  for (const [column, paths] of columns) {
    const broken = rules.flatMap((rule3) => {
      const what = rule3.match(column);
      return what === void 0 ? [] : [{ rule: rule3, what }];
    });
    if (broken.length === 0) continue;
    const isAllowed = allowed.has(normalName(column));
    for (const { rule: rule3, what } of broken) {
      const verdict = isAllowed ? "allowed" : rule3.severity;
      matches.push([column, paths.join(", "), `${rule3.label} (${what})`, rule3.reason, verdict]);
    }
    if (!isAllowed)
      findings.push(
        forbiddenFinding(
          column,
          paths,
          broken.map((b2) => b2.rule)
        )
      );
  }
  const details4 = [
    {
      type: "table",
      title: "Columns matching a rule",
      header: ["column", "files", "rule", "reason", "verdict"],
      rows: matches,
      ...matches.length === 0 ? { note: "no column matches any rule" } : {}
    },
    { type: "list", title: "Rules", items: rules.map((r) => `${r.label} \u2014 ${r.reason}`) }
  ];
  const summary5 = findings.length === 0 ? `${columns.length} column(s) in ${config.files.length} file(s), none forbidden by ${rules.length} rule(s)` : `${findings.length} forbidden feature(s): ${findings.map((f2) => f2.location?.column).join(", ")}`;
  return {
    kind: "ran",
    summary: summary5,
    figures: [
      { name: "columns checked", value: columns.length },
      {
        name: "forbidden features",
        value: findings.length,
        threshold: "= 0",
        bound: { comparator: "==", limit: 0 }
      }
    ],
    findings,
    details: details4
  };
}
function forbiddenFinding(column, paths, broken) {
  return {
    id: `feature:${column}`,
    severity: broken.some((rule3) => rule3.severity === "fail") ? "fail" : "warn",
    message: `column "${column}" (${paths.join(", ")}) is a forbidden feature: ${broken.map((r) => r.reason).join("; ")}`,
    location: { path: paths[0], column, feature: column },
    measure: {
      figure: "rules that forbid the column",
      value: broken.length,
      bound: { comparator: "==", limit: 0 }
    },
    fix: `Drop "${column}" from the features, or list it under checks.feature_policy.allow after review.`
  };
}
function rulesOf(config) {
  const rules = config.rules.map(({ name, pattern: pattern2, reason, severity: severity2 }) => {
    if (pattern2 !== void 0) {
      const regex = new RegExp(pattern2, "iu");
      return {
        label: `pattern /${pattern2}/`,
        reason,
        severity: severity2,
        match: (c2) => {
          const found = regex.exec(c2);
          return found ? `matches "${found[0]}"` : void 0;
        }
      };
    }
    const target = normalName(name ?? "");
    return {
      label: `name ${name}`,
      reason,
      severity: severity2,
      match: (c2) => normalName(c2) === target ? "same name" : void 0
    };
  });
  if (config.presets.includes("protected_attributes")) {
    const found = /* @__PURE__ */ new Map();
    const matchesOf = (column) => {
      const known = found.get(column) ?? findProtectedAttributes(column);
      found.set(column, known);
      return known;
    };
    for (const category of protectedCategories) {
      rules.push({
        label: `protected_attributes: ${category.id}`,
        reason: category.reason,
        severity: "fail",
        match: (column) => {
          const match = matchesOf(column).find((m) => m.category === category);
          return match && `term "${match.term}"`;
        }
      });
    }
  }
  return rules;
}

// src/checks/hyperparameter-tuning/chosen-params.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/checks/hyperparameter-tuning/tuning-log.ts
var key13 = "checks.hyperparameter_tuning";
var unset = "(unset)";
function paramColumns(table2, config) {
  if (config.param_columns) {
    return config.param_columns.map((column) => {
      requireColumn(table2, column, `${key13}.param_columns`);
      return [column, column];
    });
  }
  const prefix2 = config.param_prefix ?? "params_";
  const found = table2.columnNames.filter((name) => name.startsWith(prefix2) && name.length > prefix2.length).map((name) => [name.slice(prefix2.length), name]);
  if (found.length === 0) {
    throw new Error(
      `${key13}.param_prefix: no column of ${table2.source} starts with "${prefix2}"; it has ${quoteList(table2.columnNames)} \u2014 set param_prefix or param_columns`
    );
  }
  return found;
}
function completedTrials(table2, config, params) {
  const scores = requireColumn(table2, config.score_column, `${key13}.score_column`);
  const states = config.state_column ? requireColumn(table2, config.state_column, `${key13}.state_column`) : null;
  const cells = params.map(([, column]) => table2.column(column));
  const trials = [];
  for (let row2 = 0; row2 < table2.rowCount; row2++) {
    if (states && !config.completed_states.includes(String(states[row2] ?? ""))) continue;
    const score = parseNumberCell(scores[row2]);
    if (score === null && !states) continue;
    if (typeof score !== "number" || !Number.isFinite(score)) {
      throw rowError(
        table2,
        row2,
        `score "${String(scores[row2])}" in column "${config.score_column}" is not a finite number`
      );
    }
    trials.push({
      row: row2,
      score,
      params: new Map(params.map(([name], i) => [name, valueKey(cells[i][row2])]))
    });
  }
  return trials;
}
function valueKey(cell) {
  const key38 = labelKey(cell);
  if (key38 === null || key38 === "None" || key38 === "null" || key38 === "nan") return unset;
  const lower = key38.toLowerCase();
  return lower === "true" || lower === "false" ? lower : key38;
}
function sameValue(a2, b2) {
  if (a2 === b2) return true;
  const x = parseNumberCell(a2);
  const y = parseNumberCell(b2);
  return typeof x === "number" && typeof y === "number" && Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
}

// src/checks/hyperparameter-tuning/chosen-params.ts
async function chosenParams(workspace, config, names3) {
  const text = await workspace.readText(config.chosen, `${key13}.chosen`);
  let document;
  try {
    document = (0, import_yaml3.parse)(text, { schema: "core" });
  } catch (error) {
    throw new Error(
      `${config.chosen}: not valid JSON or YAML (${errorMessage(error).split("\n")[0]})`
    );
  }
  for (const part of config.chosen_key?.split(".") ?? []) {
    document = document !== null && typeof document === "object" ? document[part] : void 0;
  }
  if (document === null || typeof document !== "object" || Array.isArray(document)) {
    throw new Error(
      `${config.chosen}: ${config.chosen_key ? `"${config.chosen_key}" is` : "the file is"} not an object of parameters, e.g. {"C": 1.0, "class_weight": "balanced"}`
    );
  }
  const chosen = /* @__PURE__ */ new Map();
  for (const [name, value] of Object.entries(document)) {
    if (!names3.includes(name)) {
      throw new Error(
        `${config.chosen}: parameter "${name}" is not in the tuning log, which has ${quoteList(names3)}`
      );
    }
    if (value !== null && typeof value === "object") {
      throw new Error(
        `${config.chosen}: parameter "${name}" is an object; give its value as in the tuning log`
      );
    }
    chosen.set(name, valueKey(value));
  }
  return chosen;
}

// src/checks/hyperparameter-tuning/hyperparameter-tuning-config.ts
var hyperparameterTuningConfig = strictObject({
  trials: inputTableFile.describe(
    "The tuning log, one row per trial: Optuna\u2019s trials_dataframe(), scikit-learn\u2019s cv_results_, Ray Tune\u2019s results, as CSV, JSONL or Parquet."
  ),
  score_column: columnName.describe(
    "The trial\u2019s score, e.g. value (Optuna) or mean_test_score (scikit-learn)."
  ),
  direction: _enum(["maximize", "minimize"], { error: "direction is maximize or minimize" }).describe("Whether a higher or a lower score is better."),
  param_prefix: string().min(1, { error: "the prefix is empty" }).optional().describe(
    "Columns named <prefix><param> hold the parameters (params_ for Optuna, param_ for scikit-learn, config/ for Ray Tune); default params_."
  ),
  param_columns: array(columnName).min(1, { error: "list at least one parameter column" }).optional().describe("Or: the parameter columns by name."),
  state_column: columnName.optional().describe("Count only trials whose state is in completed_states (e.g. Optuna\u2019s state)."),
  completed_states: array(string().min(1)).min(1).default(["COMPLETE"]).describe("States of finished trials."),
  chosen: repoPath.describe(
    "A JSON or YAML file with the parameters the model was trained with."
  ),
  chosen_key: string().min(1).optional().describe("The (dotted) key of the parameters object in that file; default: the whole file."),
  min_trials: int({ error: "min_trials is a whole number" }).min(1, { error: "min_trials is at least 1" }).default(20).describe("Fewer completed trials than this is not a search."),
  tolerance: nonNegative.default(0).describe("How far the chosen parameters\u2019 score may fall short of the best trial\u2019s."),
  min_values_per_param: int().min(2, { error: "a tuned parameter is tried at 2 or more values" }).default(2).describe("Each parameter must have been tried at this many distinct values.")
}).refine((config) => !(config.param_prefix && config.param_columns), {
  error: "give param_prefix or param_columns, not both",
  path: ["param_columns"]
});

// src/checks/hyperparameter-tuning/hyperparameter-tuning-outcome.ts
function tuningOutcome(config, log, chosen) {
  const { path: path2, params, trials } = log;
  const findings = trials.length < config.min_trials ? [tooFewTrials(config, log)] : [];
  const trialsFigure = {
    name: "completed trials",
    value: trials.length,
    threshold: `\u2265 ${config.min_trials}`,
    bound: { comparator: ">=", limit: config.min_trials }
  };
  const better = (a2, b2) => config.direction === "maximize" ? a2 > b2 : a2 < b2;
  const best = trials.reduce(
    (a2, b2) => a2 === null || better(b2.score, a2.score) ? b2 : a2,
    null
  );
  if (!best) {
    return {
      kind: "ran",
      summary: `no completed trial in ${path2}`,
      figures: [trialsFigure],
      findings,
      details: []
    };
  }
  const matching = trials.filter(
    (trial) => params.every(([name]) => sameValue(trial.params.get(name) ?? unset, chosen.get(name) ?? unset))
  );
  const chosenTrial = matching.length > 0 ? matching.reduce((a2, b2) => better(b2.score, a2.score) ? b2 : a2) : null;
  const choice = chosenTrial ? chosenFinding(config, log, best, chosenTrial) : notEvaluated(config, log, chosen);
  if (choice) findings.push(choice);
  const searched = params.map(([name, column]) => {
    const values = [...new Set(trials.map((trial) => trial.params.get(name) ?? unset))];
    const row2 = [
      name,
      values.length,
      summarizeValues(values),
      chosen.get(name) ?? unset,
      best.params.get(name) ?? unset
    ];
    const fixed = values.length < config.min_values_per_param;
    return { row: row2, finding: fixed ? heldFixed(config, path2, name, column, values) : null };
  });
  findings.push(...searched.flatMap(({ finding: finding2 }) => finding2 ? [finding2] : []));
  const shortfallFigure = {
    name: "chosen score shortfall",
    value: chosenTrial ? Math.abs(best.score - chosenTrial.score) : null,
    threshold: `\u2264 ${config.tolerance}`,
    bound: { comparator: "<=", limit: config.tolerance }
  };
  const shortfallLeads = choice !== null && trials.length >= config.min_trials;
  return {
    kind: "ran",
    summary: `${trials.length} trials over ${params.length} parameter(s); chosen ${chosenTrial ? `score ${formatNumber(chosenTrial.score, 6)} vs best ${formatNumber(best.score, 6)}` : "parameters not in the log"}`,
    figures: shortfallLeads ? [shortfallFigure, trialsFigure] : [trialsFigure, shortfallFigure],
    findings,
    details: [
      {
        type: "table",
        title: "Parameters searched",
        header: ["parameter", "distinct values", "values tried", "chosen", "best trial"],
        rows: searched.map(({ row: row2 }) => row2),
        note: `${trials.length} completed trials in ${path2}; best ${config.score_column} ${formatNumber(best.score, 6)} at line ${log.lineOf(best.row)}.`
      }
    ]
  };
}
function tooFewTrials(config, { path: path2, trials }) {
  return {
    id: "trials",
    severity: "fail",
    message: `${trials.length} completed trial(s) in ${path2}, fewer than min_trials ${config.min_trials}`,
    location: { path: path2 },
    measure: {
      figure: "completed trials",
      value: trials.length,
      bound: { comparator: ">=", limit: config.min_trials }
    },
    fix: `Run and log at least ${config.min_trials} trials in ${path2}, or lower \`${key13}.min_trials\`.`
  };
}
function notEvaluated(config, { path: path2, params }, chosen) {
  const described = params.map(([name]) => `${name}=${chosen.get(name) ?? unset}`).join(", ");
  return {
    id: "chosen:not-evaluated",
    severity: "fail",
    message: `the chosen parameters (${described}) were never evaluated in ${path2}; train with a tried combination or log the trial`,
    location: { path: config.chosen },
    measure: {
      figure: "trials with the chosen parameters",
      value: 0,
      bound: { comparator: ">", limit: 0 }
    },
    fix: `Train with a combination tried in ${path2}, or log the trial of the chosen parameters (${described}) in it.`
  };
}
function chosenFinding(config, { path: path2, lineOf }, best, chosenTrial) {
  const shortfall2 = config.direction === "maximize" ? best.score - chosenTrial.score : chosenTrial.score - best.score;
  if (shortfall2 <= config.tolerance) return null;
  const bestAt = `${path2}:${lineOf(best.row)}`;
  return {
    id: "chosen",
    severity: "fail",
    message: `the chosen parameters score ${formatNumber(chosenTrial.score, 6)} (${path2}:${lineOf(chosenTrial.row)}), ${formatNumber(shortfall2, 6)} short of the best trial's ${formatNumber(best.score, 6)} (${bestAt}); tolerance ${config.tolerance}`,
    location: { path: config.chosen },
    measure: {
      figure: "chosen score shortfall",
      value: shortfall2,
      bound: { comparator: "<=", limit: config.tolerance },
      reference: { label: `best trial (${bestAt})`, value: best.score }
    },
    fix: `Train with the best trial's parameters (${bestAt}) and write them to ${config.chosen}, or raise \`${key13}.tolerance\` if the weaker choice is deliberate.`
  };
}
function heldFixed(config, path2, name, column, values) {
  return {
    id: `param:${name}`,
    severity: "fail",
    message: `${name} was tried at ${values.length} value(s) (${quoteList(values)}); tune it over at least ${config.min_values_per_param}, or fix it outside the search`,
    location: { path: path2, column },
    measure: {
      figure: `distinct values of ${name}`,
      value: values.length,
      bound: { comparator: ">=", limit: config.min_values_per_param }
    },
    cause: `param:${name}`,
    fix: `Search ${name} over at least ${config.min_values_per_param} values, or take it out of the search (and of ${path2}'s parameter columns).`
  };
}
function summarizeValues(values) {
  const numbers = values.map((value) => parseNumberCell(value));
  if (numbers.every((n) => typeof n === "number")) {
    return `${formatNumber(Math.min(...numbers), 6)} \u2026 ${formatNumber(Math.max(...numbers), 6)}`;
  }
  return quoteList(values, 6);
}

// src/checks/hyperparameter-tuning/hyperparameter-tuning.ts
var hyperparameterTuning = {
  id: "hyperparameter_tuning",
  title: "Hyperparameters were tuned and the best ones chosen",
  rubric: ["model-3"],
  config: hyperparameterTuningConfig,
  async run(config, { workspace }) {
    const { path: path2, options } = tableFileOptions(config.trials);
    const table2 = await workspace.readTable(path2, `${key13}.trials`, options);
    const params = paramColumns(table2, config);
    const log = {
      path: path2,
      lineOf: (row2) => table2.lineOf(row2),
      params,
      trials: completedTrials(table2, config, params)
    };
    const chosen = log.trials.length === 0 ? /* @__PURE__ */ new Map() : await chosenParams(
      workspace,
      config,
      params.map(([name]) => name)
    );
    return tuningOutcome(config, log, chosen);
  }
};

// src/infra/test-reports/parse-xml.ts
var XmlError = class extends Error {
  name = "XmlError";
};
var predefined = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
var nameStart = /[A-Za-z_:\u00C0-\uFFFF]/;
function parseXml(text, source) {
  const xml = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  let position = 0;
  let line = 1;
  let counted = 0;
  const lineAt = (at) => {
    for (; counted < at; counted++) if (xml.charCodeAt(counted) === 10) line++;
    return line;
  };
  const fail = (at, problem) => {
    throw new XmlError(`${source}:${lineAt(at)}: ${problem}`);
  };
  const decode = (raw, at) => raw.replace(/&(#x[0-9A-Fa-f]+|#\d+|[A-Za-z]+);|&/g, (match, entity) => {
    if (entity === void 0) return fail(at, 'a bare "&" must be written &amp;');
    if (entity.startsWith("#")) {
      const code2 = entity[1] === "x" ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1));
      if (!Number.isFinite(code2) || code2 > 1114111) fail(at, `bad character reference ${match}`);
      return String.fromCodePoint(code2);
    }
    const value = predefined[entity];
    return value ?? fail(at, `unknown entity &${entity}; (only &lt; &gt; &amp; &quot; &apos; are defined)`);
  });
  const stack = [];
  let root;
  while (position < xml.length) {
    const open = xml.indexOf("<", position);
    const textEnd = open < 0 ? xml.length : open;
    if (textEnd > position) {
      const raw = xml.slice(position, textEnd);
      const parent = stack.at(-1);
      if (parent) parent.text += decode(raw, position);
      else if (raw.trim() !== "") fail(position, "text outside the root element");
    }
    if (open < 0) break;
    position = open;
    if (xml.startsWith("<!--", position)) {
      const end = xml.indexOf("-->", position + 4);
      if (end < 0) fail(position, "a comment is never closed with -->");
      position = end + 3;
    } else if (xml.startsWith("<![CDATA[", position)) {
      const end = xml.indexOf("]]>", position + 9);
      if (end < 0) fail(position, "a CDATA section is never closed with ]]>");
      const parent = stack.at(-1);
      if (!parent) fail(position, "CDATA outside the root element");
      parent.text += xml.slice(position + 9, end);
      position = end + 3;
    } else if (xml.startsWith("<?", position)) {
      const end = xml.indexOf("?>", position + 2);
      if (end < 0) fail(position, "a processing instruction is never closed with ?>");
      position = end + 2;
    } else if (xml.startsWith("<!DOCTYPE", position)) {
      const subset = xml.indexOf("[", position);
      const close = xml.indexOf(">", position);
      let end = close;
      if (subset >= 0 && subset < close) {
        const subsetEnd = xml.indexOf("]>", subset);
        if (subsetEnd < 0) fail(position, "the DOCTYPE is never closed");
        if (/<!ENTITY/i.test(xml.slice(subset, subsetEnd))) {
          fail(
            position,
            "the DOCTYPE declares entities; mlgate does not expand them (a test report needs none)"
          );
        }
        end = subsetEnd + 1;
      }
      if (end < 0) fail(position, "the DOCTYPE is never closed");
      position = end + 1;
    } else if (xml[position + 1] === "/") {
      const end = xml.indexOf(">", position);
      if (end < 0) fail(position, "a closing tag is never closed with >");
      const name = xml.slice(position + 2, end).trim();
      const element = stack.pop();
      if (!element) fail(position, `</${name}> closes nothing`);
      if (element.name !== name)
        fail(position, `</${name}> closes <${element.name}> (opened on line ${element.line})`);
      position = end + 1;
    } else {
      const start = position;
      position++;
      if (!nameStart.test(xml[position] ?? ""))
        fail(start, 'a "<" that starts no tag; write it &lt;');
      let nameEnd = position;
      while (nameEnd < xml.length && !/[\s/>]/.test(xml[nameEnd])) nameEnd++;
      const element = {
        name: xml.slice(position, nameEnd),
        attributes: {},
        children: [],
        text: "",
        line: lineAt(start)
      };
      position = nameEnd;
      let selfClosing = false;
      for (; ; ) {
        while (/\s/.test(xml[position] ?? "")) position++;
        const ch = xml[position];
        if (ch === void 0) fail(start, `<${element.name}> is never closed with >`);
        if (ch === ">") {
          position++;
          break;
        }
        if (ch === "/" && xml[position + 1] === ">") {
          selfClosing = true;
          position += 2;
          break;
        }
        const equals = xml.indexOf("=", position);
        if (equals < 0) fail(position, `an attribute of <${element.name}> has no value`);
        const attribute = xml.slice(position, equals).trim();
        if (!/^[^\s"'<>/=]+$/.test(attribute))
          fail(position, `bad attribute name in <${element.name}>`);
        let quoteAt = equals + 1;
        while (/\s/.test(xml[quoteAt] ?? "")) quoteAt++;
        const quote2 = xml[quoteAt];
        if (quote2 !== '"' && quote2 !== "'")
          fail(position, `the value of ${attribute} must be quoted`);
        const close = xml.indexOf(quote2, quoteAt + 1);
        if (close < 0) fail(position, `the value of ${attribute} is never closed`);
        element.attributes[attribute] = decode(xml.slice(quoteAt + 1, close), quoteAt);
        position = close + 1;
      }
      const parent = stack.at(-1);
      if (parent) parent.children.push(element);
      else if (root) fail(start, "a second root element; an XML document has one");
      else root = element;
      if (!selfClosing) stack.push(element);
    }
  }
  if (stack.length > 0) {
    const open = stack.at(-1);
    throw new XmlError(
      `${source}:${open.line}: <${open.name}> is never closed; is the file truncated?`
    );
  }
  if (!root) throw new XmlError(`${source}: no XML element found; is this the right file?`);
  return root;
}
function descendants(element, name) {
  const found = [];
  const pending = [...element.children].reverse();
  while (pending.length > 0) {
    const next = pending.pop();
    if (next.name === name) found.push(next);
    for (let i = next.children.length - 1; i >= 0; i--) pending.push(next.children[i]);
  }
  return found;
}

// src/infra/test-reports/coverage-report.ts
function readCoverage(reports, root) {
  const hits = /* @__PURE__ */ new Map();
  for (const { text, source } of reports) {
    if (text.trimStart().startsWith("<")) readXml(text, source, root, hits);
    else if (/^(TN:|SF:)/m.test(text)) readLcov(text, source, root, hits);
    else {
      throw new Error(
        `${source}: neither lcov (SF:/DA: lines) nor Cobertura or JaCoCo XML; check the coverage reporter`
      );
    }
  }
  return [...hits].map(([path2, lines]) => ({
    path: path2,
    linesFound: lines.size,
    linesHit: [...lines.values()].filter((count) => count > 0).length
  }));
}
function record2(hits, path2, line, count) {
  let lines = hits.get(path2);
  if (!lines) {
    lines = /* @__PURE__ */ new Map();
    hits.set(path2, lines);
  }
  lines.set(line, Math.max(lines.get(line) ?? 0, count));
}
function repositoryPath(path2, root) {
  const normal = path2.replace(/\\/g, "/");
  const prefix2 = root.replace(/\\/g, "/").replace(/\/+$/, "");
  if (normal.startsWith(`${prefix2}/`)) return normal.slice(prefix2.length + 1);
  return normal.replace(/^\.\//, "");
}
function readLcov(text, source, root, hits) {
  let file;
  text.split(/\r?\n/).forEach((raw, index2) => {
    const line = raw.trim();
    if (line.startsWith("SF:")) {
      file = repositoryPath(line.slice(3), root);
      if (!hits.has(file)) hits.set(file, /* @__PURE__ */ new Map());
    } else if (line.startsWith("DA:")) {
      const [lineNumber, count] = line.slice(3).split(",");
      if (file === void 0) throw new Error(`${source}:${index2 + 1}: DA: before any SF: line`);
      const n = Number(lineNumber);
      const c2 = Number(count);
      if (!Number.isInteger(n) || !Number.isFinite(c2)) {
        throw new Error(`${source}:${index2 + 1}: expected DA:<line>,<hits>, found "${line}"`);
      }
      record2(hits, file, n, c2);
    } else if (line === "end_of_record") {
      file = void 0;
    }
  });
}
function readXml(text, source, root, hits) {
  const document = parseXml(text, source);
  if (document.name === "report") {
    for (const pkg of descendants(document, "package")) {
      for (const sourceFile of pkg.children.filter((child) => child.name === "sourcefile")) {
        const path2 = [pkg.attributes.name, sourceFile.attributes.name].filter(Boolean).join("/");
        for (const line of sourceFile.children.filter((child) => child.name === "line")) {
          const covered = Number(line.attributes.ci ?? 0);
          const missed = Number(line.attributes.mi ?? 0);
          if (covered + missed > 0) record2(hits, path2, Number(line.attributes.nr), covered);
        }
      }
    }
    return;
  }
  if (document.name !== "coverage") {
    throw new Error(
      `${source}: the root element is <${document.name}>, not Cobertura's <coverage> or JaCoCo's <report>`
    );
  }
  const sources = descendants(document, "source").map((element) => element.text.trim()).filter(Boolean);
  for (const cls of descendants(document, "class")) {
    const filename = cls.attributes.filename;
    if (!filename) throw new Error(`${source}:${cls.line}: a <class> has no filename attribute`);
    const path2 = resolveCoberturaPath(filename, sources, root);
    const lines = cls.children.find((child) => child.name === "lines");
    if (!hits.has(path2)) hits.set(path2, /* @__PURE__ */ new Map());
    for (const line of lines?.children ?? []) {
      if (line.name !== "line") continue;
      record2(hits, path2, Number(line.attributes.number), Number(line.attributes.hits ?? 0));
    }
  }
}
function resolveCoberturaPath(filename, sources, root) {
  const normal = filename.replace(/\\/g, "/");
  if (normal.startsWith("/") || /^[A-Za-z]:\//.test(normal)) return repositoryPath(normal, root);
  for (const sourceDirectory of sources) {
    const joined = `${sourceDirectory.replace(/\\/g, "/").replace(/\/+$/, "")}/${normal}`;
    const relative = repositoryPath(joined, root);
    if (!relative.startsWith("/") && !/^[A-Za-z]:\//.test(relative)) return relative;
  }
  return normal;
}

// src/infra/test-reports/json-entry-lines.ts
function jsonEntryLines(text) {
  let cursor = 0;
  let line = 1;
  const moveTo = (index2) => {
    for (; cursor < index2; cursor++) if (text.charCodeAt(cursor) === 10) line++;
  };
  const find = (key38, rest) => {
    const name = `"${key38}":`;
    for (let at = text.indexOf(name, cursor); at >= 0; at = text.indexOf(name, at + 1)) {
      let valueAt = at + name.length;
      while (/\s/.test(text[valueAt] ?? "")) valueAt++;
      if (text.startsWith(rest, valueAt)) {
        moveTo(at);
        const start = line;
        moveTo(valueAt + rest.length);
        return start;
      }
    }
    return line;
  };
  return {
    skipToList: (key38) => {
      find(key38, "[");
    },
    lineOf: (key38, value) => find(key38, JSON.stringify(value))
  };
}

// src/infra/test-reports/report-shape.ts
function reportShape(schema, value, source, format2) {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path2 = issue?.path.map(String).join(".") || "(top level)";
  throw new Error(
    `${source}: looks like ${format2} but ${path2} is not what that tool writes (${issue?.message}); regenerate the report with the tool`
  );
}

// src/infra/test-reports/test-case.ts
function testIdentities(testCase2) {
  const identities = [];
  if (testCase2.file) identities.push(testCase2.file.replace(/\\/g, "/"));
  if (testCase2.classname) {
    identities.push(testCase2.classname);
    const parts = testCase2.classname.split(".");
    for (let length = parts.length; length >= 1 && parts.length > 1; length--) {
      identities.push(`${parts.slice(0, length).join("/")}.py`);
    }
  }
  return identities;
}
function firstLine(message) {
  if (!message) return void 0;
  const plain2 = message.replace(/\u001b\[[0-9;]*m/g, "");
  return plain2.split("\n").map((line) => line.trim()).find((line) => line !== "");
}

// src/infra/test-reports/jest-json-report.ts
var assertionStatus = {
  passed: "passed",
  focused: "passed",
  failed: "failed",
  pending: "skipped",
  todo: "skipped",
  skipped: "skipped",
  disabled: "skipped"
};
var assertionSchema = object({
  ancestorTitles: array(string()).default([]),
  title: string(),
  fullName: string(),
  status: _enum(Object.keys(assertionStatus)),
  duration: number().nullish(),
  failureMessages: array(string()).nullish()
});
var suiteSchema = object({
  name: string(),
  status: string(),
  message: string().default(""),
  endTime: number().optional(),
  assertionResults: array(assertionSchema)
});
var jestSchema = object({
  startTime: number().optional(),
  testResults: array(suiteSchema)
});
function parseJestJson(report, text, source) {
  const jest = reportShape(jestSchema, report, source, "a Jest JSON report");
  const lines = jsonEntryLines(text);
  const cases = jest.testResults.flatMap((suite) => suiteCases(suite, source, lines));
  const ends = jest.testResults.flatMap((suite) => suite.endTime ? [suite.endTime] : []);
  const seconds2 = jest.startTime !== void 0 && ends.length > 0 ? (Math.max(...ends) - jest.startTime) / 1e3 : void 0;
  return { format: "jest-json", cases, ...seconds2 === void 0 ? {} : { seconds: seconds2 } };
}
function suiteCases(suite, report, lines) {
  const cases = suite.assertionResults.map((assertion) => {
    const status = assertionStatus[assertion.status];
    const message2 = status === "failed" ? firstLine(assertion.failureMessages?.[0]) : void 0;
    return {
      name: [...assertion.ancestorTitles, assertion.title].join(" \u203A "),
      classname: "",
      file: suite.name,
      suites: assertion.ancestorTitles,
      status,
      ...message2 ? { message: message2 } : {},
      report,
      line: lines.lineOf("fullName", assertion.fullName),
      ...typeof assertion.duration === "number" ? { seconds: assertion.duration / 1e3 } : {}
    };
  });
  const suiteBroke = suite.status === "failed" && !cases.some((c2) => c2.status === "failed");
  if (!suiteBroke) return cases;
  const message = firstLine(suite.message.replace(/^\s*\u25cf.*$/m, ""));
  return [
    ...cases,
    {
      name: "Test suite failed to run",
      classname: "",
      file: suite.name,
      suites: [],
      status: "errored",
      ...message ? { message } : {},
      report,
      line: lines.lineOf("name", suite.name)
    }
  ];
}

// src/infra/test-reports/junit-report.ts
function parseJunit(root, source) {
  const cases = [];
  const visit2 = (element, suites, file) => {
    for (const child of element.children) {
      if (child.name === "testsuite" || child.name === "testsuites") {
        visit2(
          child,
          child.attributes.name ? [...suites, child.attributes.name] : suites,
          child.attributes.file ?? file
        );
      } else if (child.name === "testcase") {
        cases.push(testCase(child, suites, file, source));
      }
    }
  };
  visit2(
    root,
    root.name === "testsuite" && root.attributes.name ? [root.attributes.name] : [],
    root.attributes.file
  );
  const seconds2 = runSeconds(root);
  return { format: "junit", cases, ...seconds2 === void 0 ? {} : { seconds: seconds2 } };
}
function runSeconds(root) {
  const own = seconds(root.attributes.time);
  if (own !== void 0) return own;
  const suites = root.children.map(
    (child) => child.name === "testsuite" ? seconds(child.attributes.time) : void 0
  );
  if (suites.length === 0 || suites.some((time) => time === void 0)) return void 0;
  return suites.reduce((sum, time) => sum + (time ?? 0), 0);
}
function seconds(attribute) {
  if (attribute === void 0) return void 0;
  const value = Number(
    /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(attribute) ? attribute.replace(/,/g, "") : attribute
  );
  return Number.isFinite(value) ? value : void 0;
}
function testCase(element, suites, suiteFile, report) {
  const outcome = element.children.find(
    (child) => ["failure", "error", "skipped"].includes(child.name)
  );
  const status = outcome?.name === "failure" ? "failed" : outcome?.name === "error" ? "errored" : outcome?.name === "skipped" ? "skipped" : "passed";
  const message = firstLine(outcome ? outcome.attributes.message || outcome.text : void 0);
  const file = element.attributes.file ?? suiteFile;
  const time = seconds(element.attributes.time);
  return {
    name: element.attributes.name ?? "(unnamed)",
    classname: element.attributes.classname ?? "",
    ...file ? { file } : {},
    suites,
    status,
    ...message ? { message } : {},
    report,
    line: element.line,
    ...time === void 0 ? {} : { seconds: time }
  };
}

// src/infra/test-reports/mocha-json-report.ts
var testSchema = object({
  title: string(),
  fullTitle: string(),
  file: string().optional(),
  duration: number().optional(),
  err: object({ message: string().optional() }).default({})
});
var mochaSchema = object({
  stats: object({ duration: number().optional() }),
  passes: array(testSchema),
  failures: array(testSchema),
  pending: array(testSchema)
});
var lists = { passes: "passed", failures: "failed", pending: "skipped" };
function parseMochaJson(report, text, source) {
  const mocha = reportShape(mochaSchema, report, source, "a Mocha JSON report");
  const lines = jsonEntryLines(text);
  const order2 = Object.keys(report).filter(
    (key38) => Object.hasOwn(lists, key38)
  );
  const cases = order2.flatMap((list) => {
    lines.skipToList(list);
    return mocha[list].map((test2) => mochaCase(test2, lists[list], source, lines));
  });
  const { duration } = mocha.stats;
  return {
    format: "mocha-json",
    cases,
    ...duration === void 0 ? {} : { seconds: duration / 1e3 }
  };
}
var hookTitle = /^"(before|after) (all|each)" hook\b/;
function mochaCase(test2, listed3, report, lines) {
  const status = listed3 === "failed" && hookTitle.test(test2.title) ? "errored" : listed3;
  const message = listed3 === "failed" ? firstLine(test2.err.message) : void 0;
  const suite = test2.fullTitle.slice(0, test2.fullTitle.length - test2.title.length).trim();
  return {
    name: test2.fullTitle,
    classname: "",
    ...test2.file ? { file: test2.file } : {},
    suites: suite ? [suite] : [],
    status,
    ...message ? { message } : {},
    report,
    line: lines.lineOf("fullTitle", test2.fullTitle),
    ...test2.duration === void 0 ? {} : { seconds: test2.duration / 1e3 }
  };
}

// src/infra/test-reports/nunit3-report.ts
var errorLabels = /* @__PURE__ */ new Set(["Error", "Invalid", "Cancelled"]);
function parseNunit3(root, source) {
  const cases = [];
  const visit2 = (element, suites) => {
    for (const child of element.children) {
      if (child.name === "test-suite") visit2(child, [...suites, child.attributes.name ?? ""]);
      else if (child.name === "test-case") cases.push(nunitCase(child, suites, source));
    }
  };
  visit2(root, []);
  const seconds2 = Number(root.attributes.duration);
  return { format: "nunit3", cases, ...Number.isFinite(seconds2) ? { seconds: seconds2 } : {} };
}
function nunitStatus(result, label) {
  switch (result) {
    case "Passed":
    case "Warning":
      return "passed";
    case "Failed":
      return errorLabels.has(label ?? "") ? "errored" : "failed";
    case "Skipped":
    case "Inconclusive":
      return "skipped";
    default:
      return "errored";
  }
}
function nunitMessage(element, status) {
  const { result, label } = element.attributes;
  if (status === "errored" && result !== "Failed") {
    return `the NUnit result "${result}" is not one NUnit 3 documents`;
  }
  const explanation = element.children.find(
    (child) => child.name === "failure" || child.name === "reason"
  );
  const written = explanation?.children.find((child) => child.name === "message")?.text;
  return firstLine(written) ?? label;
}
function nunitCase(element, suites, report) {
  const { name = "(unnamed)", classname = "", result, label, duration } = element.attributes;
  const status = nunitStatus(result, label);
  const message = status === "passed" ? void 0 : nunitMessage(element, status);
  const seconds2 = Number(duration);
  return {
    name,
    classname,
    suites,
    status,
    ...message ? { message } : {},
    report,
    line: element.line,
    ...duration !== void 0 && Number.isFinite(seconds2) ? { seconds: seconds2 } : {}
  };
}

// src/infra/test-reports/trx-report.ts
var outcomes = {
  Passed: "passed",
  PassedButRunAborted: "passed",
  Warning: "passed",
  Completed: "passed",
  Failed: "failed",
  Error: "errored",
  Timeout: "errored",
  Aborted: "errored",
  Disconnected: "errored",
  NotExecuted: "skipped",
  Inconclusive: "skipped",
  NotRunnable: "skipped",
  Pending: "skipped",
  InProgress: "skipped"
};
function parseTrx(root, source) {
  const classes = new Map(
    descendants(root, "UnitTest").map((test2) => [
      test2.attributes.id ?? "",
      descendants(test2, "TestMethod")[0]?.attributes.className ?? ""
    ])
  );
  const results = root.children.filter((child) => child.name === "Results").flatMap((results2) => results2.children.filter((child) => child.name === "UnitTestResult"));
  const cases = results.map(
    (result) => trxCase(result, classes.get(result.attributes.testId ?? "") ?? "", source)
  );
  const seconds2 = runSeconds2(root);
  return {
    format: "trx",
    cases: [...cases, ...abortedRun(root, source)],
    ...seconds2 === void 0 ? {} : { seconds: seconds2 }
  };
}
function trxCase(result, classname, report) {
  const outcome = result.attributes.outcome ?? "";
  const known = outcomes[outcome];
  const errorMessage2 = descendants(result, "ErrorInfo")[0]?.children.find(
    (child) => child.name === "Message"
  )?.text;
  const status = known ?? "errored";
  const message = known ? firstLine(known === "passed" ? void 0 : errorMessage2) : `the TRX outcome "${outcome}" is not one vstest documents`;
  const testName = result.attributes.testName ?? "(unnamed)";
  const seconds2 = timeSpanSeconds(result.attributes.duration);
  return {
    // vstest writes the method's full name; the class is shown apart.
    name: classname && testName.startsWith(`${classname}.`) ? testName.slice(classname.length + 1) : testName,
    classname,
    suites: classname ? [classname] : [],
    status,
    ...message ? { message } : {},
    report,
    line: result.line,
    ...seconds2 === void 0 ? {} : { seconds: seconds2 }
  };
}
function abortedRun(root, report) {
  const summary5 = root.children.find((child) => child.name === "ResultSummary");
  if (summary5?.attributes.outcome !== "Aborted") return [];
  const message = firstLine(descendants(summary5, "Text")[0]?.text) ?? "the test run was aborted";
  return [
    {
      name: "Test run aborted",
      classname: "",
      suites: [],
      status: "errored",
      message,
      report,
      line: summary5.line
    }
  ];
}
function runSeconds2(root) {
  const times = root.children.find((child) => child.name === "Times")?.attributes;
  const start = Date.parse(times?.start ?? "");
  const finish = Date.parse(times?.finish ?? "");
  return Number.isFinite(start) && Number.isFinite(finish) ? (finish - start) / 1e3 : void 0;
}
function timeSpanSeconds(text) {
  const match = /^(?:(\d+)\.)?(\d+):(\d+):(\d+(?:\.\d+)?)$/.exec(text ?? "");
  if (!match) return void 0;
  const [, days3 = "0", hours = "0", minutes = "0", seconds2 = "0"] = match;
  return Number(days3) * 86400 + Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds2);
}

// src/infra/test-reports/unreadable-formats.ts
var junitHint = "write JUnit XML";
function guessXml(rootName) {
  const local = rootName.replace(/^.*:/, "");
  switch (local) {
    case "test-results":
      return {
        looksLike: "NUnit 2 XML",
        fix: "run the tests with NUnit 3 (nunit3-console writes NUnit 3 XML by default, or --result=TestResult.xml;format=nunit3), or use `dotnet test --logger trx`"
      };
    case "assemblies":
    case "assembly":
      return {
        looksLike: "xUnit.net XML",
        fix: "use `dotnet test --logger trx` (TRX) or `--logger junit` (JunitXml.TestLogger)"
      };
    case "events":
      return {
        looksLike: "Open Test Reporting XML (JUnit Platform)",
        fix: `${junitHint} with the legacy reporter: Maven Surefire and Gradle write it by default, the console launcher with --reports-dir`
      };
    case "coverage":
    case "report":
      return {
        looksLike: "a coverage report (Cobertura or JaCoCo)",
        fix: "list it under `coverage`, and list the test results (e.g. pytest --junitxml=reports/junit.xml) under `junit`"
      };
    case "checkstyle":
      return {
        looksLike: "Checkstyle lint results",
        fix: "lint results are not test results; list the JUnit XML your tests write (ESLint can write JUnit with -f junit)"
      };
    case "html":
      return {
        looksLike: "an HTML page",
        fix: "point at the XML or JSON file the test tool writes, not its HTML report"
      };
    default:
      return {
        looksLike: `XML with a <${rootName}> root`,
        fix: `${junitHint} (pytest --junitxml=\u2026, node --test --test-reporter=junit, jest-junit, Surefire)`
      };
  }
}
var has = (value, ...keys) => keys.every((key38) => Object.hasOwn(value, key38));
function guessJson(value) {
  if (Array.isArray(value) && value.some((item) => item && typeof item === "object" && has(item, "elements", "keyword"))) {
    return {
      looksLike: "Cucumber JSON",
      fix: "add `--format junit:reports/junit.xml` to cucumber"
    };
  }
  if (value && typeof value === "object" && !Array.isArray(value)) {
    if (has(value, "stats", "results")) {
      return {
        looksLike: "Mochawesome JSON",
        fix: "use Mocha's own JSON (`mocha --reporter json`) or mocha-junit-reporter"
      };
    }
    if (has(value, "config", "suites", "stats")) {
      return {
        looksLike: "Playwright JSON",
        fix: "`npx playwright test --reporter=junit` with PLAYWRIGHT_JUNIT_OUTPUT_NAME=reports/junit.xml"
      };
    }
    if (has(value, "examples", "summary")) {
      return {
        looksLike: "RSpec JSON",
        fix: "add rspec_junit_formatter: `rspec --format RspecJunitFormatter --out reports/junit.xml`"
      };
    }
    if (has(value, "tests", "summary", "exitcode")) {
      return { looksLike: "pytest-json-report JSON", fix: "`pytest --junitxml=reports/junit.xml`" };
    }
    if (has(value, "testResults")) {
      return {
        looksLike: "a Jest-style JSON report without its totals (numTotalTests)",
        fix: "write it with `jest --json --outputFile=\u2026` (or Vitest `--reporter=json`), or use jest-junit"
      };
    }
  }
  return {
    looksLike: "JSON that is neither a Jest nor a Mocha report",
    fix: `${junitHint}, or Jest's \`--json\` or Mocha's \`--reporter json\` output`
  };
}
function guessText(text) {
  const first2 = text.trimStart().split("\n", 1)[0] ?? "";
  const event = parseObject(first2);
  if (event && has(event, "Action")) {
    return {
      looksLike: "`go test -json` output",
      fix: "convert it with go-junit-report or `gotestsum --junitfile reports/junit.xml`"
    };
  }
  if (event && (has(event, "protocolVersion") || event.type === "start")) {
    return {
      looksLike: "Dart test JSON",
      fix: "convert it with junitreport: `dart test --reporter json | tojunit > reports/junit.xml`"
    };
  }
  if (/"stats"\s*:\s*\{/.test(text) && /"passes"\s*:\s*\[/.test(text)) {
    return {
      looksLike: "Mocha JSON with other output around it",
      fix: "write the report to its own file: `mocha --reporter json --reporter-option output=reports/mocha.json`"
    };
  }
  if (/^(TAP version \d+|1\.\.\d+|(not )?ok \d+)/m.test(text)) {
    return {
      looksLike: "TAP",
      fix: "`node --test --test-reporter=junit --test-reporter-destination=reports/junit.xml`, or convert TAP with tap-junit"
    };
  }
  if (text.trim() === "") {
    return {
      looksLike: "an empty file",
      fix: "the test run likely stopped before its reporter wrote the report; check the test step"
    };
  }
  return void 0;
}
var plainText = {
  looksLike: "plain text",
  fix: `${junitHint} (pytest --junitxml=\u2026, node --test --test-reporter=junit, jest-junit)`
};
function parseObject(line) {
  try {
    const value = JSON.parse(line);
    return value && typeof value === "object" && !Array.isArray(value) ? value : void 0;
  } catch {
    return void 0;
  }
}

// src/infra/test-reports/parse-test-report.ts
function parseTestReport(text, source) {
  const content = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  const start = content.trimStart()[0];
  if (start === "<") return parseXmlReport(content, source);
  if (start === "{" || start === "[") {
    const json = parseJson2(content);
    if ("value" in json) return parseJsonReport(json.value, content, source);
    const guess = guessText(content);
    if (guess) return refuse(source, guess);
    throw new Error(
      `${source}: starts like JSON but does not parse (${json.error}); is the file truncated? Rerun the tests so that the reporter finishes writing it`
    );
  }
  return refuse(source, guessText(content) ?? plainText);
}
function parseXmlReport(text, source) {
  const root = parseXml(text, source);
  switch (root.name) {
    case "testsuites":
    case "testsuite":
      return parseJunit(root, source);
    case "TestRun":
      return parseTrx(root, source);
    case "test-run":
      return parseNunit3(root, source);
    default:
      return refuse(source, guessXml(root.name));
  }
}
function parseJsonReport(value, text, source) {
  if (isObjectWith(value, ["numTotalTests", "testResults"]))
    return parseJestJson(value, text, source);
  if (isObjectWith(value, ["stats", "passes", "failures", "pending"])) {
    return parseMochaJson(value, text, source);
  }
  return refuse(source, guessJson(value));
}
function isObjectWith(value, keys) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && keys.every((key38) => Object.hasOwn(value, key38));
}
function parseJson2(text) {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
function refuse(source, guess) {
  throw new Error(
    `${source}: this looks like ${guess.looksLike}, which mlgate does not read as test results; ${guess.fix}. mlgate reads JUnit XML, Jest (or Vitest) JSON, Mocha JSON, .NET TRX and NUnit 3 XML`
  );
}

// src/infra/test-reports/read-test-reports.ts
async function readTestReports(workspace, paths, key38) {
  const reports = [];
  for (const path2 of paths) {
    if (!await workspace.exists(path2, key38)) {
      throw new Error(
        `${key38}: ${path2} does not exist; run the tests with a JUnit reporter before mlgate (pytest --junitxml=${path2}, node --test --test-reporter=junit --test-reporter-destination=${path2}), or with jest --json --outputFile=${path2}, mocha --reporter json > ${path2}, dotnet test --logger "trx;LogFileName=\u2026"`
      );
    }
    try {
      reports.push(parseTestReport(await workspace.readText(path2, key38), path2));
    } catch (error) {
      throw new Error(`${key38}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return reports;
}
async function readJunitReports(workspace, paths, key38) {
  return (await readTestReports(workspace, paths, key38)).flatMap((report) => report.cases);
}
async function readCoverageReports(workspace, paths, key38) {
  const reports = [];
  for (const path2 of paths) {
    if (!await workspace.exists(path2, key38)) {
      throw new Error(
        `${key38}: ${path2} does not exist; write coverage before mlgate (coverage xml -o ${path2}, or node --experimental-test-coverage --test-reporter=lcov)`
      );
    }
    reports.push({ text: await workspace.readText(path2, key38), source: path2 });
  }
  return readCoverage(reports, workspace.root);
}
function selectTests(cases, globs2, root) {
  return cases.filter(
    (testCase2) => testIdentities(testCase2).some((identity) => matchesAny(globs2, repositoryPath(identity, root)))
  );
}
function testLabel(testCase2) {
  const owner = testCase2.file ?? testCase2.classname;
  return owner ? `${owner} \u203A ${testCase2.name}` : testCase2.name;
}

// src/checks/integration-test/integration-test-config.ts
var integrationTestConfig = strictObject({
  junit: array(repoPath).min(1).optional().describe(
    "Test report(s) of the pipeline (end-to-end) tests: JUnit XML, Jest/Vitest or Mocha JSON, TRX or NUnit 3 XML."
  ),
  tests: array(string().min(1)).min(1).optional().describe("Globs selecting the pipeline tests within those reports; default every case."),
  minimum_tests: int().min(1).default(1).describe("At least this many selected tests must have run."),
  pipeline: strictObject({
    command: commandLine.optional().describe(
      "Runs the whole pipeline on a small subset, in a scratch copy of the repository."
    ),
    step: stepKey("ends the pipeline (e.g. predict)"),
    timeout_minutes: timeoutMinutes(30),
    working_directory: workingDirectory,
    inputs: array(repoPath).default([]).describe("Files or directories the pipeline needs that git does not track, copied in."),
    outputs: array(repoPath).default([]).describe(
      "Files the run must write (non-empty), e.g. the model and the serving predictions. With `step`: default every output the step and the steps it needs declare."
    )
  }).superRefine(commandOrStep(["working_directory", "inputs"])).optional().describe(
    "Or: the pipeline mlgate runs end to end (`command`, or `step`: a step under `steps:` with the steps it needs)."
  ),
  max_examples: int().min(1).max(100).default(20).describe("How many failing tests to name.")
}).refine((config) => config.junit !== void 0 || config.pipeline !== void 0, {
  error: "give `junit` (reports of pipeline tests), `pipeline` (a command mlgate runs end to end), or both"
});

// src/infra/test-reports/failed-test-findings.ts
function failedTestFindings(cases, maxExamples) {
  const failing = cases.filter((c2) => c2.status === "failed" || c2.status === "errored");
  return failing.slice(0, maxExamples).map((c2) => ({
    id: `test:${c2.classname || c2.file || ""}::${c2.name}`,
    severity: "fail",
    message: `${testLabel(c2)} ${c2.status === "errored" ? "errored" : "failed"}${c2.message ? `: ${c2.message}` : ""}`,
    location: { path: c2.report, line: c2.line }
  }));
}

// src/checks/unit-tests/test-failure-findings.ts
function isFailing(testCase2) {
  return testCase2.status === "failed" || testCase2.status === "errored";
}
function suiteOf(testCase2, root) {
  if (testCase2.file) return repositoryPath(testCase2.file, root);
  return testCase2.classname || testCase2.report;
}
function testFailureFindings(cases, maxExamples, root) {
  const failing = cases.filter(isFailing);
  const perSuite = /* @__PURE__ */ new Map();
  for (const testCase2 of failing) {
    const suite = suiteOf(testCase2, root);
    perSuite.set(suite, (perSuite.get(suite) ?? 0) + 1);
  }
  return failedTestFindings(cases, maxExamples).map((finding2, index2) => {
    const testCase2 = failing[index2];
    if (!testCase2) return finding2;
    const suite = suiteOf(testCase2, root);
    return {
      ...finding2,
      cause: `suite:${suite}`,
      measure: {
        figure: `failed tests in ${suite}`,
        value: perSuite.get(suite) ?? 0,
        bound: { comparator: "==", limit: 0 }
      },
      fix: `Fix the code under test, or the tests in ${suite}, so that they pass.`
    };
  });
}

// src/checks/integration-test/integration-test-outcome.ts
var key14 = "checks.integration_test";
function junitPart({
  selected,
  globs: globs2,
  minimumTests,
  maxExamples,
  root
}) {
  const ran = selected.filter((c2) => c2.status !== "skipped").length;
  const findings = testFailureFindings(selected, maxExamples, root);
  if (ran < minimumTests) {
    findings.push({
      id: "pipeline-tests",
      severity: "fail",
      message: `${ran} pipeline test${ran === 1 ? "" : "s"} ran${globs2 ? ` (matching ${globs2.join(", ")})` : ""}; at least ${minimumTests} must`,
      measure: {
        figure: "pipeline tests run",
        value: ran,
        bound: { comparator: ">=", limit: minimumTests }
      },
      fix: `Run the pipeline tests with a JUnit reporter into \`${key14}.junit\`${globs2 ? `, or correct \`${key14}.tests\`` : ""}.`
    });
  }
  return {
    figures: [
      {
        name: "pipeline tests run",
        value: ran,
        threshold: `\u2265 ${minimumTests}`,
        bound: { comparator: ">=", limit: minimumTests }
      }
    ],
    findings,
    details: [],
    summary: `${ran} pipeline tests ran, ${selected.filter(isFailing).length} failed`
  };
}
function pipelinePart(run) {
  if (run.kind === "refused") {
    return {
      figures: [],
      findings: [],
      details: [{ type: "text", title: "Pipeline command not run", text: run.reason }]
    };
  }
  const { ran, outputs } = run;
  const { result } = ran;
  const passed = result.exitCode === 0;
  const findings = passed ? outputs.flatMap(outputFinding) : [exitFinding(ran)];
  const outputTable = outputs.length === 0 ? [] : [
    {
      type: "table",
      title: "Pipeline outputs",
      header: ["Output", "After the run"],
      rows: outputs.map((o) => [o.path, o.problem ?? `written (${o.bytes} bytes)`])
    }
  ];
  return {
    figures: [
      {
        name: "pipeline exit code",
        value: result.exitCode,
        threshold: "= 0",
        bound: { comparator: "==", limit: 0 }
      }
    ],
    findings,
    details: [
      ...outputTable,
      ...commandLog(
        ran.step ? `Log of step ${ran.step} (last lines)` : "Pipeline log (last lines)",
        result
      )
    ],
    summary: passed ? ranSummary(run) : endedWith(ran)
  };
}
function ranSummary({ ran, before, durationMs }) {
  const after = before.length > 0 ? ` after ${before.join(", ")}` : "";
  return `${ran.label} ran end to end${after} in ${roundedSeconds(durationMs)}`;
}
function exitFinding(ran) {
  const inputs = ran.step ? `steps.${ran.step}.inputs` : `${key14}.pipeline.inputs`;
  return {
    id: "pipeline-run",
    severity: "fail",
    message: `${endedWith(ran, ran.step ? ran.label : "the pipeline command")}; see its log`,
    measure: exitMeasure(ran.result),
    fix: `Fix the pipeline so that \`${ran.commandKey}\` exits 0 in a fresh copy of the repository with only \`${inputs}\` added.`
  };
}
function outputFinding(output) {
  if (!output.problem) return [];
  const writer = output.step ? `the run of step \`${output.step}\`` : "the pipeline run";
  return [
    {
      id: `output:${output.path}`,
      severity: "fail",
      message: `${output.path} ${problemText(output.problem, writer)}`,
      location: { path: output.path },
      fix: output.step ? `Make step \`${output.step}\` write ${output.path}, or correct \`steps.${output.step}.outputs\`.` : `Make the pipeline write ${output.path}, or correct it in \`${key14}.pipeline.outputs\`.`
    }
  ];
}
function problemText(problem, writer) {
  switch (problem) {
    case "not written":
      return `was not written by ${writer}`;
    case "empty":
      return `is empty after ${writer}`;
    case "untouched":
      return `is untouched since before the run: ${writer} did not write it`;
  }
}
function integrationTestOutcome(parts) {
  return {
    kind: "ran",
    summary: parts.flatMap((part) => part.summary ? [part.summary] : []).join("; "),
    figures: parts.flatMap((part) => part.figures),
    findings: parts.flatMap((part) => part.findings),
    details: parts.flatMap((part) => part.details)
  };
}

// src/checks/integration-test/pipeline-run.ts
var key15 = "checks.integration_test.pipeline";
async function runPipeline(pipeline, command, workspace) {
  let copy;
  try {
    copy = await workspace.copyForRun({ key: `${key15}.inputs`, include: pipeline.inputs });
    const before = /* @__PURE__ */ new Map();
    for (const output of pipeline.outputs) {
      before.set(output, await copy.hashFile(output, `${key15}.outputs`));
    }
    const result = await runConfiguredCommand(copy, command, `${key15}.command`, pipeline);
    if (result.outcome === "refused") return { kind: "refused", reason: result.reason };
    requireFinished(result, `${key15}.command`, pipeline.timeout_minutes);
    const outputs = [];
    for (const output of pipeline.outputs) {
      const after = await copy.hashFile(output, `${key15}.outputs`);
      outputs.push(outputState2(output, after, fileWasWritten(before.get(output) ?? null, after)));
    }
    const ran = ranCommand(command, `${key15}.command`, result);
    return { kind: "ran", ran, before: [], durationMs: result.durationMs, outputs };
  } finally {
    await copy?.dispose();
  }
}
async function runPipelineStep(step, outputs, pipeline) {
  const run = await runStep(pipeline, step, key15);
  if (run.kind === "refused") return run;
  if (run.kind === "failed") {
    const { ran } = run;
    return { kind: "ran", ran, before: [], durationMs: ran.result.durationMs, outputs: [] };
  }
  const states = outputs.length === 0 ? run.outputs : outputs.map((path2) => declared(run, path2));
  const judged = [];
  for (const state of states) {
    const after = await run.copy.hashFile(state.path, `steps.${state.step}.outputs`);
    judged.push({
      ...outputState2(state.path, after, state.problem === void 0),
      step: state.step
    });
  }
  return {
    kind: "ran",
    ran: run.ran,
    before: run.completed.map((done) => done.step).filter((name) => name !== step),
    durationMs: run.completed.reduce((total, done) => total + done.result.durationMs, 0),
    outputs: judged
  };
}
function declared(run, path2) {
  const state = run.outputs.find((output) => output.path === path2);
  if (state !== void 0) return state;
  throw new Error(
    `${key15}.outputs: ${path2} is not an output of ${run.ran.label} or of a step it needs; declare it in the \`outputs\` of the step under \`steps:\` that writes it, or remove it here`
  );
}
function outputState2(path2, after, written) {
  const bytes = after?.kind === "file" ? after.bytes : 0;
  const problem = after === null ? "not written" : after.kind === "file" && bytes === 0 ? "empty" : !written ? "untouched" : void 0;
  return { path: path2, bytes, ...problem ? { problem } : {} };
}

// src/checks/integration-test/integration-test.ts
var key16 = "checks.integration_test";
var integrationTest = {
  id: "integration_test",
  title: "The ML pipeline is integration tested",
  rubric: ["infra-3"],
  config: integrationTestConfig,
  async run(config, { workspace, pipeline }) {
    const parts = [];
    if (config.junit) {
      const cases = await readJunitReports(workspace, config.junit, `${key16}.junit`);
      parts.push(
        junitPart({
          selected: config.tests ? selectTests(cases, config.tests.map(globToRegExp), workspace.root) : cases,
          ...config.tests ? { globs: config.tests } : {},
          minimumTests: config.minimum_tests,
          maxExamples: config.max_examples,
          root: workspace.root
        })
      );
    }
    if (config.pipeline) {
      const source = commandOrStepOf(config.pipeline);
      const run = "step" in source ? await runPipelineStep(source.step, config.pipeline.outputs, pipeline) : await runPipeline(config.pipeline, source.command, workspace);
      if (run.kind === "refused" && !config.junit) return { kind: "skipped", reason: run.reason };
      parts.push(pipelinePart(run));
    }
    return integrationTestOutcome(parts);
  }
};

// src/checks/model-quality/metric-level.ts
function breaches(level, direction, comparison2, metric = "metric") {
  const { candidate, production } = comparison2;
  const reference = production === null ? {} : { reference: { label: "production", value: production } };
  const absolute = (bound, comparator, limit, text) => ({
    text,
    measure: { figure: metric, value: candidate, bound: { comparator, limit }, ...reference },
    bound,
    change: false,
    significant: null
  });
  const found = [];
  if (level.min !== void 0 && candidate < level.min) {
    found.push(
      absolute(
        "min",
        ">=",
        level.min,
        `${formatNumber(candidate)} is below the floor ${level.min}`
      )
    );
  }
  if (level.max !== void 0 && candidate > level.max) {
    found.push(
      absolute(
        "max",
        "<=",
        level.max,
        `${formatNumber(candidate)} is above the ceiling ${level.max}`
      )
    );
  }
  if (production === null) return found;
  return [...found, ...changeBreaches(level, direction, { ...comparison2, production }, metric)];
}
function changeBreaches(level, direction, comparison2, metric) {
  const { candidate, production, interval } = comparison2;
  const delta = candidate - production;
  const higher = direction === "higher_is_better";
  const breached = (change, tolerance3) => higher ? change < tolerance3 : change > tolerance3;
  const confirmed = (low, high, tolerance3) => higher ? high < tolerance3 : low > tolerance3;
  const comparator = higher ? ">=" : "<=";
  const symbol = higher ? "\u2265" : "\u2264";
  const reference = { label: "production", value: production };
  const found = [];
  if (level.change_absolute !== void 0 && breached(delta, level.change_absolute)) {
    found.push({
      text: `\u0394 ${formatSigned(delta)} vs production ${formatNumber(production)}, allowed \u0394 ${symbol} ${formatSigned(level.change_absolute)}`,
      measure: {
        figure: `\u0394 ${metric}`,
        value: delta,
        bound: { comparator, limit: level.change_absolute },
        reference
      },
      bound: "change_absolute",
      change: true,
      significant: interval ? confirmed(interval.low, interval.high, level.change_absolute) : null
    });
  }
  if (level.change_relative !== void 0 && production !== 0) {
    const scale = Math.abs(production);
    if (breached(delta / scale, level.change_relative)) {
      found.push({
        text: `\u0394 ${signedPercent(delta / scale)} vs production ${formatNumber(production)}, allowed \u0394 ${symbol} ${signedPercent(level.change_relative)}`,
        measure: {
          figure: `relative \u0394 ${metric}`,
          value: delta / scale,
          bound: { comparator, limit: level.change_relative },
          reference
        },
        bound: "change_relative",
        change: true,
        significant: interval ? confirmed(interval.low / scale, interval.high / scale, level.change_relative) : null
      });
    }
  }
  return found;
}
function metricLevel(threshold, direction, comparison2, blockOnlySignificantChanges, metric = "metric") {
  const found = [];
  for (const breach of threshold.red ? breaches(threshold.red, direction, comparison2, metric) : []) {
    const unconfirmed = blockOnlySignificantChanges && breach.significant === false;
    found.push({
      ...breach,
      level: unconfirmed ? "warn" : "fail",
      levelKey: "red",
      sentence: unconfirmed ? `${breach.text}, but the bootstrap interval does not confirm the drop` : breach.text
    });
  }
  for (const breach of threshold.amber ? breaches(threshold.amber, direction, comparison2, metric) : []) {
    found.push({
      ...breach,
      level: "warn",
      levelKey: "amber",
      sentence: `${breach.text} (\`amber\` bound)`
    });
  }
  const level = found.some((reason) => reason.level === "fail") ? "fail" : found.length > 0 ? "warn" : "pass";
  const decisive = found.find((reason) => reason.level === level);
  return {
    level,
    reasons: found.map((reason) => reason.sentence),
    decisive: decisive ? withoutSentence(decisive) : null,
    changeBreached: found.some((reason) => reason.change)
  };
}
function withoutSentence({
  sentence: _,
  ...reason
}) {
  return reason;
}
function describeLevel(level, direction) {
  const comparator = direction === "higher_is_better" ? "\u2265" : "\u2264";
  return [
    level.min !== void 0 ? `\u2265 ${level.min}` : "",
    level.max !== void 0 ? `\u2264 ${level.max}` : "",
    level.change_absolute !== void 0 ? `\u0394 ${comparator} ${formatSigned(level.change_absolute)}` : "",
    level.change_relative !== void 0 ? `\u0394 ${comparator} ${signedPercent(level.change_relative)}` : ""
  ].filter(Boolean).join(", ");
}
function signedPercent(fraction) {
  const text = `${formatNumber(Math.abs(fraction) * 100, 2)}%`;
  return fraction < 0 ? `\u2212${text}` : `+${text}`;
}

// src/checks/model-quality/assess-metrics.ts
var key17 = "checks.model_quality";
function assessMetrics(config, compared) {
  const gated = Object.keys(config.thresholds);
  const ordered = [...gated, ...compared.metricNames.filter((name) => !gated.includes(name))];
  return ordered.map((name) => assessMetric(config, compared, name));
}
function assessMetric(config, compared, name) {
  const assessment = {
    name,
    direction: directionFor(config, name),
    value: compared.candidate.values(name),
    production: compared.production?.values(name),
    interval: compared.intervals?.[name] ?? null,
    threshold: config.thresholds[name]
  };
  const { value, threshold } = assessment;
  if (!threshold) return { ...assessment, level: null, findings: [] };
  const location = { path: compared.candidate.path };
  if (!value.defined) {
    return {
      ...assessment,
      level: "fail",
      findings: [
        {
          id: `metric:${name}:undefined`,
          severity: "fail",
          message: `${name} is undefined (${value.reason}), so its threshold cannot be checked`,
          location,
          measure: { figure: name, value: null },
          cause: undefinedCause(name),
          fix: `Fix ${compared.candidate.path} so that ${name} can be computed (${value.reason}).`
        }
      ]
    };
  }
  const production = assessment.production;
  const result = metricLevel(
    threshold,
    assessment.direction,
    { candidate: value.value, production: metricNumber(production), interval: assessment.interval },
    config.block_only_significant_changes,
    name
  );
  const findings = [];
  const changeBound = [threshold.red, threshold.amber].some(
    (level) => level?.change_absolute !== void 0 || level?.change_relative !== void 0
  );
  if (production && !production.defined && changeBound && compared.production) {
    findings.push({
      id: `production:${name}`,
      severity: "warn",
      message: `${name} of production is undefined (${production.reason}), so its change bound was not checked`,
      location: { path: compared.production.path },
      measure: { figure: `${name} of production`, value: null },
      fix: `Make production's ${name} computable (${production.reason}), or name another production file in \`${key17}.production\`.`
    });
  }
  if (result.decisive) {
    findings.push({
      id: `metric:${name}`,
      severity: result.level === "fail" ? "fail" : "warn",
      message: `${name} ${result.level === "fail" ? "fails" : "warns"}: ${result.reasons.join("; ")}${result.changeBreached ? intervalText(assessment.interval, config.bootstrap.confidence) : ""}`,
      location,
      measure: result.decisive.measure,
      fix: fixFor(name, result.decisive, compared.candidate.path)
    });
  }
  return { ...assessment, level: result.level, findings };
}
function undefinedCause(name) {
  return `candidate-undefined:${name}`;
}
function fixFor(name, reason, path2) {
  const bound = reason.measure.bound;
  const wanted = bound ? ` so that ${reason.measure.figure} ${comparatorSymbol(bound.comparator)} ${typeof bound.limit === "number" && reason.change ? formatSigned(bound.limit) : bound.limit}` : "";
  return `Improve the model${wanted} on ${path2}, or change \`${key17}.thresholds.${name}.${reason.levelKey}.${reason.bound}\` if the bound is wrong.`;
}
function directionFor(config, name) {
  const direction = config.thresholds[name]?.direction ?? directionOf(name);
  if (!direction) {
    throw new Error(
      `${key17}.thresholds.${name}.direction: say whether "${name}" is higher_is_better or lower_is_better`
    );
  }
  return direction;
}
function intervalText(interval, confidence) {
  return interval ? ` (${Math.round(confidence * 100)}% interval of \u0394: [${formatSigned(interval.low)}, ${formatSigned(interval.high)}])` : "";
}

// src/metrics/metrics-file.ts
var import_yaml4 = __toESM(require_dist(), 1);
function parseMetricsFile(text, source) {
  let document;
  try {
    document = (0, import_yaml4.parse)(text);
  } catch (error) {
    const line = error instanceof import_yaml4.YAMLParseError ? error.linePos?.[0].line : void 0;
    throw new Error(
      `${source}${line ? `:${line}` : ""}: not valid JSON or YAML (${errorMessage(error).split("\n")[0]})`
    );
  }
  if (document === null || typeof document !== "object") {
    throw new Error(
      `${source}: a metrics file holds an object of metrics, e.g. {"test": {"auc": 0.91}}, or an MLflow metric list`
    );
  }
  const values = /* @__PURE__ */ new Map();
  const nonNumeric = /* @__PURE__ */ new Map();
  const steps = /* @__PURE__ */ new Map();
  const leaf = (key38, value) => {
    const number2 = typeof value === "number" || typeof value === "string" ? parseNumberCell(value) : void 0;
    if (typeof number2 === "number" && Number.isFinite(number2)) values.set(key38, number2);
    else nonNumeric.set(key38, typeof number2 === "number" ? String(number2) : describe2(value));
  };
  const walk = (prefix2, value) => {
    if (Array.isArray(value)) {
      for (const [index2, item] of value.entries()) {
        const entry = mlflowEntry(item);
        if (!entry) {
          walk(join(prefix2, String(index2)), item);
          continue;
        }
        const key38 = join(prefix2, entry.key);
        if (entry.step < (steps.get(key38) ?? Number.NEGATIVE_INFINITY)) continue;
        steps.set(key38, entry.step);
        leaf(key38, entry.value);
      }
    } else if (value !== null && typeof value === "object") {
      for (const [key38, inner] of Object.entries(value)) walk(join(prefix2, key38), inner);
    } else {
      leaf(prefix2, value);
    }
  };
  walk("", document);
  return { source, values, nonNumeric };
}
function lookupMetric(file, name) {
  const exact = file.values.get(name);
  if (exact !== void 0) return { kind: "found", key: name, value: exact };
  const bad = file.nonNumeric.get(name);
  if (bad !== void 0) return { kind: "not-a-number", what: bad };
  const keys = [...file.values.keys()].filter((key38) => key38.endsWith(`.${name}`));
  if (keys.length === 1) return { kind: "found", key: keys[0], value: file.values.get(keys[0]) };
  return keys.length > 1 ? { kind: "ambiguous", keys } : { kind: "missing" };
}
function metricFromFile(file, name) {
  const found = lookupMetric(file, name);
  switch (found.kind) {
    case "found":
      return { key: found.key, value: found.value };
    case "not-a-number":
      throw new Error(`${file.source}: metric "${name}" is ${found.what}, not a finite number`);
    case "ambiguous":
      throw new Error(
        `${file.source}: "${name}" matches ${quoteList(found.keys)}; name the metric by its full dotted key`
      );
    case "missing":
      throw new Error(
        `${file.source}: no metric "${name}"; the file has ${quoteList([...file.values.keys()], 12) || "no numeric values"}`
      );
  }
}
function mlflowEntry(item) {
  if (item === null || typeof item !== "object" || Array.isArray(item)) return void 0;
  const record3 = item;
  const key38 = record3.key ?? record3.name;
  if (typeof key38 !== "string" || !("value" in record3)) return void 0;
  return { key: key38, value: record3.value, step: typeof record3.step === "number" ? record3.step : 0 };
}
function join(prefix2, key38) {
  return prefix2 === "" ? key38 : `${prefix2}.${key38}`;
}
function describe2(value) {
  if (value === null || value === void 0) return "empty";
  if (typeof value === "string")
    return `the text "${value.length > 40 ? `${value.slice(0, 40)}\u2026` : value}"`;
  return `a ${typeof value}`;
}

// src/checks/model-quality/compare-models.ts
var key18 = "checks.model_quality";
function baseRevision2(context) {
  return context.event.baseSha ?? context.event.pullRequest?.baseSha ?? null;
}
function noBase(context) {
  return context.event.name === "local" ? "not a pull request; pass --base <revision> to compare with production" : `the ${context.event.name} event has no base commit`;
}
function sideOf(evaluate, source, path2) {
  const metrics = evaluate();
  return {
    metrics,
    source,
    path: path2,
    values: (name) => metrics[name] ?? undefinedMetric(`not a metric of this task`)
  };
}
async function compareFromPredictions(config, context) {
  const columns = predictionColumnsOf(config);
  const candidateAll = await loadPredictions(
    context.workspace,
    config.predictions,
    columns,
    `${key18}.predictions`
  );
  const production = await productionPredictions(config, context, columns);
  const { candidate, productionEvaluator, intervals, notes } = production.predictions ? await evaluateAgainst(
    config,
    candidateAll,
    production.predictions,
    production.source,
    context.resampleRunner
  ) : { candidate: candidateAll, productionEvaluator: null, intervals: null, notes: [] };
  const baselinePair = config.baseline ? await loadBaseline(
    context.workspace,
    candidateAll,
    columns,
    config.baseline,
    `${key18}.baseline`
  ) : null;
  return {
    candidate: sideOf(
      predictionsEvaluator(candidate, config.threshold),
      `${candidateAll.table.source} (${candidate.data.labels.length} rows)`,
      candidateAll.table.source
    ),
    production: productionEvaluator ? sideOf(productionEvaluator, production.source, production.path) : null,
    productionMissing: production.missing,
    baseline: baselinePair ? sideOf(
      predictionsEvaluator(baselinePair.baseline, config.threshold),
      baselinePair.description,
      candidateAll.table.source
    ) : null,
    intervals,
    metricNames: [...metricNamesByTask[candidate.task]],
    notes
  };
}
async function productionPredictions(config, context, columns) {
  const overrides = withOverrides(columns, config.production ?? {});
  if (config.production?.predictions) {
    const predictions3 = await loadPredictions(
      context.workspace,
      config.production.predictions,
      overrides,
      `${key18}.production.predictions`
    );
    const source = predictions3.table.source;
    return { predictions: predictions3, source, path: source, missing: null };
  }
  const revision = baseRevision2(context);
  const basePath = config.production?.base_path;
  const predictionsFile = config.predictions;
  const baseFile = basePath ? typeof predictionsFile === "string" ? basePath : { ...predictionsFile, path: basePath } : predictionsFile;
  const path2 = tableFileOptions(baseFile).path;
  if (!revision) return { predictions: null, source: "", path: path2, missing: noBase(context) };
  const predictions2 = await loadPredictionsAtRevision(
    context.workspace,
    revision,
    baseFile,
    overrides,
    basePath ? `${key18}.production.base_path` : `${key18}.predictions`
  );
  const at = `at base commit ${revision.slice(0, 12)}`;
  return {
    predictions: predictions2,
    source: `${path2} ${at}`,
    path: path2,
    missing: predictions2 ? null : `${path2} did not exist ${at}, so this model is new`
  };
}
async function evaluateAgainst(config, candidateAll, production, productionSource, runner) {
  if (!candidateAll.ids || !production.ids) {
    return {
      candidate: candidateAll,
      productionEvaluator: predictionsEvaluator(production, config.threshold),
      intervals: null,
      notes: [
        "The two prediction sets are not paired (set id_column in both files) so \u0394 has no interval and every failing change blocks."
      ]
    };
  }
  const paired = pairById(candidateAll, production);
  const n = paired.a.data.labels.length;
  if (n === 0) {
    throw new Error(
      `${key18}: no id of ${candidateAll.table.source} appears in ${productionSource}; evaluate both models on the same rows`
    );
  }
  const productionEvaluator = predictionsEvaluator(paired.b, config.threshold);
  const { resamples, seed, confidence } = config.bootstrap;
  const intervals = await bootstrapPredictionDeltasInParallel(
    paired.a,
    paired.b,
    metricNamesByTask[paired.a.task],
    config.bootstrap,
    config.threshold,
    runner
  );
  const unpaired = paired.onlyA + paired.onlyB > 0 ? [
    `${paired.onlyA} candidate and ${paired.onlyB} production rows have no partner id and are left out.`
  ] : [];
  return {
    candidate: paired.a,
    productionEvaluator,
    intervals,
    notes: [
      ...unpaired,
      `Both evaluated on the ${n} rows they share by ${predictionColumnsOf(config).idColumn}; intervals from a paired bootstrap (${resamples} resamples, seed ${seed}, ${Math.round(confidence * 100)}% percentile).`
    ]
  };
}
async function compareFromMetricsFiles(config, context) {
  const path2 = config.metrics_file;
  const candidateFile = parseMetricsFile(
    await context.workspace.readText(path2, `${key18}.metrics_file`),
    path2
  );
  let productionFile = null;
  let productionMissing = null;
  let productionSource = "";
  let productionPath = config.production?.base_path ?? path2;
  if (config.production?.metrics_file) {
    productionPath = config.production.metrics_file;
    productionFile = parseMetricsFile(
      await context.workspace.readText(productionPath, `${key18}.production.metrics_file`),
      productionPath
    );
    productionSource = productionPath;
  } else {
    const revision = baseRevision2(context);
    const basePath = config.production?.base_path ?? path2;
    if (!revision) productionMissing = noBase(context);
    else {
      const text = await context.workspace.readTextAtRevision(
        revision,
        basePath,
        config.production?.base_path ? `${key18}.production.base_path` : `${key18}.metrics_file`
      );
      productionSource = `${basePath} at base commit ${revision.slice(0, 12)}`;
      if (text === null)
        productionMissing = `${basePath} did not exist at base commit ${revision.slice(0, 12)}, so this model is new`;
      else productionFile = parseMetricsFile(text, `${basePath}@${revision.slice(0, 12)}`);
    }
  }
  const names3 = [
    .../* @__PURE__ */ new Set([
      ...Object.keys(config.thresholds),
      ...Object.keys(config.history?.max_drop_from_best ?? {})
    ])
  ];
  const candidateValues = new Map(
    names3.map((name) => [name, definedMetric(metricFromFile(candidateFile, name).value)])
  );
  const fromProduction = (file) => (name) => {
    const found = lookupMetric(file, name);
    return found.kind === "found" ? definedMetric(found.value) : undefinedMetric(`${file.source} has no single number "${name}"`);
  };
  return {
    candidate: { source: path2, path: path2, values: (name) => candidateValues.get(name) },
    production: productionFile ? { source: productionSource, path: productionPath, values: fromProduction(productionFile) } : null,
    productionMissing,
    baseline: null,
    intervals: null,
    metricNames: names3,
    notes: [
      "Metrics files carry no per-row predictions, so \u0394 has no interval and every failing change blocks."
    ]
  };
}

// src/checks/model-quality/metric-history.ts
var labelKeys = ["version", "model_version", "tag", "commit"];
async function readMetricHistory(workspace, path2, key38) {
  const lower = path2.toLowerCase();
  if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
    const text = await workspace.readText(path2, key38);
    return text.split("\n").flatMap((line, index2) => {
      if (line.trim() === "") return [];
      const entry = parseMetricsFile(line, `${path2}:${index2 + 1}`);
      return [{ ...entry, label: labelOf2(entry, `line ${index2 + 1}`) }];
    });
  }
  const table2 = await workspace.readTable(path2, key38);
  return Array.from({ length: table2.rowCount }, (_, row2) => {
    const values = /* @__PURE__ */ new Map();
    const nonNumeric = /* @__PURE__ */ new Map();
    for (const name of table2.columnNames) {
      const cell = table2.column(name)[row2];
      const number2 = parseNumberCell(cell);
      if (typeof number2 === "number" && Number.isFinite(number2)) values.set(name, number2);
      else nonNumeric.set(name, cell === null ? "empty" : `the text "${String(cell)}"`);
    }
    const entry = { source: `${path2}:${table2.lineOf(row2)}`, values, nonNumeric };
    return { ...entry, label: labelOf2(entry, `line ${table2.lineOf(row2)}`) };
  });
}
function labelOf2(entry, fallback) {
  for (const key38 of labelKeys) {
    const number2 = entry.values.get(key38);
    if (number2 !== void 0) return `${key38} ${number2}`;
    const text = entry.nonNumeric.get(key38)?.match(/^the text "(.*)"$/)?.[1];
    if (text) return `${key38} ${text}`;
  }
  return fallback;
}
function slowLeak(entries, last, metric, direction, candidate, allowed) {
  let best = null;
  let versions2 = 0;
  for (const entry of entries.slice(-last)) {
    const found = lookupMetric(entry, metric);
    if (found.kind === "not-a-number") {
      throw new Error(`${entry.source}: metric "${metric}" is ${found.what}, not a finite number`);
    }
    if (found.kind === "ambiguous") {
      throw new Error(
        `${entry.source}: "${metric}" matches ${found.keys.join(", ")}; name it by its full dotted key`
      );
    }
    if (found.kind !== "found") continue;
    versions2++;
    if (best === null || improvement(direction, found.value, best.value) > 0) {
      best = { value: found.value, label: entry.label };
    }
  }
  if (best === null) return null;
  return {
    metric,
    versions: versions2,
    best: best.value,
    bestLabel: best.label,
    candidate,
    drop: improvement(direction, best.value, candidate),
    allowed
  };
}

// src/checks/model-quality/model-quality-config.ts
var thresholdLevel = strictObject({
  min: number({ error: "min is a number, e.g. 0.8" }).optional().describe("Absolute floor: the candidate's value must be at least this."),
  max: number({ error: "max is a number, e.g. 0.35" }).optional().describe("Absolute ceiling: the candidate's value must be at most this."),
  change_absolute: number({ error: "change_absolute is a number, e.g. -0.005" }).optional().describe(
    "Signed change against production, as TFMA's change threshold: with higher_is_better, candidate \u2212 production must be \u2265 this (\u22120.005 allows a drop of 0.005, +0.01 demands a gain); with lower_is_better, \u2264 this."
  ),
  change_relative: number({ error: "change_relative is a fraction, e.g. -0.01 for 1%" }).optional().describe("The same, relative to |production|: \u22120.01 allows a 1% drop.")
}).refine((level) => Object.values(level).some((value) => value !== void 0), {
  error: "give at least one of min, max, change_absolute, change_relative"
});
var metricThresholdKeys = strictObject({
  direction: _enum(["higher_is_better", "lower_is_better"], {
    error: "direction is higher_is_better or lower_is_better"
  }).optional().describe("Needed for metric names mlgate does not know (from a metrics file)."),
  red: thresholdLevel.optional().describe("Bounds whose breach makes the metric fail (and the check with it)."),
  amber: thresholdLevel.optional().describe("Bounds whose breach makes the metric warn.")
}).refine((threshold) => threshold.red || threshold.amber, {
  error: "give red (blocks) and/or amber (warns) bounds, e.g. red: {min: 0.8, change_absolute: -0.005}"
});
var metricThreshold = metricThresholdKeys.pipe(
  union([
    object({ ...parsedKeys(metricThresholdKeys), red: thresholdLevel }),
    object({
      ...parsedKeys(metricThresholdKeys),
      red: _undefined().optional(),
      amber: thresholdLevel
    })
  ])
);
var modelQualityKeys = strictObject({
  predictions: inputTableFile.optional().describe("The candidate's predictions (CSV, JSONL or Parquet)\u2026"),
  metrics_file: inputFile.optional().describe("\u2026or its metrics file (JSON or YAML, flat or nested keys)."),
  ...predictionColumnsShape,
  task: predictionColumnsShape.task.optional(),
  label_column: predictionColumnsShape.label_column.optional(),
  production: strictObject({
    predictions: tableFile.optional().describe("A production predictions file in the working tree."),
    metrics_file: repoPath.optional().describe("A production metrics file in the working tree."),
    base_path: repoPath.optional().describe(
      "The production file's path at the base commit, when it differs from the candidate's (e.g. renamed)."
    ),
    ...predictionOverridesShape
  }).refine(
    (production) => !(production.base_path && (production.predictions || production.metrics_file)),
    {
      error: "base_path reads production at the base commit; predictions / metrics_file name a file in the working tree \u2014 give one",
      path: ["base_path"]
    }
  ).optional().describe(
    "Production's predictions or metrics. Default: the candidate's file as it is at the PR's base commit."
  ),
  baseline: baselineSource.optional().describe(
    "A baseline (a simple model, not production) shown beside the candidate; gate on it with baseline_comparison."
  ),
  thresholds: record(string(), metricThreshold).refine((t) => Object.keys(t).length > 0, {
    error: "gate at least one metric, e.g. roc_auc: {red: {min: 0.8, change_absolute: -0.005}}"
  }).describe(
    "Per metric: direction, `red` (fail) and `amber` (warn) bounds. Metrics without an entry are shown, not gated."
  ),
  bootstrap: bootstrapConfig,
  block_only_significant_changes: boolean().default(true).describe(
    "A breached `red` change bound fails only when the bootstrap interval excludes the tolerance; an unconfirmed breach warns, so noise does not block."
  ),
  history: strictObject({
    path: repoPath.describe(
      "One line (JSONL) or row (CSV) of metrics per accepted version, oldest first."
    ),
    last: int().min(1, { error: "compare with at least the last 1 version" }).default(10).describe("How many of the most recent versions to compare with."),
    max_drop_from_best: record(string(), nonNegative).refine((drops) => Object.keys(drops).length > 0, {
      error: "name at least one metric, e.g. {roc_auc: 0.01}"
    }).describe("Per metric: how far below the best of those versions the candidate may be.")
  }).optional().describe(
    "Slow leak: the candidate must not fall too far below the best recent accepted version."
  )
}).superRefine((config, context) => {
  const issue = (path2, message) => context.addIssue({ code: "custom", path: path2, message });
  if (!config.predictions === !config.metrics_file) {
    issue(
      ["predictions"],
      "give the candidate as predictions: <file> or metrics_file: <file> (one of them)"
    );
    return;
  }
  if (config.predictions) {
    if (!config.task)
      return issue(["task"], "predictions need task: binary, multiclass or regression");
    if (!config.label_column) return issue(["label_column"], "predictions need label_column");
    requirePredictionColumns(
      { ...config, task: config.task, label_column: config.label_column },
      context
    );
    const known = metricNamesByTask[config.task];
    const unknown = (names3, path2) => {
      for (const name of names3) {
        if (!known.includes(name)) {
          issue([...path2, name], `not a ${config.task} metric; use one of ${known.join(", ")}`);
        }
      }
    };
    unknown(Object.keys(config.thresholds), ["thresholds"]);
    unknown(Object.keys(config.history?.max_drop_from_best ?? {}), [
      "history",
      "max_drop_from_best"
    ]);
    if (config.production?.metrics_file) {
      issue(
        ["production", "metrics_file"],
        "the candidate is a predictions file; give production predictions too"
      );
    }
  } else {
    if (config.production?.predictions) {
      issue(
        ["production", "predictions"],
        "the candidate is a metrics file; give production as metrics_file too"
      );
    }
    if (config.baseline)
      issue(["baseline"], "a baseline needs the candidate\u2019s predictions, not a metrics file");
    for (const name of Object.keys(config.history?.max_drop_from_best ?? {})) {
      if (!config.thresholds[name]?.direction && !directionOf(name)) {
        issue(
          ["history", "max_drop_from_best", name],
          `mlgate cannot tell whether "${name}" is better higher or lower; give thresholds.${name}.direction`
        );
      }
    }
    for (const [name, threshold] of Object.entries(config.thresholds)) {
      if (!threshold.direction && !directionOf(name)) {
        issue(
          ["thresholds", name, "direction"],
          `say whether "${name}" is higher_is_better or lower_is_better`
        );
      }
    }
  }
});
var modelQualityConfig = modelQualityKeys.pipe(
  union([
    object({
      ...parsedKeys(modelQualityKeys),
      predictions: tableFile,
      task: predictionColumnsShape.task,
      label_column: columnName
    }),
    object({
      ...parsedKeys(modelQualityKeys),
      predictions: _undefined().optional(),
      metrics_file: repoPath
    })
  ])
);

// src/checks/model-quality/model-quality-outcome.ts
function modelQualityOutcome(compared, metrics, leaks, confidence) {
  const details4 = [metricsTable(compared, metrics, confidence)];
  if (leaks) details4.push(leaks.table);
  const undefinedValues = metrics.flatMap(
    ({ name, value, production }) => [
      ["candidate", value],
      ["production", production]
    ].flatMap(([who, side]) => side && !side.defined ? [`${who} ${name}: ${side.reason}`] : [])
  );
  if (undefinedValues.length > 0)
    details4.push({ type: "list", title: "Undefined metrics", items: undefinedValues });
  return {
    kind: "ran",
    summary: summaryOf(compared, metrics, leaks),
    figures: figuresOf2(metrics),
    findings: [...metrics.flatMap((metric) => metric.findings), ...leaks?.findings ?? []],
    details: details4
  };
}
var levelOrder = { fail: 0, warn: 1, pass: 2 };
function figuresOf2(metrics) {
  const gated = metrics.filter(
    (metric) => metric.threshold !== void 0 && metric.level !== null
  );
  return gated.map((metric, index2) => ({ metric, index: index2 })).sort((a2, b2) => levelOrder[a2.metric.level] - levelOrder[b2.metric.level] || a2.index - b2.index).map(({ metric: { name, value, threshold, direction } }) => {
    const bounds = threshold.red ?? threshold.amber;
    const bound = bounds?.min !== void 0 ? { comparator: ">=", limit: bounds.min } : bounds?.max !== void 0 ? { comparator: "<=", limit: bounds.max } : void 0;
    return {
      name,
      value: metricNumber(value),
      threshold: threshold.red ? describeLevel(threshold.red, direction) : `warn: ${describeLevel(threshold.amber ?? {}, direction)}`,
      ...bound ? { bound } : {}
    };
  });
}
function metricsTable(compared, metrics, confidence) {
  const { candidate, production, baseline, intervals } = compared;
  const rows = metrics.map(
    ({ name, value, production: productionValue, interval, threshold, direction, level }) => {
      const productionNumber = metricNumber(productionValue);
      const delta = value.defined && productionNumber !== null ? formatSigned(value.value - productionNumber) : "\u2014";
      return [
        name,
        formatMetric(value),
        ...baseline ? [formatMetric(baseline.values(name))] : [],
        productionValue ? formatMetric(productionValue) : "\u2014",
        interval ? `${delta} [${formatSigned(interval.low)}, ${formatSigned(interval.high)}]` : delta,
        threshold ? [
          threshold.red ? `fail: ${describeLevel(threshold.red, direction)}` : "",
          threshold.amber ? `warn: ${describeLevel(threshold.amber, direction)}` : ""
        ].filter(Boolean).join("; ") : "not gated",
        level ?? "\u2014"
      ];
    }
  );
  return {
    type: "table",
    title: "Metrics: candidate vs production",
    header: [
      "metric",
      "candidate",
      ...baseline ? ["baseline"] : [],
      "production",
      intervals ? `\u0394 vs production [${Math.round(confidence * 100)}% CI]` : "\u0394 vs production",
      "threshold",
      "level"
    ],
    rows,
    note: [
      `Candidate: ${candidate.source}.`,
      production ? `Production: ${production.source}.` : `No production: ${compared.productionMissing}.`,
      ...baseline ? [`Baseline: ${baseline.source}.`] : [],
      ...compared.notes
    ].join(" ")
  };
}
function summaryOf(compared, metrics, leaks) {
  const named2 = (level) => metrics.filter((metric) => metric.level === level).map((metric) => metric.name);
  const failing = named2("fail");
  const warning = named2("warn");
  const passing = named2("pass").length;
  const leakCount = leaks?.findings.length ?? 0;
  return [
    failing.length > 0 ? `fail: ${failing.join(", ")}` : "",
    leakCount > 0 ? `${leakCount} slow leak(s)` : "",
    warning.length > 0 ? `warn: ${warning.join(", ")}` : "",
    passing > 0 ? `${passing} pass` : "",
    compared.production ? "" : `no production to compare with (${compared.productionMissing})`
  ].filter(Boolean).join("; ");
}

// src/checks/model-quality/slow-leak-findings.ts
function slowLeakReport(config, history, candidate) {
  const { path: path2, last, max_drop_from_best } = config.history;
  const checked = Object.entries(max_drop_from_best).map(
    ([name, allowed]) => metricLeak(config, history, candidate, name, allowed)
  );
  return {
    findings: checked.flatMap((leak) => leak.finding ? [leak.finding] : []),
    table: {
      type: "table",
      title: `Slow leak: best of the last ${last} accepted versions`,
      header: ["metric", "best recent", "candidate", "change from best", "max drop", "status"],
      rows: checked.flatMap((leak) => leak.row ? [leak.row] : []),
      note: `${path2}: ${history.length} version(s) recorded. Append the candidate's metrics after it is accepted.`
    }
  };
}
function metricLeak(config, history, candidate, name, allowed) {
  const { path: path2, last } = config.history;
  const value = candidate.values(name);
  const configKey = `\`${key17}.history.max_drop_from_best.${name}\``;
  if (!value.defined) {
    const finding3 = {
      id: `history:${name}:undefined`,
      severity: "fail",
      message: `${name} is undefined (${value.reason}), so it cannot be compared with the history`,
      location: { path: candidate.path },
      measure: { figure: name, value: null },
      cause: undefinedCause(name),
      fix: `Fix ${candidate.path} so that ${name} can be computed (${value.reason}).`
    };
    return { row: null, finding: finding3 };
  }
  const leak = slowLeak(history, last, name, directionFor(config, name), value.value, allowed);
  if (!leak) {
    const row3 = [
      name,
      `none of the last ${last} versions reports it`,
      formatNumber(value.value),
      "\u2014",
      allowed,
      "warn"
    ];
    const finding3 = {
      id: `history:${name}:no-history`,
      severity: "warn",
      message: `${name}: none of the last ${last} versions in the history reports it, so the slow-leak bound could not be checked; append the accepted versions' ${name} to the history`,
      location: { path: path2 },
      measure: {
        figure: `versions reporting ${name}`,
        value: 0,
        bound: { comparator: ">", limit: 0 }
      },
      fix: `Append the accepted versions' ${name} to ${path2}, or remove ${configKey}.`
    };
    return { row: row3, finding: finding3 };
  }
  const leaking = leak.drop > allowed;
  const row2 = [
    name,
    `${formatNumber(leak.best)} (${leak.bestLabel})`,
    formatNumber(leak.candidate),
    formatSigned(-leak.drop),
    allowed,
    leaking ? "fail" : "pass"
  ];
  if (!leaking) return { row: row2, finding: null };
  const finding2 = {
    id: `history:${name}`,
    severity: "fail",
    message: `${name} ${formatNumber(leak.candidate)} is ${formatNumber(leak.drop)} worse than the best of the last ${leak.versions} accepted versions (${formatNumber(leak.best)}, ${leak.bestLabel}); at most ${allowed} is allowed, so small accepted drops have added up`,
    location: { path: path2 },
    measure: {
      figure: `${name} drop from best`,
      value: leak.drop,
      bound: { comparator: "<=", limit: allowed },
      reference: { label: `best recent (${leak.bestLabel})`, value: leak.best }
    },
    fix: `Improve the model so that ${name} is within ${allowed} of ${formatNumber(leak.best)}, or change ${configKey} if the allowed drop is wrong.`
  };
  return { row: row2, finding: finding2 };
}

// src/checks/model-quality/model-quality.ts
var modelQuality = {
  id: "model_quality",
  title: "Candidate model is at least as good as production",
  rubric: ["infra-4", "monitor-7"],
  config: modelQualityConfig,
  async run(config, context) {
    const compared = config.predictions !== void 0 ? await compareFromPredictions(config, context) : await compareFromMetricsFiles(config, context);
    const metrics = assessMetrics(config, compared);
    const leaks = await slowLeaks(config, context, compared);
    return modelQualityOutcome(compared, metrics, leaks, config.bootstrap.confidence);
  }
};
async function slowLeaks(config, context, compared) {
  if (!config.history) return null;
  const history = await readMetricHistory(
    context.workspace,
    config.history.path,
    `${key17}.history.path`
  );
  return slowLeakReport({ ...config, history: config.history }, history, compared.candidate);
}

// src/checks/numerical-stability/inspect-column.ts
var problemText2 = {
  "not-a-number": "not a number",
  missing: "missing",
  nan: "NaN",
  infinite: "\xB1Infinity",
  "outside-probability": "probability outside [0, 1]",
  "outside-range": "outside the configured range"
};
function inspectColumn(table2, column, rules) {
  const cells = table2.column(column) ?? [];
  const report = {
    column,
    rows: cells.length,
    finite: 0,
    problems: /* @__PURE__ */ new Map(),
    counts: /* @__PURE__ */ new Map(),
    first: /* @__PURE__ */ new Map(),
    std: null,
    min: null,
    max: null
  };
  const note = (problem, row2) => {
    report.counts.set(problem, (report.counts.get(problem) ?? 0) + 1);
    if (!report.first.has(problem)) report.first.set(problem, positionOf(table2, row2));
    const examples = report.problems.get(problem) ?? [];
    if (examples.length < rules.maxExamples) examples.push(rules.rowName(row2));
    report.problems.set(problem, examples);
  };
  const finite = [];
  for (const [row2, cell] of cells.entries()) {
    const value = parseNumberCell(cell);
    const problem = problemOf(value);
    if (problem) {
      note(problem, row2);
      continue;
    }
    if (typeof value !== "number") continue;
    finite.push(value);
    if (rules.probability && (value < 0 || value > 1)) note("outside-probability", row2);
    const { min, max } = rules.range ?? {};
    if (min !== void 0 && value < min || max !== void 0 && value > max) {
      note("outside-range", row2);
    }
  }
  report.finite = finite.length;
  if (finite.length > 0) {
    report.min = finite.reduce((a2, b2) => Math.min(a2, b2));
    report.max = finite.reduce((a2, b2) => Math.max(a2, b2));
  }
  if (finite.length > 1) report.std = sample_standard_deviation_default(finite);
  return report;
}
function problemOf(value) {
  if (value === void 0) return "not-a-number";
  if (value === null) return "missing";
  if (Number.isNaN(value)) return "nan";
  if (!Number.isFinite(value)) return "infinite";
  return void 0;
}
function positionOf(table2, row2) {
  return table2.format === "parquet" ? { row: row2 + 1 } : { line: table2.lineOf(row2) };
}

// src/checks/numerical-stability/numerical-stability-config.ts
var numericalStabilityConfig = strictObject({
  predictions: inputTableFile.describe("The predictions file to check (CSV, JSONL or Parquet)."),
  columns: array(string().min(1), { error: "expected a list of column names, e.g. [score]" }).min(1, { error: "list at least one prediction column" }).describe("Numeric output columns; each must hold finite numbers only."),
  probability_columns: array(string().min(1)).default([]).describe("Columns that hold probabilities and must lie in [0, 1]."),
  id_column: string().min(1).optional().describe("A column that names each row (e.g. an example id), used in messages."),
  min_std: nonNegative.default(0).describe("Fail when a column's standard deviation is at most this (0: all identical)."),
  ranges: record(string(), strictObject({ min: number().optional(), max: number().optional() })).default({}).describe("Optional plausible range per column: values outside it are findings."),
  max_examples: int().min(1).max(100).default(10).describe("How many offending rows to name per problem in the report.")
});

// src/checks/numerical-stability/numerical-stability-outcome.ts
var key19 = "checks.numerical_stability";
function numericalStabilityOutcome(config, path2, reports, rowCount) {
  const findings = reports.flatMap((report) => [
    ...[...report.counts].map(
      ([problem, count]) => brokenValues(config, path2, report, problem, count)
    ),
    ...report.std !== null && report.std <= config.min_std ? [constant(config, path2, report, report.std)] : []
  ]);
  const badRows2 = reports.reduce(
    (sum, r) => sum + [...r.counts.values()].reduce((a2, b2) => a2 + b2, 0),
    0
  );
  const stds = reports.flatMap((r) => r.std === null ? [] : [r.std]);
  const gated = [
    {
      name: "non-finite or out-of-range values",
      value: badRows2,
      threshold: "= 0",
      bound: { comparator: "==", limit: 0 }
    },
    {
      name: "smallest std of a column",
      value: stds.length > 0 ? Math.min(...stds) : null,
      threshold: `> ${config.min_std}`,
      bound: { comparator: ">", limit: config.min_std }
    }
  ];
  const broken = (figure2) => figure2.value !== null && figure2.bound !== void 0 && !meetsBound(figure2.value, figure2.bound);
  return {
    kind: "ran",
    summary: findings.length === 0 ? `${rowCount} rows, ${reports.length} column(s): all finite, in range and varying` : `${findings.length} problem(s) in ${new Set(findings.map((f2) => f2.location?.column)).size} of ${reports.length} column(s)`,
    figures: [
      ...gated.filter(broken),
      ...gated.filter((figure2) => !broken(figure2)),
      { name: "rows checked", value: rowCount }
    ],
    findings,
    details: [
      {
        type: "table",
        title: `Columns of ${path2}`,
        header: ["column", "rows", "min", "max", "std", "problems"],
        rows: reports.map((r) => [
          r.column,
          r.rows,
          r.min,
          r.max,
          r.std,
          [...r.counts].map(([p, n]) => `${n} ${problemText2[p]}`).join("; ") || "none"
        ])
      }
    ]
  };
}
function brokenValues(config, path2, report, problem, count) {
  const examples = report.problems.get(problem) ?? [];
  return {
    id: `column:${report.column}:${problem}`,
    severity: "fail",
    message: `${report.column}: ${count} of ${report.rows} rows ${problem === "missing" ? "are" : "hold"} ${problemText2[problem]} \u2014 ${examples.join(", ")}${count > examples.length ? ", \u2026" : ""}`,
    location: { path: path2, column: report.column, ...report.first.get(problem) },
    measure: {
      figure: `${report.column} values ${problem === "missing" ? "missing" : `that are ${problemText2[problem]}`}`,
      value: count,
      bound: { comparator: "==", limit: 0 }
    },
    fix: fixFor2(config, report.column, problem)
  };
}
function fixFor2(config, column, problem) {
  const writer = `Fix the model or the code that writes ${column}`;
  switch (problem) {
    case "outside-probability":
      return `${writer} so that it holds probabilities in [0, 1] (e.g. apply the sigmoid), or take ${column} out of \`${key19}.probability_columns\` if it is not one.`;
    case "outside-range": {
      const range = config.ranges[column];
      return `${writer} so that it stays within [${range?.min ?? "\u2212\u221E"}, ${range?.max ?? "\u221E"}], or widen \`${key19}.ranges.${column}\` if the range is wrong.`;
    }
    case "missing":
      return `${writer} so that every row has a value.`;
    default:
      return `${writer} so that every row holds a finite number.`;
  }
}
function constant(config, path2, report, std) {
  const [stdShown, minStd] = formatBeside(std, config.min_std);
  return {
    id: `column:${report.column}:constant`,
    severity: "fail",
    message: report.std === 0 ? `${report.column}: all ${report.finite} finite predictions are identical (${report.min}); a model that says the same thing for every row is broken or fed constant input` : `${report.column}: standard deviation ${stdShown} is at most min_std ${minStd}; the predictions barely vary`,
    location: { path: path2, column: report.column },
    measure: {
      figure: `std of ${report.column}`,
      value: report.std,
      bound: { comparator: ">", limit: config.min_std }
    },
    fix: `Find why the model gives ${report.std === 0 ? "the same" : "nearly the same"} ${report.column} for every row (a broken model, or constant input features)${config.min_std > 0 ? `, or lower \`${key19}.min_std\`` : ""}.`
  };
}

// src/checks/numerical-stability/numerical-stability.ts
var numericalStability = {
  id: "numerical_stability",
  title: "Predictions are numerically stable",
  rubric: ["monitor-5"],
  config: numericalStabilityConfig,
  async run(config, { workspace }) {
    const file = tableFileOptions(config.predictions);
    const idColumn = config.id_column;
    const table2 = await workspace.readTable(file.path, "checks.numerical_stability.predictions", {
      ...file.options,
      columns: [
        .../* @__PURE__ */ new Set([
          ...config.columns,
          ...config.probability_columns,
          ...idColumn ? [idColumn] : []
        ])
      ]
    });
    if (table2.rowCount === 0) {
      throw new Error(
        `${file.path}: the predictions file has a header but no rows; nothing to check`
      );
    }
    const rowName = (row2) => {
      const id = idColumn ? table2.column(idColumn)?.[row2] : null;
      return id === null || id === void 0 ? `line ${table2.lineOf(row2)}` : `${idColumn}=${id} (line ${table2.lineOf(row2)})`;
    };
    const probabilityColumns = new Set(config.probability_columns);
    const reports = [.../* @__PURE__ */ new Set([...config.columns, ...config.probability_columns])].map(
      (column) => inspectColumn(table2, column, {
        probability: probabilityColumns.has(column),
        range: config.ranges[column],
        maxExamples: config.max_examples,
        rowName
      })
    );
    for (const column of Object.keys(config.ranges)) {
      if (!reports.some((r) => r.column === column)) {
        throw new Error(
          `checks.numerical_stability.ranges.${column}: "${column}" is not in columns or probability_columns; add it there or remove the range`
        );
      }
    }
    return numericalStabilityOutcome(config, file.path, reports, table2.rowCount);
  }
};

// src/statistics/normal-quantile.ts
function polynomial(coefficients, x) {
  let value = 0;
  for (let i = coefficients.length - 1; i >= 0; i--) value = value * x + coefficients[i];
  return value;
}
var a = [
  3.3871328727963665,
  133.14166789178438,
  1971.5909503065513,
  13731.69376550946,
  45921.95393154987,
  67265.7709270087,
  33430.57558358813,
  2509.0809287301227
];
var b = [
  1,
  42.31333070160091,
  687.1870074920579,
  5394.196021424751,
  21213.794301586597,
  39307.89580009271,
  28729.085735721943,
  5226.495278852854
];
var c = [
  1.4234371107496835,
  4.630337846156546,
  5.769497221460691,
  3.6478483247632045,
  1.2704582524523684,
  0.2417807251774506,
  0.022723844989269184,
  7745450142783414e-19
];
var d = [
  1,
  2.053191626637759,
  1.6763848301838038,
  0.6897673349851,
  0.14810397642748008,
  0.015198666563616457,
  5475938084995345e-19,
  10507500716444169e-25
];
var e = [
  6.657904643501103,
  5.463784911164114,
  1.7848265399172913,
  0.29656057182850487,
  0.026532189526576124,
  0.0012426609473880784,
  27115555687434876e-21,
  20103343992922881e-23
];
var f = [
  1,
  0.599832206555888,
  0.1369298809227358,
  0.014875361290850615,
  7868691311456133e-19,
  18463183175100548e-21,
  1421511758316446e-22,
  20442631033899397e-31
];
function normalQuantile(p) {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`a probability lies in [0, 1], got ${p}`);
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r2 = 0.180625 - q * q;
    return q * polynomial(a, r2) / polynomial(b, r2);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let value;
  if (r <= 5) {
    r -= 1.6;
    value = polynomial(c, r) / polynomial(d, r);
  } else {
    r -= 5;
    value = polynomial(e, r) / polynomial(f, r);
  }
  return q < 0 ? -value : value;
}

// src/statistics/correlation-interval.ts
function correlationWithInterval(method, x, y, confidence) {
  const n = x.length;
  if (y.length !== n) throw new RangeError("x and y must be paired");
  if (n < 4) {
    return {
      defined: false,
      method,
      n,
      reason: `${n} pairs; a Fisher-z interval needs at least 4`
    };
  }
  const constant2 = (values) => values.every((v) => v === values[0]);
  if (constant2(x) || constant2(y)) {
    return { defined: false, method, n, reason: "one of the two series is constant" };
  }
  const raw = method === "pearson" ? sample_correlation_default([...x], [...y]) : sample_rank_correlation_default([...x], [...y]);
  const r = Math.max(-1, Math.min(1, raw));
  const se = method === "pearson" ? 1 / Math.sqrt(n - 3) : Math.sqrt((1 + r * r / 2) / (n - 3));
  const z = Math.atanh(r);
  const half = normalQuantile(1 - (1 - confidence) / 2) * se;
  return { defined: true, method, r, n, low: Math.tanh(z - half), high: Math.tanh(z + half) };
}

// src/checks/offline-online-correlation/metric-pairs.ts
var key20 = "checks.offline_online_correlation";
function metricPairs(table2, config) {
  const offlineCells = requireColumn(table2, config.offline_column, `${key20}.offline_column`);
  const onlineCells = requireColumn(table2, config.online_column, `${key20}.online_column`);
  const pairs = { offline: [], online: [], incomplete: 0 };
  for (let row2 = 0; row2 < table2.rowCount; row2++) {
    const read = (cells, column) => {
      const value = parseNumberCell(cells[row2] ?? null);
      if (value === void 0 || typeof value === "number" && !Number.isFinite(value)) {
        throw rowError(
          table2,
          row2,
          `"${String(cells[row2])}" in column "${column}" is not a finite number`
        );
      }
      return value;
    };
    const x = read(offlineCells, config.offline_column);
    const y = read(onlineCells, config.online_column);
    if (x === null || y === null) {
      pairs.incomplete++;
      continue;
    }
    pairs.offline.push(x);
    pairs.online.push(y);
  }
  return pairs;
}

// src/checks/offline-online-correlation/offline-online-correlation-config.ts
var offlineOnlineCorrelationConfig = strictObject({
  history: inputTableFile.describe(
    "One row per model version or experiment: its offline metric and the online metric it achieved."
  ),
  offline_column: columnName.describe("The offline metric, e.g. validation AUC."),
  online_column: columnName.describe("The online metric, e.g. click-through rate in an A/B test."),
  method: _enum(["spearman", "pearson"], { error: "method is spearman or pearson" }).default("spearman").describe("Spearman (rank; robust to scale and outliers) or Pearson (linear)."),
  expect: _enum(["positive", "negative"], { error: "expect is positive or negative" }).default("positive").describe("negative when one metric improves downwards (offline log loss vs online revenue)."),
  min_pairs: int({ error: "min_pairs is a whole number" }).min(4, { error: "a Fisher-z interval needs at least 4 pairs" }).default(8).describe("Fewer pairs than this warn: too little evidence either way."),
  min_correlation: number({ error: "min_correlation is a number between 0 and 1, e.g. 0.5" }).min(0, { error: "min_correlation is at least 0 (set expect for a negative relation)" }).max(1, { error: "min_correlation is at most 1" }).default(0.5).describe("The correlation, in the expected direction, must be at least this."),
  confidence: number({ error: "confidence is a level such as 0.95" }).min(0.5, { error: "confidence is at least 0.5" }).max(0.999, { error: "confidence is at most 0.999" }).default(0.95).describe("Level of the Fisher-z interval."),
  gate_on: _enum(["estimate", "lower_bound"], { error: "gate_on is estimate or lower_bound" }).default("estimate").describe(
    "Compare min_correlation with the estimate, or demand the interval\u2019s lower bound clears it."
  )
});

// src/checks/offline-online-correlation/offline-online-correlation-outcome.ts
var names = { pearson: "Pearson r", spearman: "Spearman \u03C1" };
function correlationOutcome(config, path2, pairs, estimates) {
  const gated = estimates.find((estimate) => estimate.method === config.method);
  if (!gated) throw new Error(`${key20}.method: no ${config.method} estimate`);
  const count = pairs.offline.length;
  const label = names[config.method];
  const bound = config.expect === "positive" ? { comparator: ">=", limit: config.min_correlation } : { comparator: "<=", limit: -config.min_correlation };
  const threshold = `${config.expect === "positive" ? "\u2265" : "\u2264"} ${bound.limit}`;
  const finding2 = findingOf(config, path2, count, gated, bound, threshold);
  const pairsFigure = {
    name: "pairs",
    value: count,
    threshold: `\u2265 ${config.min_pairs}`,
    bound: { comparator: ">=", limit: config.min_pairs }
  };
  const correlationFigure = {
    name: label,
    value: gated.defined ? gated.r : null,
    threshold,
    bound
  };
  const show2 = (estimate) => [
    names[estimate.method],
    estimate.defined ? formatNumber(estimate.r, 3) : `undefined (${estimate.reason})`,
    estimate.defined ? intervalText2(estimate, config.confidence) : "\u2014",
    estimate.method === config.method ? threshold : "not gated"
  ];
  return {
    kind: "ran",
    summary: gated.defined ? `${label} ${formatNumber(gated.r, 3)} ${intervalText2(gated, config.confidence)} between ${config.offline_column} and ${config.online_column} over ${count} pairs` : `${label} undefined over ${count} pairs`,
    figures: finding2?.id === "pairs" ? [pairsFigure, correlationFigure] : [correlationFigure, pairsFigure],
    findings: finding2 ? [finding2] : [],
    details: [
      {
        type: "table",
        title: `${config.offline_column} (offline) vs ${config.online_column} (online)`,
        header: [
          "measure",
          "estimate",
          `${Math.round(config.confidence * 100)}% interval (Fisher z)`,
          "threshold"
        ],
        rows: estimates.map(show2),
        note: `${count} pairs from ${path2}${pairs.incomplete > 0 ? `; ${pairs.incomplete} row(s) missing a value left out` : ""}.`
      }
    ]
  };
}
function findingOf(config, path2, count, gated, bound, threshold) {
  const label = names[config.method];
  const location = { path: path2 };
  if (count < config.min_pairs) {
    return {
      id: "pairs",
      severity: "warn",
      message: `${count} complete pair(s) in ${path2}; at least ${config.min_pairs} are needed to judge whether offline metrics track online impact`,
      location,
      measure: {
        figure: "complete pairs",
        value: count,
        bound: { comparator: ">=", limit: config.min_pairs }
      },
      fix: `Record the offline and online metrics of more versions in ${path2}, or lower \`${key20}.min_pairs\`.`
    };
  }
  if (!gated.defined) {
    return {
      id: `correlation:${config.method}:undefined`,
      severity: "fail",
      message: `${label} is undefined: ${gated.reason}`,
      location,
      measure: { figure: label, value: null },
      fix: `Record versions in ${path2} whose ${config.offline_column} and ${config.online_column} vary, so that ${label} can be computed.`
    };
  }
  return weakCorrelation(config, path2, count, gated, bound, threshold);
}
function weakCorrelation(config, path2, count, gated, bound, threshold) {
  const label = names[config.method];
  const onEstimate = config.gate_on === "estimate";
  const positive = config.expect === "positive";
  const judged = onEstimate ? gated.r : positive ? gated.low : gated.high;
  if ((positive ? judged : -judged) >= config.min_correlation) return null;
  const side = positive ? "lower" : "upper";
  return {
    id: `correlation:${config.method}`,
    severity: "fail",
    message: `${label} ${formatNumber(gated.r, 3)} ${intervalText2(gated, config.confidence)} over ${count} pairs: ${onEstimate ? "the estimate" : "the interval\u2019s bound"} is not ${threshold}; offline gains may not carry over online`,
    location: { path: path2 },
    measure: {
      figure: onEstimate ? label : `${side} bound of the ${Math.round(config.confidence * 100)}% interval of ${label}`,
      value: judged,
      bound,
      ...onEstimate ? {} : { reference: { label: "estimate", value: gated.r } }
    },
    fix: `Gate on an offline metric that tracks ${config.online_column} (\`${key20}.offline_column\`) or gather more pairs, or change \`${key20}.min_correlation\` if the bar is wrong.`
  };
}
function intervalText2(estimate, confidence) {
  return `[${formatNumber(estimate.low, 3)}, ${formatNumber(estimate.high, 3)}] (${Math.round(confidence * 100)}%)`;
}

// src/checks/offline-online-correlation/offline-online-correlation.ts
var offlineOnlineCorrelation = {
  id: "offline_online_correlation",
  title: "Offline metrics predict online impact",
  rubric: ["model-2"],
  config: offlineOnlineCorrelationConfig,
  async run(config, { workspace }) {
    const { path: path2, options } = tableFileOptions(config.history);
    const table2 = await workspace.readTable(path2, `${key20}.history`, options);
    const pairs = metricPairs(table2, config);
    const estimates = ["spearman", "pearson"].map(
      (method) => correlationWithInterval(method, pairs.offline, pairs.online, config.confidence)
    );
    return correlationOutcome(config, path2, pairs, estimates);
  }
};

// src/checks/pii-scan/pii-detectors.ts
var piiKinds = ["email", "phone", "card", "us_ssn", "uk_nino", "ca_sin", "iban"];
var email = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}/g;
var e164 = /(?<![\w+])\+[1-9](?:[ .-]?\(?\d\)?){7,14}(?![\w])/g;
var northAmerican = /(?<![\w+])(?:\(\s?[2-9]\d{2}\s?\)\s?|[2-9]\d{2}[ .-])[2-9]\d{2}[ .-]\d{4}(?!\d)/g;
var ukNational = /(?<![\w+])0\d{2,4} \d{3,4} ?\d{3,4}(?!\d)/g;
var cardCandidate = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g;
var ssn = /(?<![\d-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])/g;
var nino = /(?<![A-Za-z0-9])(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])/g;
var sin = /(?<![\d-])[1-79]\d{2}[ -]\d{3}[ -]\d{3}(?![\d-])/g;
var iban = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}(?![A-Za-z0-9])/g;
function detectPii(text, kinds2) {
  const matches = [];
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c2 = text.charCodeAt(i);
    if (c2 >= 48 && c2 <= 57) digits++;
  }
  const add = (kind2, pattern2, confirm = () => true) => {
    if (!kinds2.has(kind2)) return;
    for (const found of text.matchAll(pattern2)) {
      const alone = kind2 === "email" || standsAlone(text, found.index, found[0].length);
      if (alone && confirm(found[0])) matches.push({ kind: kind2, text: found[0] });
    }
  };
  if (text.includes("@")) add("email", email);
  if (digits >= 8) {
    add("phone", e164, (m) => digitCount(m) >= 8 && digitCount(m) <= 15);
    add("phone", northAmerican);
    add("phone", ukNational, (m) => digitCount(m) >= 10 && digitCount(m) <= 11);
    add("us_ssn", ssn);
    add("ca_sin", sin, (m) => luhn(onlyDigits(m)));
  }
  if (digits >= 13) add("card", cardCandidate, (m) => isCardNumber(onlyDigits(m)));
  if (digits >= 6 && text.length >= 9) add("uk_nino", nino);
  if (digits >= 4 && text.length >= 15)
    add("iban", iban, (m) => ibanChecksumValid(m.replaceAll(" ", "")));
  return matches;
}
var isDigit2 = (c2) => c2 !== void 0 && c2 >= "0" && c2 <= "9";
var isJoiner = (c2) => c2 === " " || c2 === "-" || c2 === ".";
function standsAlone(text, start, length) {
  const end = start + length;
  const before = isDigit2(text[start - 1]) || isJoiner(text[start - 1]) && isDigit2(text[start - 2]);
  const after = isDigit2(text[end]) || isJoiner(text[end]) && isDigit2(text[end + 1]);
  return !before && !after;
}
var onlyDigits = (text) => text.replace(/\D/g, "");
var digitCount = (text) => onlyDigits(text).length;
function luhn(digits) {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d2 = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d2 *= 2;
      if (d2 > 9) d2 -= 9;
    }
    sum += d2;
  }
  return digits.length > 1 && sum % 10 === 0;
}
function isCardNumber(digits) {
  const n = digits.length;
  const prefix2 = (k) => Number(digits.slice(0, k));
  const issuer = digits[0] === "4" && (n === 13 || n === 16 || n === 19) || // Visa
  (prefix2(2) >= 51 && prefix2(2) <= 55 || prefix2(4) >= 2221 && prefix2(4) <= 2720) && n === 16 || // Mastercard
  (prefix2(2) === 34 || prefix2(2) === 37) && n === 15 || // American Express
  (prefix2(4) === 6011 || prefix2(2) === 65 || prefix2(3) >= 644 && prefix2(3) <= 649) && n >= 16 || // Discover
  prefix2(4) >= 3528 && prefix2(4) <= 3589 && n >= 16 || // JCB
  (prefix2(3) >= 300 && prefix2(3) <= 305 || prefix2(2) === 36 || prefix2(2) === 38 ? n === 14 : false) || // Diners
  prefix2(2) === 62 && n >= 16 || // UnionPay
  (prefix2(4) === 5018 || prefix2(4) === 5020 || prefix2(4) === 5038 || prefix2(4) === 6304 || prefix2(4) === 6759) && n >= 12;
  return issuer && luhn(digits);
}
function ibanChecksumValid(compact) {
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code2 = ch.charCodeAt(0);
    const value = code2 >= 65 ? code2 - 55 : code2 - 48;
    remainder = (value > 9 ? remainder * 100 + value : remainder * 10 + value) % 97;
  }
  return remainder === 1;
}
function maskPii(match) {
  if (match.kind === "email")
    return `${match.text[0]}***@***${match.text.slice(match.text.lastIndexOf("."))}`;
  const keep = match.kind === "card" ? 4 : 2;
  let kept = 0;
  const chars = [...match.text];
  for (let i = chars.length - 1; i >= 0; i--) {
    if (!/[A-Za-z0-9]/.test(chars[i])) continue;
    if (kept < keep) kept++;
    else chars[i] = "*";
  }
  return chars.join("");
}

// src/checks/pii-scan/pii-column-scan.ts
var emptyPiiScan = () => ({
  hits: /* @__PURE__ */ new Map(),
  cellsScanned: 0,
  columnsSeen: /* @__PURE__ */ new Set()
});
function scanFileForPii(scan, path2, settings, into) {
  for (const column of scan.columns) {
    if (settings.ignored.has(column.name)) continue;
    into.columnsSeen.add(column.name);
    into.cellsScanned += column.presentCount;
    const record3 = (kind2, cells, examplesFor) => {
      const key38 = `${column.name}\0${kind2}`;
      const hit = into.hits.get(key38) ?? {
        column: column.name,
        kind: kind2,
        cells: 0,
        files: /* @__PURE__ */ new Set(),
        examples: []
      };
      hit.cells += cells;
      hit.files.add(path2);
      for (const { index: index2, masked } of examplesFor(settings.maxExamples - hit.examples.length)) {
        hit.examples.push({ path: path2, row: scan.dataRowOf(index2), line: scan.lineOf(index2), masked });
      }
      into.hits.set(key38, hit);
    };
    if (column.kind === "category") scanTexts(column, settings, record3);
    else scanNumbers(column, settings, record3);
  }
}
function scanTexts(column, settings, report) {
  const found = /* @__PURE__ */ new Map();
  column.dictionary.forEach((text, code2) => {
    for (const match of detectPii(text, settings.kinds)) {
      const codes = found.get(match.kind) ?? /* @__PURE__ */ new Map();
      if (!codes.has(code2)) codes.set(code2, maskPii(match));
      found.set(match.kind, codes);
    }
  });
  for (const [kind2, codes] of found) {
    let cells = 0;
    for (const code2 of codes.keys()) cells += column.counts[code2];
    report(kind2, cells, (wanted) => {
      const examples = [];
      const limit = Math.min(wanted, settings.maxExamples);
      for (let i = 0; i < column.codes.length && examples.length < limit; i++) {
        const masked = codes.get(column.codes[i]);
        if (masked !== void 0) examples.push({ index: i, masked });
      }
      return examples;
    });
  }
}
function scanNumbers(column, settings, report) {
  if (!settings.kinds.has("card") || column.kind !== "number" && column.kind !== "integer")
    return;
  const cardOnly = /* @__PURE__ */ new Set(["card"]);
  const rows = [];
  let cells = 0;
  const { values, status } = column;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (status[i] !== CELL_PRESENT || !(value >= 1e12) || !Number.isInteger(value)) continue;
    const match = detectPii(String(value), cardOnly)[0];
    if (!match) continue;
    cells++;
    if (rows.length < settings.maxExamples) rows.push({ index: i, masked: maskPii(match) });
  }
  if (cells > 0) report("card", cells, (wanted) => rows.slice(0, wanted));
}

// src/checks/pii-scan/pii-scan-config.ts
var kind = _enum(piiKinds, {
  error: `a kind of personal data is one of ${piiKinds.join(", ")}`
});
var piiScanConfig = strictObject({
  files: array(inputTableFile).min(1, { error: "list the data files to scan for personal data" }).describe(
    "Data files to scan, every cell of every column (training data, serving logs, exports)."
  ),
  kinds: array(kind).min(1).default([...piiKinds]).describe("What to look for; default: all kinds."),
  allowed: record(string().min(1), array(kind).min(1)).default({}).describe(
    "Columns declared to hold personal data, and which kinds, e.g. {contact_email: [email]}."
  ),
  ignore_columns: array(string().min(1)).default([]).describe("Columns not scanned at all."),
  min_cells: int().min(1).default(1).describe(
    "A column fails when at least this many of its cells hold a kind it is not allowed to hold."
  ),
  max_examples: int().min(1).max(20).default(3).describe("Masked examples shown per column and kind.")
});

// src/checks/pii-scan/pii-scan-outcome.ts
var kindNames = {
  email: "e-mail address",
  phone: "phone number",
  card: "payment card number (passes Luhn)",
  us_ssn: "US Social Security number",
  uk_nino: "UK National Insurance number",
  ca_sin: "Canadian Social Insurance number",
  iban: "IBAN (valid check digits)"
};
function piiScanOutcome(config, scanned) {
  const hits = [...scanned.hits.values()].sort(
    (a2, b2) => a2.column.localeCompare(b2.column) || piiKinds.indexOf(a2.kind) - piiKinds.indexOf(b2.kind)
  );
  const verdictOf2 = (hit) => config.allowed[hit.column]?.includes(hit.kind) ?? false ? "allowed" : hit.cells < config.min_cells ? "below" : "fail";
  const findings = hits.filter((hit) => verdictOf2(hit) === "fail").map((hit) => finding(hit, config));
  const flagged = new Set(hits.filter((hit) => verdictOf2(hit) === "fail").map((hit) => hit.column));
  return {
    kind: "ran",
    summary: findings.length === 0 ? `${scanned.cellsScanned} cells in ${scanned.columnsSeen.size} column(s) scanned: no undeclared personal data` : `undeclared personal data in ${flagged.size} column(s): ${[...flagged].join(", ")}`,
    figures: [
      { name: "cells scanned", value: scanned.cellsScanned },
      {
        name: "columns with undeclared personal data",
        value: flagged.size,
        threshold: "= 0",
        bound: { comparator: "==", limit: 0 }
      }
    ],
    findings,
    details: details(hits, verdictOf2, config, scanned.cellsScanned)
  };
}
function finding(hit, config) {
  const first2 = hit.examples[0];
  const path2 = first2?.path ?? [...hit.files][0] ?? "";
  const example = first2 === void 0 ? "" : ` (e.g. ${first2.masked} at ${path2} row ${first2.row})`;
  return {
    id: `column:${hit.column}:${hit.kind}`,
    severity: "fail",
    message: `column "${hit.column}" holds ${hit.cells} cell(s) with a ${kindNames[hit.kind]}${example}, and checks.pii_scan.allowed does not declare it`,
    location: {
      path: path2,
      column: hit.column,
      ...first2?.line === void 0 ? {} : { line: first2.line },
      ...first2 === void 0 ? {} : { row: first2.row }
    },
    measure: {
      figure: `cells with a ${kindNames[hit.kind]}`,
      value: hit.cells,
      bound: { comparator: "<", limit: config.min_cells }
    },
    fix: `Remove or pseudonymise the ${hit.kind} values in column "${hit.column}", or declare them with checks.pii_scan.allowed.${hit.column}: [${hit.kind}].`
  };
}
function details(hits, verdictOf2, config, cellsScanned) {
  const shown3 = {
    allowed: "allowed",
    below: `below min_cells ${config.min_cells}`,
    fail: "fail"
  };
  const rows = hits.map((hit) => [
    hit.column,
    hit.kind,
    hit.cells,
    [...hit.files].join(", "),
    hit.examples.map((e2) => e2.masked).join(", "),
    shown3[verdictOf2(hit)]
  ]);
  const blocks2 = [
    {
      type: "table",
      title: "Personal data found (examples masked)",
      header: ["column", "kind", "cells", "files", "examples", "verdict"],
      rows,
      ...rows.length === 0 ? { note: `no ${config.kinds.join(", ")} found in ${cellsScanned} cells` } : {}
    }
  ];
  const examples = hits.flatMap(
    (hit) => hit.examples.map((e2) => [hit.column, hit.kind, e2.path, e2.row, e2.line ?? null, e2.masked])
  );
  if (examples.length > 0) {
    blocks2.push({
      type: "table",
      title: "Where (masked)",
      header: ["column", "kind", "file", "row", "line", "masked value"],
      rows: examples
    });
  }
  return blocks2;
}

// src/checks/pii-scan/pii-scan.ts
var piiScan = {
  id: "pii_scan",
  title: "No undeclared personal data",
  rubric: ["data-5"],
  config: piiScanConfig,
  async run(config, { workspace }) {
    const settings = {
      kinds: new Set(config.kinds),
      ignored: new Set(config.ignore_columns),
      maxExamples: config.max_examples
    };
    const scanned = emptyPiiScan();
    for (const [index2, file] of config.files.entries()) {
      const { path: path2, options } = tableFileOptions(file);
      const scan = await workspace.scanTable(path2, `checks.pii_scan.files[${index2}]`, {
        format: options.format,
        delimiter: options.delimiter,
        missingValues: options.missingValues,
        otherColumns: "auto"
      });
      scanFileForPii(scan, path2, settings, scanned);
    }
    assertAllowedColumnsExist(config, scanned.columnsSeen);
    return piiScanOutcome(config, scanned);
  }
};
function assertAllowedColumnsExist(config, seen) {
  for (const column of Object.keys(config.allowed)) {
    if (!seen.has(column) && !config.ignore_columns.includes(column)) {
      throw new Error(
        `checks.pii_scan.allowed.${column}: no scanned file has a column "${column}"; fix the name or remove it`
      );
    }
  }
}

// src/checks/reproducibility/compare-output.ts
async function compareOutput(spec, runs, options) {
  const untouched = runs.filter((run) => run.untouched?.includes(spec.path));
  if (untouched.length > 0) {
    return { status: "missing", runs: untouched.map((run) => run.label), untouched: true };
  }
  const [first2, ...others] = runs.map((run) => ({
    label: run.label,
    workspace: run.workspace,
    path: run.directory ? `${run.directory}/${spec.path}` : spec.path
  }));
  if (first2 === void 0) throw new Error("compareOutput needs at least one run");
  const pairs = [];
  for (const other of others) {
    pairs.push({
      label: other.label,
      comparison: await compareArtifact(spec, first2, other, options)
    });
  }
  return verdictOf(first2.label, pairs);
}
function verdictOf(firstLabel, pairs) {
  const missing = pairs.flatMap(
    ({ comparison: comparison2 }) => comparison2.status === "missing" ? comparison2.versions : []
  );
  if (missing.length > 0)
    return { status: "missing", runs: [...new Set(missing)], untouched: false };
  const differing2 = pairs.filter(({ comparison: comparison2 }) => comparison2.status === "different");
  const [earliest, ...later] = differing2;
  if (earliest?.comparison.status === "different") {
    return {
      status: "different",
      labels: [firstLabel, earliest.label],
      comparison: earliest.comparison,
      alsoDiffering: later.map(({ label }) => label)
    };
  }
  const equivalent = pairs.find(({ comparison: comparison2 }) => comparison2.status === "equivalent");
  if (equivalent?.comparison.status === "equivalent") {
    const { compared, unit } = equivalent.comparison;
    return { status: "equivalent", compared, unit };
  }
  return { status: "identical" };
}

// src/checks/reproducibility/config-seeds.ts
var seedKey = /(^|[._-])(random_)?(seed|seeds|random_state|rng_seed)$/i;
var seedFileName = /(^|\/)[^/]*(config|param|hparam|settings)[^/]*\.(ya?ml|json|toml)$/i;
function defaultSeedFiles(tracked) {
  return tracked.filter((file) => seedFileName.test(file) && !/(^|\/)(node_modules|\.github)\//.test(file)).filter((file) => manifestKind(file) === void 0).slice(0, 20);
}
function configSeeds(file, text) {
  const seeds = [];
  for (const [key38, value] of seedLeaves(file, text)) {
    const integer = typeof value === "number" || typeof value === "string" && /^\d+$/.test(value);
    if (seedKey.test(key38) && integer) seeds.push(`${file}: ${key38} = ${value}`);
  }
  return seeds;
}
function seedLeaves(file, text) {
  try {
    if (file.toLowerCase().endsWith(".toml")) {
      const leaves = /* @__PURE__ */ new Map();
      const walk = (value, prefix2) => {
        if (value && typeof value === "object" && !(value instanceof Date)) {
          for (const [key38, child] of Object.entries(value))
            walk(child, prefix2 ? `${prefix2}.${key38}` : key38);
        } else leaves.set(prefix2, value);
      };
      walk(parseToml(text, file), "");
      return leaves;
    }
    return parseMetricsDocument(text, file);
  } catch {
    return /* @__PURE__ */ new Map();
  }
}

// src/checks/reproducibility/dependency-hints.ts
var otherLockFiles = /(^|\/)(pnpm-lock\.yaml|yarn\.lock|conda-lock\.ya?ml|[^/]*\.conda-lock\.ya?ml|Cargo\.lock|renv\.lock)$/;
function dependencyFiles(tracked) {
  return tracked.filter((file) => manifestKind(file) !== void 0);
}
function dependencyHints(tracked, dependencyTexts) {
  const locks = tracked.filter((file) => {
    const kind2 = manifestKind(file);
    return kind2 !== void 0 && lockKinds.includes(kind2) || otherLockFiles.test(file);
  });
  const hints = [
    locks.length > 0 ? `Lock file present: ${locks.join(", ")}.` : "No lock file is tracked (poetry.lock, uv.lock, Pipfile.lock, package-lock.json, \u2026): installs may differ between runs."
  ];
  for (const [file, text] of dependencyTexts) {
    const kind2 = manifestKind(file);
    if (!kind2 || lockKinds.includes(kind2)) continue;
    let dependencies;
    try {
      dependencies = parseManifest(kind2, text, file);
    } catch (error) {
      hints.push(`${errorMessage(error)}.`);
      continue;
    }
    if (dependencies.length === 0) continue;
    const unpinned = dependencies.filter((d2) => !d2.pinned).map((d2) => d2.name);
    hints.push(
      unpinned.length === 0 ? `${file}: all ${dependencies.length} dependencies pinned to one version.` : `${file}: ${unpinned.length} of ${dependencies.length} dependencies not pinned (${unpinned.slice(0, 8).join(", ")}${unpinned.length > 8 ? ", \u2026" : ""}).`
    );
  }
  return hints;
}

// src/checks/reproducibility/code-seeds.ts
var seedingCall = /(?<![\w.])((?:[A-Za-z_]\w*\.)*(?:seed|manual_seed|manual_seed_all|set_seed|set_random_seed|seed_everything|default_rng|RandomState))\s*\(/g;
var seedArgument = /(?<![\w.])(random_state|random_seed|seed)\s*=(?!=)\s*([^,)\n]+)/gi;
var functionHeader = /\bdef\s+\w+\s*\(/g;
var alwaysUnseeded = /^torch\.seed$/;
function languageOf(file) {
  if (/\.(py|ipynb)$/i.test(file)) return "python";
  if (/\.r$/i.test(file)) return "r";
  if (/\.(js|mjs|cjs|ts|mts|cts)$/i.test(file)) return "javascript";
  return void 0;
}
function codeSeeds(file, text) {
  const language = languageOf(file);
  if (language === void 0) return [];
  const code2 = withoutComments(text, language === "javascript" ? "//" : "#");
  const lineAt = lineLocator(code2);
  const site = (offset, written, seeded) => ({
    file,
    line: lineAt(offset),
    text: written.replace(/\s+/g, " ").trim(),
    seeded
  });
  if (language === "javascript") {
    return [...code2.matchAll(/(?<![\w.])Math\.random\b(?:\s*\(\s*\))?/g)].map(
      (match) => site(match.index, match[0], false)
    );
  }
  if (language === "r") {
    return [...code2.matchAll(/(?<![\w.])set\.seed\s*\(/g)].map((match) => {
      const call = callAt(code2, match.index, match.index + match[0].length);
      return site(match.index, call.text, isSeed(call.argument));
    });
  }
  return pythonSeeds(code2, site);
}
function pythonSeeds(code2, site) {
  const sites = [];
  const spans = [];
  for (const match of code2.matchAll(functionHeader)) {
    spans.push(callAt(code2, match.index, match.index + match[0].length).span);
  }
  for (const match of code2.matchAll(seedingCall)) {
    if (insideAny(spans, match.index)) continue;
    const call = callAt(code2, match.index, match.index + match[0].length);
    spans.push(call.span);
    const seeded = !alwaysUnseeded.test(match[1] ?? "") && isSeed(call.argument);
    sites.push({ offset: match.index, site: site(match.index, call.text, seeded) });
  }
  for (const match of code2.matchAll(seedArgument)) {
    if (insideAny(spans, match.index)) continue;
    const seeded = isSeed((match[2] ?? "").trim());
    sites.push({ offset: match.index, site: site(match.index, match[0], seeded) });
  }
  return sites.sort((a2, b2) => a2.offset - b2.offset).map((entry) => entry.site);
}
function isSeed(argument) {
  const value = argument.replace(/^\w+\s*=(?!=)\s*/, "").trim();
  return value !== "" && value !== "None" && value !== "NULL";
}
function callAt(code2, start, open) {
  let depth2 = 1;
  let end = open;
  while (end < code2.length && depth2 > 0) {
    const ch = code2[end];
    if (ch === "(" || ch === "[" || ch === "{") depth2++;
    else if (ch === ")" || ch === "]" || ch === "}") depth2--;
    end++;
  }
  const inner = code2.slice(open, depth2 === 0 ? end - 1 : end);
  return {
    text: code2.slice(start, end),
    argument: firstArgument(inner),
    span: [start, end]
  };
}
function firstArgument(inner) {
  let depth2 = 0;
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (ch === "(" || ch === "[" || ch === "{") depth2++;
    else if (ch === ")" || ch === "]" || ch === "}") depth2--;
    else if (ch === "," && depth2 === 0) return inner.slice(0, i).trim();
  }
  return inner.trim();
}
function insideAny(spans, offset) {
  return spans.some(([start, end]) => offset > start && offset < end);
}
function withoutComments(text, marker) {
  return text.split("\n").map((line) => {
    let quote2;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quote2 !== void 0) {
        if (ch === "\\") i++;
        else if (ch === quote2) quote2 = void 0;
      } else if (ch === '"' || ch === "'" || marker === "//" && ch === "`") quote2 = ch;
      else if (line.startsWith(marker, i)) return line.slice(0, i).padEnd(line.length);
    }
    return line;
  }).join("\n");
}
function lineLocator(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

// src/checks/reproducibility/seed-evidence.ts
var commandSeed = /(?<!\S)(--?[\w-]*(?:seed|random[-_]state)[\w-]*)(?:=|\s+)(\d+)(?!\S)/gi;
function seedEvidence(sources) {
  const fromCommands = sources.commands.flatMap(
    (command) => [...command.matchAll(commandSeed)].map((match) => `the command: ${match[1]} ${match[2]}`)
  );
  const fromConfig = [...sources.configTexts].flatMap(([file, text]) => configSeeds(file, text));
  const sites = [...sources.codeTexts].flatMap(([file, text]) => codeSeeds(file, text));
  return {
    seeds: [...fromCommands, ...fromConfig, ...sites.filter((s) => s.seeded).map(siteText)],
    unseeded: sites.filter((site) => !site.seeded).map(siteText),
    searched: [...sources.configTexts.keys(), ...sources.codeTexts.keys()],
    unread: sources.unread
  };
}
function siteText(site) {
  return `${site.file}:${site.line}: ${site.text}`;
}
function seedHints(evidence, nondeterministic) {
  const hints = [];
  if (evidence.seeds.length > 0) hints.push(`Seeds set: ${listed(evidence.seeds, 10)}.`);
  if (!nondeterministic) return hints;
  if (evidence.unseeded.length > 0) {
    hints.push(`Drawn without a seed: ${listed(evidence.unseeded, 10)}.`);
  }
  if (evidence.seeds.length === 0) hints.push(`No seed found in ${searchedText(evidence)}.`);
  return hints;
}
function seedCause(evidence) {
  if (evidence.unseeded.length > 0) return `drawn without a seed: ${listed(evidence.unseeded, 2)}`;
  if (evidence.seeds.length === 0) {
    const searched = evidence.searched;
    return searched.length === 0 ? "no seed found" : `no seed found in ${alternatives(searched, 3)}`;
  }
  return `seeds are set (${listed(evidence.seeds, 2)}), so something they do not reach varies`;
}
function seedFix(evidence) {
  const sameEverywhere = "so that every output is the same in every run";
  if (evidence.unseeded.length > 0) {
    return `Give a seed to what draws a new random state every run (${listed(evidence.unseeded, 3)}): pass one (default_rng(42), random_state=42) or use a seeded generator, ${sameEverywhere}.`;
  }
  if (evidence.seeds.length === 0) {
    return `No seed in ${searchedText(evidence)}: set random_state=\u2026 on estimators and splits, np.random.seed(\u2026), torch.manual_seed(\u2026) or set_seed(\u2026) in training, ${sameEverywhere}, or give the outputs a tolerance in \`checks.reproducibility.outputs\`.`;
  }
  return `Seeds are set (${listed(evidence.seeds, 3)}) yet the runs differ: look where they do not reach (threads such as n_jobs or OMP_NUM_THREADS, GPU kernels without torch.use_deterministic_algorithms, a library with its own unseeded random state, a timestamp written into an output, which \`checks.reproducibility.ignore_keys\` can skip).`;
}
function searchedText(evidence) {
  if (evidence.searched.length === 0) {
    return "any file read (list the config files that set seeds in `checks.reproducibility.seed_files`)";
  }
  const unread = evidence.unread > 0 ? ` (${evidence.unread} more code files not read)` : "";
  return `${alternatives(evidence.searched, 4)}${unread}`;
}
function listed(items, most) {
  const more = items.length > most ? ` and ${items.length - most} more` : "";
  return `${items.slice(0, most).join("; ")}${more}`;
}
function alternatives(items, most) {
  if (items.length > most)
    return `${items.slice(0, most).join(", ")} and ${items.length - most} more`;
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}

// src/checks/reproducibility/seed-sources.ts
const path = process.getBuiltinModule("node:path");
var maxCodeFiles = 25;
function scriptsInCommand({ command, workingDirectory: workingDirectory2 }) {
  const tokens = command.split(/[\s;&|()]+/).map((token) => token.replace(/^['"]|['"]$/g, "").replace(/^--?[\w-]+=/, ""));
  const scripts = [];
  tokens.forEach((token, index2) => {
    if (languageOf(token) !== void 0) scripts.push(token);
    else if (token === "-m") {
      const module = tokens[index2 + 1]?.replace(/\./g, "/");
      if (module) scripts.push(`${module}.py`, `${module}/__main__.py`);
    }
  });
  return scripts.map((script) => path.posix.normalize(path.posix.join(workingDirectory2 ?? "", script))).filter((script) => !script.startsWith("../") && !path.posix.isAbsolute(script));
}
function codeFilesToSearch(commands, inputs, tracked) {
  const trackedSet = new Set(tracked);
  const named2 = commands.flatMap(scriptsInCommand).filter((file) => trackedSet.has(file));
  const globs2 = inputs.map(globToRegExp);
  const fromInputs = tracked.filter(
    (file) => languageOf(file) !== void 0 && matchesAny(globs2, file)
  );
  const all = [.../* @__PURE__ */ new Set([...named2, ...fromInputs])];
  return { files: all.slice(0, maxCodeFiles), skipped: Math.max(0, all.length - maxCodeFiles) };
}

// src/checks/reproducibility/read-hint-sources.ts
var key21 = "checks.reproducibility";
async function readHintSources(config, training, workspace) {
  let tracked;
  try {
    tracked = await workspace.listTrackedFiles();
  } catch (error) {
    return {
      dependencyHints: [`Static hints unavailable: ${errorMessage(error)}`],
      seeds: { seeds: [], unseeded: [], searched: [], unread: 0 }
    };
  }
  const read = async (files, readKey) => {
    const texts = /* @__PURE__ */ new Map();
    for (const file of files) texts.set(file, await workspace.readText(file, readKey));
    return texts;
  };
  const { commands, inputs } = trainingSources(training);
  const code2 = codeFilesToSearch(commands, inputs, tracked);
  return {
    dependencyHints: dependencyHints(tracked, await read(dependencyFiles(tracked), key21)),
    seeds: seedEvidence({
      commands: commands.map((source) => source.command),
      configTexts: await read(config.seed_files ?? defaultSeedFiles(tracked), `${key21}.seed_files`),
      codeTexts: await read(code2.files, key21),
      unread: code2.skipped
    })
  };
}
function trainingSources(training) {
  if (training?.kind === "command") {
    const { working_directory } = training.config;
    return {
      commands: [
        {
          command: training.command,
          ...working_directory ? { workingDirectory: working_directory } : {}
        }
      ],
      inputs: []
    };
  }
  const steps = training?.kind === "steps" ? training.order.map((name) => training.steps[name]) : [];
  return {
    commands: steps.flatMap(
      (step) => step ? [
        {
          command: step.command,
          ...step.working_directory ? { workingDirectory: step.working_directory } : {}
        }
      ] : []
    ),
    inputs: steps.flatMap((step) => step?.inputs ?? [])
  };
}

// src/checks/reproducibility/reproducibility-config.ts
var reproducibilityConfig = strictObject({
  command: commandLine.optional().describe("The training command, run `runs` times, each in a fresh copy of the repository."),
  step: stepName.optional().describe(
    "Instead of `command`: the step under `steps:` that trains, run `runs` times (after the steps it needs), each in a fresh copy; its inputs, timeout and working directory are the step's."
  ),
  runs: int().min(2, { error: "reproducibility needs at least 2 runs" }).max(10).default(2).describe(
    "How many times training runs, each in its own copy; as many at once as the runner has cores."
  ),
  timeout_minutes: timeoutMinutes(30),
  working_directory: workingDirectory,
  inputs: array(repoPath).default([]).describe(
    "`command`: files or directories it needs that git does not track (e.g. data/), copied into each run. A step lists them in `steps.<step>.inputs`."
  ),
  run_directories: array(repoPath).min(2, { error: "list at least two run directories to compare" }).optional().describe(
    "Instead of running: directories that hold the outputs of runs the workflow already made."
  ),
  outputs: array(artifactOutput).min(1, { error: "list the files training writes, e.g. [model.pkl, metrics.json]" }).optional().describe(
    "The files training writes, relative to the repository root (or to each run directory). With `step`, default the step's outputs; listed here, they narrow or override them."
  ),
  tolerance: tolerance.default({ absolute: 0, relative: 1e-9 }).describe("How close numbers must be; default exact up to 1e-9 relative."),
  ignore_keys: array(string().min(1)).default([]).describe(
    'Metric keys (dotted, `*` wildcards) not compared, e.g. timings: [train_seconds, "*.timestamp"].'
  ),
  seed_files: array(repoPath).optional().describe(
    "Config files searched for declared seeds; default: tracked *config*, *param* and *hparam* YAML/JSON/TOML files. The training scripts (named in the command, or the step's inputs) are searched for seeding calls too."
  ),
  max_examples: int().min(1).max(100).default(5).describe(
    "How many differing rows per column a table comparison collects; the report names the first."
  )
}).refine(
  (config) => [config.command, config.step, config.run_directories].filter((form) => form !== void 0).length === 1,
  {
    error: "give one of `step` (a declared step, run several times), `command` (mlgate runs training several times) or `run_directories` (compare runs already made)"
  }
).refine((config) => config.step !== void 0 || config.outputs !== void 0, {
  error: "list the files training writes under `outputs`, e.g. [model.pkl, metrics.json]",
  path: ["outputs"]
}).refine((config) => config.step === void 0 || config.inputs.length === 0, {
  error: "a step copies what it reads from `steps.<step>.inputs`; move these inputs there",
  path: ["inputs"]
});

// src/checks/reproducibility/reproducibility-outcome.ts
var key22 = "checks.reproducibility";
function reproducibilityOutcome(result) {
  const { outputs, source } = result;
  const differing2 = outputs.filter(
    (o) => o.verdict.status === "different" || o.verdict.status === "missing"
  );
  const nondeterministic = outputs.some((o) => o.verdict.status === "different");
  const equivalent = outputs.filter((o) => o.verdict.status === "equivalent").length;
  const cause = nondeterministic ? `; ${seedCause(result.seeds)}` : "";
  const summary5 = differing2.length === 0 ? `${source}: all ${outputs.length} outputs reproduce${equivalent > 0 ? ` (${equivalent} equal within tolerance, not byte for byte)` : ""}` : `${source}: ${differing2.length} of ${outputs.length} outputs differ (${differing2.map((o) => o.path).join(", ")})${cause}`;
  const details4 = [
    {
      type: "table",
      title: "Outputs compared across runs",
      header: ["Output", "Compared as", "Result", "Detail"],
      rows: outputs.map((o) => [o.path, o.kind, o.verdict.status, describe3(o)])
    },
    ...result.runLines ? [{ type: "list", title: "Runs", items: result.runLines }] : [],
    {
      type: "list",
      title: "Static hints",
      items: [...result.dependencyHints, ...seedHints(result.seeds, nondeterministic)]
    }
  ];
  const fix2 = seedFix(result.seeds);
  return {
    kind: "ran",
    summary: summary5,
    figures: [
      {
        name: "nondeterministic outputs",
        value: differing2.length,
        threshold: "= 0",
        bound: { comparator: "==", limit: 0 }
      },
      { name: "outputs compared", value: outputs.length },
      { name: "runs", value: result.runs }
    ],
    findings: outputs.flatMap((output) => outputFinding2(output, result.outputsKey, fix2)),
    details: details4
  };
}
function outputFinding2({ path: path2, verdict }, outputsKey, fix2) {
  if (verdict.status === "missing") {
    const how = verdict.untouched ? "rewritten" : "written";
    return [
      {
        id: `output:${path2}:missing`,
        severity: "fail",
        message: `${path2} was not ${how} by ${verdict.runs.join(", ")}${verdict.untouched ? " (it is as committed)" : ""}; check the path in outputs or the training script`,
        location: { path: path2 },
        fix: `Make the training write ${path2} in every run, or correct its path in \`${outputsKey}\`.`
      }
    ];
  }
  if (verdict.status !== "different") return [];
  const first2 = verdict.comparison.firstDifference;
  const also = verdict.alsoDiffering.length > 0 ? ` (${verdict.alsoDiffering.join(", ")} differ${verdict.alsoDiffering.length === 1 ? "s" : ""} from ${verdict.labels[0]} too)` : "";
  return [
    {
      id: `output:${path2}`,
      severity: "fail",
      message: `${path2} differs between ${verdict.labels.join(" and ")}${also}: ${describeDifference(verdict.comparison, verdict.labels)}`,
      location: {
        path: path2,
        ...first2?.line !== void 0 ? { line: first2.line } : {},
        ...first2?.column !== void 0 ? { feature: first2.column } : {}
      },
      measure: differenceMeasure(verdict.comparison),
      // One training script writes every output: what makes one differ usually moves them all.
      cause: "nondeterministic-training",
      fix: fix2
    }
  ];
}
function differenceMeasure(comparison2) {
  if (comparison2.differing === null || comparison2.unit === null) {
    return {
      figure: "identical bytes across runs",
      value: false,
      bound: { comparator: "==", limit: true }
    };
  }
  return {
    figure: `${comparison2.unit} that differ between runs`,
    value: comparison2.differing,
    bound: { comparator: "==", limit: 0 }
  };
}
function failedRunOutcome(failed, runLines, expectedRuns) {
  const { index: index2, result, step } = failed;
  const what = step === void 0 ? `\`${failed.command}\`` : `step ${step} (\`${failed.command}\`)`;
  return {
    kind: "ran",
    summary: `training run ${index2} of ${what} failed (${exitDescription(result)}), so nothing could be compared`,
    figures: [
      {
        name: "runs completed",
        value: index2 - 1,
        threshold: `= ${expectedRuns}`,
        bound: { comparator: "==", limit: expectedRuns }
      }
    ],
    findings: [
      {
        id: `run:${index2}`,
        severity: "fail",
        message: `run ${index2} of ${step === void 0 ? "the training command" : what} ended with ${exitDescription(result)}; see the log below`,
        measure: exitMeasure(result),
        fix: step === void 0 ? `Fix the training so that \`${key22}.command\` exits 0 in a fresh copy of the repository with only \`${key22}.inputs\` added.` : `Fix step \`${step}\` so that it exits 0 in a fresh copy of the repository (files git does not track must be listed in \`steps.${step}.inputs\`).`
      }
    ],
    details: [
      { type: "list", title: "Runs", items: runLines },
      ...commandLog(`Run ${index2} log (last lines)`, result)
    ]
  };
}
function describe3({ verdict, tolerance: tolerance3 }) {
  switch (verdict.status) {
    case "identical":
      return "identical bytes";
    case "missing":
      return `${verdict.untouched ? "left as committed" : "not written"} by ${verdict.runs.join(", ")}`;
    case "equivalent":
      return verdict.unit === null ? "bytes differ; the compare command finds them equivalent" : `bytes differ; all ${verdict.compared} ${verdict.unit} within ${describeTolerance(tolerance3)}`;
    case "different":
      return describeDifference(verdict.comparison, verdict.labels);
  }
}

// src/checks/reproducibility/reproducibility-outputs.ts
var key23 = "checks.reproducibility";
function reproducibilityOutputs(config, stepOutputs = []) {
  const declared2 = (output) => typeof output === "string" ? stepOutputs.find((step) => outputPath(step) === output) ?? output : output;
  const outputs = config.outputs?.map(declared2) ?? stepOutputs;
  if (outputs.length === 0) {
    throw new Error(
      `${key23}: step "${config.step}" declares no outputs to compare; list them in \`steps.${config.step}.outputs\` or \`${key23}.outputs\``
    );
  }
  return outputs.map((output) => outputSpec(output, config.tolerance));
}

// src/checks/reproducibility/run-at-most.ts
async function runAtMost(count, limit, task, stop) {
  const settled = [];
  let next = 1;
  let stopped = false;
  const worker = async () => {
    while (!stopped && next <= count) {
      const index2 = next++;
      try {
        const result = await task(index2);
        settled[index2 - 1] = { status: "fulfilled", value: result };
        if (stop(result)) stopped = true;
      } catch (reason) {
        settled[index2 - 1] = { status: "rejected", reason };
        stopped = true;
      }
    }
  };
  const workers = Math.max(1, Math.min(Math.floor(limit), count));
  await Promise.all(Array.from({ length: workers }, worker));
  const results = [];
  for (const outcome of settled) {
    if (outcome.status === "rejected") throw outcome.reason;
    results.push(outcome.value);
    if (stop(outcome.value)) break;
  }
  return results;
}

// src/checks/reproducibility/training-runs.ts
var key24 = "checks.reproducibility";
async function trainingRuns(config, training, workspace, copies) {
  if (training === void 0) {
    const runs = (config.run_directories ?? []).map((directory) => ({
      label: directory,
      workspace,
      directory: directory.replace(/\/+$/, "")
    }));
    return { kind: "ran", runs, runLines: null };
  }
  const results = await runAtMost(
    config.runs,
    workspace.cores,
    (index2) => training.kind === "command" ? commandRun(training, index2, workspace, copies) : stepsRun(training, index2, workspace, copies),
    (result) => result.kind === "refused" || result.failure !== void 0
  );
  const runLines = [];
  for (const result of results) {
    if (result.kind === "refused") return result;
    runLines.push(result.line);
    const { failure } = result;
    if (failure === void 0) continue;
    requireFinished(failure.result, failure.timeout.key, failure.timeout.minutes);
    return { kind: "failed", failure, runLines };
  }
  return {
    kind: "ran",
    runs: results.flatMap((result) => result.kind === "ran" ? [result.files] : []),
    runLines
  };
}
async function commandRun({ config, command }, index2, workspace, copies) {
  const copy = await workspace.copyForRun({ key: `${key24}.inputs`, include: config.inputs });
  copies.push(copy);
  const result = await runConfiguredCommand(copy, command, `${key24}.command`, config);
  if (result.outcome === "refused") return { kind: "refused", reason: result.reason };
  const failed = result.timedOut || result.exitCode !== 0;
  return {
    kind: "ran",
    line: `Run ${index2}: ${exitDescription(result)} in ${roundedSeconds(result.durationMs)}; ${copy.description}.`,
    files: { label: `run ${index2}`, workspace: copy, directory: "" },
    ...failed ? {
      failure: {
        index: index2,
        command,
        result,
        timeout: { key: `${key24}.command (run ${index2})`, minutes: config.timeout_minutes }
      }
    } : {}
  };
}
async function stepsRun({ steps, order: order2 }, index2, workspace, copies) {
  const copy = await copyForSteps(workspace, steps, order2);
  copies.push(copy);
  const run = await runSteps(copy, steps, order2);
  if (run.kind === "refused") return run;
  const ran = run.kind === "failed" ? [...run.completed, run.failed] : run.completed;
  const line = `Run ${index2}: ${ran.map(
    (step) => `${step.step} ${exitDescription(step.result)} in ${roundedSeconds(step.result.durationMs)}`
  ).join(", ")}; ${copy.description}.`;
  const files = { label: `run ${index2}`, workspace: copy, directory: "" };
  if (run.kind === "failed") {
    const { step, command, result } = run.failed;
    const minutes = steps[step]?.timeout_minutes ?? 0;
    const timeout = { key: `steps.${step}.command (run ${index2})`, minutes };
    return { kind: "ran", line, files, failure: { index: index2, command, step, result, timeout } };
  }
  const untouched = run.outputs.filter((output) => output.problem === "untouched");
  return {
    kind: "ran",
    line,
    files: { ...files, untouched: untouched.map((output) => output.path) }
  };
}

// src/checks/reproducibility/reproducibility.ts
var key25 = "checks.reproducibility";
var reproducibility = {
  id: "reproducibility",
  title: "Training is reproducible",
  rubric: ["infra-1"],
  config: reproducibilityConfig,
  async run(config, context) {
    const training = trainingOf(config, context.pipeline);
    const specs = reproducibilityOutputs(
      config,
      config.step === void 0 ? [] : context.pipeline?.steps[config.step]?.outputs
    );
    const copies = [];
    try {
      const runs = await trainingRuns(config, training, context.workspace, copies);
      if (runs.kind === "refused") return { kind: "skipped", reason: runs.reason };
      if (runs.kind === "failed") return failedRunOutcome(runs.failure, runs.runLines, config.runs);
      const hints = await readHintSources(config, training, context.workspace);
      const outputsKey = config.outputs === void 0 ? `steps.${config.step}.outputs` : `${key25}.outputs`;
      return reproducibilityOutcome({
        source: sourceOf(config, training),
        runs: runs.runs.length,
        outputs: await compareOutputs(config, specs, runs.runs, outputsKey),
        runLines: runs.runLines,
        outputsKey,
        ...hints
      });
    } finally {
      await Promise.all(copies.map((copy) => copy.dispose()));
    }
  }
};
function trainingOf(config, pipeline) {
  if (config.command !== void 0) return { kind: "command", config, command: config.command };
  if (config.step === void 0) return void 0;
  if (pipeline?.steps[config.step] === void 0) {
    throw new Error(
      `${key25}.step: no step named "${config.step}" under \`steps:\`; declare it with its command and outputs`
    );
  }
  return { kind: "steps", steps: pipeline.steps, order: stepOrder(pipeline.steps, config.step) };
}
function sourceOf(config, training) {
  if (training?.kind === "command") return `${config.runs} runs of \`${training.command}\``;
  if (training?.kind === "steps") {
    const command = training.steps[config.step ?? ""]?.command ?? "";
    return `${config.runs} runs of step ${config.step} (\`${command}\`)`;
  }
  return `runs in ${config.run_directories?.join(", ")}`;
}
async function compareOutputs(config, specs, runs, outputsKey) {
  const options = {
    ignoreKeys: config.ignore_keys.map(metricKeyPattern),
    maxExamples: config.max_examples,
    key: outputsKey
  };
  const outputs = [];
  for (const spec of specs) {
    outputs.push({
      path: spec.path,
      kind: spec.kind,
      tolerance: spec.tolerance,
      verdict: await compareOutput(spec, runs, options)
    });
  }
  return outputs;
}

// src/checks/rollback/rollback.ts
var import_yaml5 = __toESM(require_dist(), 1);

// src/infra/git-lfs-pointer.ts
var lfsPointerMaxBytes = 1024;
function parseLfsPointer(text) {
  if (!text.startsWith("version https://git-lfs.github.com/spec/v1\n")) return void 0;
  const oid = /^oid sha256:([0-9a-f]{64})$/m.exec(text);
  const size = /^size (\d+)$/m.exec(text);
  if (!oid || !size) return void 0;
  return { sha256: oid[1], size: Number(size[1]) };
}

// src/checks/rollback/rollback-config.ts
var sha256Hex = string().trim().toLowerCase().regex(/^[0-9a-f]{64}$/, { error: "expected a SHA-256 hash: 64 hexadecimal characters" });
var rollbackKeys = strictObject({
  artifact: repoPath.optional().describe(
    "The production model file (or directory) in git; it must exist at the base revision."
  ),
  manifest: repoPath.optional().describe(
    "A file in git recording the production model, read at the base revision: YAML or JSON with `sha256` and `path` (a file in git) or `uri` (where it is stored), optionally `version`."
  ),
  reference: strictObject({
    uri: string().trim().min(1, { error: "give the URL or registry reference of the production model" }),
    sha256: sha256Hex.optional().describe("Optional when the reference itself pins a digest (`\u2026@sha256:\u2026`)."),
    version: string().min(1).optional()
  }).optional().describe(
    "The production model stored outside git: a URL or registry reference and its hash."
  ),
  base_revision: string().min(1).optional().describe("The revision holding production; default the PR base.")
}).refine(
  (config) => [config.artifact, config.manifest, config.reference].filter((value) => value !== void 0).length === 1,
  {
    error: "give exactly one of `artifact` (a path in git), `manifest` (a file recording it) or `reference` (a URL or registry reference)"
  }
);
var baseRevision3 = { base_revision: string().optional() };
var rollbackConfig = rollbackKeys.pipe(
  union([
    strictObject({ artifact: string(), ...baseRevision3 }),
    strictObject({ manifest: string(), ...baseRevision3 }),
    strictObject({ reference: rollbackKeys.shape.reference.unwrap(), ...baseRevision3 })
  ])
);

// src/checks/rollback/rollback-target.ts
var uri = /^[A-Za-z][A-Za-z0-9+.-]*:\/?\/?[^\s]+$/;
var ociReference = /^[A-Za-z0-9.-]+(?::\d+)?\/[A-Za-z0-9._/-]+(?::[A-Za-z0-9._-]+)?@sha256:([0-9a-f]{64})$/;
function checkReference(reference) {
  const oci = ociReference.exec(reference);
  if (oci) return { valid: true, digest: oci[1] };
  if (uri.test(reference)) {
    if (/^file:/i.test(reference)) {
      return {
        valid: false,
        problem: `${reference} is a local file; a rollback target must be reachable from the serving system`
      };
    }
    return { valid: true };
  }
  return {
    valid: false,
    problem: `"${reference}" is neither a URL (s3://, gs://, https://, models:/\u2026) nor a registry reference pinned by digest (registry/name@sha256:\u2026)`
  };
}

// src/checks/rollback/rollback.ts
var key26 = "checks.rollback";
var rollback = {
  id: "rollback",
  title: "Serving models can be rolled back",
  rubric: ["infra-7"],
  config: rollbackConfig,
  async run(config, { workspace, event }) {
    let target;
    if ("reference" in config) {
      target = fromReference(config.reference, "the config");
    } else {
      const base = baseRevision(config.base_revision, event);
      if (!base) return { kind: "skipped", reason: noBaseReason("rollback") };
      target = "artifact" in config ? await fromArtifact(workspace, base, config.artifact, `${key26}.artifact`) : await fromManifest(workspace, base, config.manifest);
    }
    const figures = [
      { name: "rollback target", value: target.name },
      {
        name: "hash recorded",
        value: target.sha256 !== void 0,
        threshold: "yes",
        bound: { comparator: "==", limit: true }
      }
    ];
    const failed = target.findings.some((finding2) => finding2.severity === "fail");
    return {
      kind: "ran",
      summary: failed ? `rollback is not assured: ${target.findings.map((f2) => f2.message).join("; ")}` : `rollback target: ${target.name}${target.sha256 ? ` (${target.hashName ?? "sha256"} ${target.sha256.slice(0, 12)}\u2026)` : ""}`,
      figures,
      findings: target.findings,
      details: target.notes.length > 0 ? [{ type: "list", title: "Rollback target", items: target.notes }] : []
    };
  }
};
async function fromArtifact(workspace, base, path2, configKey) {
  const short2 = base.slice(0, 12);
  const digest = await workspace.hashFileAtRevision(base, path2, configKey);
  if (digest === null) {
    return {
      name: `${path2} at ${short2}`,
      notes: [],
      findings: [
        {
          id: "artifact:missing",
          severity: "fail",
          message: `${path2} does not exist at the base revision ${short2}: there is no previous production model to roll back to`,
          location: { path: path2 },
          fix: `Point ${configKey === `${key26}.artifact` ? `\`${configKey}\`` : "the manifest's `path`"} at the model production serves, or record production in \`${key26}.manifest\` or \`${key26}.reference\`.`
        }
      ]
    };
  }
  if (digest.kind === "directory") {
    return {
      name: `${path2} at ${short2}`,
      sha256: digest.gitObject,
      hashName: "git tree",
      notes: [
        `${path2} at ${short2} is a directory; git records it as tree ${digest.gitObject}, restorable with \`git checkout ${short2} -- ${path2}\`.`
      ],
      findings: []
    };
  }
  const stored = await storedFile(workspace, { base, short: short2, path: path2, configKey }, digest);
  const current = await workspace.hashFile(path2, configKey).catch(() => null);
  const currentSha = current?.kind === "file" ? current.sha256 : void 0;
  const change = current === null ? `This change removes ${path2}.` : currentSha === digest.sha256 ? "This change leaves the model as it is." : `This change replaces it (now sha256 ${currentSha?.slice(0, 12)}\u2026).`;
  return {
    name: `${path2} at ${short2}`,
    sha256: stored.sha256,
    hashName: "sha256",
    notes: [stored.note, change],
    findings: []
  };
}
async function storedFile(workspace, where, digest) {
  const { base, short: short2, path: path2, configKey } = where;
  const pointer = digest.bytes < lfsPointerMaxBytes ? parseLfsPointer(await workspace.readTextAtRevision(base, path2, configKey) ?? "") : void 0;
  if (pointer) {
    return {
      sha256: pointer.sha256,
      note: `${path2} at ${short2} is a Git LFS pointer to a ${pointer.size}-byte object, sha256 ${pointer.sha256}; rolling back needs that object in LFS storage (git lfs fetch).`
    };
  }
  return {
    sha256: digest.sha256,
    note: `${path2} at ${short2}: ${digest.bytes} bytes, sha256 ${digest.sha256}; restore with \`git checkout ${short2} -- ${path2}\`.`
  };
}
var manifestFields = looseObject({
  path: string().optional(),
  uri: string().optional(),
  sha256: union([string(), number()]).optional(),
  version: union([string(), number()]).optional()
});
async function fromManifest(workspace, base, manifest) {
  const short2 = base.slice(0, 12);
  const text = await workspace.readTextAtRevision(base, manifest, `${key26}.manifest`);
  const fail = (id, message, fix2) => ({
    name: `${manifest} at ${short2}`,
    notes: [],
    findings: [{ id, severity: "fail", message, location: { path: manifest }, fix: fix2 }]
  });
  if (text === null) {
    return fail(
      "manifest:missing",
      `${manifest} does not exist at the base revision ${short2}: production is not recorded there`,
      `Commit ${manifest} to the base branch with production's model \`path\` or \`uri\` and its \`sha256\`, or correct \`${key26}.manifest\`.`
    );
  }
  let fields;
  try {
    fields = manifestFields.parse((0, import_yaml5.parse)(text) ?? {});
  } catch (error) {
    return fail(
      "manifest:invalid",
      `${manifest} at ${short2} is not a YAML or JSON mapping of path or uri, sha256 and version (${errorMessage(error).split("\n")[0]})`,
      `Fix ${manifest}: a mapping with \`path\` or \`uri\`, \`sha256\` and optionally \`version\`.`
    );
  }
  if (typeof fields.sha256 === "number") {
    return fail(
      "manifest:hash-not-text",
      `the sha256 in ${manifest} at ${short2} was read as a number; write it in quotes, e.g. sha256: "\u2026"`,
      `Quote the sha256 in ${manifest}, e.g. sha256: "\u2026".`
    );
  }
  const sha = fields.sha256?.trim().toLowerCase();
  const version = fields.version === void 0 ? void 0 : String(fields.version);
  if (fields.path !== void 0) {
    return fromManifestPath(workspace, { base, short: short2, manifest }, fields.path, sha, version);
  }
  if (fields.uri !== void 0) {
    return fromReference(
      { uri: fields.uri, ...sha ? { sha256: sha } : {}, ...version ? { version } : {} },
      `${manifest} at ${short2}`
    );
  }
  return fail(
    "manifest:target",
    `${manifest} at ${short2} names no model: give \`path\` (a file in git) or \`uri\`, and \`sha256\``,
    `Give ${manifest} a \`path\` (a file in git) or a \`uri\`, and the model's \`sha256\`.`
  );
}
async function fromManifestPath(workspace, where, path2, sha, version) {
  const { base, short: short2, manifest } = where;
  const artifact = await fromArtifact(workspace, base, path2, `${key26}.manifest (path)`);
  if (artifact.findings.length > 0) return artifact;
  if (!sha || !/^[0-9a-f]{64}$/.test(sha)) {
    return { ...artifact, findings: [hashMissing(manifest, short2)] };
  }
  if (artifact.sha256 === sha) {
    return { ...artifact, name: `${artifact.name}${version ? ` (version ${version})` : ""}` };
  }
  const mismatch = {
    id: "manifest:hash-mismatch",
    severity: "fail",
    message: `${manifest} records sha256 ${sha.slice(0, 12)}\u2026 but ${path2} at ${short2} hashes to ${artifact.sha256?.slice(0, 12)}\u2026: the recorded model is not the one in git`,
    location: { path: manifest },
    measure: {
      figure: `sha256 of ${path2}`,
      value: artifact.sha256 ?? null,
      bound: { comparator: "==", limit: sha }
    },
    fix: `Record the sha256 of ${path2} in ${manifest} whenever the model changes.`
  };
  return { ...artifact, findings: [mismatch] };
}
function fromReference(reference, where) {
  const checked = checkReference(reference.uri);
  const name = `${reference.uri}${reference.version ? ` (version ${reference.version})` : ""}`;
  if (!checked.valid) {
    return {
      name,
      notes: [],
      findings: [
        {
          id: "reference:invalid",
          severity: "fail",
          message: checked.problem,
          fix: `Correct the model reference ${reference.uri} in ${where}.`
        }
      ]
    };
  }
  const sha256 = reference.sha256 ?? checked.digest;
  if (reference.sha256 && checked.digest && reference.sha256 !== checked.digest) {
    return {
      name,
      notes: [],
      findings: [
        {
          id: "reference:hash-mismatch",
          severity: "fail",
          message: `the sha256 recorded in ${where} differs from the digest pinned in ${reference.uri}`,
          measure: {
            figure: "recorded sha256",
            value: reference.sha256,
            bound: { comparator: "==", limit: checked.digest }
          },
          fix: `Record the digest ${reference.uri} pins as the sha256 in ${where}, or pin the recorded one in the reference.`
        }
      ]
    };
  }
  return {
    name,
    ...sha256 ? { sha256 } : {},
    notes: [
      `Recorded in ${where}: ${reference.uri}${sha256 ? `, sha256 ${sha256}` : ""}. mlgate does not fetch it; that it is still stored is the registry's guarantee.`
    ],
    findings: sha256 ? [] : [hashMissing(where, "")]
  };
}
function hashMissing(where, revision) {
  return {
    id: "hash:missing",
    severity: "fail",
    message: `no sha256 is recorded for the production model in ${where}${revision ? ` at ${revision}` : ""}; record it, so that a rollback restores exactly that model`,
    measure: { figure: "hash recorded", value: false, bound: { comparator: "==", limit: true } },
    fix: `Record the production model's sha256 in ${where}.`
  };
}

// src/checks/schema-validation/schema-validation-config.ts
var share = number({ error: "max_invalid_share is a share of rows between 0 and 1, e.g. 0.01" }).min(0, { error: "max_invalid_share is a share of rows between 0 and 1, e.g. 0.01" }).max(1, { error: "max_invalid_share is a share of rows between 0 and 1, e.g. 0.01" });
var validatedData = union([remoteDataFile, querySource, inputTableFile], {
  error: "expected a data file path, an object with `path`, or a query source {engine, table | query, connection}"
});
var rowRule = strictObject({
  name: string().regex(/^[A-Za-z0-9_.-]+$/, { error: "a rule name is letters, digits, _ . or -" }).optional().describe("How findings and waivers name the rule (`<role>:rule:<name>`); default its index."),
  rule: string().min(1, { error: "write the rule, e.g. rule: temp_max >= temp_min" }).describe(
    'An expression every row must make true, over the schema\'s fields, e.g. `temp_max >= temp_min` or `status in ["a", "b"] or amount == 0`.'
  ),
  max_invalid_share: share.optional().describe(
    "The share of rows that may break this rule (default the check's max_invalid_share)."
  )
});
var schemaValidationConfig = strictObject({
  schema: repoPath.describe(
    "The committed Frictionless Table Schema (JSON), e.g. from `mlgate schema infer`."
  ),
  training: validatedData.optional().describe(
    "The training data to validate: a file, or a query source ({engine, table | query, connection}) validated where it lives."
  ),
  serving: validatedData.optional().describe(
    "A sample of serving data (e.g. logged requests) to validate against the same schema: a file or a query source."
  ),
  unexpected_columns: _enum(["fail", "warn", "ignore"], { error: "unexpected_columns is fail, warn or ignore" }).default("warn").describe("What a column the schema does not define is: a failure, a warning, or nothing."),
  max_examples: int().min(1).max(100).default(5).describe("How many rows to list per column and error kind in the report."),
  max_invalid_share: share.optional().describe(
    "Error budget: the share of rows (0 to 1) that may break each field's constraints and each row rule; within it the check warns, above it fails. Default 0: any error fails."
  ),
  fields: record(string(), strictObject({ max_invalid_share: share })).optional().describe(
    "Per schema field, an error budget of its own, e.g. `wind: {max_invalid_share: 0.05}`."
  ),
  row_rules: array(rowRule).optional().describe("Rules over each row's fields, e.g. `- rule: temp_max >= temp_min`.")
}).refine((config) => config.training !== void 0 || config.serving !== void 0, {
  error: "name the data to validate: training, serving, or both (e.g. training: data/train.csv)"
}).refine(
  (config) => {
    const names3 = (config.row_rules ?? []).flatMap((r) => r.name ? [r.name] : []);
    return new Set(names3).size === names3.length;
  },
  { error: "two row_rules share a name; give each rule its own name", path: ["row_rules"] }
);

// src/table-schema/row-place.ts
function placeWords(place) {
  if (place.key !== void 0) return `the row where ${place.key}`;
  return place.line === void 0 ? `row ${place.row}` : `line ${place.line}`;
}
function placeCells(place) {
  return place.key !== void 0 ? [place.key, null] : [place.row, place.line ?? null];
}

// src/checks/schema-validation/check-budgets.ts
function budgetsOf(config) {
  return {
    maxInvalidShare: config.max_invalid_share,
    fields: Object.fromEntries(
      Object.entries(config.fields ?? {}).map(([name, f2]) => [name, f2.max_invalid_share])
    ),
    rules: Object.fromEntries(
      (config.row_rules ?? []).map((r, index2) => [r.name ?? String(index2), r.max_invalid_share])
    )
  };
}
function hasBudget(config, own) {
  return own !== void 0 || config.max_invalid_share !== void 0;
}
function severityOf(use) {
  return use?.within && use.invalid > 0 ? "warn" : "fail";
}
function shareMeasure(figure2, use, reference) {
  return {
    figure: figure2,
    value: use.share,
    bound: { comparator: "<=", limit: use.budget },
    ...reference ? { reference } : {}
  };
}
function budgetWords(use, rows) {
  const [share2, budget] = percentsBeside(use.share, use.budget);
  return `${use.invalid} of ${rows} rows (${share2}) ${use.within ? "within" : "above"} the budget of ${budget}`;
}

// src/checks/schema-validation/constraint-words.ts
var cellWords = {
  type: "not of its type",
  required: "missing (required)",
  minimum: "below minimum",
  maximum: "above maximum",
  enum: "not in its enum",
  pattern: "not matching its pattern",
  length: "of a length out of bounds",
  unique: "duplicated (unique)"
};
function brokenCells(column, kind2) {
  return `${column} cells ${cellWords[kind2]}`;
}
function constraintReference(field, kind2) {
  if (!field) return void 0;
  const c2 = field.constraints;
  if (kind2 === "type") return { label: "type", value: field.type };
  if (kind2 === "pattern" && c2.patternSource !== void 0)
    return { label: "pattern", value: c2.patternSource };
  const limit = kind2 === "minimum" ? c2.minimum : kind2 === "maximum" ? c2.maximum : void 0;
  if (limit === void 0) return void 0;
  return { label: kind2, value: shown(field, limit) };
}
function shown(field, value) {
  if (field.type === "date") return new Date(value).toISOString().slice(0, 10);
  if (field.type === "datetime") return new Date(value).toISOString();
  return value;
}

// src/checks/schema-validation/schema-findings.ts
var key27 = "checks.schema_validation";
function schemaFindings({ role, path: path2, result }, config, schema) {
  const findings = result.missingColumns.map((column) => ({
    id: `${role}:missing:${column}`,
    severity: "fail",
    message: `${path2} has no column "${column}", which ${config.schema} defines`,
    location: { path: path2, column },
    cause: `missing:${column}`,
    fix: `Add the column "${column}" to ${path2}, or remove its field from ${config.schema}.`
  }));
  if (config.unexpected_columns !== "ignore") {
    for (const column of result.unexpectedColumns) {
      findings.push({
        id: `${role}:unexpected:${column}`,
        severity: config.unexpected_columns,
        message: `${path2} has a column "${column}" that ${config.schema} does not define; add it to the schema or drop it`,
        location: { path: path2, column },
        fix: `Add a field "${column}" to ${config.schema} or drop the column from ${path2}, or set \`${key27}.unexpected_columns\` to ignore.`
      });
    }
  }
  if (result.badRows.count > 0) findings.push(badRows(role, path2, result));
  const uses = columnUses(result, budgetsOf(config));
  for (const count of result.counts) {
    const field = schema.fields.find((f2) => f2.name === count.column);
    const reference = constraintReference(field, count.kind);
    const budgeted = hasBudget(config, config.fields?.[count.column]?.max_invalid_share);
    const use = budgeted ? uses.get(count.column) : void 0;
    findings.push(brokenConstraint({ role, path: path2, result, count, config, reference, use }));
  }
  return findings;
}
function rowAt(first2) {
  if (!first2) return {};
  if (first2.key !== void 0) return { key: first2.key };
  return first2.line === void 0 ? { row: first2.row } : { line: first2.line };
}
function badRows(role, path2, result) {
  const first2 = result.badRows.examples[0];
  return {
    id: `${role}:bad-rows`,
    severity: "fail",
    message: `${path2}: ${result.badRows.count} row(s) cannot be split into the header's columns${first2 ? `; first at ${placeWords(first2)}: ${first2.problem}` : ""}`,
    location: { path: path2, ...rowAt(first2) },
    measure: {
      figure: "rows that cannot be split into columns",
      value: result.badRows.count,
      bound: { comparator: "==", limit: 0 }
    },
    fix: `Fix the rows of ${path2} so that each has the header's columns (quote separators inside values).`
  };
}
function brokenConstraint({
  role,
  path: path2,
  result,
  count,
  config,
  reference,
  use
}) {
  const first2 = count.examples[0];
  const cells = brokenCells(count.column, count.kind);
  const budget = use ? `; rows with an error in ${count.column}: ${budgetWords(use, result.rows)}` : "";
  return {
    id: `${role}:${count.column}:${count.kind}`,
    severity: severityOf(use),
    message: `${path2}, column ${count.column}: ${count.count} ${count.kind} error(s) in ${result.rows} rows${budget}${first2 ? `; first at ${placeWords(first2)}: ${first2.message}` : ""}`,
    location: { path: path2, column: count.column, ...rowAt(first2) },
    measure: use ? shareMeasure(`${count.column} invalid share`, use, reference) : {
      figure: cells,
      value: count.count,
      bound: { comparator: "==", limit: 0 },
      ...reference ? { reference } : {}
    },
    cause: `constraint:${count.column}:${count.kind}`,
    fix: `Fix the ${cells} in ${path2}${first2 ? ` (first at ${placeWords(first2)})` : ""}, or the field "${count.column}" in ${config.schema}${use ? ` or its budget (\`${key27}.fields.${count.column}.max_invalid_share\`)` : ""} if the data is right.`
  };
}

// src/checks/schema-validation/rule-findings.ts
function ruleFindings({ role, path: path2, result }, config) {
  return result.rules.flatMap((rule3, index2) => {
    if (rule3.missingFields.length > 0) return [unrunnable(role, path2, rule3, index2)];
    if (rule3.count === 0) return [];
    const own = config.row_rules?.[index2]?.max_invalid_share;
    const use = hasBudget(config, own) ? budgetUse(rule3.count, result.rows, ruleBudget(budgetsOf(config), rule3.label)) : void 0;
    const first2 = rule3.examples[0];
    const figure2 = `rows where \`${rule3.rule}\` is false`;
    return [
      {
        id: `${role}:rule:${rule3.label}`,
        severity: severityOf(use),
        message: `${path2}: ${rule3.count} of ${result.rows} rows break the row rule \`${rule3.rule}\`${use ? ` (${budgetWords(use, result.rows)})` : ""}${first2 ? `; first at ${placeWords(first2)}: ${valuesWords(first2.values)}` : ""}`,
        location: { path: path2, ...rule3.fields[0] ? { column: rule3.fields[0] } : {}, ...rowAt(first2) },
        measure: use ? shareMeasure(`share of ${figure2}`, use) : { figure: figure2, value: rule3.count, bound: { comparator: "==", limit: 0 } },
        cause: `rule:${rule3.label}`,
        fix: `Fix the rows of ${path2} where \`${rule3.rule}\` is false${first2 ? ` (first at ${placeWords(first2)})` : ""}, or the rule${use ? " or its max_invalid_share" : ""} in \`${ruleKey(index2)}\` if the data is right.`
      }
    ];
  });
}
function unrunnable(role, path2, rule3, index2) {
  const missing = rule3.missingFields;
  return {
    id: `${role}:rule:${rule3.label}`,
    severity: "fail",
    message: `${path2}: the row rule \`${rule3.rule}\` cannot be checked: the file has no column ${missing.map((m) => `"${m}"`).join(", ")}`,
    location: { path: path2, column: missing[0] },
    cause: `missing:${missing[0]}`,
    fix: `Add the column "${missing[0]}" to ${path2}, or remove the rule \`${ruleKey(index2)}\`.`
  };
}
function ruleKey(index2) {
  return `checks.schema_validation.row_rules[${index2}]`;
}

// src/checks/schema-validation/unchecked-findings.ts
function uncheckedFindings(schema) {
  return schema.unchecked.map((entry) => ({
    id: `schema:unchecked:${entry.key}`,
    severity: "warn",
    message: `${entry.file}${entry.line ? `:${entry.line}` : ""}: \`${entry.key}\`: ${entry.message}`,
    location: { path: entry.file, ...entry.line ? { line: entry.line } : {} },
    fix: `${entry.fix.charAt(0).toUpperCase()}${entry.fix.slice(1)}.`
  }));
}

// src/checks/schema-validation/schema-validation-outcome.ts
function schemaValidationOutcome(config, schema, validated) {
  const sum = (pick) => validated.reduce((total, v) => total + pick(v.result), 0);
  const budgeted = config.max_invalid_share !== void 0 || Object.keys(config.fields ?? {}).length > 0 || (config.row_rules ?? []).some((rule3) => rule3.max_invalid_share !== void 0);
  const gated = (name, value) => budgeted ? { name, value, threshold: "within budget" } : zero(name, value);
  const figures = [
    gated(
      "cell errors",
      sum((result) => result.errorCount)
    ),
    ...config.row_rules?.length ? [
      gated(
        "rule violations",
        sum((r) => r.rules.reduce((n, rule3) => n + rule3.count, 0))
      )
    ] : [],
    zero(
      "missing columns",
      sum((result) => result.missingColumns.length)
    ),
    ...validated.map(({ role, result }) => ({
      name: `${role} rows validated`,
      value: result.rows
    }))
  ];
  return {
    kind: "ran",
    summary: summaryOf2(config, validated),
    figures,
    findings: [
      ...validated.flatMap((v) => [
        ...schemaFindings(v, config, schema),
        ...ruleFindings(v, config)
      ]),
      ...uncheckedFindings(schema)
    ],
    details: detailsOf(validated)
  };
}
function zero(name, value) {
  return { name, value, threshold: "= 0", bound: { comparator: "==", limit: 0 } };
}
function summaryOf2(config, validated) {
  const failing = validated.filter((v) => !v.result.valid);
  if (failing.length === 0) {
    return `${validated.map((v) => `${v.role} (${v.result.rows} rows)`).join(" and ")} match ${config.schema}`;
  }
  return failing.map(({ role, result }) => {
    const parts = [
      result.errorCount > 0 ? `${result.errorCount} cell error(s) in ${new Set(result.counts.map((c2) => c2.column)).size} column(s)` : "",
      result.missingColumns.length > 0 ? `${result.missingColumns.length} missing column(s)` : "",
      result.unexpectedColumns.length > 0 ? `${result.unexpectedColumns.length} unexpected column(s)` : "",
      result.badRows.count > 0 ? `${result.badRows.count} bad row(s)` : "",
      ...result.rules.filter((rule3) => rule3.count > 0).map((rule3) => `${rule3.count} row(s) breaking \`${rule3.rule}\``),
      ...result.rules.filter((rule3) => rule3.missingFields.length > 0).map((rule3) => `\`${rule3.rule}\` not checked`)
    ].filter(Boolean);
    return `${role}: ${parts.join(", ")}`;
  }).join("; ");
}
function detailsOf(validated) {
  const details4 = [];
  const counts = validated.flatMap(
    ({ path: path2, result }) => result.counts.map((c2) => [path2, c2.column, c2.kind, c2.count])
  );
  const columnProblems = validated.flatMap(({ path: path2, result }) => [
    ...result.missingColumns.map((column) => [path2, column, "missing column"]),
    ...result.unexpectedColumns.map((column) => [path2, column, "unexpected column"])
  ]);
  if (columnProblems.length > 0) {
    details4.push({
      type: "table",
      title: "Columns",
      header: ["file", "column", "problem"],
      rows: columnProblems
    });
  }
  const badRows2 = validated.flatMap(
    ({ path: path2, result }) => result.badRows.examples.map((b2) => [path2, b2.row, b2.line ?? null, b2.problem])
  );
  if (badRows2.length > 0) {
    details4.push({
      type: "table",
      title: "Rows that cannot be split into columns",
      header: ["file", "row", "line", "problem"],
      rows: badRows2
    });
  }
  if (counts.length > 0) {
    details4.push({
      type: "table",
      title: "Errors per column and kind",
      header: ["file", "column", "kind", "count"],
      rows: counts
    });
  }
  details4.push(...ruleDetails(validated));
  for (const kind2 of errorKinds) {
    const rows = validated.flatMap(
      ({ path: path2, result }) => result.counts.filter((c2) => c2.kind === kind2).flatMap(
        (c2) => c2.examples.map((e2) => [path2, ...placeCells(e2), e2.column, e2.value, e2.message])
      )
    );
    if (rows.length === 0) continue;
    details4.push({
      type: "table",
      title: `First rows with ${kind2} errors`,
      header: ["file", "row", "line", "column", "value", "problem"],
      rows
    });
  }
  return details4;
}
function ruleDetails(validated) {
  const rules = validated.flatMap(
    ({ path: path2, result }) => result.rules.map((r) => [path2, r.label, r.rule, r.missingFields.length > 0 ? null : r.count])
  );
  if (rules.length === 0) return [];
  const details4 = [
    {
      type: "table",
      title: "Row rules",
      header: ["file", "rule", "expression", "rows breaking it"],
      rows: rules
    }
  ];
  const examples = validated.flatMap(
    ({ path: path2, result }) => result.rules.flatMap(
      (r) => r.examples.map((e2) => [path2, ...placeCells(e2), r.label, valuesWords(e2.values)])
    )
  );
  if (examples.length > 0) {
    details4.push({
      type: "table",
      title: "First rows breaking row rules",
      header: ["file", "row", "line", "rule", "values"],
      rows: examples
    });
  }
  return details4;
}

// src/checks/schema-validation/schema-validation.ts
var schemaValidation = {
  id: "schema_validation",
  title: "Training and serving data match the schema",
  rubric: ["data-1", "monitor-2"],
  config: schemaValidationConfig,
  async run(config, { workspace }) {
    const schemaKey = "checks.schema_validation.schema";
    const schema = parseTableSchema(
      await workspace.readText(config.schema, schemaKey),
      config.schema
    );
    checkFieldBudgets(config, schema);
    const rules = rowRulesOf(config, schema);
    const validated = [];
    for (const role of ["training", "serving"]) {
      const data = config[role];
      if (data === void 0) continue;
      const key38 = `checks.schema_validation.${role}`;
      const run = { workspace, config, schema, rules, key: key38 };
      validated.push({
        role,
        ...isQuerySource(data) ? await validateQuery(run, data) : await validateFile(run, data)
      });
    }
    return schemaValidationOutcome(config, schema, validated);
  }
};
async function validateFile({ workspace, config, schema, rules, key: key38 }, file) {
  const { path: path2, options } = tableFileOptions(file);
  if (options.missingValues) {
    throw new Error(
      `${key38}.missing_values: for schema validation, missing values come from the schema; move them to "missingValues" in ${config.schema}`
    );
  }
  const result = await validateTableFile((scan) => workspace.scanTable(path2, key38, scan), schema, {
    maxExamples: config.max_examples,
    rules,
    read: { format: options.format, delimiter: options.delimiter }
  });
  return { path: path2, result };
}
async function validateQuery({ workspace, config, schema, rules, key: key38 }, source) {
  const opened = await workspace.openQuerySource(source, key38);
  const validated = await validateQuerySource(opened, schema, {
    maxExamples: config.max_examples,
    rules
  });
  if (validated.kind === "validated") return { path: opened.label, result: validated.result };
  throw new Error(
    validated.rules.map((rule3) => {
      const index2 = rules.findIndex((r) => r.label === rule3.label);
      return `checks.schema_validation.row_rules[${index2}].rule, for ${key38} (${opened.label}): ${rule3.message}. ${rule3.fix}.`;
    }).join("\n")
  );
}
function checkFieldBudgets(config, schema) {
  const names3 = schema.fields.map((f2) => f2.name);
  for (const name of Object.keys(config.fields ?? {})) {
    if (!names3.includes(name)) {
      throw new Error(
        `checks.schema_validation.fields.${name}: "${name}" is not a field of ${config.schema}; the fields are ${names3.join(", ")}`
      );
    }
  }
}
function rowRulesOf(config, schema) {
  return (config.row_rules ?? []).map((entry, index2) => {
    try {
      return parseRowRule(entry.rule, entry.name ?? String(index2), schema.fields);
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
      throw new Error(
        `checks.schema_validation.row_rules[${index2}].rule ${JSON.stringify(entry.rule)}: ${error.problem.message}. ${error.problem.fix}`
      );
    }
  });
}

// src/checks/slices/assess-slice.ts
var key28 = "checks.slices";
function assessSlice(config, slice, overall) {
  const small = slice.rows < config.min_slice_size;
  const result = {
    column: slice.column,
    value: slice.value,
    rows: slice.rows,
    metrics: {},
    small,
    worstGap: Number.NEGATIVE_INFINITY,
    findings: []
  };
  for (const [name, bounds] of Object.entries(config.metrics)) {
    const value = slice.metrics[name] ?? { defined: false, reason: "not a metric of this task" };
    const whole = overall[name] ?? { defined: false, reason: "not a metric of this task" };
    const direction = directionOf(name);
    if (!direction) throw new Error(`${key28}.metrics.${name}: not a metric mlgate knows`);
    const gap = value.defined && whole.defined ? improvement(direction, whole.value, value.value) : null;
    const problems = small ? [] : problemsOf(name, bounds, value, whole, gap);
    result.metrics[name] = { value, gap, problems: problems.map((p) => p.text) };
    if (gap !== null) result.worstGap = Math.max(result.worstGap, gap);
    result.findings.push(...problems.map((problem) => findingOf2(slice, name, value, problem)));
  }
  return result;
}
function problemsOf(name, bounds, value, whole, gap) {
  if (!value.defined) {
    return [
      {
        suffix: ":undefined",
        text: `is undefined (${value.reason}), so it cannot be checked`,
        measure: { figure: name, value: null }
      }
    ];
  }
  const reference = whole.defined ? { reference: { label: "overall", value: whole.value } } : {};
  const measure2 = (figure2, shown3, bound) => ({
    figure: figure2,
    value: shown3,
    bound,
    ...reference
  });
  const problems = [];
  if (bounds.min !== void 0 && value.value < bounds.min)
    problems.push({
      suffix: "",
      text: `is below the floor ${bounds.min}`,
      measure: measure2(name, value.value, { comparator: ">=", limit: bounds.min }),
      bound: "min"
    });
  if (bounds.max !== void 0 && value.value > bounds.max)
    problems.push({
      suffix: "",
      text: `is above the ceiling ${bounds.max}`,
      measure: measure2(name, value.value, { comparator: "<=", limit: bounds.max }),
      bound: "max"
    });
  if (bounds.max_gap !== void 0 && gap !== null && gap > bounds.max_gap) {
    problems.push({
      suffix: ":gap",
      text: `is ${formatMetric({ defined: true, value: gap })} worse than overall ${formatMetric(whole)} (max_gap ${bounds.max_gap})`,
      measure: measure2(`${name} gap to overall`, gap, { comparator: "<=", limit: bounds.max_gap }),
      bound: "max_gap"
    });
  }
  return problems;
}
function findingOf2(slice, name, value, problem) {
  const id = `slice:${slice.column}=${slice.value}`;
  const label = `${slice.column} = ${slice.value}`;
  const location = { path: slice.path, column: slice.column, slice: label };
  return {
    id: `${id}:${name}${problem.suffix}`,
    severity: value.defined ? "fail" : "warn",
    message: `${label} (${slice.rows} rows): ${name}${value.defined ? ` ${formatMetric(value)}` : ""} ${problem.text}`,
    location,
    measure: problem.measure,
    cause: `${id}:${name}`,
    fix: problem.bound ? `Improve the model on ${label} (e.g. more or better training rows of it), or change \`${key28}.metrics.${name}.${problem.bound}\` if the bound is wrong.` : `Evaluate on rows of ${label} that make ${name} computable, or raise \`${key28}.min_slice_size\` to leave the slice ungated.`
  };
}

// src/checks/slices/slices-config.ts
var sliceBounds = strictObject({
  min: number({ error: "min is a number" }).optional().describe("Absolute floor for every slice."),
  max: number({ error: "max is a number" }).optional().describe("Absolute ceiling for every slice."),
  max_gap: nonNegative.optional().describe(
    "How much worse than the overall value a slice may be, in the metric\u2019s own direction."
  )
}).refine((bounds) => Object.values(bounds).some((value) => value !== void 0), {
  error: "give at least one of min, max, max_gap"
});
var slicesKeys = strictObject({
  predictions: inputTableFile.describe("The predictions file (CSV, JSONL or Parquet)."),
  ...predictionColumnsShape,
  features: inputTableFile.optional().describe("A file with the slice columns, joined to the predictions by id_column."),
  features_id_column: columnName.optional().describe("The id column of the features file; default: id_column."),
  columns: array(columnName, { error: "expected a list of slice columns, e.g. [country, device]" }).min(1, { error: "list at least one slice column" }).describe("Slice by each value of each of these columns."),
  bins: record(
    string(),
    array(number(), { error: "bin edges are a list of numbers, e.g. [18, 30, 50]" }).min(1, { error: "give at least one edge" })
  ).default({}).describe("Numeric slice columns cut at these edges: < a, [a, b), \u2026, \u2265 z."),
  metrics: record(string(), sliceBounds).refine((metrics) => Object.keys(metrics).length > 0, {
    error: "gate at least one metric, e.g. accuracy: {max_gap: 0.05}"
  }).describe("Per metric: bounds every large enough slice must meet."),
  min_slice_size: int({ error: "min_slice_size is a whole number" }).min(1, { error: "min_slice_size is at least 1" }).default(30).describe("Smaller slices are listed but not gated: their metrics are too noisy."),
  max_slices_per_column: int().min(2).default(100).describe("More values than this means a continuous column: bin it.")
}).superRefine((config, context) => {
  requirePredictionColumns(config, context);
  const known = metricNamesByTask[config.task];
  for (const name of Object.keys(config.metrics)) {
    if (!known.includes(name)) {
      context.addIssue({
        code: "custom",
        path: ["metrics", name],
        message: `not a ${config.task} metric; use one of ${known.join(", ")}`
      });
    }
  }
  requireGroupingColumns(config, { key: "columns", columns: config.columns }, context);
});
var slicesConfig = slicesKeys.pipe(
  union([
    object({ ...parsedKeys(slicesKeys), features: tableFile, id_column: columnName }),
    object({ ...parsedKeys(slicesKeys), features: _undefined().optional() })
  ])
);

// src/checks/slices/slices-outcome.ts
function slicesOutcome(config, unordered, overall, n) {
  const results = [...unordered].sort(
    (a2, b2) => Number(a2.small) - Number(b2.small) || b2.worstGap - a2.worstGap
  );
  const gated = results.filter((result) => !result.small);
  const findings = unordered.flatMap((result) => result.findings);
  const failing = new Set(findings.map((finding2) => finding2.id.split(":").slice(0, 2).join(":")));
  const worst2 = results[0];
  return {
    kind: "ran",
    summary: findings.length === 0 || !worst2 ? `${gated.length} slice(s) of ${config.columns.join(", ")} meet the bounds${results.length > gated.length ? `; ${results.length - gated.length} too small to gate` : ""}` : `${failing.size} of ${gated.length} slice(s) miss the bounds; worst: ${worst2.column} = ${worst2.value}`,
    figures: figuresOf3(config, gated),
    findings,
    details: [slicesTable(config, results, overall, n)]
  };
}
function figuresOf3(config, gated) {
  const figures = Object.entries(config.metrics).map(([name, bounds]) => {
    const gaps = gated.map((result) => result.metrics[name]?.gap ?? null).filter((gap) => gap !== null);
    return {
      name: `largest ${name} gap to overall`,
      value: gaps.length > 0 ? Math.max(...gaps) : null,
      ...bounds.max_gap !== void 0 ? { threshold: `\u2264 ${bounds.max_gap}`, bound: { comparator: "<=", limit: bounds.max_gap } } : {}
    };
  });
  const broken = (figure2) => figure2.value !== null && figure2.bound !== void 0 && !meetsBound(figure2.value, figure2.bound);
  return [...figures.filter(broken), ...figures.filter((figure2) => !broken(figure2))];
}
function slicesTable(config, results, overall, n) {
  const gatedMetrics = Object.entries(config.metrics);
  const names3 = gatedMetrics.map(([name]) => name);
  return {
    type: "table",
    title: "Slices, worst first",
    header: ["slice", "rows", ...names3.flatMap((name) => [name, `${name} vs overall`]), "status"],
    rows: [
      ["overall", n, ...names3.flatMap((name) => [formatMetric(overall[name]), "\u2014"]), ""],
      ...results.map((result) => [
        `${result.column} = ${result.value}`,
        result.rows,
        ...names3.flatMap((name) => {
          const metric = result.metrics[name];
          const gap = metric?.gap ?? null;
          return [formatMetric(metric?.value), gap === null ? "\u2014" : formatSigned(-gap)];
        }),
        result.small ? `not gated (< ${config.min_slice_size} rows)` : result.findings.length > 0 ? "fail: misses the bounds" : "pass"
      ])
    ],
    note: `Bounds: ${gatedMetrics.map(([name, bounds]) => `${name} ${describeBounds(bounds)}`).join("; ")}. Slices with fewer than ${config.min_slice_size} rows are listed but not gated.`
  };
}
function describeBounds(bounds) {
  return [
    bounds.min !== void 0 ? `\u2265 ${bounds.min}` : "",
    bounds.max !== void 0 ? `\u2264 ${bounds.max}` : "",
    bounds.max_gap !== void 0 ? `at most ${bounds.max_gap} worse than overall` : ""
  ].filter(Boolean).join(", ");
}

// src/checks/slices/slices.ts
var slices = {
  id: "slices",
  title: "Quality holds on every important data slice",
  rubric: ["model-6"],
  config: slicesConfig,
  async run(config, { workspace }) {
    const predictions2 = await loadPredictions(
      workspace,
      config.predictions,
      predictionColumnsOf(config),
      `${key28}.predictions`
    );
    const features = await loadFeatureTable(workspace, config, `${key28}.features`);
    const columns = rowColumns(predictions2, features);
    const evaluate = predictionsEvaluator(predictions2, config.threshold);
    const overall = evaluate();
    const n = predictions2.data.labels.length;
    const results = config.columns.flatMap((column) => {
      const groups = groupRows(
        columns.cells(column, `${key28}.columns`),
        config.bins[column],
        (row2) => `${predictions2.table.source}:${predictions2.table.lineOf(row2)}: column "${column}"`
      );
      if (groups.length > config.max_slices_per_column) {
        throw new Error(
          `${key28}.columns: "${column}" has ${groups.length} distinct values, more than max_slices_per_column (${config.max_slices_per_column}); slice a categorical column or give bins: {${column}: [edges]}`
        );
      }
      const path2 = columns.sourceOf(column);
      return groups.map(
        (group) => assessSlice(
          config,
          {
            column,
            value: group.value,
            rows: group.rows.length,
            path: path2,
            metrics: evaluate(membership(n, group.rows))
          },
          overall
        )
      );
    });
    return slicesOutcome(config, results, overall, n);
  }
};

// src/infra/codeowners/codeowners-pattern.ts
function codeownersRegExp(pattern2) {
  if (pattern2 === "/") return /(?!)/;
  let segments = pattern2.split("/");
  if (segments[0] === "") {
    segments = segments.slice(1);
  } else if (segments.length === 1 || segments.length === 2 && segments[1] === "") {
    if (segments[0] !== "**") segments = ["**", ...segments];
  }
  if (segments.length > 1 && segments.at(-1) === "") segments[segments.length - 1] = "**";
  const last = segments.length - 1;
  let source = "";
  let needSlash = false;
  segments.forEach((segment, i) => {
    if (segment === "**") {
      if (i === 0 && i === last) source += ".+";
      else if (i === 0) source += "(?:.+/)?";
      else if (i === last) source += "/.*";
      else source += "(?:/.+)?";
      needSlash = i !== 0;
      return;
    }
    if (needSlash) source += "/";
    needSlash = true;
    if (segment === "*") {
      source += "[^/]+";
      return;
    }
    source += segmentSource(segment);
    if (i === last) source += "(?:/.*)?";
  });
  return new RegExp(`^${source}$`);
}
function segmentSource(segment) {
  let source = "";
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i];
    if (ch === "\\" && i + 1 < segment.length) source += escapeRegExp2(segment[++i]);
    else if (ch === "*") source += "[^/]*";
    else if (ch === "?") source += "[^/]";
    else source += escapeRegExp2(ch);
  }
  return source;
}
function escapeRegExp2(text) {
  return text.replace(/[.+^${}()|[\]\\*?/]/g, "\\$&");
}

// src/infra/codeowners/parse-codeowners.ts
var codeownersLocations = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
var codeownersMaxBytes = 3 * 1024 * 1024;
var user = /^@[A-Za-z0-9_-]+$/;
var team = /^@[A-Za-z0-9_-]+\/[A-Za-z0-9_.-]+$/;
var email2 = /^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$/;
function parseCodeowners(text) {
  const rules = [];
  const problems = [];
  text.split(/\r?\n/).forEach((raw, index2) => {
    const line = index2 + 1;
    const trimmed = raw.trim();
    if (trimmed === "" || trimmed.startsWith("#")) return;
    const tokens = tokenize(trimmed);
    const commentAt = tokens.findIndex((token, i) => i > 0 && token.startsWith("#"));
    const [pattern2, ...owners] = commentAt < 0 ? tokens : tokens.slice(0, commentAt);
    const problem = patternProblem(pattern2) ?? ownersProblem(owners);
    if (problem) {
      problems.push({ line, text: trimmed, problem });
      return;
    }
    rules.push({ line, pattern: pattern2, owners, regex: codeownersRegExp(pattern2) });
  });
  return { rules, problems };
}
function ruleFor(codeowners, path2) {
  for (let i = codeowners.rules.length - 1; i >= 0; i--) {
    const rule3 = codeowners.rules[i];
    if (rule3.regex.test(path2)) return rule3;
  }
  return void 0;
}
function tokenize(line) {
  const tokens = [];
  let current = "";
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === "\\" && i + 1 < line.length) {
      current += ch + line[++i];
    } else if (/\s/.test(ch)) {
      if (current) tokens.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  if (current) tokens.push(current);
  return tokens;
}
function patternProblem(pattern2) {
  if (pattern2.startsWith("!")) {
    return "negation with ! does not work in CODEOWNERS; GitHub skips this line. Give the path a later rule with other owners, or a rule with no owners";
  }
  if (pattern2.startsWith("\\#")) {
    return "escaping a leading # with \\ does not work in CODEOWNERS; GitHub skips this line";
  }
  if (/[[\]]/.test(pattern2.replace(/\\./g, ""))) {
    return "character ranges [ ] do not work in CODEOWNERS; GitHub skips this line. List the paths, or use * and ?";
  }
  if (pattern2.includes("***")) return "three consecutive asterisks are not a valid pattern";
  return void 0;
}
function ownersProblem(owners) {
  const bad = owners.find((owner) => !user.test(owner) && !team.test(owner) && !email2.test(owner));
  return bad === void 0 ? void 0 : `"${bad}" is not an owner (@user, @org/team or an e-mail address); GitHub skips this line`;
}

// src/checks/spec-review/find-codeowners.ts
var key29 = "checks.spec_review.codeowners";
async function findCodeowners(workspace, configured, base) {
  const locations = configured ? [configured] : [...codeownersLocations];
  if (base) {
    for (const path2 of locations) {
      const text = await workspace.readTextAtRevision(base, path2, key29);
      if (text !== null) return { path: path2, text, from: "base" };
    }
  }
  for (const path2 of locations) {
    if (await workspace.exists(path2, key29)) {
      return { path: path2, text: await workspace.readText(path2, key29), from: "head" };
    }
  }
  return void 0;
}

// src/checks/spec-review/spec-review-config.ts
var specReviewConfig = strictObject({
  paths: array(string().min(1), {
    error: "list the spec and config files, e.g. [models/spec.yaml, configs/**]"
  }).min(1, { error: "list at least one spec or config file" }).describe(
    "The model spec and config files (globs), e.g. [models/*.yaml, configs/**]. Each must be tracked by git."
  ),
  codeowners: repoPath.optional().describe(
    "The CODEOWNERS file; default GitHub's search: .github/CODEOWNERS, CODEOWNERS, docs/CODEOWNERS."
  ),
  base_revision: string().min(1).optional().describe(
    "Compare with this revision instead of the PR base (which is where GitHub reads CODEOWNERS)."
  )
});

// src/checks/spec-review/spec-review-outcome.ts
var key30 = "checks.spec_review";
function codeownersVerdict(found, looked) {
  if (!found) {
    return {
      kind: "unusable",
      finding: {
        id: "codeowners:missing",
        severity: "fail",
        message: `no CODEOWNERS file (looked for ${looked}); add one with a rule for the spec files, e.g. "/models/ @org/ml-reviewers"`,
        fix: `Add a CODEOWNERS file (e.g. .github/CODEOWNERS) with a rule that names owners for the spec files, or set \`${key30}.codeowners\` to yours.`
      },
      summary: "no CODEOWNERS file, so no spec change requires review"
    };
  }
  const bytes = Buffer.byteLength(found.text, "utf8");
  if (bytes < codeownersMaxBytes) return { kind: "usable", found };
  return {
    kind: "unusable",
    finding: {
      id: "codeowners:size",
      severity: "fail",
      message: `${found.path} is 3 MB or more; GitHub does not load it, so no review is requested`,
      location: { path: found.path },
      measure: {
        figure: "CODEOWNERS size",
        value: bytes,
        bound: { comparator: "<", limit: codeownersMaxBytes },
        unit: "bytes"
      },
      fix: `Shrink ${found.path} under 3 MB, e.g. by owning folders instead of single files.`
    },
    summary: `${found.path} is too large for GitHub to load`
  };
}
function ownershipOutcome(ownership, earlier) {
  const { found, changed } = ownership;
  const files = [...ownership.specFiles].sort().map((file) => ({
    file,
    rule: ruleFor(ownership.codeowners, file),
    changed: changed?.has(file) ?? false
  }));
  const needed = new Set(files.filter((f2) => f2.changed).flatMap((f2) => f2.rule?.owners ?? []));
  const findings = [
    ...earlier,
    ...codeownersFindings(ownership),
    ...files.flatMap(({ file, rule: rule3 }) => unownedFinding(file, rule3, found.path))
  ];
  const changedSpecs = files.filter((f2) => f2.changed).length;
  const summary5 = changed === void 0 ? `${files.length} spec files checked against ${found.path} (no base revision, so no change to review)` : changedSpecs === 0 ? `${files.length} spec files tracked; this change touches none of them` : `this change touches ${changedSpecs} spec file${changedSpecs === 1 ? "" : "s"}; review needed from ${[...needed].sort().join(", ") || "nobody (unowned)"}`;
  const from = found.from === "base" ? `the base revision ${ownership.base?.slice(0, 12)}` : "the checkout";
  const table2 = {
    type: "table",
    title: `Spec files and their code owners (${found.path}, read from ${from})`,
    header: ["File", "Owners", "Deciding rule", "Changed here"],
    rows: files.map(({ file, rule: rule3, changed: isChanged }) => [
      file,
      rule3?.owners.join(" ") || "\u2014",
      rule3 ? `${found.path}:${rule3.line} ${rule3.pattern}` : "no rule",
      changed === void 0 ? "\u2014" : isChanged ? "yes" : "no"
    ])
  };
  return specReviewOutcome(ownership.specFiles, findings, [table2], summary5, [...needed]);
}
function codeownersFindings({ found, base, codeowners }) {
  const findings = [];
  if (found.from === "head" && base) {
    findings.push({
      id: "codeowners:not-on-base",
      severity: "warn",
      message: `${found.path} is not on the base branch yet; GitHub reads CODEOWNERS from the base, so it requests reviews only after this change merges`,
      location: { path: found.path },
      fix: `Merge ${found.path} into the base branch first, in a change of its own.`
    });
  }
  for (const problem of codeowners.problems) {
    findings.push({
      id: `codeowners:line:${problem.line}`,
      severity: "warn",
      message: `${found.path}:${problem.line} \`${problem.text}\`: ${problem.problem}`,
      location: { path: found.path, line: problem.line },
      fix: `Rewrite line ${problem.line} of ${found.path} in a syntax GitHub reads, or delete it.`
    });
  }
  return findings;
}
function unownedFinding(file, rule3, path2) {
  if (rule3 && rule3.owners.length > 0) return [];
  const base = { id: `unowned:${file}`, severity: "fail", location: { path: file } };
  if (!rule3) {
    return [
      {
        ...base,
        message: `${file} has no code owner: no rule in ${path2} matches it`,
        cause: "codeowners:no-rule",
        fix: `Add a rule with owners for ${file} to ${path2}.`
      }
    ];
  }
  return [
    {
      ...base,
      message: `${file} has no code owner: ${path2}:${rule3.line} \`${rule3.pattern}\` matches it last and lists no owners`,
      cause: `codeowners:rule:${rule3.line}`,
      fix: `Give \`${rule3.pattern}\` on line ${rule3.line} of ${path2} an owner, or add a later rule with owners for ${file}.`
    }
  ];
}
function specReviewOutcome(specFiles, findings, details4, summary5, reviewers = []) {
  return {
    kind: "ran",
    summary: summary5,
    figures: [
      { name: "spec files tracked", value: specFiles.length },
      {
        name: "spec files without owners",
        value: findings.filter((f2) => f2.id.startsWith("unowned:")).length,
        threshold: "= 0",
        bound: { comparator: "==", limit: 0 }
      },
      { name: "reviewers needed", value: reviewers.sort().join(", ") || "\u2014" }
    ],
    findings,
    details: details4
  };
}

// src/checks/spec-review/tracked-specs.ts
var key31 = "checks.spec_review.paths";
async function trackedSpecs(patterns, workspace) {
  const tracked = await workspace.listTrackedFiles();
  const files = /* @__PURE__ */ new Set();
  const findings = [];
  for (const pattern2 of patterns) {
    const glob = globToRegExp(pattern2);
    const matched = tracked.filter((file) => pathMatches(glob, file));
    for (const file of matched) files.add(file);
    if (matched.length > 0) continue;
    const onDisk = !/[*?{]/.test(pattern2) && await workspace.exists(pattern2, key31);
    findings.push(untrackedFinding(pattern2, onDisk));
  }
  return { files: [...files], findings };
}
function untrackedFinding(pattern2, onDisk) {
  const id = `not-tracked:${pattern2}`;
  if (onDisk) {
    return {
      id,
      severity: "fail",
      message: `${pattern2} exists but is not tracked by git: commit it so that it is reviewed and versioned`,
      location: { path: pattern2 },
      fix: `Commit ${pattern2}.`
    };
  }
  return {
    id,
    severity: "fail",
    message: `no file tracked by git matches ${pattern2}; fix the path or commit the spec`,
    fix: `Correct \`${pattern2}\` in \`${key31}\`, or commit the spec it names.`
  };
}

// src/checks/spec-review/spec-review.ts
var specReview = {
  id: "spec_review",
  title: "Model specs are reviewed and submitted",
  rubric: ["model-1"],
  config: specReviewConfig,
  async run(config, { workspace, event }) {
    const specs = await trackedSpecs(config.paths, workspace);
    const base = baseRevision(config.base_revision, event);
    const found = await findCodeowners(workspace, config.codeowners, base);
    const verdict = codeownersVerdict(found, config.codeowners ?? codeownersLocations.join(", "));
    if (verdict.kind === "unusable") {
      const findings = [...specs.findings, verdict.finding];
      return specReviewOutcome(specs.files, findings, [], verdict.summary);
    }
    const changed = base ? new Set((await workspace.listChangedFiles(base)).map((file) => file.path)) : void 0;
    return ownershipOutcome(
      {
        specFiles: specs.files,
        found: verdict.found,
        codeowners: parseCodeowners(verdict.found.text),
        base,
        changed
      },
      specs.findings
    );
  }
};

// src/checks/staleness/age-limit.ts
function ageLimitOutcome(thing, limits) {
  const age = formatNumber(thing.ageDays, 1);
  const threshold = [
    limits.warn !== void 0 ? `warn > ${formatNumber(limits.warn, 1)}` : "",
    limits.fail !== void 0 ? `fail > ${formatNumber(limits.fail, 1)}` : ""
  ].filter(Boolean).join(", ");
  const passing = limits.fail ?? limits.warn;
  return {
    finding: ageFinding(thing, limits),
    figure: {
      name: `${thing.what} age`,
      value: Number(age),
      unit: "days",
      ...threshold ? { threshold } : {},
      ...passing !== void 0 ? { bound: { comparator: "<=", limit: passing } } : {}
    },
    summary: `${thing.what} ${age} days old`
  };
}
function ageFinding(thing, limits) {
  const { id, what, ageDays, source, location } = thing;
  const age = formatNumber(ageDays, 1);
  const stamp = thing.time.toISOString().replace(".000Z", "Z");
  if (ageDays < -1) {
    return {
      id: `${id}:future`,
      severity: "warn",
      message: `${what} time ${stamp} (${source}) is in the future; check the clock or the value`,
      location,
      fix: `Correct the time in ${source}, or the clock of the machine that runs the gate.`
    };
  }
  const over = (limit, reference) => ({
    figure: `${what} age`,
    value: Number(age),
    bound: { comparator: "<=", limit },
    unit: "days",
    ...reference ? { reference } : {}
  });
  if (limits.fail !== void 0 && ageDays > limits.fail) {
    const decay = limits.failFromDecay;
    return {
      id,
      severity: "fail",
      message: `${what} is ${age} days old (${source}: ${stamp}), over the limit of ${formatNumber(limits.fail, 1)} days${decay ? `, ${decay.note}` : ""}; retrain`,
      location,
      measure: over(limits.fail, decay?.reference),
      fix: decay?.fix ?? `${thing.renew}, or raise ${thing.limitKey}.fail.`
    };
  }
  if (limits.warn !== void 0 && ageDays > limits.warn) {
    return {
      id,
      severity: "warn",
      message: `${what} is ${age} days old (${source}: ${stamp}), over the warning age of ${formatNumber(limits.warn, 1)} days`,
      location,
      measure: over(limits.warn),
      fix: `${thing.renew}, or raise ${thing.limitKey}.warn.`
    };
  }
  return null;
}

// src/statistics/regularized-beta.ts
function regularizedBeta(x, a2, b2, complement = 1 - x) {
  if (!(a2 > 0) || !(b2 > 0) || !(x >= 0 && x <= 1)) return Number.NaN;
  if (x === 0 || x === 1) return x;
  if (x < (a2 + 1) / (a2 + b2 + 2)) return smallSide(x, complement, a2, b2);
  return 1 - smallSide(complement, x, b2, a2);
}
function smallSide(x, complement, a2, b2) {
  const logPrefactor = a2 * Math.log(x) + b2 * Math.log(complement) - logBeta(a2, b2);
  return Math.exp(logPrefactor) * continuedFraction(x, a2, b2) / a2;
}
function logBeta(a2, b2) {
  const big = Math.max(a2, b2);
  const small = Math.min(a2, b2);
  if (big < 15) return gammaln_default(a2) + gammaln_default(b2) - gammaln_default(a2 + b2);
  const bracket = (big - 0.5) * Math.log1p(small / big) + small * Math.log(big + small) - small + stirlingError(big + small) - stirlingError(big);
  return gammaln_default(small) - bracket;
}
function continuedFraction(x, a2, b2) {
  const tiny = 1e-300;
  const clamp = (value) => Math.abs(value) < tiny ? tiny : value;
  let c2 = 1;
  let d2 = 1 / clamp(1 - (a2 + b2) * x / (a2 + 1));
  let h = d2;
  const limit = 1e3 + Math.ceil(20 * Math.sqrt(Math.max(a2, b2)));
  for (let m = 1; m < limit; m++) {
    const even = m * (b2 - m) * x / ((a2 + 2 * m - 1) * (a2 + 2 * m));
    d2 = 1 / clamp(1 + even * d2);
    c2 = clamp(1 + even / c2);
    h *= d2 * c2;
    const odd = -(a2 + m) * (a2 + b2 + m) * x / ((a2 + 2 * m) * (a2 + 2 * m + 1));
    d2 = 1 / clamp(1 + odd * d2);
    c2 = clamp(1 + odd / c2);
    const delta = d2 * c2;
    h *= delta;
    if (Math.abs(delta - 1) < 2 * Number.EPSILON) return h;
  }
  throw new Error(`incomplete beta continued fraction did not converge for x=${x}, a=${a2}, b=${b2}`);
}

// src/statistics/student-t.ts
function studentTSf(t, degreesOfFreedom) {
  if (!(degreesOfFreedom > 0) || Number.isNaN(t)) return Number.NaN;
  if (t === Number.POSITIVE_INFINITY) return 0;
  if (t === Number.NEGATIVE_INFINITY) return 1;
  const denominator = degreesOfFreedom + t * t;
  const twoSided = regularizedBeta(
    degreesOfFreedom / denominator,
    degreesOfFreedom / 2,
    0.5,
    t * t / denominator
  );
  return t >= 0 ? twoSided / 2 : 1 - twoSided / 2;
}
function studentTQuantile(p, degreesOfFreedom) {
  if (!(degreesOfFreedom > 0) || !(p > 0 && p < 1)) return Number.NaN;
  if (p === 0.5) return 0;
  const tail = Math.min(p, 1 - p);
  let low = 0;
  let high = 1;
  while (studentTSf(high, degreesOfFreedom) > tail) high *= 2;
  while (high - low > 1e-15 * high) {
    const middle = (low + high) / 2;
    if (middle === low || middle === high) break;
    if (studentTSf(middle, degreesOfFreedom) > tail) low = middle;
    else high = middle;
  }
  const t = (low + high) / 2;
  return p > 0.5 ? t : -t;
}

// src/statistics/linear-regression-fit.ts
function fitLinearRegression(x, y) {
  const n = x.length;
  if (y.length !== n) throw new RangeError("x and y must be paired");
  if (n < 3) throw new RangeError(`${n} points; standard errors need at least 3`);
  const meanX = x.reduce((a2, b2) => a2 + b2, 0) / n;
  const meanY = y.reduce((a2, b2) => a2 + b2, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - meanX;
    const dy = y[i] - meanY;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (sxx === 0) throw new RangeError("all x are equal; a slope needs two distinct x");
  const slope = sxy / sxx;
  const residualSum = Math.max(0, syy - slope * sxy);
  const residualVariance = residualSum / (n - 2);
  const slopeStandardError = Math.sqrt(residualVariance / sxx);
  const t = slopeStandardError === 0 ? Number.POSITIVE_INFINITY : Math.abs(slope / slopeStandardError);
  return {
    n,
    slope,
    intercept: meanY - slope * meanX,
    slopeStandardError,
    interceptStandardError: Math.sqrt(residualVariance * (1 / n + meanX * meanX / sxx)),
    // A perfect fit of a flat line (0/0) is no evidence of a slope.
    pValue: slope === 0 ? 1 : 2 * studentTSf(t, n - 2),
    rSquared: syy === 0 ? 0 : slope * sxy / syy,
    residualVariance,
    meanX,
    meanY,
    sxx
  };
}
function regressionTQuantile(fit, confidence) {
  return studentTQuantile(1 - (1 - confidence) / 2, fit.n - 2);
}
function slopeInterval(fit, confidence) {
  const half = regressionTQuantile(fit, confidence) * fit.slopeStandardError;
  return { low: fit.slope - half, high: fit.slope + half };
}
function meanBand(fit, x, confidence) {
  const mean = fit.intercept + fit.slope * x;
  const standardError = Math.sqrt(
    fit.residualVariance * (1 / fit.n + (x - fit.meanX) ** 2 / fit.sxx)
  );
  const half = regressionTQuantile(fit, confidence) * standardError;
  return { mean, low: mean - half, high: mean + half };
}

// src/checks/staleness/decay-chart.ts
function decayChart(metric, points, fit, floor) {
  const byAge = /* @__PURE__ */ new Map();
  for (const [age, value] of points) byAge.set(age, [...byAge.get(age) ?? [], value]);
  const ages = [...byAge.keys()].sort((a2, b2) => a2 - b2);
  const observed = ages.map((age) => {
    const values = byAge.get(age) ?? [];
    return values.reduce((a2, b2) => a2 + b2, 0) / values.length;
  });
  const bands2 = ages.map((age) => meanBand(fit.regression, age, fit.confidence));
  const all = [...observed, ...bands2.flatMap((band) => [band.low, band.high]), floor];
  const pad = (Math.max(...all) - Math.min(...all)) * 0.1 || Math.abs(floor) * 0.1 || 1;
  const label = metric.replace(/["\n\r]/g, "'");
  const percent4 = formatNumber(fit.confidence * 100, 1);
  const series = (values) => `[${values.map((v) => formatNumber(v, 4)).join(", ")}]`;
  return [
    "xychart-beta",
    `  title "${label} by model age: observed, fitted, ${percent4}% band of the fit, floor"`,
    `  x-axis "model age (days)" [${ages.map((age) => `"${formatNumber(age, 1)}"`).join(", ")}]`,
    `  y-axis "${label}" ${formatNumber(Math.min(...all) - pad, 4)} --> ${formatNumber(Math.max(...all) + pad, 4)}`,
    `  line ${series(observed)}`,
    `  line ${series(bands2.map((band) => band.mean))}`,
    `  line ${series(bands2.map((band) => band.low))}`,
    `  line ${series(bands2.map((band) => band.high))}`,
    `  line ${series(ages.map(() => floor))}`
  ].join("\n");
}

// src/checks/staleness/decay-outcome.ts
var short = (value) => String(Number(value.toPrecision(3)));
var signed2 = (value) => value < 0 ? `\u2212${short(-value)}` : `+${short(value)}`;
var days = (value) => formatNumber(value, 1);
function decayOutcome(fit, context) {
  const { metric, floor } = context;
  const percent4 = `${formatNumber(fit.confidence * 100, 1)}%`;
  const retrain = fit.trend.kind === "decays" && !fit.freshMissesFloor ? { days: Math.max(0, fit.trend.crossing.estimate), crossing: fit.trend.crossing } : null;
  return {
    figures: decayFigures(fit, context, percent4, retrain),
    findings: [freshFinding(fit, context), uncertainFinding(fit, context, percent4)].filter(
      (finding2) => finding2 !== null
    ),
    details: [
      {
        type: "mermaid",
        title: `Decay of ${metric} with model age`,
        source: decayChart(metric, context.points, fit, floor)
      },
      { type: "text", title: "Decay fit", text: fitText(fit, context, percent4, retrain !== null) }
    ],
    summary: summaryOf3(fit, metric),
    ageLimit: retrain && {
      fail: retrain.days,
      failFromDecay: {
        note: `the age at which ${metric} crosses its floor ${floor} (${percent4} CI ${span(retrain.crossing)} days)`,
        reference: {
          label: `crossing of the ${metric} floor, ${percent4} CI`,
          value: `${span(retrain.crossing)} days`
        },
        fix: "Retrain the model on recent data; to report the decay without limiting the age, set decay.limit_model_age: false."
      }
    }
  };
}
var span = ({ low, high }) => `${days(low)} to ${days(high)}`;
function decayFigures(fit, context, percent4, retrain) {
  return [
    { name: `${context.metric} lost per 30 days`, value: fit.lossPer30Days },
    {
      name: `${context.metric} change per 30 days, ${percent4} CI`,
      value: `${signed2(fit.changePer30Days.low)} to ${signed2(fit.changePer30Days.high)}`
    },
    {
      name: "decay evaluations",
      value: fit.points,
      threshold: `\u2265 ${context.minEvaluations}`,
      bound: { comparator: ">=", limit: context.minEvaluations }
    },
    {
      name: "decay p-value",
      value: fit.regression.pValue,
      threshold: `< ${context.significanceLevel} for a retraining interval`,
      bound: { comparator: "<", limit: context.significanceLevel }
    },
    { name: "recommended retraining interval", value: retrain?.days ?? null, unit: "days" },
    {
      name: `retraining interval ${percent4} CI`,
      value: retrain ? span(retrain.crossing) : null,
      unit: "days"
    }
  ];
}
function slopeClause(fit, context, percent4) {
  const [p, alpha] = formatBeside(fit.regression.pValue, context.significanceLevel);
  const { estimate, low, high } = fit.changePer30Days;
  return `${context.metric} changes by ${signed2(estimate)} per 30 days (${percent4} CI ${signed2(low)} to ${signed2(high)}), p ${p} ${fit.regression.pValue < context.significanceLevel ? "<" : "\u2265"} ${alpha}`;
}
function freshFinding(fit, context) {
  if (!fit.freshMissesFloor) return null;
  const { ageDays, mean, evaluations } = fit.youngest;
  return {
    id: "decay:floor",
    severity: "fail",
    message: `even the youngest evaluated model (age ${days(ageDays)} days, ${evaluations} evaluation${evaluations === 1 ? "" : "s"}) is on the wrong side of the ${context.metric} floor ${context.floor}: observed ${formatBeside(mean, context.floor)[0]}`,
    location: { path: context.path },
    measure: {
      figure: `${context.metric} of the youngest evaluated model`,
      value: mean,
      bound: {
        comparator: context.direction === "higher_is_better" ? ">=" : "<=",
        limit: context.floor
      }
    },
    fix: `Improve the model until a freshly trained one clears the floor, or change decay.floor.`
  };
}
function uncertainFinding(fit, context, percent4) {
  const clause = slopeClause(fit, context, percent4);
  const consequence = "no retraining interval is derived and the fit does not limit the model age";
  if (fit.trend.kind === "too-few-evaluations") {
    return {
      id: "decay:too-few",
      severity: "warn",
      message: `only ${fit.points} evaluations in ${context.path}, fewer than decay.min_evaluations ${context.minEvaluations}, to call a decay (${clause}); ${consequence}`,
      location: { path: context.path },
      measure: {
        figure: "decay evaluations",
        value: fit.points,
        bound: { comparator: ">=", limit: context.minEvaluations }
      },
      fix: "Add evaluations of older model versions on fresh data, or lower decay.min_evaluations."
    };
  }
  if (fit.trend.kind !== "no-significant-decay") return null;
  return {
    id: "decay:uncertain",
    severity: "warn",
    message: `no significant decay: ${clause} over ${fit.points} evaluations, so the line could be noise; ${consequence}`,
    location: { path: context.path },
    measure: {
      figure: "decay p-value",
      value: fit.regression.pValue,
      bound: { comparator: "<", limit: context.significanceLevel }
    },
    fix: "Add evaluations at more model ages until the decay is measured, or limit the age with max_model_age_days."
  };
}
function fitText(fit, context, percent4, retrains) {
  const { slope, intercept, rSquared } = fit.regression;
  const line = `${context.metric} \u2248 ${formatNumber(intercept)} ${slope < 0 ? "\u2212" : "+"} ${formatNumber(Math.abs(slope), 6)} \xD7 age (R\xB2 ${formatNumber(rSquared, 3)})`;
  return `From ${fit.points} evaluations in ${context.path}: ${line}; ${slopeClause(fit, context, percent4)}; ${conclusion(fit, context, percent4, retrains)}.`;
}
function conclusion(fit, context, percent4, retrains) {
  switch (fit.trend.kind) {
    case "too-few-evaluations":
      return `fewer evaluations than decay.min_evaluations ${context.minEvaluations}, so no retraining interval is derived`;
    case "no-significant-decay":
      return `no significant decay, so the line's crossing of the floor ${context.floor} is not a retraining interval`;
    case "improves":
      return `${context.metric} gets significantly better with age, so it does not cross the floor`;
    case "decays": {
      const { crossing } = fit.trend;
      const at = `it crosses the floor ${context.floor} at ${days(crossing.estimate)} days (${percent4} CI ${span(crossing)}, Fieller)`;
      return retrains ? `${at}: retrain at least that often` : `${at}, but a fresh model already misses it`;
    }
  }
}
function summaryOf3(fit, metric) {
  const loss = `${metric} loses ${short(fit.lossPer30Days)} per 30 days`;
  return fit.trend.kind === "decays" || fit.trend.kind === "improves" ? loss : `${loss} (no significant decay)`;
}

// src/statistics/fieller-crossing-interval.ts
function fiellerCrossingInterval(fit, level, confidence) {
  const t = regressionTQuantile(fit, confidence);
  const slopeMargin = t * t * fit.slopeStandardError ** 2;
  const a2 = fit.slope * fit.slope - slopeMargin;
  if (!(a2 > 0)) {
    return {
      bounded: false,
      estimate: fit.slope === 0 ? null : (level - fit.intercept) / fit.slope
    };
  }
  const gap = fit.meanY - level;
  const b2 = fit.slope * gap;
  const c2 = gap * gap - t * t * fit.residualVariance / fit.n;
  const root = Math.sqrt(b2 * b2 - a2 * c2);
  return {
    bounded: true,
    // a > 0 implies a non-zero slope.
    estimate: (level - fit.intercept) / fit.slope,
    low: fit.meanX + (-b2 - root) / a2,
    high: fit.meanX + (-b2 + root) / a2
  };
}

// src/checks/staleness/metric-decay.ts
function fitDecay(points, options) {
  const ages = points.map(([age]) => age);
  const distinct = new Set(ages).size;
  if (distinct < 3) {
    throw new RangeError(
      `${distinct} distinct age(s); a decay fit needs evaluations at 3 or more ages`
    );
  }
  const regression2 = fitLinearRegression(
    ages,
    points.map(([, value]) => value)
  );
  const confidence = 1 - options.significanceLevel;
  const sign = options.direction === "higher_is_better" ? 1 : -1;
  const slope = slopeInterval(regression2, confidence);
  const youngest = youngestEvaluations(points);
  return {
    points: points.length,
    regression: regression2,
    confidence,
    lossPer30Days: -sign * 30 * regression2.slope,
    changePer30Days: {
      estimate: 30 * regression2.slope,
      low: 30 * slope.low,
      high: 30 * slope.high
    },
    youngest,
    freshMissesFloor: sign * (youngest.mean - options.floor) < 0,
    trend: trendOf(regression2, sign, options)
  };
}
function trendOf(regression2, sign, options) {
  if (regression2.n < options.minEvaluations) return { kind: "too-few-evaluations" };
  const crossing = fiellerCrossingInterval(
    regression2,
    options.floor,
    1 - options.significanceLevel
  );
  if (!crossing.bounded) return { kind: "no-significant-decay" };
  if (sign * regression2.slope > 0) return { kind: "improves" };
  const { estimate, low, high } = crossing;
  return { kind: "decays", crossing: { estimate, low, high } };
}
function youngestEvaluations(points) {
  const ageDays = Math.min(...points.map(([age]) => age));
  const values = points.filter(([age]) => age === ageDays).map(([, value]) => value);
  return {
    ageDays,
    mean: values.reduce((a2, b2) => a2 + b2, 0) / values.length,
    evaluations: values.length
  };
}

// src/checks/staleness/staleness-config.ts
var days2 = number({ error: "expected a number of days, e.g. 30" }).positive({ error: "a number of days is positive" });
var ageLimits = strictObject({
  warn: days2.optional().describe("Warn when older than this many days."),
  fail: days2.optional().describe("Fail when older than this many days.")
}).refine((limits) => limits.warn !== void 0 || limits.fail !== void 0, {
  error: "give warn and/or fail, in days"
}).refine(
  (limits) => limits.warn === void 0 || limits.fail === void 0 || limits.warn <= limits.fail,
  {
    error: "warn must not be later than fail"
  }
).meta({ examples: [{ warn: 30, fail: 90 }] });
var stalenessConfig = strictObject({
  model: strictObject({
    metadata: repoPath.optional().describe(
      'A JSON or YAML file with the training time, e.g. {"trained_at": "2026-03-01T12:00:00Z"}.'
    ),
    trained_at_key: string().min(1).default("trained_at").describe("The (dotted) key of the training time in the metadata file."),
    artifact: repoPath.optional().describe("Or: the model file, aged by the time of the last git commit that changed it.")
  }).refine((model) => !model.metadata !== !model.artifact, {
    error: "give the model as metadata: <file with trained_at> or artifact: <model file> (one of them)"
  }).pipe(
    union([
      strictObject({ metadata: string(), trained_at_key: string() }),
      strictObject({ artifact: string(), trained_at_key: string() })
    ])
  ).meta({ examples: [{ metadata: "models/metadata.json" }, { artifact: "models/model.pkl" }] }).optional().describe("Where the model\u2019s age comes from."),
  max_model_age_days: ageLimits.optional().describe("Model age limits (Model 4, Monitor 4)."),
  training_data: strictObject({
    path: inputTableFile.describe("The training data (CSV, JSONL or Parquet)."),
    timestamp_column: columnName.describe(
      "ISO 8601 dates or datetimes; the newest one dates the data."
    )
  }).meta({ examples: [{ path: "data/train.csv", timestamp_column: "event_time" }] }).optional().describe("Data age: now minus the newest timestamp in the training data."),
  max_data_age_days: ageLimits.optional().describe("Training data age limits."),
  decay: strictObject({
    evaluations: inputTableFile.describe(
      "Evaluations of older model versions on fresh data: one row per (model age, metric value)."
    ),
    age_column: columnName.default("age_days").describe("Model age in days at evaluation."),
    metric_column: columnName.describe("The metric, e.g. roc_auc."),
    direction: _enum(["higher_is_better", "lower_is_better"], {
      error: "direction is higher_is_better or lower_is_better"
    }).optional().describe("Needed when the metric column\u2019s name does not tell."),
    floor: number({ error: "floor is the metric value a model must not cross, e.g. 0.8" }).describe(
      "The value the metric must not cross; the age where the fit crosses it is the retraining interval."
    ),
    limit_model_age: boolean().default(true).describe(
      "Fail when the model is older than the retraining interval (and than max_model_age_days.fail); only a significant decay gives one."
    ),
    significance_level: number({ error: "significance_level is a probability, e.g. 0.05" }).gt(0, { error: "significance_level is between 0 and 0.5, e.g. 0.05" }).lte(0.5, { error: "significance_level is between 0 and 0.5, e.g. 0.05" }).default(0.05).describe(
      "The decay counts (a retraining interval, limit_model_age) only when the slope\u2019s p-value is below this; the intervals are at 1 \u2212 this confidence."
    ),
    min_evaluations: number({ error: "min_evaluations is a whole number of evaluations, e.g. 6" }).int({ error: "min_evaluations is a whole number of evaluations, e.g. 6" }).min(3, { error: "min_evaluations is at least 3 (a line and its error need 3 points)" }).default(6).describe("Fewer evaluations than this only warn: no retraining interval is derived.")
  }).optional().describe(
    "How fast the model decays: a linear fit of the metric against model age, with its confidence interval."
  )
}).superRefine((config, context) => {
  const issue = (path2, message) => context.addIssue({ code: "custom", path: path2, message });
  if (!config.model && !config.training_data) {
    issue(["model"], "give model (its age) and/or training_data (its age)");
  }
  if (config.max_model_age_days && !config.model)
    issue(["model"], "max_model_age_days needs model: {metadata | artifact}");
  if (config.max_data_age_days && !config.training_data)
    issue(["training_data"], "max_data_age_days needs training_data");
  if (config.model && !config.max_model_age_days && !config.decay) {
    issue(
      ["max_model_age_days"],
      "give max_model_age_days (warn/fail) or a decay fit to limit the model age"
    );
  }
  if (config.training_data && !config.max_data_age_days) {
    issue(["max_data_age_days"], "give max_data_age_days (warn/fail) for the training data");
  }
});

// src/checks/staleness/trained-at.ts
var import_yaml6 = __toESM(require_dist(), 1);
function trainedAtFrom(text, source, key38) {
  let document;
  try {
    document = (0, import_yaml6.parse)(text, { schema: "core" });
  } catch (error) {
    throw new Error(`${source}: not valid JSON or YAML (${errorMessage(error).split("\n")[0]})`);
  }
  let value = document;
  for (const part of key38.split(".")) {
    value = value !== null && typeof value === "object" ? value[part] : void 0;
  }
  if (value === void 0 || value === null) {
    throw new Error(
      `${source}: no "${key38}"; write the training time there, e.g. ${key38}: "2026-03-01T12:00:00Z"`
    );
  }
  const ms = typeof value === "string" ? parseIsoDatetime(value) ?? parseIsoDate(value) : void 0;
  if (ms === void 0) {
    throw new Error(
      `${source}: "${key38}" is ${JSON.stringify(value)}, not an ISO 8601 date or datetime such as 2026-03-01T12:00:00Z`
    );
  }
  return new Date(ms);
}

// src/checks/staleness/staleness.ts
var key32 = "checks.staleness";
var staleness = {
  id: "staleness",
  title: "Model and training data are fresh enough",
  rubric: ["model-4", "monitor-4"],
  config: stalenessConfig,
  async run(config, { workspace, now }) {
    const decay = config.decay ? await decayFromEvaluations(workspace, config.decay) : null;
    const ages = [
      ...config.model ? [await modelAgePart(workspace, config.model, config, decay, now)] : [],
      ...config.training_data ? [await dataAgePart(workspace, config.training_data, config.max_data_age_days, now)] : []
    ];
    return {
      kind: "ran",
      summary: [...decay ? [decay.summary] : [], ...ages.map((age) => age.summary)].join("; "),
      figures: [...decay?.figures ?? [], ...ages.map((age) => age.figure)],
      findings: [
        ...decay?.findings ?? [],
        ...ages.flatMap((age) => age.finding ? [age.finding] : [])
      ],
      details: decay?.details ?? []
    };
  }
};
async function modelAgePart(workspace, model, config, decay, now) {
  const { trainedAt, source, path: path2 } = await modelAge(workspace, model);
  const limits = { ...config.max_model_age_days };
  const fromDecay = config.decay?.limit_model_age ? decay?.ageLimit : null;
  if (fromDecay && fromDecay.fail < (limits.fail ?? Number.POSITIVE_INFINITY)) {
    Object.assign(limits, fromDecay);
  }
  return ageLimitOutcome(
    {
      id: "model:age",
      what: "model",
      ageDays: (now.getTime() - trainedAt.getTime()) / millisecondsPerDay,
      source,
      time: trainedAt,
      location: { path: path2 },
      limitKey: "max_model_age_days",
      renew: "Retrain the model and record its new training time"
    },
    limits
  );
}
async function dataAgePart(workspace, data, limits, now) {
  const { path: path2, column, newest } = await newestTimestamp(workspace, data);
  return ageLimitOutcome(
    {
      id: "data:age",
      what: "training data",
      ageDays: (now.getTime() - newest) / millisecondsPerDay,
      source: `newest ${column} in ${path2}`,
      time: new Date(newest),
      location: { path: path2, column },
      limitKey: "max_data_age_days",
      renew: "Retrain on data that includes recent rows"
    },
    limits ?? {}
  );
}
async function decayFromEvaluations(workspace, decay) {
  const { path: path2, options } = tableFileOptions(decay.evaluations);
  const table2 = await workspace.readTable(path2, `${key32}.decay.evaluations`, options);
  const metric = decay.metric_column;
  const direction = decay.direction ?? directionOf(metric);
  if (!direction) {
    throw new Error(
      `${key32}.decay.direction: say whether "${metric}" is higher_is_better or lower_is_better`
    );
  }
  const ages = requireColumn(table2, decay.age_column, `${key32}.decay.age_column`);
  const values = requireColumn(table2, metric, `${key32}.decay.metric_column`);
  const number2 = (cells, row2, column) => {
    const value = parseNumberCell(cells[row2]);
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw rowError(
        table2,
        row2,
        `"${String(cells[row2])}" in column "${column}" is not a finite number`
      );
    }
    return value;
  };
  const points = ages.map(
    (_, row2) => [number2(ages, row2, decay.age_column), number2(values, row2, metric)]
  );
  const settings = {
    direction,
    floor: decay.floor,
    significanceLevel: decay.significance_level,
    minEvaluations: decay.min_evaluations
  };
  try {
    return decayOutcome(fitDecay(points, settings), { ...settings, metric, path: path2, points });
  } catch (error) {
    throw new Error(`${path2}: ${errorMessage(error)}`);
  }
}
async function newestTimestamp(workspace, data) {
  const { path: path2, options } = tableFileOptions(data.path);
  const column = data.timestamp_column;
  const table2 = await workspace.readTable(path2, `${key32}.training_data.path`, {
    ...options,
    columns: [column]
  });
  let newest = Number.NEGATIVE_INFINITY;
  requireColumn(table2, column, `${key32}.training_data.timestamp_column`).forEach((cell, row2) => {
    if (cell === null) return;
    const ms = typeof cell === "string" ? parseIsoDatetime(cell) ?? parseIsoDate(cell) : void 0;
    if (ms === void 0) {
      throw rowError(
        table2,
        row2,
        `"${String(cell)}" in column "${column}" is not an ISO 8601 date or datetime`
      );
    }
    newest = Math.max(newest, ms);
  });
  if (newest === Number.NEGATIVE_INFINITY) {
    throw new Error(
      `${path2}: column "${column}" has no timestamp at all, so the data's age is unknown`
    );
  }
  return { path: path2, column, newest };
}
async function modelAge(workspace, model) {
  if ("metadata" in model) {
    const text = await workspace.readText(model.metadata, `${key32}.model.metadata`);
    const trainedAt2 = trainedAtFrom(text, model.metadata, model.trained_at_key);
    return {
      trainedAt: trainedAt2,
      source: `${model.trained_at_key} in ${model.metadata}`,
      path: model.metadata
    };
  }
  const trainedAt = await workspace.commitTimeOf(model.artifact, `${key32}.model.artifact`);
  if (!trainedAt) {
    throw new Error(
      `${key32}.model.artifact: git has no commit of ${model.artifact}; commit it, or give model.metadata with trained_at`
    );
  }
  return { trainedAt, source: `last commit of ${model.artifact}`, path: model.artifact };
}

// src/drift/compare-examples.ts
function reader(column) {
  if (column.kind === "category") {
    return (row2) => {
      const code2 = column.codes[row2];
      return code2 < 0 ? null : column.dictionary[code2];
    };
  }
  return (row2) => column.status[row2] === CELL_PRESENT ? column.values[row2] : null;
}
function idOf(value) {
  if (value === null) return null;
  return typeof value === "number" ? String(value) : value;
}
function compareExamples(training, serving, idColumn, pairs, tolerance3, keep) {
  const trainingId = reader(requireColumn3(training, idColumn));
  const servingIds = indexById(serving, idColumn);
  const columns = pairs.map((pair) => columnTally(training, serving, pair));
  const seen = /* @__PURE__ */ new Map();
  let joined = 0;
  let skewedExamples = 0;
  const worst2 = [];
  for (let row2 = 0; row2 < training.rowCount; row2++) {
    const id = idOf(trainingId(row2));
    if (id === null) continue;
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    const match = count > 1 ? void 0 : servingIds.first.get(id);
    if (match === void 0) continue;
    joined++;
    const mismatched = [];
    for (const column of columns) {
      if (tallyRow(column, row2, match, id, tolerance3, keep)) mismatched.push(column.pair.name);
    }
    if (mismatched.length > 0) {
      skewedExamples++;
      keepMost(worst2, { id, columns: mismatched }, keep);
    }
  }
  return {
    idColumn,
    trainingRows: training.rowCount,
    servingRows: serving.rowCount,
    joined,
    onlyInTraining: countMissing(seen.keys(), servingIds.first),
    onlyInServing: countMissing(servingIds.first.keys(), seen),
    duplicateIds: duplicates(servingIds.repeats, seen, keep),
    columns: columns.map(columnResult).sort((a2, b2) => b2.mismatches - a2.mismatches || (a2.name < b2.name ? -1 : 1)),
    skewedExamples,
    worstExamples: worst2
  };
}
function indexById(scan, idColumn) {
  const ids = reader(requireColumn3(scan, idColumn));
  const first2 = /* @__PURE__ */ new Map();
  const repeats = /* @__PURE__ */ new Map();
  for (let row2 = 0; row2 < scan.rowCount; row2++) {
    const id = idOf(ids(row2));
    if (id === null) continue;
    if (first2.has(id)) repeats.set(id, (repeats.get(id) ?? 1) + 1);
    else first2.set(id, row2);
  }
  return { first: first2, repeats };
}
function duplicates(servingRepeats, seen, keep) {
  const serving = [...servingRepeats].slice(0, keep).map(([id, count]) => ({
    side: "serving",
    id,
    count
  }));
  const training = [...seen].filter(([, count]) => count > 1).slice(0, 2 * keep - serving.length).map(([id, count]) => ({ side: "training", id, count }));
  return [...serving, ...training];
}
function columnTally(training, serving, pair) {
  return {
    pair,
    training: reader(requireColumn3(training, pair.training)),
    serving: reader(requireColumn3(serving, pair.serving)),
    compared: 0,
    mismatches: 0,
    maxDifference: null,
    examples: [],
    first: null
  };
}
function tallyRow(column, row2, match, id, tolerance3, keep) {
  const a2 = column.training(row2);
  const b2 = column.serving(match);
  if (a2 === null && b2 === null) return false;
  column.compared++;
  const difference = differenceOf(a2, b2, tolerance3);
  if (difference === 0) return false;
  column.mismatches++;
  column.first ??= { id, training: a2, serving: b2 };
  if (typeof a2 === "number" && typeof b2 === "number" && Number.isFinite(difference)) {
    column.maxDifference = Math.max(column.maxDifference ?? 0, difference);
  }
  keepLargest(column.examples, { id, training: a2, serving: b2, difference }, keep);
  return true;
}
function columnResult(column) {
  return {
    name: column.pair.name,
    compared: column.compared,
    mismatches: column.mismatches,
    mismatchShare: column.compared === 0 ? 0 : column.mismatches / column.compared,
    maxAbsoluteDifference: column.maxDifference,
    examples: column.examples.map(({ difference: _, ...mismatch }) => mismatch),
    first: column.first
  };
}
function requireColumn3(scan, name) {
  const column = scan.column(name);
  if (column) return column;
  throw new Error(
    scan.columnNames.includes(name) ? `${scan.source}: column "${name}" was not read; add it to the schema` : `${scan.source} has no column "${name}"; it has: ${scan.columnNames.join(", ")}`
  );
}
function differenceOf(a2, b2, tolerance3) {
  if (a2 === null || b2 === null) return Number.POSITIVE_INFINITY;
  const x = typeof a2 === "number" ? a2 : typeof b2 === "number" ? parseNumberCell(a2) : void 0;
  const y = typeof b2 === "number" ? b2 : typeof a2 === "number" ? parseNumberCell(b2) : void 0;
  if (x === void 0 || y === void 0 || x === null || y === null) {
    return a2 === b2 ? 0 : Number.POSITIVE_INFINITY;
  }
  if (Object.is(x, y) || Number.isNaN(x) && Number.isNaN(y)) return 0;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return Number.POSITIVE_INFINITY;
  const difference = Math.abs(x - y);
  return difference <= tolerance3.absolute + tolerance3.relative * Math.max(Math.abs(x), Math.abs(y)) ? 0 : difference;
}
function keepLargest(list, item, keep) {
  if (list.length >= keep && !(item.difference > list[list.length - 1].difference)) return;
  let at = list.length;
  while (at > 0 && item.difference > list[at - 1].difference) at--;
  list.splice(at, 0, item);
  if (list.length > keep) list.pop();
}
function keepMost(list, item, keep) {
  if (list.length >= keep && !(item.columns.length > list[list.length - 1].columns.length)) return;
  let at = list.length;
  while (at > 0 && item.columns.length > list[at - 1].columns.length) at--;
  list.splice(at, 0, item);
  if (list.length > keep) list.pop();
}
function countMissing(keys, other) {
  let missing = 0;
  for (const key38 of keys) if (!other.has(key38)) missing++;
  return missing;
}

// src/checks/train-serve-skew/examples-outcome.ts
function examplesPart(comparison2, subject) {
  const failing = comparison2.columns.filter(
    (c2) => c2.mismatches > 0 && c2.mismatchShare > subject.maxShare
  );
  return {
    figures: subject.prefix === "values" ? valueFigures(comparison2) : parityFigures(comparison2, subject.maxShare),
    findings: [
      ...joinFindings(comparison2, subject),
      ...failing.map((column) => columnFinding(column, comparison2.idColumn, subject))
    ],
    details: details2(comparison2, subject.prefix)
  };
}
function joinFindings(comparison2, subject) {
  const { prefix: prefix2, configKey } = subject;
  const findings = [];
  const label = prefix2 === "values" ? "feature values" : "predictions";
  if (comparison2.joined === 0) {
    findings.push({
      id: `${prefix2}:no-join`,
      severity: "fail",
      message: `no ${comparison2.idColumn} of the serving file matches one of the training file (${comparison2.trainingRows} and ${comparison2.servingRows} rows): the ${label} cannot be compared; check that both files log the same ids`,
      measure: { figure: "examples joined by id", value: 0, bound: { comparator: ">", limit: 0 } },
      fix: subject.servingStep ? `Make step \`${subject.servingStep}\` run on the training examples (${subject.trainingPath}) and write their ${comparison2.idColumn}, or correct \`${configKey}.id_column\`.` : `Log the same ids in the training and the serving file, or correct \`${configKey}.id_column\`.`
    });
  }
  if (comparison2.duplicateIds.length > 0) {
    findings.push({
      id: `${prefix2}:duplicate-ids`,
      severity: "warn",
      message: `${comparison2.idColumn} repeats, so only the first row of each id is compared: ${comparison2.duplicateIds.slice(0, 5).map((d2) => `${d2.side} ${JSON.stringify(d2.id)} \xD7${d2.count}`).join(", ")}`,
      measure: {
        figure: "repeated ids",
        value: comparison2.duplicateIds.length,
        bound: { comparator: "==", limit: 0 }
      },
      fix: `Log each ${comparison2.idColumn} once per file, or choose an id column that is unique in \`${configKey}.id_column\`.`
    });
  }
  return findings;
}
function columnFinding(column, idColumn, subject) {
  const { prefix: prefix2, servingPath, maxShare, configKey, servingStep } = subject;
  const values = prefix2 === "values";
  const serving = servingStep ? `step \`${servingStep}\`` : "serving";
  return {
    id: values ? `values:${column.name}` : "predictions:parity",
    severity: "fail",
    message: `${values ? "feature" : "prediction"} \`${column.name}\`: ${differing(column, maxShare)}${first(column.first, idColumn)}`,
    location: values ? { path: servingPath, feature: column.name } : { path: servingPath, column: column.name },
    measure: {
      figure: values ? "share of examples that differ" : "share of predictions that differ",
      value: column.mismatchShare,
      bound: { comparator: "<=", limit: maxShare }
    },
    fix: values ? `Make ${serving} compute \`${column.name}\` with the training code and inputs, or loosen \`${configKey}.absolute_tolerance\`, \`relative_tolerance\` or \`max_mismatch_share\`.` : `Make ${serving} load the same model and features as training, or loosen \`${configKey}.absolute_tolerance\`, \`relative_tolerance\` or \`max_mismatch_share\`.`
  };
}
function differing(column, maxShare) {
  const share2 = maxShare > 0 ? ` (${percentsBeside(column.mismatchShare, maxShare).join(" > ")} allowed)` : "";
  const largest = column.maxAbsoluteDifference !== null ? `, largest |\u0394| ${formatNumber2(column.maxAbsoluteDifference)}` : "";
  return `${column.mismatches} of ${column.compared} examples differ${share2}${largest}`;
}
function first(mismatch, idColumn) {
  if (mismatch === null) return "";
  const { training, serving } = mismatch;
  const [a2, b2] = typeof training === "number" && typeof serving === "number" ? formatBeside(training, serving) : [shown2(training), shown2(serving)];
  return `; first ${idColumn} ${mismatch.id}: training ${a2}, serving ${b2}`;
}
function shown2(value) {
  if (value === null) return "missing";
  return typeof value === "number" ? formatNumber2(value) : JSON.stringify(value);
}
function valueFigures(comparison2) {
  const none = { threshold: "= 0", bound: { comparator: "==", limit: 0 } };
  return [
    { name: "examples joined by id", value: comparison2.joined },
    {
      name: "features with differing values",
      value: comparison2.columns.filter((c2) => c2.mismatches > 0).length,
      ...none
    },
    { name: "examples with a differing value", value: comparison2.skewedExamples, ...none }
  ];
}
function parityFigures(comparison2, maxShare) {
  const compared = comparison2.columns[0]?.compared ?? 0;
  return [
    { name: "predictions compared", value: compared },
    {
      name: "predictions that differ",
      value: comparison2.columns[0]?.mismatches ?? 0,
      threshold: maxShare === 0 ? "= 0" : `\u2264 ${percent3(maxShare)}`,
      // The limit is a share; as a count it is that share of the predictions compared.
      bound: maxShare === 0 ? { comparator: "==", limit: 0 } : { comparator: "<=", limit: maxShare * compared }
    }
  ];
}
function details2(comparison2, prefix2) {
  const { idColumn } = comparison2;
  const blocks2 = [
    {
      type: "table",
      title: prefix2 === "values" ? "Feature values, example by example" : "Prediction parity",
      header: [
        prefix2 === "values" ? "Feature" : "Prediction",
        "Compared",
        "Differ",
        "Share",
        "Max |\u0394|",
        "Largest differences"
      ],
      rows: comparison2.columns.map((c2) => [
        c2.name,
        c2.compared,
        c2.mismatches,
        percent3(c2.mismatchShare),
        c2.maxAbsoluteDifference === null ? "" : formatStatistic(c2.maxAbsoluteDifference),
        c2.examples.slice(0, 3).map(describe4(idColumn)).join("; ")
      ]),
      note: `${comparison2.joined} examples joined on ${idColumn}; ${comparison2.onlyInTraining} only in training, ${comparison2.onlyInServing} only in serving.`
    }
  ];
  if (prefix2 === "values" && comparison2.worstExamples.length > 0) {
    blocks2.push({
      type: "list",
      title: "Examples with the most differing features",
      items: comparison2.worstExamples.map(
        (e2) => `${idColumn}=${e2.id}: ${e2.columns.length} feature(s) differ \u2014 ${e2.columns.join(", ")}`
      )
    });
  }
  return blocks2;
}
function describe4(idColumn) {
  const show2 = (value) => value === null ? "missing" : typeof value === "number" ? String(value) : JSON.stringify(value);
  return (m) => `${idColumn}=${m.id}: training ${show2(m.training)}, serving ${show2(m.serving)}`;
}
function percent3(share2) {
  return `${Math.round(share2 * 1e4) / 100}%`;
}

// src/checks/train-serve-skew/prediction-parity.ts
var key33 = "checks.train_serve_skew.predictions";
async function predictionParity(p, workspace, maxExamples) {
  const servingColumn = p.serving_column ?? p.column;
  const read = async (file, role, column) => {
    const { path: path2, options } = tableFileOptions(file);
    return workspace.scanTable(path2, `${key33}.${role}`, {
      ...options,
      columns: { [p.id_column]: "category", [column]: "number" }
    });
  };
  const training = await read(p.training, "training", p.column);
  const serving = await read(p.serving, "serving", servingColumn);
  const comparison2 = compareExamples(
    training,
    serving,
    p.id_column,
    [
      {
        name: p.column === servingColumn ? p.column : `${p.column} / ${servingColumn}`,
        training: p.column,
        serving: servingColumn
      }
    ],
    { absolute: p.absolute_tolerance, relative: p.relative_tolerance },
    maxExamples
  );
  const servingPath = tableFileOptions(p.serving).path;
  const servingStep = parseStepOutputPath(servingPath)?.step;
  const part = examplesPart(comparison2, {
    prefix: "predictions",
    servingPath,
    maxShare: p.max_mismatch_share,
    configKey: key33,
    trainingPath: training.source,
    ...servingStep ? { servingStep } : {}
  });
  const parity = comparison2.columns[0];
  return {
    ...part,
    findings: [
      ...notNumbers(training, p.column, "training"),
      ...notNumbers(serving, servingColumn, "serving"),
      ...part.findings
    ],
    summary: `predictions: ${parity?.mismatches ?? 0} of ${parity?.compared ?? 0} differ`
  };
}
function notNumbers(scan, column, side) {
  const count = scan.column(column)?.badCount ?? 0;
  if (count === 0) return [];
  const bad = scan.badCells.filter((cell) => cell.column === column);
  const shown3 = bad.slice(0, 3).map((cell) => `${JSON.stringify(cell.value)} (line ${cell.line})`).join(", ");
  return [
    {
      id: `predictions:${scan.source}:not-numbers`,
      severity: "fail",
      message: `${scan.source}: ${count} prediction(s) in "${column}" are not numbers, e.g. ${shown3}`,
      location: { path: scan.source, column, ...bad[0]?.line ? { line: bad[0].line } : {} },
      measure: {
        figure: "predictions that are not numbers",
        value: count,
        bound: { comparator: "==", limit: 0 }
      },
      fix: `Make the ${side} side write a number in every \`${column}\` cell of ${scan.source}.`
    }
  ];
}

// src/checks/train-serve-skew/log-age.ts
function logAge(source) {
  const { code: code2, loggedAt, gitProblem } = source;
  if (gitProblem !== void 0) return { kind: "no git", problem: gitProblem };
  if (code2 === void 0) return { kind: "unknown code" };
  const { origin, patterns } = code2;
  if (code2.files.length === 0) return { kind: "no code files", origin, patterns };
  if (loggedAt === null) return { kind: "no log history", origin };
  const dated = code2.files.filter((file) => file.changedAt !== null).sort((a2, b2) => b2.changedAt.getTime() - a2.changedAt.getTime());
  const newest = dated[0];
  if (newest === void 0) return { kind: "no code history", origin };
  const newer = dated.filter((file) => file.changedAt.getTime() > loggedAt.getTime());
  if (newer.length === 0) return { kind: "current", loggedAt, newest };
  return source.reproduced && source.writer ? { kind: "reproduced", loggedAt, newest, newer, step: source.writer.step } : { kind: "older", loggedAt, newest, newer };
}

// src/checks/train-serve-skew/serving-source.ts
var key34 = "checks.train_serve_skew";
async function servingSources(config, workspace, pipeline) {
  const steps = pipeline?.steps ?? {};
  const files = [["features", tableFileOptions(config.serving).path]];
  if (config.predictions) {
    files.push(["predictions", tableFileOptions(config.predictions.serving).path]);
  }
  let tracked;
  const git = {
    times: commitTimes(workspace),
    tracked: () => {
      tracked ??= workspace.listTrackedFiles();
      return tracked;
    }
  };
  const sources = [];
  for (const [role, path2] of files) {
    const fresh = parseStepOutputPath(path2);
    if (fresh) {
      const command = steps[fresh.step]?.command ?? "";
      sources.push({ kind: "step", role, ...fresh, command });
    } else {
      const committed = await committedServing(role, path2, config, steps, git);
      sources.push(await withReproduction(committed, workspace, pipeline));
    }
  }
  return sources;
}
async function committedServing(role, path2, config, steps, git) {
  const writer = writerOf(steps, path2);
  const committed = {
    kind: "committed",
    role,
    path: path2,
    ...writer ? { writer: { step: writer.step, command: writer.command } } : {},
    loggedAt: null
  };
  const globs2 = config.serving_code ? { origin: `${key34}.serving_code`, patterns: config.serving_code } : writer && { origin: `steps.${writer.step}.inputs`, patterns: writer.inputs };
  if (globs2 === void 0) return committed;
  const patterns = globs2.patterns.map(globToRegExp);
  try {
    const files = await codeFiles(patterns, path2, await git.tracked(), git.times);
    committed.code = { ...globs2, files };
    const pathKey = role === "features" ? `${key34}.serving` : `${key34}.predictions.serving`;
    committed.loggedAt = await git.times(path2, pathKey);
  } catch (error) {
    committed.gitProblem = errorMessage(error);
  }
  return committed;
}
async function withReproduction(committed, workspace, pipeline) {
  const { writer, path: path2 } = committed;
  if (pipeline === void 0 || writer === void 0 || logAge(committed).kind !== "older") {
    return committed;
  }
  const run = await pipeline.run(writer.step).catch(() => void 0);
  if (run?.kind !== "ran") return committed;
  const written = run.outputs.find((output) => output.step === writer.step && output.path === path2);
  if (written === void 0 || written.problem !== void 0) return committed;
  const outputKey = `steps.${writer.step}.outputs`;
  const [now, then] = await Promise.all([
    run.copy.hashFile(path2, outputKey),
    workspace.hashFile(path2, outputKey)
  ]);
  const same = now?.kind === "file" && then?.kind === "file" && now.sha256 === then.sha256;
  return { ...committed, reproduced: same };
}
function writerOf(steps, path2) {
  for (const [step, definition] of Object.entries(steps)) {
    if (definition.outputs.map(outputPath).includes(path2)) {
      return { step, command: definition.command, inputs: definition.inputs };
    }
  }
  return void 0;
}
async function codeFiles(patterns, logs, tracked, times) {
  const paths = tracked.filter((path2) => path2 !== logs && matchesAny(patterns, path2));
  const files = [];
  for (let start = 0; start < paths.length; start += 8) {
    const batch = paths.slice(start, start + 8);
    const dates2 = await Promise.all(batch.map((path2) => times(path2)));
    files.push(...batch.map((path2, i) => ({ path: path2, changedAt: dates2[i] ?? null })));
  }
  return files;
}
function commitTimes(workspace) {
  const known = /* @__PURE__ */ new Map();
  return (path2, pathKey = `${key34}.serving_code`) => {
    let time = known.get(path2);
    if (time === void 0) {
      time = workspace.commitTimeOf(path2, pathKey);
      known.set(path2, time);
    }
    return time;
  };
}

// src/checks/train-serve-skew/serving-source-outcome.ts
function servingPart(sources) {
  return {
    summary: sources.map(summaryPhrase).join("; "),
    findings: sources.flatMap(ageFindings),
    details: [{ type: "list", title: "Serving data", items: sources.map(detailLine) }]
  };
}
function summaryPhrase(source) {
  const noun = source.role;
  if (source.kind === "step") {
    return `serving ${noun} produced now by step \`${source.step}\``;
  }
  const older = logAge(source).kind === "older" ? " (older than the serving code)" : "";
  return `serving ${noun} from committed serving logs ${source.path}${older}`;
}
function detailLine(source) {
  const noun = source.role;
  if (source.kind === "step") {
    return `serving ${noun}: produced now by step \`${source.step}\` (\`${source.command}\`), its output ${source.file}`;
  }
  return `serving ${noun}: committed serving logs ${source.path}${ageText(logAge(source), source.path)}`;
}
function ageText(age, path2) {
  switch (age.kind) {
    case "no git":
      return `; git could not tell their history (${age.problem}), so whether they are older than the serving code is not known`;
    case "unknown code":
      return `; which code writes them is not known: set \`checks.train_serve_skew.serving_code\`, or declare ${path2} as an output of the step that writes it, to be warned when the logs are older than that code`;
    case "no code files":
      return `; no tracked file matches \`${age.origin}\` (${age.patterns.join(", ")}), so their age against the serving code is not known`;
    case "no log history":
      return `; git has no history for them, so whether they are older than the serving code (\`${age.origin}\`) is not known`;
    case "no code history":
      return `; git has no history for the serving code (\`${age.origin}\`), so whether the logs are older is not known`;
    case "current": {
      const [logged, changed] = dates(age.loggedAt, age.newest.changedAt);
      return `, last committed ${logged}, not before the serving code last changed (${age.newest.path}, ${changed})`;
    }
    case "older":
    case "reproduced": {
      const [logged, changed] = dates(age.loggedAt, age.newest.changedAt);
      const since = `, last committed ${logged}, before the serving code changed (${names2(age.newer)}; latest ${changed})`;
      return age.kind === "older" ? since : `${since}, but step \`${age.step}\` run now writes them byte for byte as committed`;
    }
  }
}
function ageFindings(source) {
  if (source.kind === "step") return [];
  const age = logAge(source);
  if (age.kind === "no code files" && age.origin.endsWith(".serving_code")) {
    return [
      {
        id: "serving-code:no-files",
        severity: "warn",
        message: `no tracked file matches \`${age.origin}\` (${age.patterns.join(", ")}), so whether ${source.path} is older than the serving code cannot be told`,
        fix: `Name the tracked files of the serving code in \`${age.origin}\`, e.g. "serve/**/*.py".`
      }
    ];
  }
  if (age.kind !== "older") return [];
  return [olderFinding(source, age)];
}
function olderFinding(source, age) {
  const { newest } = age;
  const [logged, changed] = dates(age.loggedAt, newest.changedAt);
  const others = age.newer.length > 1 ? ` and ${age.newer.length - 1} other file(s) of the serving code` : "";
  const { path: path2, writer } = source;
  return {
    id: `serving-logs:${path2}:older-than-code`,
    severity: "warn",
    message: `${path2} was last committed ${logged}, before ${newest.path}${others} changed (${changed}): the logs may not show what the serving code computes now`,
    location: { path: path2 },
    measure: {
      figure: "serving code newer than the logs by",
      ...timeGap(newest.changedAt.getTime() - age.loggedAt.getTime()),
      bound: { comparator: "<=", limit: 0 }
    },
    // One code change leaves every log it writes behind: one reason in the report.
    cause: "serving-logs-older-than-code",
    fix: writer ? `Regenerate the logs with step \`${writer.step}\` (\`${writer.command}\`) and commit them, or read them as {step: ${writer.step}, file: ${path2}} to compare what the code computes now.` : `Regenerate the logs with the serving code and commit them, or declare ${path2} as an output of the step that writes it (\`steps.<name>.outputs\`) so committed_artifacts checks it.`
  };
}
function names2(files) {
  const shown3 = files.slice(0, 5).map((file) => file.path);
  return files.length > shown3.length ? `${shown3.join(", ")} and ${files.length - shown3.length} more` : shown3.join(", ");
}
function dates(first2, second) {
  const day = (date) => date.toISOString().slice(0, 10);
  if (day(first2) !== day(second)) return [day(first2), day(second)];
  const minute = (date) => `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  return [minute(first2), minute(second)];
}
function timeGap(milliseconds) {
  const minutes = milliseconds / 6e4;
  if (minutes < 60) return { value: minutes, unit: "minutes" };
  if (minutes < 48 * 60) return { value: minutes / 60, unit: "hours" };
  return { value: milliseconds / millisecondsPerDay, unit: "days" };
}

// src/checks/train-serve-skew/train-serve-skew-config.ts
var tolerance2 = {
  absolute_tolerance: nonNegative.default(1e-9).describe(
    "Two numbers are equal when they differ by at most absolute_tolerance + relative_tolerance \xD7 the larger magnitude."
  ),
  relative_tolerance: nonNegative.default(1e-6).describe(
    "Two numbers are equal when they differ by at most absolute_tolerance + relative_tolerance \xD7 the larger magnitude."
  )
};
var predictions = strictObject({
  training: inputTableFile.describe("Predictions computed by the training (offline) code."),
  serving: inputTableFile.describe("Predictions logged by the serving path for the same examples."),
  id_column: string().min(1, { error: "name the id column both prediction files carry" }).describe("The example id column in both files."),
  column: string().min(1, { error: "name the prediction column, e.g. score" }).describe(
    "The prediction column (the same name in both files, unless serving_column is given)."
  ),
  serving_column: string().min(1).optional().describe("The prediction column of the serving file, when it is named differently."),
  ...tolerance2,
  max_mismatch_share: probability.default(0).describe("Fail when more than this share of joined examples disagree (0: any disagreement).")
});
var trainServeSkewConfig = strictObject({
  training: referenceData.describe(
    "Training features, or {profile: file} for a committed profile of them (distribution skew only)."
  ),
  serving: inputTableFile.describe("A sample of the features the serving path computed."),
  schema: repoPath.optional().describe("A Frictionless Table Schema, as for drift."),
  id_column: string().min(1).optional().describe(
    "An example id both files carry: each serving example is joined to its training example and every feature value compared."
  ),
  ...tolerance2,
  max_mismatch_share: probability.default(0).describe(
    "Example by example: a feature fails when more than this share of joined examples disagree."
  ),
  max_examples: int().min(1).max(100).default(10).describe("Examples and values listed per problem in the report."),
  serving_code: array(repoPath).min(1, {
    error: 'name the files of the serving code, e.g. ["serve/**/*.py"], or leave the key out'
  }).optional().describe(
    "The code that writes committed serving logs (tracked files matching these globs): the check warns when the logs were last committed before that code changed. Default: the `inputs` of the step that declares the logs as an output."
  ),
  predictions: predictions.optional().describe("Prediction parity: training-side and serving-side predictions for the same ids."),
  ...driftRulesSchema(defaultSkewRules)
}).refine((config) => config.warn_share <= config.fail_share, {
  error: "warn_share must not exceed fail_share",
  path: ["warn_share"]
}).refine(
  (config) => config.id_column === void 0 || typeof config.training !== "object" || !("profile" in config.training),
  {
    error: "id_column compares examples one by one, which needs the training rows; give training as a data file, or drop id_column",
    path: ["id_column"]
  }
);

// src/checks/train-serve-skew/train-serve-skew.ts
var key35 = "checks.train_serve_skew";
var trainServeSkew = {
  id: "train_serve_skew",
  title: "Training and serving compute the same features and predictions",
  rubric: ["monitor-3"],
  config: trainServeSkewConfig,
  async run(config, { workspace, pipeline, scanThreads }) {
    const schema = config.schema ? parseTableSchema(await workspace.readText(config.schema, `${key35}.schema`), config.schema) : void 0;
    const rules = rulesFromConfig(config);
    const keepScans = config.id_column !== void 0;
    const run = await onScanThreads(
      scanThreads,
      `${key35}.serving`,
      async (elsewhere) => runDrift(
        await referenceFile(workspace, config.training, `${key35}.training`),
        dataFile(workspace, config.serving, `${key35}.serving`),
        rules,
        schema,
        // With keepScans the rows are joined here, and runDrift compares them all here.
        { keepScans, configKey: key35, ...elsewhere ? { elsewhere } : {} }
      )
    );
    const serving = servingPart(await servingSources(config, workspace, pipeline));
    const parts = [];
    if (config.id_column !== void 0)
      parts.push(featureValues(run, rules, config, config.id_column));
    if (config.predictions) {
      parts.push(await predictionParity(config.predictions, workspace, config.max_examples));
    }
    return driftOutcome(run, {
      noun: "skew",
      configKey: key35,
      extraFigures: parts.flatMap((part) => part.figures),
      extraFindings: [...parts.flatMap((part) => part.findings), ...serving.findings],
      extraDetails: [...serving.details, ...parts.flatMap((part) => part.details)],
      extraSummary: [...parts.map((part) => part.summary), serving.summary]
    });
  }
};
function featureValues(run, rules, config, idColumn) {
  const scans = run.scans;
  const ignored = /* @__PURE__ */ new Set([...rules.ignore, idColumn]);
  const names3 = run.result.features.filter((f2) => f2.status !== "ignored" && !ignored.has(f2.name)).map((f2) => f2.name).sort();
  const comparison2 = compareExamples(
    scans.reference,
    scans.current,
    idColumn,
    names3.map((name) => ({ name, training: name, serving: name })),
    { absolute: config.absolute_tolerance, relative: config.relative_tolerance },
    config.max_examples
  );
  const servingPath = tableFileOptions(config.serving).path;
  const servingStep = parseStepOutputPath(servingPath)?.step;
  const part = examplesPart(comparison2, {
    prefix: "values",
    servingPath,
    maxShare: config.max_mismatch_share,
    configKey: key35,
    trainingPath: run.result.reference.path,
    ...servingStep ? { servingStep } : {}
  });
  const differing2 = comparison2.columns.filter((c2) => c2.mismatches > 0).length;
  return {
    ...part,
    summary: `example by example: ${differing2} feature(s) differ in ${comparison2.skewedExamples} of ${comparison2.joined} joined examples`
  };
}

// src/checks/unit-tests/test-areas.ts
var areas = [
  ["model_spec", "model spec"],
  ["feature_code", "feature code"]
];
function assessArea(id, label, config, inputs) {
  const area2 = config[id];
  const selected = selectTests(inputs.cases, area2.tests.map(globToRegExp), inputs.root);
  const minimum = area2.minimum_coverage ?? config.minimum_coverage;
  const minimumKey = `checks.unit_tests${area2.minimum_coverage === void 0 ? "" : `.${id}`}.minimum_coverage`;
  return {
    id,
    label,
    tests: area2.tests,
    code: area2.code,
    selected: selected.length,
    ran: selected.filter((c2) => c2.status !== "skipped").length,
    failed: selected.filter(isFailing).length,
    minimumTests: area2.minimum_tests,
    ...inputs.coverage ? { coverage: areaCoverage(area2.code, inputs.coverage, inputs.tracked) } : {},
    ...minimum === void 0 ? {} : { minimumCoverage: { value: minimum, key: minimumKey } }
  };
}
function areaCoverage(code2, coverage, tracked) {
  const codeGlobs = code2.map(globToRegExp);
  const files = coverage.filter((file) => matchesAny(codeGlobs, file.path));
  const found = files.reduce((sum, file) => sum + file.linesFound, 0);
  const hit = files.reduce((sum, file) => sum + file.linesHit, 0);
  return {
    files: files.length,
    found,
    hit,
    ratio: found === 0 ? null : hit / found,
    unimported: notInCoverage(tracked, codeGlobs, coverage, files)
  };
}
function notInCoverage(tracked, codeGlobs, coverage, areaFiles) {
  if (!tracked || areaFiles.length === 0) return [];
  const extensions = new Set(areaFiles.map((file) => extension(file.path)));
  return tracked.filter(
    (file) => matchesAny(codeGlobs, file) && extensions.has(extension(file)) && !coverage.some((covered) => covered.path === file || covered.path.endsWith(`/${file}`))
  );
}
function extension(path2) {
  const dot = path2.lastIndexOf(".");
  return dot > path2.lastIndexOf("/") ? path2.slice(dot) : "";
}

// src/checks/unit-tests/unit-tests-config.ts
var globs = (example) => array(string().min(1), { error: `expected a list of path globs, e.g. [${example}]` }).min(1, { error: `list at least one path glob, e.g. [${example}]` });
var area = (codeExample, testExample) => strictObject({
  code: globs(codeExample).describe("The code under test (globs)."),
  tests: globs(testExample).describe(
    "The tests for it (globs over test file paths; pytest class names count as their module file)."
  ),
  minimum_tests: int().min(1).default(1).describe("At least this many of those tests must have run (passed or failed, not skipped)."),
  minimum_coverage: probability.optional().describe("Line coverage of `code` required, 0\u20131; overrides the check's minimum_coverage.")
});
var unitTestsConfig = strictObject({
  junit: array(repoPath).min(1, { error: "list the test report(s), e.g. [reports/junit.xml]" }).describe(
    "Test reports written earlier in the workflow: JUnit XML, Jest/Vitest or Mocha JSON, TRX or NUnit 3 XML (detected from the content)."
  ),
  coverage: array(repoPath).default([]).describe("Coverage reports: lcov, Cobertura XML or JaCoCo XML (detected from the content)."),
  minimum_coverage: probability.optional().describe("Line coverage required of each area's code, 0\u20131."),
  model_spec: area("src/model/**", "tests/test_model*.py").describe(
    "Infra 2: the model spec (architecture, training step, checkpointing)."
  ),
  feature_code: area("src/features/**", "tests/test_features*.py").describe(
    "Data 7: the feature code (training and serving)."
  ),
  max_examples: int().min(1).max(100).default(20).describe("How many failing tests to name.")
}).refine(
  (config) => config.coverage.length > 0 || config.minimum_coverage === void 0 && config.model_spec.minimum_coverage === void 0 && config.feature_code.minimum_coverage === void 0,
  {
    error: "a minimum_coverage needs a coverage report: list it under `coverage`, e.g. [coverage.xml]"
  }
);

// src/checks/unit-tests/unit-tests-outcome.ts
var key36 = "checks.unit_tests";
function unitTestsOutcome(reports, results) {
  const { cases } = reports;
  const failing = cases.filter(isFailing);
  const areaFindings = results.flatMap((area2) => [
    ...testCountFindings(area2, cases),
    ...coverageFindings(area2, reports.coverage),
    ...unimportedFindings(area2)
  ]);
  const unmet = areaFindings.filter((f2) => f2.severity === "fail").length;
  const unimported = results.flatMap((area2) => area2.coverage?.unimported ?? []);
  const findings = [
    ...testFailureFindings(cases, reports.maxExamples, reports.root),
    ...areaFindings
  ];
  const failedTests = {
    name: "tests failed",
    value: failing.length,
    threshold: "= 0",
    bound: { comparator: "==", limit: 0 }
  };
  return {
    kind: "ran",
    summary: summary4(reports, failing.length, unmet, unimported.length),
    figures: [
      { name: "tests run", value: cases.filter((c2) => c2.status !== "skipped").length },
      failedTests,
      ...results.map(coverageFigure)
    ],
    findings,
    details: details3(reports, results, failing)
  };
}
function summary4(reports, failed, areaFailures, unimported) {
  const { cases, reportCount } = reports;
  const passed = cases.filter((c2) => c2.status === "passed").length;
  const skipped = cases.filter((c2) => c2.status === "skipped").length;
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${cases.length} tests in ${plural(reportCount, "report")}: ${passed} passed, ${failed} failed, ${skipped} skipped` + (areaFailures > 0 ? `; ${plural(areaFailures, "area requirement")} unmet` : "") + (unimported > 0 ? `; ${plural(unimported, "source file")} never imported by tests` : "");
}
function testCountFindings(area2, cases) {
  if (area2.ran >= area2.minimumTests) return [];
  const tests = area2.tests.join(", ");
  return [
    {
      id: `${area2.id}:tests`,
      severity: "fail",
      message: `${area2.ran} ${area2.label} test${area2.ran === 1 ? "" : "s"} ran (matching ${tests}); at least ${area2.minimumTests} must. ${seenFiles(cases)}`,
      measure: {
        figure: `${area2.label} tests run`,
        value: area2.ran,
        bound: { comparator: ">=", limit: area2.minimumTests }
      },
      fix: `Add ${area2.label} tests that match ${tests} and run them in the JUnit reports, or correct \`${key36}.${area2.id}.tests\`.`
    }
  ];
}
function coverageFindings(area2, coverage) {
  const measured = area2.coverage;
  if (!measured) return [];
  if (measured.files === 0) {
    return [
      {
        id: `${area2.id}:coverage:no-report`,
        severity: "fail",
        message: `no coverage report names a file under ${area2.code.join(", ")}; ${seenCoverage(coverage)}`,
        fix: `Measure the coverage of ${area2.code.join(", ")} in the reports under \`${key36}.coverage\`, or correct \`${key36}.${area2.id}.code\`.`
      }
    ];
  }
  const minimum = area2.minimumCoverage;
  if (!minimum || measured.ratio === null || measured.ratio >= minimum.value) return [];
  const [shown3, limit] = percentsBeside(measured.ratio, minimum.value);
  return [
    {
      id: `${area2.id}:coverage`,
      severity: "fail",
      message: `${area2.label} line coverage is ${shown3} (${measured.hit} of ${measured.found} lines), below the minimum ${limit}`,
      measure: {
        figure: `${area2.label} line coverage`,
        value: measured.ratio,
        bound: { comparator: ">=", limit: minimum.value }
      },
      fix: `Add tests that run the uncovered lines of ${area2.code.join(", ")}, or lower \`${minimum.key}\`.`
    }
  ];
}
function unimportedFindings(area2) {
  return (area2.coverage?.unimported ?? []).map((file) => ({
    id: `not-covered:${file}`,
    severity: "warn",
    message: `${file} is ${area2.label} but no coverage report mentions it: no test imported it`,
    location: { path: file },
    fix: `Add a test that imports ${file}, or delete it if nothing uses it.`
  }));
}
function coverageFigure(area2) {
  const ratio = area2.coverage?.ratio ?? null;
  const minimum = area2.minimumCoverage?.value;
  return {
    name: `${area2.label} coverage`,
    value: ratio === null ? null : Number(ratio.toFixed(4)),
    ...minimum === void 0 ? {} : { threshold: `\u2265 ${minimum}`, bound: { comparator: ">=", limit: minimum } }
  };
}
function details3(reports, results, failing) {
  const { cases, maxExamples } = reports;
  const blocks2 = [
    {
      type: "table",
      title: "Areas",
      header: ["Area", "Tests", "Line coverage", "Minimum"],
      rows: results.map(areaRow)
    }
  ];
  if (failing.length > 0) {
    blocks2.push({
      type: "table",
      title: "Failing tests",
      header: ["Test", "Report", "Message"],
      rows: failing.slice(0, maxExamples).map((c2) => [testLabel(c2), `${c2.report}:${c2.line}`, c2.message ?? ""]),
      ...failing.length > maxExamples ? { note: `${failing.length - maxExamples} more not shown` } : {}
    });
  }
  const skipped = cases.filter((c2) => c2.status === "skipped");
  if (skipped.length > 0) {
    blocks2.push({
      type: "list",
      title: "Skipped tests",
      items: skipped.slice(0, maxExamples).map((c2) => `${testLabel(c2)}${c2.message ? ` (${c2.message})` : ""}`)
    });
  }
  return blocks2;
}
function areaRow(area2) {
  const { coverage, minimumCoverage } = area2;
  const ratio = coverage?.ratio ?? null;
  const [shown3, limit] = percentsBeside(ratio ?? 0, minimumCoverage?.value ?? ratio ?? 0);
  return [
    area2.label,
    `${area2.ran - area2.failed} passed, ${area2.failed} failed, ${area2.selected - area2.ran} skipped`,
    ratio === null || !coverage ? "\u2014" : `${shown3} (${coverage.hit}/${coverage.found} lines, ${coverage.files} files)`,
    minimumCoverage === void 0 ? "\u2014" : limit
  ];
}
function seenFiles(cases) {
  const files = [...new Set(cases.map((c2) => c2.file ?? c2.classname).filter(Boolean))].slice(0, 5);
  return files.length === 0 ? "The reports hold no test cases." : `The reports name: ${files.join(", ")}.`;
}
function seenCoverage(coverage) {
  const files = coverage.slice(0, 5).map((file) => file.path);
  return files.length === 0 ? "the coverage reports are empty" : `they name e.g. ${files.join(", ")}`;
}

// src/checks/unit-tests/unit-tests.ts
var key37 = "checks.unit_tests";
var unitTests = {
  id: "unit_tests",
  title: "Model specs and feature code are unit tested",
  rubric: ["infra-2", "data-7"],
  config: unitTestsConfig,
  async run(config, { workspace }) {
    const cases = await readJunitReports(workspace, config.junit, `${key37}.junit`);
    const coverage = config.coverage.length > 0 ? await readCoverageReports(workspace, config.coverage, `${key37}.coverage`) : [];
    const tracked = await workspace.listTrackedFiles().catch(() => void 0);
    const inputs = {
      cases,
      coverage: config.coverage.length > 0 ? coverage : null,
      tracked,
      root: workspace.root
    };
    const results = areas.map(([id, label]) => assessArea(id, label, config, inputs));
    return unitTestsOutcome(
      {
        cases,
        coverage,
        reportCount: config.junit.length,
        maxExamples: config.max_examples,
        root: workspace.root
      },
      results
    );
  }
};

// src/checks/check-registry.ts
var checkRegistry = {
  numerical_stability: numericalStability,
  model_quality: modelQuality,
  baseline_comparison: baselineComparison,
  slices,
  fairness,
  staleness,
  offline_online_correlation: offlineOnlineCorrelation,
  hyperparameter_tuning: hyperparameterTuning,
  schema_validation: schemaValidation,
  feature_policy: featurePolicy,
  pii_scan: piiScan,
  drift,
  train_serve_skew: trainServeSkew,
  feature_association: featureAssociation,
  reproducibility,
  committed_artifacts: committedArtifacts,
  unit_tests: unitTests,
  integration_test: integrationTest,
  debuggability,
  canary,
  rollback,
  spec_review: specReview,
  dependency_changes: dependencyChanges,
  compute_performance: computePerformance
};

// src/config/instance-name.ts
var instanceNamePattern = /^[A-Za-z0-9_-]+$/;
var instanceName = string({ error: "an instance in a list needs a name" }).regex(instanceNamePattern, {
  error: "an instance name uses only letters, digits, `-` and `_`"
}).describe(
  "The instance, unique within the check (letters, digits, `-` and `_`); results, findings and waivers address it as `<check>[<name>]`."
).meta({ examples: ["serving-eu"] });

// src/config/checks-schema.ts
function checkEntry(check) {
  const instances = array(named(check.config)).min(1, { error: "an empty list configures nothing" }).superRefine((list, context) => duplicateNames(list, context));
  return union([check.config, instances]).optional().describe(`${check.title}; one configuration, or a list of named instances of it.`);
}
function named(config) {
  if (config instanceof ZodObject) {
    if ("name" in config.shape)
      throw new Error("`name` names an instance: a check has no key `name`");
    return config.safeExtend({ name: instanceName });
  }
  if (config instanceof ZodUnion) {
    const options = config.options;
    return union(options.map(named));
  }
  if (config instanceof ZodPipe) {
    return named(config.in).pipe(
      named(config.out)
    );
  }
  throw new Error("a check is configured by an object, a union of objects, or a pipe of them");
}
function duplicateNames(list, context) {
  const seen = /* @__PURE__ */ new Map();
  list.forEach(({ name }, i) => {
    const first2 = seen.get(name);
    if (first2 === void 0) {
      seen.set(name, i);
      return;
    }
    context.addIssue({
      code: "custom",
      path: [i, "name"],
      message: `the name "${name}" is already used by entry ${first2 + 1} of the list`,
      params: {
        fix: `give each instance its own name, e.g. \`name: ${name}-2\`; findings and waivers address an instance by it`
      }
    });
  });
}
var unnamed = _undefined().optional();
function checksSchemaFor(keys) {
  const shape = Object.fromEntries(
    Object.entries(checkRegistry).map(([id, check]) => [
      id,
      keys === "all" || keys.has(id) ? checkEntry(check) : unnamed
    ])
  );
  return strictObject(shape);
}

// src/model/instance-key.ts
function instanceKey(check, instance) {
  return instance === void 0 ? check : `${check}[${instance}]`;
}
function resultKey(result) {
  return instanceKey(result.id, result.instance);
}

// src/config/waiver-target.ts
function waiverTarget(text) {
  const match = /^([^[\]]+)\[([^[\]]*)\]$/.exec(text);
  return match ? { check: match[1], instance: match[2] } : { check: text };
}
function waiverCovers(text, check, instance) {
  const target = waiverTarget(text);
  return target.check === check && (target.instance === void 0 || target.instance === instance);
}
function waiverTargetProblem(text, configured) {
  const { check, instance } = waiverTarget(text);
  if (!configured.has(check)) {
    const suggestion2 = didYouMean(check, [...configured.keys()]);
    return {
      message: `"${check}" is not a configured check`,
      fix: suggestion2 ? `did you mean \`${suggestion2}\`?` : `waive one of: ${[...configured.keys()].join(", ") || "(none configured)"}`
    };
  }
  if (instance === void 0) return void 0;
  const names3 = configured.get(check);
  if (names3 === void 0) {
    return {
      message: `\`${check}\` is configured once, without instances, so it has no instance "${instance}"`,
      fix: `write \`check: ${check}\``
    };
  }
  if (names3.includes(instance)) return void 0;
  const suggestion = didYouMean(instance, names3);
  return {
    message: `\`${check}\` has no instance "${instance}"`,
    fix: suggestion ? `did you mean \`${instanceKey(check, suggestion)}\`?` : `waive one of: ${names3.map((name) => instanceKey(check, name)).join(", ")}, or \`${check}\` for all of them`
  };
}

// src/config/config-schema.ts
var sectionScore = number({ error: "expected a score between 0 and 7 in steps of 0.5" }).min(0, { error: "a score is at least 0" }).max(7, { error: "a section has 7 tests, so at most 7" }).multipleOf(0.5, { error: "scores move in steps of 0.5, e.g. 1.5" });
var rubricTestIdPattern = /^(data|model|infra|monitor)-[1-7]$/;
var attestation = union(
  [
    strictObject({
      evidence: repoPath.describe(
        "A file in the repository that documents the manual test and its result."
      ),
      reviewed: calendarDate.meta({ examples: ["2026-01-15"] }).optional().describe(
        "When the evidence was last reviewed; checked against gate.attestation_max_age_days."
      ),
      note: string().optional()
    }).meta({ examples: [{ evidence: "docs/tests/data-3.md", reviewed: "2026-01-15" }] }),
    strictObject({
      not_applicable: string().min(1, { error: "say why the test does not apply" }).describe("Why this rubric test does not apply to this system. Scores 0, shown as N/A.")
    }).meta({ examples: [{ not_applicable: "the model serves no online traffic" }] })
  ],
  {
    error: "an attestation is either {evidence: <file>, reviewed?: YYYY-MM-DD} or {not_applicable: <reason>}"
  }
);
var gateSchema = strictObject({
  minimum_score: sectionScore.default(0).describe(
    "Blocks the merge when the final ML Test Score (minimum over sections) is below this."
  ),
  minimum_section_scores: strictObject(
    Object.fromEntries(sections.map((s) => [s, sectionScore.default(0)]))
  ).prefault({}).describe("Blocks the merge when a section's score is below its minimum."),
  block_on_warn: boolean().default(false).describe("Treat a check that ends `warn` as blocking."),
  attestation_max_age_days: nonNegative.optional().describe("An attestation whose `reviewed` date is older than this scores 0.")
}).prefault({});
var waiver = strictObject({
  check: string().min(1, { error: "name the check id, e.g. numerical_stability" }).describe(
    "The check id, as under `checks:`; `<check>[<name>]` for one instance of a check configured as a list (a plain id covers all its instances)."
  ).meta({ examples: ["numerical_stability", "drift[serving-eu]"] }),
  finding: string().min(1).optional().describe("One finding of that check, e.g. `feature:age`; omit to waive the whole check."),
  reason: string().min(1, { error: "say why the finding is acceptable" }).describe("Why the finding is acceptable until the waiver expires.").meta({ examples: ["known label noise, fixed by the next data release"] }),
  owner: string().min(1, { error: 'name who owns this waiver, e.g. "@alice"' }).describe("Who answers for this waiver.").meta({ examples: ["@ml-team"] }),
  expires: calendarDate.describe("The day after which the waiver no longer applies.").meta({ examples: ["2026-12-31"] })
});
var attestations = record(
  string().regex(rubricTestIdPattern, {
    error: "attestations are keyed by rubric test id: data-1 \u2026 data-7, model-1 \u2026, infra-1 \u2026, monitor-1 \u2026"
  }).meta({ examples: ["data-1"] }),
  attestation
).default({}).describe(
  "Manual tests (0.5 points each) and tests declared not applicable, keyed by rubric id."
);
function configKeys(checks) {
  return strictObject({
    version: literal(1, { error: "the config format version is 1" }).default(1),
    gate: gateSchema,
    steps: pipelineSteps,
    checks: checksSchemaFor(checks).default({}),
    attestations,
    waivers: array(waiver).default([])
  });
}
function configSchemaFor(checks) {
  return configKeys(checks).superRefine(addConfigProblems);
}
function addConfigProblems(config, context) {
  if (Object.keys(config.checks).length === 0 && Object.keys(config.steps).length === 0) {
    context.addIssue({
      code: "custom",
      path: ["checks"],
      message: "no check is configured, so the gate would pass without testing anything",
      params: {
        fix: "add at least one under `checks:`, or declare `steps:` (see the README config reference)"
      }
    });
  }
  for (const problem of stepReferenceProblems(config.steps, config.checks)) {
    context.addIssue({
      code: "custom",
      path: problem.path,
      message: problem.message,
      params: { fix: problem.fix }
    });
  }
  const instances = configuredInstances(config.checks);
  config.waivers.forEach((w, i) => {
    const problem = waiverTargetProblem(w.check, instances);
    if (problem !== void 0) {
      context.addIssue({
        code: "custom",
        path: ["waivers", i, "check"],
        message: problem.message,
        params: { fix: problem.fix }
      });
    }
  });
}

// src/config/describe-value.ts
var kinds = {
  string: "a string",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object (key: value pairs)",
  record: "an object (key: value pairs)",
  null: "an empty value",
  enum: "one of the allowed values",
  literal: "the one allowed value"
};
function describeKind(expected) {
  return kinds[expected] ?? `a value of type ${expected}`;
}
function describeValue(value) {
  if (value === null || value === void 0) return "an empty value";
  if (Array.isArray(value)) {
    if (value.length === 0) return "an empty list";
    return value.length === 1 ? "a list of 1 entry" : `a list of ${value.length} entries`;
  }
  switch (typeof value) {
    case "number":
      return `the number ${value}`;
    case "boolean":
      return `\`${value}\``;
    case "string":
      return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}\u2026` : value)}`;
    case "object":
      return "an object";
    default:
      return `a ${typeof value}`;
  }
}

// src/config/schema-at-path.ts
function defOf(schema) {
  return schema._zod.def;
}
var wrappers = /* @__PURE__ */ new Set(["optional", "default", "nullable", "prefault", "readonly", "catch"]);
function unwrap(schema) {
  const def = defOf(schema);
  if (wrappers.has(def.type) && def.innerType) return unwrap(def.innerType);
  if (def.type === "pipe" && def.in) return unwrap(def.in);
  return schema;
}
function layersOf(schema) {
  const def = defOf(schema);
  const inner = wrappers.has(def.type) ? def.innerType : def.type === "pipe" ? def.in : void 0;
  return inner ? [schema, ...layersOf(inner)] : [schema];
}
function alternativesOf(schema) {
  const base = unwrap(schema);
  const def = defOf(base);
  return def.type === "union" && def.options ? def.options.flatMap(alternativesOf) : [base];
}
function schemasAt(schema, path2) {
  if (path2.length === 0) return [schema];
  const [step, ...rest] = path2;
  return alternativesOf(schema).flatMap((option) => {
    const def = defOf(option);
    switch (def.type) {
      case "object": {
        const child = def.shape?.[String(step)];
        return child ? schemasAt(child, rest) : [];
      }
      case "record":
        return def.valueType ? schemasAt(def.valueType, rest) : [];
      case "array":
        return def.element ? schemasAt(def.element, rest) : [];
      default:
        return [];
    }
  });
}

// src/config/schema-example.ts
function exampleOf(schema, kind2) {
  for (const layer of layersOf(schema)) {
    const declared2 = declaredExample(layer, kind2);
    if (declared2 !== void 0) return declared2;
  }
  const base = unwrap(schema);
  const def = defOf(base);
  switch (def.type) {
    case "literal":
    case "enum":
      return allowedValues(base).find((value) => fits(value, kind2));
    case "union":
      return alternativesOf(base).map((option) => exampleOf(option, kind2)).find((example) => example !== void 0);
    case "object":
      return kind2 === void 0 || kind2 === "object" ? objectExample(def.shape ?? {}) : void 0;
    case "array": {
      if (kind2 !== void 0 && kind2 !== "array") return void 0;
      const element = def.element && exampleOf(def.element);
      return element === void 0 ? void 0 : [element];
    }
    default:
      return void 0;
  }
}
function allowedValues(schema) {
  const def = defOf(unwrap(schema));
  if (def.type === "literal") return def.values ?? [];
  return def.type === "enum" ? Object.values(def.entries ?? {}) : [];
}
function descriptionOf(schema) {
  const description = layersOf(schema).map((layer) => globalRegistry.get(layer)?.description).find((text) => text !== void 0);
  const sentence = description?.split(/(?<=\.)\s/)[0]?.replace(/\.$/, "");
  return sentence && /^[A-Z][a-z]/.test(sentence) ? sentence[0].toLowerCase() + sentence.slice(1) : sentence;
}
function declaredExample(layer, kind2) {
  const examples = globalRegistry.get(layer)?.examples;
  const fitting = Array.isArray(examples) ? examples.find((e2) => fits(e2, kind2)) : void 0;
  if (fitting !== void 0) return fitting;
  const def = defOf(layer);
  if (def.type !== "default" && def.type !== "prefault") return void 0;
  const value = def.defaultValue;
  const empty = typeof value === "object" && value !== null && Object.keys(value).length === 0;
  return !empty && fits(value, kind2) ? value : void 0;
}
function objectExample(shape) {
  const example = {};
  for (const [key38, child] of Object.entries(shape)) {
    if (child._zod.optin !== void 0) continue;
    const value = exampleOf(child);
    if (value === void 0) return void 0;
    example[key38] = value;
  }
  return Object.keys(example).length > 0 ? example : void 0;
}
function fits(value, kind2) {
  if (value === void 0) return false;
  switch (kind2) {
    case void 0:
      return true;
    case "array":
      return Array.isArray(value);
    case "object":
    case "record":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    case "int":
      return Number.isInteger(value);
    default:
      return typeof value === kind2;
  }
}

// src/config/issue-site.ts
function siteExample(site, kind2) {
  return site.schemas.map((schema) => exampleOf(schema, kind2)).find((e2) => e2 !== void 0);
}

// src/config/yaml-snippet.ts
var import_yaml7 = __toESM(require_dist(), 1);
function yamlValue(value) {
  return (0, import_yaml7.stringify)(value, {
    collectionStyle: "flow",
    flowCollectionPadding: false,
    lineWidth: 0
  }).trimEnd();
}
function yamlEntry(path2, value) {
  const last = path2.at(-1);
  if (last === void 0) return yamlValue(value);
  return typeof last === "number" ? `- ${yamlValue(value)}` : `${String(last)}: ${yamlValue(value)}`;
}

// src/config/explain-bound.ts
function explainBound(issue, site) {
  if (issue.code === "not_multiple_of") return offStep(issue);
  const small = issue.code === "too_small";
  const bound = Number(small ? issue.minimum : issue.maximum);
  switch (issue.origin) {
    case "number":
    case "int":
    case "bigint": {
      const strict = issue.inclusive === false;
      const sign = small ? strict ? ">" : "\u2265" : strict ? "<" : "\u2264";
      const what = `${issue.origin === "number" ? "a number" : "a whole number"} ${sign} ${bound}`;
      return {
        message: issue.message || `expected ${what}, got ${describeValue(issue.input)}`,
        fix: `use ${what}`
      };
    }
    case "string":
      return sized(issue, site, bound, "character");
    case "array":
    case "set":
      return sized(issue, site, bound, "entry");
    default:
      return {
        message: issue.message || `expected ${small ? "at least" : "at most"} ${bound}`,
        fix: `use ${small ? "at least" : "at most"} ${bound}`
      };
  }
}
function sized(issue, site, bound, unit) {
  const count = (n) => `${n} ${n === 1 ? unit : unit === "entry" ? "entries" : "characters"}`;
  const kind2 = unit === "entry" ? "array" : "string";
  const example = siteExample(site, kind2);
  const eg = example === void 0 ? "" : `, e.g. \`${yamlEntry(site.path, example)}\``;
  if (issue.code === "too_small" && bound === 1 && !issue.exact) {
    const empty = unit === "entry" ? "the list is empty" : "the string is empty";
    return {
      message: issue.message || empty,
      fix: `${unit === "entry" ? "list at least one entry" : "fill it in"}${eg}`
    };
  }
  const limit = issue.exact ? "exactly" : issue.code === "too_small" ? "at least" : "at most";
  return {
    message: issue.message || `expected ${limit} ${count(bound)}, got ${describeValue(issue.input)}`,
    fix: `give ${limit} ${count(bound)}${eg}`
  };
}
function offStep(issue) {
  const { divisor, input } = issue;
  const message = issue.message || `expected a multiple of ${divisor}, got ${describeValue(input)}`;
  if (typeof input !== "number") return { message, fix: `use a multiple of ${divisor}` };
  const step = (k) => Number((k * divisor).toPrecision(12));
  const below = step(Math.floor(input / divisor));
  return {
    message,
    fix: `use a multiple of ${divisor}, e.g. ${below} or ${step(Math.floor(input / divisor) + 1)}`
  };
}

// src/config/explain-issue.ts
function explainIssue(issue, site) {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === void 0 ? required(issue.message, site) : wrongType(issue, site);
    case "invalid_value":
      return issue.input === void 0 ? required(issue.message, site) : notAllowed(issue, site);
    case "invalid_union":
      return issue.input === void 0 ? required(issue.message, site) : noAlternative(issue, site);
    case "too_small":
    case "too_big":
    case "not_multiple_of":
      return explainBound(issue, site);
    case "invalid_format":
      return badFormat(issue, site);
    case "custom": {
      const fix2 = issue.params?.fix;
      if (typeof fix2 === "string") return { message: issue.message, fix: fix2 };
      const example = siteExample(site, Array.isArray(issue.input) ? "array" : "object");
      return typeof example === "object" && example !== null ? { message: issue.message, fix: `e.g. \`${yamlEntry(site.path, example)}\`` } : { message: issue.message };
    }
    default:
      return { message: issue.message || "not valid here" };
  }
}
function required(message, site) {
  const key38 = site.path.at(-1);
  const description = site.schemas.map(descriptionOf).find((text) => text !== void 0);
  const allowed = site.schemas.flatMap(allowedValues);
  const example = siteExample(site);
  const what = allowed.length > 1 ? `, one of ${allowed.map(yamlValue).join(", ")}` : example !== void 0 ? `, e.g. \`${yamlEntry(site.path, example)}\`` : `, as ${kindsAt(site).join(" or ")}`;
  const add = `add ${typeof key38 === "string" ? `\`${key38}\`` : "it"}${description ? `: ${description}` : ""}${what}`;
  return message ? { message, fix: `it is required: ${add}` } : { message: "required, but missing", fix: add };
}
function kindsAt(site) {
  const options = site.schemas.flatMap(alternativesOf);
  return [...new Set(options.map((option) => describeKind(defOf(option).type)))];
}
function wrongType(issue, site) {
  const { path: path2 } = site;
  const message = issue.message || `expected ${describeKind(issue.expected)}, got ${describeValue(issue.input)}`;
  const example = converted(issue.input, issue.expected) ?? siteExample(site, issue.expected);
  return {
    message,
    fix: example === void 0 ? `write ${describeKind(issue.expected)}` : `write it like \`${yamlEntry(path2, example)}\``
  };
}
var yamlBooleans = { true: true, false: false, yes: true, no: false };
function converted(input, expected) {
  switch (expected) {
    case "string":
      return typeof input === "number" || typeof input === "boolean" ? String(input) : void 0;
    case "number":
    case "int": {
      const text = typeof input === "string" && input.trim() !== "" ? Number(input) : Number.NaN;
      const number2 = typeof input === "number" ? Math.round(input) : text;
      const fits2 = expected === "int" ? Number.isInteger(number2) : Number.isFinite(number2);
      return fits2 ? number2 : void 0;
    }
    case "boolean":
      return typeof input === "string" ? yamlBooleans[input.toLowerCase()] : void 0;
    case "array":
      return input === null ? void 0 : [input];
    default:
      return void 0;
  }
}
function notAllowed(issue, site) {
  const shown3 = issue.values.map((value) => yamlValue(value));
  const got = describeValue(issue.input);
  if (issue.values.length === 1) {
    return {
      message: issue.message || `expected ${shown3[0]}, got ${got}`,
      fix: `write \`${yamlEntry(site.path, issue.values[0])}\``
    };
  }
  const names3 = issue.values.filter((value) => typeof value === "string");
  const suggestion = typeof issue.input === "string" ? didYouMean(issue.input, names3) : void 0;
  return {
    message: issue.message || `expected one of ${shown3.join(", ")}, got ${got}`,
    fix: suggestion ? `did you mean \`${suggestion}\`? (allowed: ${shown3.join(", ")})` : `use one of: ${shown3.join(", ")}`
  };
}
function noAlternative(issue, site) {
  const options = site.schemas.flatMap(alternativesOf);
  const kinds2 = kindsAt(site);
  const examples = options.map((option) => exampleOf(option)).filter((example) => example !== void 0).map((example) => `\`${yamlEntry(site.path, example)}\``);
  return {
    message: issue.message || `expected ${kinds2.join(" or ")}, got ${describeValue(issue.input)}`,
    fix: examples.length > 0 ? `write it like ${[...new Set(examples)].join(" or ")}` : `write ${kinds2.join(" or ")}`
  };
}
function badFormat(issue, site) {
  const expected = formatInWords(issue);
  const example = siteExample(site, "string");
  return {
    message: issue.message || `expected ${expected}, got ${describeValue(issue.input)}`,
    fix: example === void 0 ? `write ${expected}` : `write it like \`${yamlEntry(site.path, example)}\``
  };
}
function formatInWords(issue) {
  const part = (name) => JSON.stringify(issue[name]);
  switch (issue.format) {
    case "regex":
      return `a string matching ${issue.pattern}`;
    case "starts_with":
      return `a string starting with ${part("prefix")}`;
    case "ends_with":
      return `a string ending with ${part("suffix")}`;
    case "includes":
      return `a string containing ${part("includes")}`;
    default:
      return `a valid ${issue.format}`;
  }
}

// src/config/schema-keys.ts
function knownKeysAt(schema, path2) {
  const keys = /* @__PURE__ */ new Set();
  for (const option of schemasAt(schema, path2).flatMap(alternativesOf)) {
    for (const key38 of Object.keys(defOf(option).shape ?? {})) keys.add(key38);
  }
  return [...keys];
}

// src/config/config-issues.ts
function configIssues(issues, schema, locate) {
  const describe5 = (issue, prefix2) => {
    const path2 = [...prefix2, ...issue.path];
    switch (issue.code) {
      case "unrecognized_keys": {
        const known = knownKeysAt(schema, path2);
        return issue.keys.map((key38) => ({ ...locate([...path2, key38]), ...unknownKey(key38, known) }));
      }
      case "invalid_union": {
        const closest = closestBranch(issue);
        if (closest) return closest.flatMap((nested) => describe5(nested, path2));
        break;
      }
      case "invalid_key": {
        const keys = schemasAt(schema, path2.slice(0, -1)).flatMap(recordKeys);
        const key38 = String(path2.at(-1));
        return issue.issues.map((nested) => ({ ...locate(path2), ...badKey(nested, key38, keys) }));
      }
      case "invalid_element":
        return issue.issues.flatMap((nested) => describe5(nested, path2));
    }
    return [
      { ...locate(path2), ...explainIssue(issue, { path: path2, schemas: schemasAt(schema, path2) }) }
    ];
  };
  return issues.flatMap((issue) => describe5(issue, []));
}
function unknownKey(key38, known) {
  const suggestion = didYouMean(key38, known);
  const fix2 = suggestion ? `did you mean \`${suggestion}\`?` : known.length > 0 ? `known keys here: ${known.join(", ")}` : "remove it";
  return { message: "unknown key", fix: fix2 };
}
function closestBranch(issue) {
  const [first2, second] = issue.errors.filter((branch) => branch.length > 0).sort((a2, b2) => depth(b2) - depth(a2) || a2.length - b2.length);
  if (!first2 || depth(first2) === 0) return void 0;
  const tie = second && depth(second) === depth(first2) && second.length === first2.length;
  return tie ? void 0 : first2;
}
function depth(issues) {
  return Math.max(
    ...issues.map((issue) => {
      if (issue.path.length > 0) return issue.path.length + 1;
      if (issue.code === "invalid_type") return 0;
      if (issue.code === "invalid_union") return issue.errors.every((b2) => depth(b2) === 0) ? 0 : 1;
      return 1;
    })
  );
}
function recordKeys(schema) {
  return alternativesOf(schema).flatMap((option) => {
    const { type, keyType } = defOf(option);
    return type === "record" && keyType ? [keyType] : [];
  });
}
function badKey(nested, key38, keySchemas) {
  const message = nested.message || `${JSON.stringify(key38)} is not a key this accepts`;
  const allowed = keySchemas.flatMap(allowedValues).filter((v) => typeof v === "string");
  if (allowed.length > 0) {
    const suggestion = didYouMean(key38, allowed);
    const list = allowed.map(yamlValue).join(", ");
    return { message, fix: suggestion ? `did you mean \`${suggestion}\`?` : `use one of: ${list}` };
  }
  const example = keySchemas.map((s) => exampleOf(s, "string")).find((e2) => e2 !== void 0);
  const pattern2 = nested.code === "invalid_format" ? nested.pattern : void 0;
  const fix2 = example !== void 0 ? `rename it to a key like \`${String(example)}\`` : pattern2 ? `rename it to match ${pattern2}` : "rename it";
  return { message, fix: fix2 };
}

// src/config/read-config-yaml.ts
var import_yaml10 = __toESM(require_dist(), 1);

// src/config/yaml-aliases.ts
var import_yaml8 = __toESM(require_dist(), 1);
var maxAliasCount = 100;
function documentData(document, lineCounter) {
  try {
    return { ok: true, data: document.toJS({ maxAliasCount }) };
  } catch (error) {
    if (error instanceof ReferenceError)
      return { ok: false, problem: aliasProblem(document, lineCounter) };
    return { ok: false, problem: { message: `YAML: ${errorMessage(error)}` } };
  }
}
function aliasProblem(document, lineCounter) {
  const lineOf = (alias) => alias?.range ? { line: lineCounter.linePos(alias.range[0]).line } : {};
  const { aliases, holdingAliases } = aliasMap(document);
  const unresolved = aliases.find(({ target }) => target === void 0)?.alias;
  if (unresolved) {
    const name = unresolved.source;
    return {
      ...lineOf(unresolved),
      message: `YAML alias \`*${name}\` has no anchor \`&${name}\` before it`,
      fix: `mark the value it repeats with \`&${name}\`, above this line`
    };
  }
  const multiplying = aliases.find(({ target }) => target && holdingAliases.has(target));
  return {
    ...lineOf(multiplying?.alias ?? aliases[0]?.alias),
    message: `YAML aliases expand to more than ${maxAliasCount} copies, the pattern of an alias bomb`,
    fix: "write the values out: mlgate.yml needs few aliases, and no alias of a value with aliases in it"
  };
}
function aliasMap(document) {
  const anchors = /* @__PURE__ */ new Map();
  const aliases = [];
  const holdingAliases = /* @__PURE__ */ new Set();
  (0, import_yaml8.visit)(document, {
    Node: (_key, node, path2) => {
      if ((0, import_yaml8.isAlias)(node)) {
        aliases.push({ alias: node, target: anchors.get(node.source) });
        for (const outer of path2) if ((0, import_yaml8.isNode)(outer) && outer.anchor) holdingAliases.add(outer);
      } else if (node.anchor) {
        anchors.set(node.anchor, node);
      }
    }
  });
  return { aliases, holdingAliases };
}

// src/config/yaml-nesting.ts
var import_yaml9 = __toESM(require_dist(), 1);
function parseWithinDepth(text, maxDepth, onNewLine) {
  const parser = new import_yaml9.Parser(onNewLine);
  onNewLine?.(0);
  const tokens = [];
  for (const lexeme of new import_yaml9.Lexer().lex(text)) {
    for (const token of parser.next(lexeme)) tokens.push(token);
    if (parser.stack.filter((token) => import_yaml9.CST.isCollection(token)).length > maxDepth) {
      return { ok: false, line: text.slice(0, parser.offset).split("\n").length };
    }
  }
  for (const token of parser.end()) tokens.push(token);
  return { ok: true, tokens };
}

// src/config/yaml-syntax-fixes.ts
var fixes = {
  DUPLICATE_KEY: "keep one of the two: a key appears once in a mapping",
  TAB_AS_INDENT: "indent with spaces",
  BAD_INDENT: "line up the keys of one mapping at the same column, and close every bracket",
  BAD_SCALAR_START: 'quote the value, e.g. `owner: "@alice"`',
  BLOCK_AS_IMPLICIT_KEY: 'quote a value that contains ": ", or put the nested key on its own line',
  MULTILINE_IMPLICIT_KEY: "write each key and its colon on one line",
  MISSING_CHAR: "add the missing character, e.g. the closing quote or bracket",
  BAD_DQ_ESCAPE: "in double quotes write a backslash as \\\\, or use single quotes",
  MULTIPLE_DOCS: "keep one document: remove the `---` line and merge what follows it"
};
function yamlSyntaxError(code2, message) {
  const text = code2 === "MULTIPLE_DOCS" ? "the file holds more than one YAML document" : message.split("\n")[0];
  const fix2 = fixes[code2];
  return { message: `YAML syntax: ${text}`, ...fix2 ? { fix: fix2 } : {} };
}

// src/config/read-config-yaml.ts
var maxConfigBytes = 2 ** 20;
var maxConfigDepth = 32;
function readConfigYaml(text) {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > maxConfigBytes) {
    const mib = (n) => Math.ceil(n / 2 ** 20 * 10) / 10;
    return refuse2({
      message: `the file is ${mib(bytes)} MiB, over the limit of ${mib(maxConfigBytes)} MiB`,
      fix: "mlgate.yml is meant to be small (a few kB): keep data, schemas and long lists in the files it points to"
    });
  }
  const lineCounter = new import_yaml10.LineCounter();
  const parsed = parseWithinDepth(text, maxConfigDepth, lineCounter.addNewLine);
  if (!parsed.ok) {
    return refuse2({
      line: parsed.line,
      message: `nested more than ${maxConfigDepth} levels deep`,
      fix: "mlgate.yml nests a few levels at most: look for unclosed brackets or runaway indentation"
    });
  }
  const document = composeOne(parsed.tokens, text.length, lineCounter);
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error) => ({
        line: lineCounter.linePos(error.pos[0]).line,
        ...yamlSyntaxError(error.code, error.message)
      }))
    };
  }
  const data = documentData(document, lineCounter);
  if (!data.ok) return refuse2(data.problem);
  if (data.data === null || data.data === void 0) {
    return refuse2({ message: "the file is empty", fix: "start from the example in the README" });
  }
  return { ok: true, document, lineCounter, data: data.data };
}
function composeOne(tokens, length, lineCounter) {
  const composer = new import_yaml10.Composer({ lineCounter, uniqueKeys: true, prettyErrors: false });
  let first2;
  for (const document of composer.compose(tokens, true, length)) {
    if (!first2) {
      first2 = document;
      continue;
    }
    first2.errors.push(
      new import_yaml10.YAMLParseError(
        [document.range[0], document.range[1]],
        "MULTIPLE_DOCS",
        "Source contains multiple documents; please use YAML.parseAllDocuments()"
      )
    );
    break;
  }
  if (!first2) throw new Error("yaml composed no document for a forced document");
  return first2;
}
function refuse2(problem) {
  return { ok: false, problems: [problem] };
}

// src/config/parse-config.ts
function parseConfig(text, file = "mlgate.yml") {
  const yaml = readConfigYaml(text);
  if (!yaml.ok)
    return { ok: false, errors: yaml.problems.map((problem) => ({ file, ...problem })) };
  const { document, lineCounter, data } = yaml;
  const schema = configSchemaFor(namedChecks(data));
  const result = schema.safeParse(data, { reportInput: true, error: () => "" });
  if (result.success) return { ok: true, config: result.data };
  const locate = (path2) => {
    const line = lineOfPath(document, lineCounter, path2);
    return {
      file,
      ...line === void 0 ? {} : { line },
      ...path2.length === 0 ? {} : { key: joinPath(path2) }
    };
  };
  return { ok: false, errors: configIssues(result.error.issues, schema, locate) };
}
function namedChecks(data) {
  const checks = typeof data === "object" && data !== null && "checks" in data ? data.checks : void 0;
  return new Set(typeof checks === "object" && checks !== null ? Object.keys(checks) : []);
}

// src/scoring/days-between.ts
function daysBetween(from, to) {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / millisecondsPerDay);
}
function utcMidnight(date) {
  const time = Date.parse(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(time)) {
    throw new RangeError(`expected a date written YYYY-MM-DD, got "${date}"`);
  }
  return time;
}

// src/scoring/rubric.ts
var sectionTitles = {
  data: "Data",
  model: "Model",
  infrastructure: "Infrastructure",
  monitoring: "Monitoring"
};
var registered = Object.values(checkRegistry);
var test = (id, section, title, howToCover) => ({
  id,
  section,
  title,
  checks: registered.filter((check) => check.rubric.includes(id)).map((check) => check.id),
  howToCover
});
var rubricTests = [
  // Table I \u2014 Data
  test(
    "data-1",
    "data",
    "Feature expectations are captured in a schema.",
    "Add `checks.schema_validation` with a schema for your training data."
  ),
  test(
    "data-2",
    "data",
    "All features are beneficial.",
    "Add `checks.feature_association` to measure each feature against the target."
  ),
  test(
    "data-3",
    "data",
    "No feature's cost is too much.",
    "Attest it: `attestations.data-3: {evidence: docs/feature-costs.md, reviewed: YYYY-MM-DD}` (latency, RAM, upstream dependencies per feature)."
  ),
  test(
    "data-4",
    "data",
    "Features adhere to meta-level requirements.",
    "Add `checks.feature_policy` listing banned, deprecated or protected features."
  ),
  test(
    "data-5",
    "data",
    "The data pipeline has appropriate privacy controls.",
    "Add `checks.pii_scan` over the data files the pipeline produces."
  ),
  test(
    "data-6",
    "data",
    "New features can be added quickly.",
    "Attest it: `attestations.data-6: {evidence: docs/adding-a-feature.md, reviewed: YYYY-MM-DD}` (time from idea to production)."
  ),
  test(
    "data-7",
    "data",
    "All input feature code is tested.",
    "Add `checks.unit_tests` with the test report of your feature code."
  ),
  // Table II \u2014 Model
  test(
    "model-1",
    "model",
    "Model specs are reviewed and submitted.",
    "Add `checks.spec_review` naming the model spec files that need a reviewed change."
  ),
  test(
    "model-2",
    "model",
    "Offline and online metrics correlate.",
    "Add `checks.offline_online_correlation` with paired offline and online metrics."
  ),
  test(
    "model-3",
    "model",
    "All hyperparameters have been tuned.",
    "Add `checks.hyperparameter_tuning` with the results of your search."
  ),
  test(
    "model-4",
    "model",
    "The impact of model staleness is known.",
    "Add `checks.staleness` with quality measured for models of different ages."
  ),
  test(
    "model-5",
    "model",
    "A simpler model is not better.",
    "Add `checks.baseline_comparison` with predictions of a simple baseline model."
  ),
  test(
    "model-6",
    "model",
    "Model quality is sufficient on important data slices.",
    "Add `checks.slices` with the slice columns and per-slice thresholds."
  ),
  test(
    "model-7",
    "model",
    "The model is tested for considerations of inclusion.",
    "Add `checks.fairness` with the protected-group columns."
  ),
  // Table III \u2014 ML Infrastructure
  test(
    "infra-1",
    "infrastructure",
    "Training is reproducible.",
    "Add `checks.reproducibility` with the outputs of two training runs on the same data."
  ),
  test(
    "infra-2",
    "infrastructure",
    "Model specs are unit tested.",
    "Add `checks.unit_tests` with the test report of your model code."
  ),
  test(
    "infra-3",
    "infrastructure",
    "The ML pipeline is integration tested.",
    "Add `checks.integration_test` running the pipeline end to end on a small sample, or declare `steps:` so that `checks.committed_artifacts` runs them and compares their outputs with the committed files."
  ),
  test(
    "infra-4",
    "infrastructure",
    "Model quality is validated before serving.",
    "Add `checks.model_quality` with absolute thresholds and the previous model to compare with."
  ),
  test(
    "infra-5",
    "infrastructure",
    "The model is debuggable.",
    "Add `checks.debuggability` to trace single examples through the model."
  ),
  test(
    "infra-6",
    "infrastructure",
    "Models are canaried before serving.",
    "Add `checks.canary` to load the model and serve a sample before release."
  ),
  test(
    "infra-7",
    "infrastructure",
    "Serving models can be rolled back.",
    "Add `checks.rollback` to prove the previous model can be served again."
  ),
  // Table IV \u2014 Monitoring
  test(
    "monitor-1",
    "monitoring",
    "Dependency changes result in notification.",
    "Add `checks.dependency_changes` to report changed upstream dependencies."
  ),
  test(
    "monitor-2",
    "monitoring",
    "Data invariants hold for inputs.",
    "Add `checks.schema_validation` on serving inputs, or `checks.drift` with reference and current files."
  ),
  test(
    "monitor-3",
    "monitoring",
    "Training and serving are not skewed.",
    "Add `checks.train_serve_skew` with the features of the same examples from both code paths."
  ),
  test(
    "monitor-4",
    "monitoring",
    "Models are not too stale.",
    "Add `checks.staleness` with a maximum model age."
  ),
  test(
    "monitor-5",
    "monitoring",
    "Models are numerically stable.",
    "Add `checks.numerical_stability` with your predictions file."
  ),
  test(
    "monitor-6",
    "monitoring",
    "Computing performance has not regressed.",
    "Add `checks.compute_performance` with the candidate's and production's timings."
  ),
  test(
    "monitor-7",
    "monitoring",
    "Prediction quality has not regressed.",
    "Add `checks.model_quality` on predictions for served data."
  )
];

// src/scoring/table-v-band.ts
var bands = [
  {
    upTo: 0,
    band: { range: "0", meaning: "More of a research project than a productionized system." }
  },
  {
    upTo: 1,
    band: {
      range: "(0,1]",
      meaning: "Not totally untested, but it is worth considering the possibility of serious holes in reliability."
    }
  },
  {
    upTo: 2,
    band: {
      range: "(1,2]",
      meaning: "There's been first pass at basic productionization, but additional investment may be needed."
    }
  },
  {
    upTo: 3,
    band: {
      range: "(2,3]",
      meaning: "Reasonably tested, but it's possible that more of those tests and procedures may be automated."
    }
  },
  {
    upTo: 5,
    band: {
      range: "(3,5]",
      meaning: "Strong levels of automated testing and monitoring, appropriate for mission-critical systems."
    }
  }
];
var exceptional = {
  range: ">5",
  meaning: "Exceptional levels of automated testing and monitoring."
};
function tableVBand(finalScore) {
  if (!Number.isFinite(finalScore) || finalScore < 0) {
    throw new RangeError(`an ML Test Score is a finite number \u2265 0, got ${finalScore}`);
  }
  return bands.find(({ upTo }) => finalScore <= upTo)?.band ?? exceptional;
}

// src/scoring/ml-test-score.ts
var ranStatuses = /* @__PURE__ */ new Set(["pass", "warn", "fail"]);
var futureReviewSlackDays = 1;
function scoreMlTest(input) {
  const tests = rubricTests.map((test2) => scoreTest(test2, input));
  const sectionScores = sections.map((section) => {
    const score = tests.filter((test2) => test2.section === section).reduce((sum, test2) => sum + test2.points, 0);
    const minimum = input.gate.minimum_section_scores[section];
    return { section, score, minimum, met: score >= minimum };
  });
  const final = Math.min(...sectionScores.map((section) => section.score));
  return {
    sections: sectionScores,
    final,
    band: tableVBand(final),
    minimum: input.gate.minimum_score,
    tests
  };
}
function attestationEvidencePaths(attestations2) {
  const paths = Object.values(attestations2).flatMap(
    (attestation2) => "evidence" in attestation2 ? [attestation2.evidence] : []
  );
  return [...new Set(paths)];
}
function scoreTest(test2, input) {
  const score = (points, state) => ({
    id: test2.id,
    section: test2.section,
    title: test2.title,
    points,
    state,
    howToCover: test2.howToCover
  });
  const covering = input.results.filter((result) => result.rubric.includes(test2.id));
  const ran = covering.filter((result) => ranStatuses.has(result.status));
  if (ran.length > 0) {
    return score(1, { kind: "automated", checks: ran.map(resultKey) });
  }
  const notRun = covering.length > 0 ? describeNotRun(covering) : void 0;
  const attestation2 = input.attestations[test2.id];
  if (attestation2 !== void 0 && "not_applicable" in attestation2) {
    return score(0, { kind: "not-applicable", reason: attestation2.not_applicable });
  }
  if (attestation2 !== void 0) {
    const rejection = rejectAttestation(attestation2, input);
    const reviewed = attestation2.reviewed === void 0 ? {} : { reviewed: attestation2.reviewed };
    if (rejection === void 0) {
      return score(0.5, { kind: "attested", evidence: attestation2.evidence, ...reviewed });
    }
    const why2 = notRun === void 0 ? rejection : `${rejection} ${notRun}`;
    return score(0, {
      kind: "attestation-rejected",
      evidence: attestation2.evidence,
      ...reviewed,
      why: why2
    });
  }
  if (notRun !== void 0) return score(0, { kind: "uncovered", why: notRun });
  const why = test2.checks.length > 0 ? "No configured check automates it, and it has no attestation." : "mlgate cannot automate it, and it has no attestation.";
  return score(0, { kind: "uncovered", why });
}
function describeNotRun(covering) {
  const ended = covering.map(
    (result) => result.status === "skip" ? `check \`${resultKey(result)}\` was skipped` : `check \`${resultKey(result)}\` ended in an error`
  );
  return `The test did not run: ${ended.join(", ")}.`;
}
function rejectAttestation(attestation2, input) {
  const { evidence, reviewed } = attestation2;
  if (input.evidenceExists.get(evidence) !== true) {
    return `The evidence file \`${evidence}\` is not in the repository: it is missing, or a link that leads outside it. Commit the evidence itself inside the repository.`;
  }
  const maxAge = input.gate.attestation_max_age_days;
  if (reviewed === void 0) {
    return maxAge === void 0 ? void 0 : `\`gate.attestation_max_age_days\` is ${maxAge}, so the attestation needs a review date (\`reviewed: YYYY-MM-DD\`).`;
  }
  const age = daysBetween(reviewed, input.today);
  if (age < -futureReviewSlackDays) {
    return `The review date ${reviewed} is after today (${input.today}); write the day of the review.`;
  }
  if (maxAge !== void 0 && age > maxAge) {
    return `The evidence was last reviewed on ${reviewed}, ${age} days ago; \`gate.attestation_max_age_days\` allows ${maxAge}.`;
  }
  return void 0;
}

// src/engine/unmatched-finding-note.ts
var listed2 = 5;
function unmatchedFindingNote(check, finding2, reported) {
  const missing = `Check \`${check}\` reported no finding \`${finding2}\` in this run`;
  const ids = [...new Set(reported)];
  if (ids.length === 0) return `${missing}; remove the waiver if it is no longer needed.`;
  const typo = didYouMean(
    finding2,
    ids.filter((id) => isTypoOf(finding2, id))
  );
  const refinements = ids.filter((id) => id.startsWith(`${finding2}:`));
  if (typo === void 0 && refinements.length === 0) {
    const more = ids.length > listed2 ? ` and ${ids.length - listed2} more` : "";
    return `${missing} (it reported ${quote(ids.slice(0, listed2))}${more}); remove the waiver if it is no longer needed.`;
  }
  const sentences = [`${missing}.`];
  if (typo !== void 0) sentences.push(`Did you mean \`${typo}\`?`);
  if (refinements.length === 1) {
    sentences.push(
      `It reported ${quote(refinements)}, a finding of its own that this waiver does not cover; waive it by its id if it is acceptable too.`
    );
  } else if (refinements.length > 1) {
    sentences.push(
      `It reported ${quote(refinements)}, findings of their own that this waiver does not cover; waive them by their ids if they are acceptable too.`
    );
  }
  sentences.push("Otherwise remove the waiver if it is no longer needed.");
  return sentences.join(" ");
}
function isTypoOf(wanted, candidate) {
  if (candidate.startsWith(`${wanted}:`) || wanted.startsWith(`${candidate}:`)) return false;
  const [a2, b2] = differingParts(wanted.toLowerCase(), candidate.toLowerCase());
  return didYouMean(a2, [b2]) !== void 0;
}
function differingParts(a2, b2) {
  let start = 0;
  while (start < a2.length && start < b2.length && a2[start] === b2[start]) start++;
  let end = 0;
  const shorter = Math.min(a2.length, b2.length) - start;
  while (end < shorter && a2[a2.length - 1 - end] === b2[b2.length - 1 - end]) end++;
  return [a2.slice(start, a2.length - end), b2.slice(start, b2.length - end)];
}
function quote(ids) {
  return ids.map((id) => `\`${id}\``).join(", ");
}

// src/engine/apply-waivers.ts
function waiverState(waiver2, today) {
  return {
    check: waiver2.check,
    ...waiver2.finding === void 0 ? {} : { finding: waiver2.finding },
    reason: waiver2.reason,
    owner: waiver2.owner,
    expires: waiver2.expires,
    // The waiver still holds on its `expires` day; YYYY-MM-DD strings sort as dates.
    expired: today > waiver2.expires
  };
}
function applyWaivers(check, outcome, waivers, today, durationMs) {
  const { id, instance, title, rubric } = check;
  const base = { id, ...instance === void 0 ? {} : { instance }, title, rubric, durationMs };
  const empty = { figures: [], findings: [], details: [] };
  const forCheck = waivers.filter((waiver2) => waiverCovers(waiver2.check, id, instance));
  if (outcome.kind === "skipped") {
    return { ...base, status: "skip", summary: outcome.reason, ...empty };
  }
  if (outcome.kind === "error") {
    const summary5 = forCheck.length === 0 ? outcome.message : `${outcome.message.replace(/[.\s]*$/, ".")} A waiver targets this check, but an error cannot be waived: the check did not run, so fix the error.`;
    const transient = outcome.transient === true ? { transient: true } : {};
    return { ...base, status: "error", summary: summary5, ...empty, ...transient };
  }
  const checkWaiver = preferActive(
    forCheck.filter((waiver2) => waiver2.finding === void 0).map((w) => waiverState(w, today))
  );
  const findings = outcome.findings.map((finding2) => {
    const own = preferActive(
      forCheck.filter((waiver3) => waiver3.finding === finding2.id).map((w) => waiverState(w, today))
    );
    const waiver2 = preferActive([own, checkWaiver].filter((state) => state !== void 0));
    return waiver2 === void 0 ? { ...finding2 } : { ...finding2, waiver: waiver2 };
  });
  const worstBefore = worst(findings.map((finding2) => finding2.severity));
  const worstAfter = worst(
    findings.filter((finding2) => !isWaived(finding2)).map((finding2) => finding2.severity)
  );
  return {
    ...base,
    status: worstAfter ?? "pass",
    ...worstBefore !== void 0 && worstBefore !== worstAfter ? { waivedFrom: worstBefore } : {},
    summary: outcome.summary,
    figures: outcome.figures,
    findings,
    details: outcome.details,
    ...checkWaiver === void 0 ? {} : { waiver: checkWaiver }
  };
}
function listWaiverStates(waivers, today, results) {
  return waivers.map((waiver2) => {
    const state = waiverState(waiver2, today);
    const { effect, note } = waiverEffect(waiver2, state.expired, results);
    return { ...state, effect, note };
  });
}
function waiverEffect(waiver2, expired, results) {
  const listed3 = (effect, note) => ({ effect, note });
  const targets = results.filter(
    (result) => waiverCovers(waiver2.check, result.id, result.instance)
  );
  const ran = targets.filter((result) => result.status !== "error");
  if (targets.length > 0 && ran.length === 0) {
    return listed3(
      "refused",
      `Check \`${waiver2.check}\` ended in an error, and an error cannot be waived.`
    );
  }
  if (expired) {
    return listed3(
      "expired",
      `Expired on ${waiver2.expires}; it no longer applies. Renew it or fix the finding.`
    );
  }
  if (targets.length === 0) {
    return listed3(
      "unused",
      `No check \`${waiver2.check}\` ran in this run; is it configured under \`checks:\`?`
    );
  }
  if (ran.every((result) => result.status === "skip")) {
    return listed3(
      "unused",
      `Check \`${waiver2.check}\` was skipped, so there was nothing to waive.`
    );
  }
  const findings = ran.flatMap((result) => result.findings);
  const matched = waiver2.finding === void 0 ? findings : findings.filter((finding2) => finding2.id === waiver2.finding);
  if (matched.length === 0) {
    return listed3(
      "unused",
      waiver2.finding === void 0 ? `Check \`${waiver2.check}\` had no findings, so there was nothing to waive; remove the waiver if it is no longer needed.` : unmatchedFindingNote(
        waiver2.check,
        waiver2.finding,
        findings.map((finding2) => finding2.id)
      )
    );
  }
  const waived = matched.filter(
    (finding2) => finding2.waiver && isSameWaiver(finding2.waiver, waiver2)
  );
  if (waived.length === 0) {
    return listed3(
      "unused",
      `Every finding it matches is waived by another waiver (one that names the finding wins over one for the whole check, then the first in \`waivers:\`); remove one of them.`
    );
  }
  const count = waived.length === 1 ? "1 finding" : `${waived.length} findings`;
  return listed3("waived", `Waived ${count} of check \`${waiver2.check}\`.`);
}
function isSameWaiver(state, waiver2) {
  return state.check === waiver2.check && state.finding === waiver2.finding && state.reason === waiver2.reason && state.owner === waiver2.owner && state.expires === waiver2.expires;
}
function isWaived(finding2) {
  return finding2.waiver !== void 0 && !finding2.waiver.expired;
}
function preferActive(states) {
  return states.find((state) => !state.expired) ?? states[0];
}
function worst(severities) {
  if (severities.includes("fail")) return "fail";
  return severities.includes("warn") ? "warn" : void 0;
}

// src/engine/measure-text.ts
function measureText(measure2) {
  const { figure: figure2, value, bound, reference, unit } = measure2;
  const suffix = unit === void 0 ? "" : ` ${unit}`;
  const name = codeName(figure2);
  const referenceText = reference === void 0 ? "" : ` (${reference.label} ${plain(reference.value)}${suffix})`;
  if (bound === void 0) return `${name} ${plain(value)}${suffix}${referenceText}`;
  const [shownValue, shownLimit] = typeof value === "number" && typeof bound.limit === "number" ? formatBeside(value, bound.limit) : [plain(value), plain(bound.limit)];
  const comparison2 = comparatorSymbol(negateComparator(bound.comparator));
  return `${name} ${shownValue}${suffix} ${comparison2} ${shownLimit}${suffix}${referenceText}`;
}
function locationText(location) {
  const parts = [location.path];
  if (location.line !== void 0) parts.push(`line ${location.line}`);
  else if (location.row !== void 0) parts.push(`row ${location.row}`);
  const where = parts.join(" ");
  const what = [
    location.column === void 0 ? void 0 : `column ${codeName(location.column)}`,
    location.feature === void 0 || location.feature === location.column ? void 0 : `feature ${codeName(location.feature)}`,
    location.slice === void 0 ? void 0 : `slice ${codeName(location.slice)}`,
    location.key === void 0 ? void 0 : `key ${codeName(location.key)}`
  ].filter((part) => part !== void 0);
  return [where, ...what].join(", ");
}
function plain(value) {
  if (typeof value === "number") return formatNumber2(value);
  if (value === null) return "missing";
  return String(value);
}
function codeName(name) {
  return isSafeCodeText(name) && !name.includes(" ") ? `\`${name}\`` : name;
}

// src/engine/blocking-reasons.ts
function blockingReasons(score, results, gate, configErrors2) {
  const reasons2 = [];
  if (configErrors2.length > 0) reasons2.push(configReason(configErrors2.length));
  for (const status of ["fail", "error", "warn"]) {
    if (status === "warn" && !gate.block_on_warn) continue;
    for (const result of results.filter((candidate) => candidate.status === status)) {
      reasons2.push(...checkReasons(result, gate.block_on_warn));
    }
  }
  const coverage = coverageReason(score);
  if (coverage !== void 0) reasons2.push(coverage);
  return reasons2;
}
function configReason(count) {
  const errors = count === 1 ? "1 error" : `${count} errors`;
  return {
    kind: "config",
    text: `The configuration has ${errors}, so no check ran.`,
    fixes: ["Fix the configuration errors listed above in mlgate.yml and push."]
  };
}
function checkReasons(result, blockOnWarn) {
  const check = resultKey(result);
  const name = `\`${check}\``;
  if (result.status === "error") {
    const transient = result.transient === true;
    const fixes2 = transient ? ["Re-run the job: the error looks transient (a network or service failure)."] : [];
    return [
      {
        kind: "check-error",
        check,
        text: `${name} could not run: ${result.summary}`,
        fixes: fixes2,
        transient
      }
    ];
  }
  const severity2 = result.status === "fail" ? "fail" : "warn";
  const groups = byCause(
    result.findings.filter((finding2) => finding2.severity === severity2 && !isWaived(finding2))
  );
  const warned = severity2 === "warn" && blockOnWarn ? " (`gate.block_on_warn` is true)" : "";
  if (groups.length === 0) {
    const text = `${name}: ${result.summary}${warned}`;
    return [{ kind: "findings", check, severity: severity2, findings: [], text, fixes: [] }];
  }
  return groups.map((group) => ({
    kind: "findings",
    check,
    severity: severity2,
    findings: group.map((finding2) => finding2.id),
    text: `${name}: ${findingsText(group)}${warned}`,
    fixes: [
      ...new Set(group.flatMap((finding2) => finding2.fix === void 0 ? [] : [finding2.fix]))
    ]
  }));
}
function byCause(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const finding2 of findings) {
    const key38 = finding2.cause === void 0 ? `message ${finding2.message}\0${JSON.stringify(finding2.measure ?? null)}` : `cause ${finding2.cause}`;
    groups.set(key38, [...groups.get(key38) ?? [], finding2]);
  }
  return [...groups.values()];
}
function findingsText(group) {
  const [first2, ...rest] = group;
  if (first2 === void 0) return "no finding";
  const what = first2.measure === void 0 ? first2.message.replace(/[.\s]*$/, "") : measureText(first2.measure);
  const { location } = first2;
  const where = location === void 0 || first2.measure === void 0 && what.includes(location.path) ? "" : ` \u2014 ${locationText(location)}`;
  if (rest.length === 0) return `${what}${where}`;
  const more = rest.length === 1 ? "1 more finding" : `${rest.length} more findings`;
  return `${what}${where}; and ${more} with the same cause`;
}
function coverageReason(score) {
  const below = score.sections.filter((section) => !section.met);
  const parts = below.map(
    (section) => `${sectionTitles[section.section]} ${section.score} of 7 < ${section.minimum} (\`gate.minimum_section_scores.${section.section}\`)`
  );
  if (score.final < score.minimum) {
    parts.push(`final score ${score.final} < ${score.minimum} (\`gate.minimum_score\`)`);
  }
  if (parts.length === 0) return void 0;
  const sections2 = (below.length > 0 ? below : lowestSections(score)).map(
    (section) => sectionTitles[section.section]
  );
  return {
    kind: "coverage",
    text: `Rubric coverage is below its minimum: ${parts.join("; ")}.`,
    fixes: [
      `Automate or attest more rubric tests of ${sections2.join(", ")} (the job summary lists each uncovered test and how to cover it), or lower the minimum in mlgate.yml.`
    ]
  };
}
function lowestSections(score) {
  return score.sections.filter((section) => section.score === score.final);
}

// src/engine/verdict.ts
function decideVerdict(score, results, gate, configErrors2) {
  const blocking = blockingReasons(score, results, gate, configErrors2);
  return {
    passed: blocking.length === 0,
    reasons: blocking.map((reason) => reason.text),
    blocking
  };
}

// src/engine/build-report.ts
function buildReport(input) {
  const { config, results, configErrors: configErrors2 } = input;
  const today = input.now.toISOString().slice(0, 10);
  const score = scoreMlTest({
    results,
    attestations: config.attestations,
    gate: config.gate,
    evidenceExists: input.evidenceExists,
    today
  });
  return {
    schemaVersion: 2,
    mlgateVersion: input.mlgateVersion,
    generatedAt: input.now.toISOString(),
    event: input.event,
    verdict: decideVerdict(score, results, config.gate, configErrors2),
    score,
    checks: results,
    waivers: listWaiverStates(config.waivers, today, results),
    configErrors: configErrors2
  };
}

// src/engine/default-checks.ts
function withDefaultChecks(config) {
  if (Object.keys(config.steps).length === 0 || config.checks.committed_artifacts !== void 0) {
    return config.checks;
  }
  return { ...config.checks, committed_artifacts: committedArtifactsConfig.parse({}) };
}

// src/engine/transient-error.ts
var transientCodes = /* @__PURE__ */ new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ETIMEDOUT",
  "EAI_AGAIN",
  "ENOTFOUND",
  "EPIPE",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_SOCKET"
]);
function isTransientError(error) {
  if (typeof error !== "object" || error === null) return false;
  const { code: code2, name, status, cause } = error;
  if (typeof code2 === "string" && transientCodes.has(code2)) return true;
  if (name === "TimeoutError") return true;
  if (typeof status === "number" && (status === 429 || status >= 500)) return true;
  return cause !== void 0 && cause !== error && isTransientError(cause);
}

// src/engine/run-checks.ts
async function runChecks(configs, waivers, context, elapsedMs, registry = checkRegistry) {
  const today = context.now.toISOString().slice(0, 10);
  const entries = configs;
  const results = [];
  for (const id of Object.keys(entries)) {
    if (registry[id] === void 0) {
      const check = { id, title: id, rubric: [] };
      const outcome = { kind: "error", message: `mlgate has no check "${id}"` };
      results.push(applyWaivers(check, outcome, [], today, 0));
    }
  }
  for (const [id, check] of Object.entries(registry)) {
    const entry = entries[id];
    if (entry === void 0 || check === void 0) continue;
    for (const { name, config } of checkInstances(entry)) {
      const started = elapsedMs();
      const outcome = await runOne(check, config, context);
      const durationMs = Math.round(elapsedMs() - started);
      const instance = name === void 0 ? check : { ...check, instance: name };
      results.push(applyWaivers(instance, outcome, waivers, today, durationMs));
    }
  }
  return results;
}
async function runOne(check, config, context) {
  try {
    return await check.run(config, context);
  } catch (error) {
    const message = errorMessage(error) || (error instanceof Error ? error.name : "the check threw");
    return { kind: "error", message, ...isTransientError(error) ? { transient: true } : {} };
  }
}

// src/engine/run-gate.ts
var fallbackConfig = {
  version: 1,
  gate: gateSchema.parse(void 0),
  steps: {},
  checks: {},
  attestations: {},
  waivers: []
};
async function runGate(run) {
  const { configPath, workspace, event, now, elapsedMs, mlgateVersion } = run;
  const base = { event, now, mlgateVersion };
  const read = await readConfigText(workspace, configPath);
  if ("error" in read) return { report: configErrorReport([read.error], base) };
  const parsed = parseConfig(read.text, configPath);
  if (!parsed.ok) return { report: configErrorReport(parsed.errors, base) };
  const config = parsed.config;
  const { resampleRunner, scanThreads } = run;
  const context = {
    workspace,
    event,
    now,
    ...resampleRunner ? { resampleRunner } : {},
    ...scanThreads ? { scanThreads } : {}
  };
  const results = await runWithPipeline(config, context, elapsedMs);
  const evidenceExists = /* @__PURE__ */ new Map();
  for (const evidence of attestationEvidencePaths(config.attestations)) {
    evidenceExists.set(
      evidence,
      await workspace.exists(evidence, "attestations").catch(() => false)
    );
  }
  return {
    config,
    report: buildReport({ config, results, evidenceExists, ...base, configErrors: [] })
  };
}
async function readConfigText(workspace, configPath) {
  try {
    workspace.resolve(configPath, "config");
  } catch {
    return {
      error: {
        file: configPath,
        message: `not inside the working directory ${workspace.root}: mlgate reads only files inside the repository it gates, so a pull request can't point it at the runner's files`,
        fix: "move it into the working directory, or pass --working-directory (the action's `working-directory` input) a folder that contains it and name the config relative to that folder"
      }
    };
  }
  try {
    return { text: await workspace.readText(configPath, "config") };
  } catch (error) {
    const missing = !await workspace.exists(configPath, "config").catch(() => false);
    return {
      error: {
        file: configPath,
        message: errorMessage(error),
        fix: missing ? "create it (the README has a starting point) or point the `config` input at it" : "make it a file mlgate can read: not a folder, readable by the runner, not a link out of the repository"
      }
    };
  }
}
function configErrorReport(configErrors2, base) {
  return buildReport({
    config: fallbackConfig,
    results: [],
    evidenceExists: /* @__PURE__ */ new Map(),
    ...base,
    configErrors: configErrors2
  });
}
async function runWithPipeline(config, given, elapsedMs) {
  const context = { ...given, workspace: withQuerySourceRows(given.workspace) };
  if (Object.keys(config.steps).length === 0) {
    return runChecks(config.checks, config.waivers, context, elapsedMs);
  }
  const pipeline = createPipeline(context.workspace, config.steps);
  try {
    const withSteps = {
      ...context,
      workspace: withStepOutputs(context.workspace, pipeline),
      pipeline
    };
    return await runChecks(withDefaultChecks(config), config.waivers, withSteps, elapsedMs);
  } finally {
    await pipeline.dispose();
  }
}

// src/io/bootstrap-threads.ts
const { availableParallelism } = process.getBuiltinModule("node:os");
var BOOTSTRAP_WORKER_FLAG = "mlgate-bootstrap-slice";
function threadResampleRunner(cores = availableParallelism()) {
  const parts = Math.min(cores, 8);
  return {
    parts,
    async run(job) {
      const workers = inPooledWorkers(job, parts - 1);
      try {
        runSharedDeltaJob(job);
      } catch (error) {
        workers.catch(() => void 0);
        throw error;
      }
      await Promise.race([sharedDeltaJobDone(job), workers.then(() => sharedDeltaJobDone(job))]);
    }
  };
}
function inPooledWorkers(job, count) {
  return Promise.all(Array.from({ length: count }, (_, k) => pooledWorker(k).run(job))).then(
    () => void 0
  );
}
var pool = /* @__PURE__ */ new Map();
function pooledWorker(slot) {
  const existing = pool.get(slot);
  if (existing) return existing;
  const started = startWorker(() => {
    if (pool.get(slot) === started) pool.delete(slot);
  });
  pool.set(slot, started);
  return started;
}
function startWorker(forget) {
  letYoungGenerationGrow();
  const entry = workerEntryUrl(import.meta.url, "./bootstrap-worker.ts", "bootstrap-worker");
  const worker = new (workerThreads()).Worker(entry, {
    workerData: BOOTSTRAP_WORKER_FLAG,
    argv: [],
    env: workerEnvironment()
  });
  worker.unref();
  const waiting = [];
  const fail = (error) => {
    forget();
    for (const reply of waiting.splice(0)) reply.reject(error);
  };
  worker.on("message", () => {
    waiting.shift()?.resolve();
    if (waiting.length === 0) worker.unref();
  });
  worker.once("error", fail);
  worker.once(
    "exit",
    (code2) => fail(new Error(`a bootstrap worker thread stopped (exit code ${code2})`))
  );
  return {
    run(job) {
      return new Promise((resolve, reject) => {
        if (waiting.push({ resolve, reject }) === 1) worker.ref();
        worker.postMessage(job);
      });
    }
  };
}

// src/report/comment-marker.ts
var commentKeyPattern = /^[A-Za-z0-9_.-]+$/;
function commentMarker(key38) {
  if (!commentKeyPattern.test(key38)) {
    throw new Error(
      `comment key ${JSON.stringify(key38)} is not allowed: use letters, digits, \`.\`, \`_\` and \`-\` only, e.g. \`model-a\``
    );
  }
  return `<!-- mlgate:report key=${key38} -->`;
}
function monitoringMarker(key38) {
  return commentMarker(key38).replace("mlgate:report", "mlgate:monitoring");
}

// src/report/detail-level.ts
var detailLevels = ["full", "failing-only", "findings-only"];
var itemLimits = {
  full: void 0,
  "failing-only": 25,
  "findings-only": 10
};

// src/report/fit-comment.ts
var commentLimit = {
  maximum: 65536 - 1024,
  measure: (text) => text.length + countNewlines(text),
  description: "GitHub's 65,536-character comment limit"
};
var jobSummaryLimit = {
  maximum: 1048576 - 16384,
  measure: utf8Length,
  description: "GitHub's 1 MiB job summary limit"
};
var separator = "\n\n";
function fitSections(render, limit, fullReportHint2) {
  let sections2 = [];
  for (const level of detailLevels) {
    sections2 = render(level);
    const note = level === "full" ? void 0 : detailNote(level, limit, fullReportHint2);
    const text = join2(sections2, note);
    if (limit.measure(text) <= limit.maximum) return text;
  }
  const sizes = sections2.map(
    (section) => limit.measure(section.markdown) + limit.measure(separator)
  );
  const dropOrder = sections2.map((section, index2) => ({ section, index: index2 })).filter(({ section }) => !section.required).sort((a2, b2) => b2.section.dropPriority - a2.section.dropPriority || b2.index - a2.index).map(({ index: index2 }) => index2);
  const dropped = /* @__PURE__ */ new Set();
  let total = sizes.reduce((sum, size) => sum + size, 0);
  for (const index2 of dropOrder) {
    dropped.add(index2);
    total -= sizes[index2] ?? 0;
    const note = trimNote(sections2, dropped, limit, fullReportHint2);
    if (total + limit.measure(note) + limit.measure(separator) <= limit.maximum) {
      return join2(
        sections2.filter((_, i) => !dropped.has(i)),
        note
      );
    }
  }
  return cutRequired(sections2, limit, fullReportHint2);
}
function join2(sections2, note) {
  const parts = sections2.map((section) => section.markdown);
  if (note !== void 0) parts.splice(Math.min(1, parts.length), 0, note);
  return parts.join(separator);
}
function detailNote(level, limit, hint) {
  const what = level === "failing-only" ? "details of passing checks and long tables are left out" : "check details are left out, and long finding lists are cut";
  return `> [!NOTE]
> To fit ${limit.description}, ${what}. ${hint}`;
}
function trimNote(sections2, dropped, limit, hint) {
  const groups = /* @__PURE__ */ new Map();
  sections2.forEach((section, index2) => {
    if (section.required) return;
    const count = groups.get(section.group) ?? { left: 0, all: 0 };
    count.all += 1;
    if (dropped.has(index2)) count.left += 1;
    groups.set(section.group, count);
  });
  const leftOut = [...groups].filter(([, count]) => count.left > 0).map(([group, count]) => count.all > 1 ? `${group} (${count.left} of ${count.all})` : group);
  return `> [!WARNING]
> **This report is cut short** to fit ${limit.description}. Left out: ${leftOut.join(", ")}. The check details that remain show findings only. ${hint}`;
}
function cutRequired(sections2, limit, hint) {
  const required3 = sections2.filter((section) => section.required);
  const footer = required3.at(-1)?.markdown ?? "";
  const note = `> [!WARNING]
> **This report is cut short** to fit ${limit.description}. ${hint}`;
  const [verdict = "", ...rest] = required3.slice(0, -1).map((section) => section.markdown);
  const head = `${cutText(verdict, limit.maximum / 2, limit.measure)}${separator}${note}`;
  const tail = `${separator}${footer}`;
  const budget = limit.maximum - limit.measure(head) - limit.measure(tail) - limit.measure(separator);
  const body = closeOpenBlocks(
    cutText(rest.join(separator), Math.max(0, budget - 64), limit.measure)
  );
  return `${head}${body === "" ? "" : `${separator}${body}`}${tail}`;
}
function closeOpenBlocks(text) {
  const fences = text.split("\n").filter((line) => /^ {0,3}```/.test(line)).length;
  const open = (text.match(/<details>/g) ?? []).length - (text.match(/<\/details>/g) ?? []).length;
  const closers = [fences % 2 === 1 ? "```" : "", ...Array(Math.max(0, open)).fill("</details>")];
  const tail = closers.filter((closer) => closer !== "").join("\n\n");
  return tail === "" ? text : `${text}
${tail}`;
}
function cutText(text, budget, measure2) {
  if (measure2(text) <= budget) return text;
  let used = 0;
  let end = 0;
  for (const line of text.split("\n")) {
    const size = measure2(line) + measure2("\n");
    if (used + size > budget) break;
    used += size;
    end += line.length + 1;
  }
  if (end > 0) return text.slice(0, end - 1);
  for (const character of text) {
    const size = measure2(character);
    if (used + size > budget) break;
    used += size;
    end += character.length;
  }
  return text.slice(0, end);
}
function countNewlines(text) {
  let count = 0;
  for (let index2 = text.indexOf("\n"); index2 !== -1; index2 = text.indexOf("\n", index2 + 1)) {
    count += 1;
  }
  return count;
}
function utf8Length(text) {
  let bytes = 0;
  for (let index2 = 0; index2 < text.length; index2 += 1) {
    const unit = text.charCodeAt(index2);
    if (unit < 128) bytes += 1;
    else if (unit < 2048) bytes += 2;
    else if (unit >= 55296 && unit <= 56319 && index2 + 1 < text.length) {
      const next = text.charCodeAt(index2 + 1);
      if (next >= 56320 && next <= 57343) {
        bytes += 4;
        index2 += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

// src/report/status-badge.ts
var icons = {
  pass: "\u2705",
  warn: "\u26A0\uFE0F",
  fail: "\u274C",
  error: "\u{1F4A5}",
  skip: "\u23ED\uFE0F"
};
function statusWord(status) {
  return isCheckStatus(status) ? `${icons[status]} ${status}` : escapeMarkdown(String(status), { maxLength: 20 });
}
function statusIcon(status) {
  return icons[status];
}
function isCheckStatus(status) {
  return Object.hasOwn(icons, status);
}
function statusBadge(result) {
  const badge = statusWord(result.status);
  return result.waivedFrom === void 0 ? badge : `${badge} (${escapeMarkdown(String(result.waivedFrom), { maxLength: 20 })} waived)`;
}

// src/report/render-check-details.ts
var messageLength = 2e3;
var summaryLength = 200;
function renderCheckDetails(result, level) {
  const summaryLine = `${statusBadge(result)} \xB7 ${escapeHtml(result.title, { maxLength: 100 })} (${codeHtml(clip(resultKey(result), 100))}) \u2014 ${escapeSummary(result.summary, { maxLength: summaryLength })}`;
  const body = [
    `Rubric: ${result.rubric.map((id) => code(id)).join(", ") || "none"}`,
    ...outcomeParts(result, level)
  ];
  return `<details>
<summary>${summaryLine}</summary>

${body.join("\n\n")}

</details>`;
}
function outcomeParts(result, level) {
  if (result.status === "error") {
    return [
      `**The check could not run**, so the gate blocks (an error is never waived): ${escapeMarkdown(result.summary, { newline: "<br>", maxLength: messageLength })}`
    ];
  }
  if (result.status === "skip") {
    return [
      `**Skipped:** ${escapeMarkdown(result.summary, { newline: "<br>", maxLength: messageLength })}`
    ];
  }
  const parts = result.summary.length > summaryLength ? [escapeMarkdown(result.summary, { newline: "<br>", maxLength: messageLength })] : [];
  if (result.waiver !== void 0) parts.push(`Whole check: ${describeWaiver(result.waiver)}`);
  if (result.figures.length > 0) {
    parts.push(
      renderTable(
        ["Figure", "Value", "Threshold"],
        result.figures.map((figure2) => [
          escapeMarkdown(figure2.name, { newline: "<br>" }),
          formatFigureValue(figure2),
          figure2.threshold === void 0 ? "\u2014" : formatCell(figure2.threshold)
        ])
      )
    );
  }
  const showDetails = level === "full" || level === "failing-only" && result.status !== "pass";
  const listed3 = showDetails && result.details.some((block) => block.type === "table" && block.listsFindings === true);
  const findings = listed3 ? result.findings.filter((finding2) => finding2.waiver !== void 0) : result.findings;
  if (findings.length > 0) parts.push(renderFindings(findings, itemLimits[level]));
  if (showDetails) {
    for (const block of result.details) {
      parts.push(renderDetailBlock(block, { maxItems: itemLimits[level] }));
    }
  }
  return parts;
}
function renderFindings(findings, max) {
  const ordered = [...findings].sort((a2, b2) => rank(a2) - rank(b2));
  const shown3 = max === void 0 ? ordered : ordered.slice(0, max);
  const waived = findings.filter(isWaived).length;
  const counts = ["fail", "warn"].map((severity2) => [severity2, findings.filter((f2) => f2.severity === severity2).length]).filter(([, count]) => count > 0).map(([severity2, count]) => `${count} ${severity2}`);
  if (waived > 0) counts.push(`${waived} waived`);
  const lines = shown3.map(renderFinding);
  if (shown3.length < ordered.length) {
    lines.push(`- \u2026 ${ordered.length - shown3.length} more findings (in the full report)`);
  }
  return `**Findings** (${counts.join(", ")})

${lines.join("\n")}`;
}
function renderFinding(finding2) {
  const location = finding2.location === void 0 ? "" : ` \xB7 ${describeLocation(finding2.location)}`;
  const line = `- ${statusWord(finding2.severity)} \xB7 ${code(finding2.id)} \u2014 ${escapeMarkdown(finding2.message, { newline: "<br>", maxLength: messageLength })}${location}`;
  return finding2.waiver === void 0 ? line : `${line}
  - ${describeWaiver(finding2.waiver)}`;
}
function describeLocation(location) {
  const line = location.line === void 0 ? "" : ` line ${formatCell(location.line)}`;
  const column = location.column === void 0 ? "" : `, column ${escapeMarkdown(location.column)}`;
  return `${escapeMarkdown(location.path)}${line}${column}`;
}
function describeWaiver(waiver2) {
  const who = escapeMarkdown(waiver2.owner, { maxLength: 100 });
  const reason = escapeMarkdown(waiver2.reason, { maxLength: messageLength });
  const expires = escapeMarkdown(waiver2.expires, { maxLength: 20 });
  return waiver2.expired ? `\u231B waiver by ${who} **expired** on ${expires} and no longer applies: ${reason}` : `\u2705 waived by ${who} until ${expires}: ${reason}`;
}
function rank(finding2) {
  return (isWaived(finding2) ? 2 : 0) + (finding2.severity === "fail" ? 0 : 1);
}

// src/report/render-checks-table.ts
var order = ["fail", "error", "warn", "pass", "skip"];
function byUrgency(results) {
  const rank2 = (result) => order.indexOf(result.status) * 2 + (folds(result) ? 1 : 0);
  return results.map((result, index2) => ({ result, index: index2 })).sort((a2, b2) => rank2(a2.result) - rank2(b2.result) || a2.index - b2.index).map(({ result }) => result);
}
function folds(result) {
  if (result.status === "skip") return true;
  return result.status === "pass" && result.waivedFrom === void 0 && result.findings.every((finding2) => finding2.waiver === void 0);
}
function renderChecksTable(results, audience) {
  if (results.length === 0) {
    return "### Checks\n\nNo check ran. Add checks under `checks:` in mlgate.yml.";
  }
  const sorted = byUrgency(results);
  const rows = audience === "comment" ? sorted.filter((result) => !folds(result)) : sorted;
  const parts = ["### Checks"];
  if (rows.length > 0) {
    const header = audience === "comment" ? ["Check", "Status", "Key figure"] : ["Check", "Status", "Key figure", "Rubric tests"];
    parts.push(
      renderTable(
        header,
        rows.map((result) => row(result, audience))
      )
    );
  }
  if (audience === "comment") parts.push(...foldedLines(sorted));
  return parts.join("\n\n");
}
function row(result, audience) {
  const cells = [
    `${escapeMarkdown(result.title, { maxLength: 100 })} (${code(resultKey(result))})`,
    statusBadge(result),
    keyFigureText(result)
  ];
  if (audience === "summary") cells.push(result.rubric.map((id) => code(id)).join(", "));
  return cells;
}
function keyFigure(figures) {
  return figures.find(
    (figure2) => figure2.bound !== void 0 && !meetsBound(figure2.value, figure2.bound)
  ) ?? figures[0];
}
function keyFigureText(result) {
  const figure2 = keyFigure(result.figures);
  const breaks = figure2?.bound !== void 0 && !meetsBound(figure2.value, figure2.bound);
  if (!breaks && (result.status === "fail" || result.status === "warn")) {
    const finding2 = result.findings.find(
      (f2) => f2.severity === result.status && !isWaived(f2) && f2.measure !== void 0
    );
    if (finding2?.measure !== void 0) return escapeMarkdown(measureText(finding2.measure));
  }
  if (figure2 === void 0) return "\u2014";
  const threshold = figure2.threshold === void 0 ? "" : ` (threshold ${formatCell(figure2.threshold)})`;
  return `${escapeMarkdown(figure2.name)}: ${formatFigureValue(figure2)}${threshold}`;
}
function foldedLines(sorted) {
  const lines = [];
  const passed = sorted.filter((result) => folds(result) && result.status === "pass");
  const skipped = sorted.filter((result) => result.status === "skip");
  if (passed.length > 0) {
    lines.push(
      `${statusIcon("pass")} ${passed.length} passed: ${passed.map((result) => code(resultKey(result))).join(", ")}`
    );
  }
  if (skipped.length > 0) {
    const names3 = skipped.map(
      (result) => `${code(resultKey(result))} (${escapeMarkdown(result.summary, { maxLength: 80 })})`
    );
    lines.push(`${statusIcon("skip")} ${skipped.length} skipped: ${names3.join(", ")}`);
  }
  return lines;
}

// src/report/render-coverage.ts
var meaning = "It counts the rubric tests that exist and run (automated by a check that ran, or attested), not the tests that passed.";
function renderCoverageLine(report, where) {
  if (nothingRan(report)) {
    return "**Rubric coverage** (ML Test Score): n/a, since no check ran.";
  }
  const { score } = report;
  const sections2 = score.sections.map(
    (section) => `${sectionTitles[section.section] ?? escapeMarkdown(String(section.section))} ${formatCell(section.score)}${section.met ? "" : ` (below its minimum ${formatCell(section.minimum)})`}`
  ).join(" \xB7 ");
  const final = `score ${formatCell(score.final)}${score.final < score.minimum ? ` (below its minimum ${formatCell(score.minimum)})` : ""}`;
  return `**Rubric coverage** (ML Test Score, Breck et al. 2017), of 7 tests per section: ${sections2}; ${final}. ${meaning} ${where}`;
}
function renderCoverage(report) {
  if (nothingRan(report)) return renderCoverageLine(report, "");
  const { score } = report;
  const below = (ok, minimum) => ok ? formatCell(minimum) : `${formatCell(minimum)}, below it`;
  const rows = score.sections.map((section) => [
    escapeMarkdown(sectionTitles[section.section] ?? String(section.section)),
    `${formatCell(section.score)} of 7`,
    below(section.met === true, section.minimum)
  ]);
  rows.push([
    "**ML Test Score** (lowest section)",
    `**${formatCell(score.final)}**`,
    below(score.final >= score.minimum, score.minimum)
  ]);
  const parts = [
    "### Rubric coverage (ML Test Score)",
    renderTable(["Section", "Covered", "Minimum"], rows),
    `${meaning} Table V band ${escapeMarkdown(score.band.range)}: ${escapeMarkdown(score.band.meaning)} _(Breck et al. 2017; 1 point per test automated by a check that ran, 0.5 per attested manual test.)_`
  ];
  const uncovered = renderUncovered(score.tests);
  if (uncovered !== void 0) parts.push(uncovered);
  parts.push(renderAllTests(report));
  return parts.join("\n\n");
}
function nothingRan(report) {
  return report.configErrors.length > 0 && report.checks.length === 0;
}
function renderUncovered(tests) {
  const missing = tests.filter(
    (test2) => test2.state.kind === "uncovered" || test2.state.kind === "attestation-rejected"
  );
  const notApplicable = tests.filter((test2) => test2.state.kind === "not-applicable");
  if (missing.length === 0 && notApplicable.length === 0) return void 0;
  const parts = [
    `**Rubric tests without points** (${missing.length + notApplicable.length} of 28)`
  ];
  if (missing.length > 0) {
    parts.push(
      renderTable(
        ["Test", "Title", "Why no points", "How to cover it"],
        missing.map((test2) => {
          const known = rubricTests.find((candidate) => candidate.id === test2.id);
          return [
            code(test2.id),
            escapeMarkdown(known?.title ?? test2.title),
            "why" in test2.state ? escapeMarkdown(test2.state.why, { maxLength: 500 }) : "",
            // mlgate's own advice (trusted Markdown), not the copy in a report read back.
            known?.howToCover ?? ""
          ];
        })
      ),
      "Any test can also be attested as a documented manual test for 0.5 points: `attestations.<test id>: {evidence: <file>, reviewed: YYYY-MM-DD}`."
    );
  }
  if (notApplicable.length > 0) {
    parts.push(
      `**Not applicable (N/A, 0 points):**

${notApplicable.map(
        (test2) => `- ${code(test2.id)}: ${"reason" in test2.state ? escapeMarkdown(test2.state.reason, { maxLength: 500 }) : ""}`
      ).join("\n")}`
    );
  }
  return parts.join("\n\n");
}
function renderAllTests(report) {
  const rows = report.score.tests.map((test2) => [
    code(test2.id),
    escapeMarkdown(rubricTests.find((candidate) => candidate.id === test2.id)?.title ?? test2.title),
    test2.state.kind === "not-applicable" ? "N/A" : formatCell(test2.points),
    describeState2(test2)
  ]);
  return `<details>
<summary>All 28 rubric tests</summary>

${renderTable(["Test", "Title", "Points", "How"], rows)}

</details>`;
}
function describeState2(test2) {
  const { state } = test2;
  switch (state.kind) {
    case "automated":
      return `automated: ${state.checks.map((id) => code(id)).join(", ")}`;
    case "attested":
      return `attested: ${escapeMarkdown(state.evidence)}${state.reviewed === void 0 ? "" : `, reviewed ${escapeMarkdown(state.reviewed)}`}`;
    case "attestation-rejected":
      return `attestation not counted: ${escapeMarkdown(state.why, { maxLength: 500 })}`;
    case "not-applicable":
      return `not applicable: ${escapeMarkdown(state.reason, { maxLength: 500 })}`;
    case "uncovered":
      return `uncovered: ${escapeMarkdown(state.why, { maxLength: 500 })}`;
    default:
      return escapeMarkdown(String(state.kind));
  }
}

// src/report/render-footer.ts
function renderFooter(report) {
  const parts = [`mlgate ${escapeMarkdown(report.mlgateVersion, { maxLength: 40 })}`];
  const sha = report.event.sha;
  if (typeof sha === "string" && /^[0-9a-f]{7,64}$/i.test(sha))
    parts.push(`commit ${sha.slice(0, 7)}`);
  if (isHttpUrl(report.event.runUrl)) parts.push(`[workflow run](${report.event.runUrl})`);
  parts.push(`event ${escapeMarkdown(report.event.name, { maxLength: 40 })}`);
  const production = renderProduction(report);
  return `---
${production ? `<sub>${production}</sub><br>
` : ""}<sub>${parts.join(" \xB7 ")}</sub>`;
}
function renderProduction(report) {
  const production = report.event.production;
  if (!production) return void 0;
  const note = production.note ? escapeMarkdown(production.note, { maxLength: 500 }) : "";
  const artifact = production.artifact;
  if (production.source !== "artifact" || !artifact) {
    return `Production: files at the base commit${note ? ` (no production artifact: ${note})` : ""}.`;
  }
  const run = isHttpUrl(artifact.runUrl) ? `[run ${artifact.runId}](${artifact.runUrl})` : `run ${artifact.runId}`;
  const files = production.files.map((file) => code(file)).join(", ");
  const commit = /^[0-9a-f]{7,64}$/i.test(artifact.sha) ? `, commit ${artifact.sha.slice(0, 7)}` : "";
  return `Production: ${files} from the artifact ${code(artifact.name)} of ${run}${commit}${note ? ` (${note})` : ""}.`;
}
function isHttpUrl(url) {
  return typeof url === "string" && /^https?:\/\/[^\s<>()"'`\\]+$/.test(url) && url.length <= 500;
}

// src/report/render-unblock.ts
var waiverDays = 14;
function renderUnblock(report, shown3) {
  const steps = shown3.flatMap((reason) => stepsFor(reason));
  const unique = [...new Set(steps)];
  const waivers = suggestedWaivers(report, shown3);
  const parts = ["### How to unblock"];
  if (unique.length > 0)
    parts.push(unique.map((step, index2) => `${index2 + 1}. ${step}`).join("\n"));
  if (waivers.length > 0) {
    parts.push(
      `Or waive what is accepted for now: paste under \`waivers:\` in mlgate.yml and say why.

\`\`\`yaml
${waivers.join("\n")}
\`\`\``
    );
  }
  return parts.join("\n\n");
}
function stepsFor(reason) {
  const fixes2 = reason.fixes.map((fix2) => escapeMarkdown(fix2, { maxLength: 500 }));
  if (fixes2.length > 0) return fixes2;
  if (reason.kind === "check-error") {
    return [
      `Fix what stopped ${code(reason.check)} (the error above says what); an error can't be waived.`
    ];
  }
  if (reason.kind === "findings") {
    return [`Fix what ${code(reason.check)} found (its details are below).`];
  }
  return [];
}
function suggestedWaivers(report, shown3) {
  const owner = report.event.pullRequest?.author;
  const fields = {
    reason: "TODO",
    owner: owner === void 0 ? "@your-team" : `@${owner}`,
    expires: addDays(report.generatedAt, waiverDays)
  };
  const lines = [];
  for (const reason of shown3) {
    if (reason.kind !== "findings") continue;
    const id = reason.findings.length === 1 ? reason.findings[0] : void 0;
    lines.push(waiverLine(reason.check, id, fields));
  }
  return [...new Set(lines)];
}
function waiverLine(check, finding2, fields) {
  const target = finding2 === void 0 ? `check: ${yamlString(check)}` : `check: ${yamlString(check)}, finding: ${yamlString(finding2)}`;
  return `- {${target}, reason: ${yamlString(fields.reason)}, owner: ${yamlString(fields.owner)}, expires: ${yamlString(fields.expires)}}`;
}
function yamlString(text) {
  return JSON.stringify(text).replace(
    /[^\x20-\x7E]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function addDays(isoTime, days3) {
  const start = Date.parse(isoTime);
  if (Number.isNaN(start)) return "YYYY-MM-DD";
  return new Date(start + days3 * millisecondsPerDay).toISOString().slice(0, 10);
}

// src/report/render-verdict.ts
var reasonsShown = 5;
function renderVerdict(report, commentKey) {
  const heading = report.verdict.passed === true ? "## \u2705 mlgate: passed" : "## \u274C mlgate: blocked";
  const blocks2 = [commentKey === void 0 ? heading : `${commentMarker(commentKey)}
${heading}`];
  blocks2.push(checkCounts(report));
  if (report.configErrors.length > 0) blocks2.push(configErrors(report));
  if (report.verdict.passed === true) {
    blocks2.push(
      "Every check that ran passed or warned, or was waived, and every section meets its minimum."
    );
  } else {
    blocks2.push(reasons(report));
  }
  return blocks2.join("\n\n");
}
function shownReasons(blocking) {
  const rounds = /* @__PURE__ */ new Map();
  const ranked = blocking.map((reason, index2) => {
    const key38 = "check" in reason ? `check ${reason.check}` : `kind ${reason.kind}`;
    const round = rounds.get(key38) ?? 0;
    rounds.set(key38, round + 1);
    return { reason, index: index2, round };
  });
  const chosen = [...ranked].sort((a2, b2) => a2.round - b2.round || a2.index - b2.index).slice(0, reasonsShown);
  return chosen.sort((a2, b2) => a2.index - b2.index).map(({ reason }) => reason);
}
function reasons(report) {
  const { blocking } = report.verdict;
  const shown3 = shownReasons(blocking);
  const lines = shown3.map(
    (reason) => `- ${escapeMarkdown(reason.text, { newline: "<br>", maxLength: 600 })}`
  );
  if (blocking.length > shown3.length) {
    lines.push(`- \u2026 and ${blocking.length - shown3.length} more, in the checks below.`);
  }
  return `**Blocked because:**

${lines.join("\n")}`;
}
function configErrors(report) {
  return [
    "> [!CAUTION]",
    "> **The configuration could not be used**, so no check ran and the gate fails closed. Fix these:",
    ...report.configErrors.map(
      (error) => `> - ${escapeMarkdown(formatConfigError(error), { newline: "<br>", maxLength: 2e3 })}`
    )
  ].join("\n");
}
function checkCounts(report) {
  if (report.checks.length === 0) return "No check ran.";
  const counts = /* @__PURE__ */ new Map();
  for (const result of report.checks) {
    const badge = statusBadge({ status: result.status });
    counts.set(badge, (counts.get(badge) ?? 0) + 1);
  }
  const total = report.checks.length === 1 ? "1 check" : `${report.checks.length} checks`;
  return `${total}: ${[...counts].map(([badge, count]) => `${count} ${badge}`).join(", ")}`;
}

// src/report/render-waivers.ts
var waiverEffects = {
  waived: "\u2705 waived",
  expired: "\u231B expired",
  unused: "\u{1F4A4} unused",
  refused: "\u26D4 refused"
};
function renderWaivers(waivers) {
  const rows = waivers.map((waiver2) => [
    waiver2.finding === void 0 ? `${code(waiver2.check)} (whole check)` : `${code(waiver2.check)}<br>${code(waiver2.finding)}`,
    waiverEffects[waiver2.effect] ?? escapeMarkdown(String(waiver2.effect)),
    `${escapeMarkdown(waiver2.owner, { maxLength: 100 })}, until ${escapeMarkdown(waiver2.expires, { maxLength: 20 })}: ${escapeMarkdown(waiver2.reason, { newline: "<br>", maxLength: 1e3 })}<br>_${escapeMarkdown(waiver2.note, { maxLength: 500 })}_`
  ]);
  return `### Waivers

${renderTable(["Waiver", "This run", "Owner, expiry and reason"], rows)}`;
}

// src/report/render-comment.ts
function renderComment(report, options) {
  return fitSections(
    (detail) => renderReportSections(report, { commentKey: options.commentKey, detail, audience: "comment" }),
    options.limit ?? commentLimit,
    fullReportHint(report)
  );
}
function renderSummary(report, options = {}) {
  const { commentKey } = options;
  return fitSections(
    (detail) => renderReportSections(report, { detail, ...commentKey === void 0 ? {} : { commentKey } }),
    options.limit ?? jobSummaryLimit,
    "The JSON report file (action output `report-json-path`) has everything."
  );
}
function renderReportSections(report, options = {}) {
  const detail = options.detail ?? "full";
  const audience = options.audience ?? "summary";
  const sections2 = [required2("verdict", renderVerdict(report, options.commentKey))];
  if (!report.verdict.passed) {
    sections2.push(
      required2("how to unblock", renderUnblock(report, shownReasons(report.verdict.blocking)))
    );
  }
  const coverage = audience === "comment" ? renderCoverageLine(
    report,
    `The rubric tests and how to cover them are in the ${jobSummary(report)}.`
  ) : renderCoverage(report);
  if (report.configErrors.length > 0 && report.checks.length === 0) {
    return [
      ...sections2,
      required2("rubric coverage", coverage),
      required2("footer", renderFooter(report))
    ];
  }
  sections2.push(optional("checks table", 1, renderChecksTable(report.checks, audience)));
  const detailed = byUrgency(report.checks).filter(
    (result) => audience === "summary" || !folds(result)
  );
  for (const result of detailed) {
    const level = audience === "comment" && !blocks(result) ? "findings-only" : detail;
    sections2.push(optional("check details", 4, renderCheckDetails(result, level)));
  }
  sections2.push(optional("rubric coverage", 3, coverage));
  if (report.waivers.length > 0) {
    sections2.push(optional("waivers", 2, renderWaivers(report.waivers)));
  }
  sections2.push(required2("footer", renderFooter(report)));
  return sections2;
}
function blocks(result) {
  return result.status === "fail" || result.status === "error";
}
function jobSummary(report) {
  return isHttpUrl(report.event.runUrl) ? `[job summary](${report.event.runUrl})` : "job summary of this workflow run";
}
function fullReportHint(report) {
  return `The ${jobSummary(report)} has the full report.`;
}
function required2(group, markdown) {
  return { group, markdown, required: true, dropPriority: 0 };
}
function optional(group, dropPriority, markdown) {
  return { group, markdown, required: false, dropPriority };
}

// src/report/render-json.ts
function renderJson(report) {
  return `${JSON.stringify(report, keepNonFinite, 2)}
`;
}
function keepNonFinite(_key, value) {
  return typeof value === "number" && !Number.isFinite(value) ? String(value) : value;
}

export {
  monotonicMs,
  formatConfigError,
  configProblem,
  sections,
  instanceNamePattern,
  resultKey,
  runGate,
  threadResampleRunner,
  commentMarker,
  monitoringMarker,
  commentLimit,
  renderComment,
  renderSummary,
  renderJson
};
/*! For license information please see chunk-X2PZ6TWA.js.LEGAL.txt */
