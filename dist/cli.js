#!/usr/bin/env node
import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  defaultDriftRules,
  driftDetails,
  formatMetric,
  mlgateVersion,
  nodeWorkspace,
  parseProfileJson,
  parseTableSchema,
  predictionsEvaluator,
  readPredictions,
  renderDetailBlock,
  renderJson,
  renderSummary,
  runDrift,
  runGate,
  scanTableFile,
  tasks,
  validateTableFile
} from "./chunks/chunk-GVVFZ3RM.js";
import "./chunks/chunk-HCHXWX6I.js";
import {
  absentColumnProfile,
  mergeColumnProfiles,
  profileTableInParallel
} from "./chunks/chunk-RZXLUYWR.js";
import {
  defaultProfileSettings
} from "./chunks/chunk-TL5NUGD6.js";
import "./chunks/chunk-LNDZDOIZ.js";

// src/cli.ts
import { isMainThread } from "node:worker_threads";

// src/cli/drift-command.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";

// src/cli/cli-usage-error.ts
var CliUsageError = class extends Error {
  name = "CliUsageError";
};

// src/cli/cli-arguments.ts
function parseOrUsage(parse5, usage7) {
  try {
    return parse5();
  } catch (error) {
    throw new CliUsageError(`${error.message}
${usage7}`);
  }
}
var tableReadOptions = {
  "input-format": { type: "string" },
  delimiter: { type: "string" },
  "missing-values": { type: "string" }
};
var tableReadUsage = '[--input-format csv|jsonl|parquet] [--delimiter ,] [--missing-values "",NA]';
var formats = ["csv", "jsonl", "parquet"];
function tableReadArguments(values) {
  const format = values["input-format"];
  if (format !== void 0 && !formats.includes(format)) {
    throw new CliUsageError(`--input-format must be csv, jsonl or parquet, not "${format}"`);
  }
  const delimiter = values.delimiter;
  if (delimiter !== void 0 && delimiter.length !== 1) {
    throw new CliUsageError(
      `--delimiter is one character, e.g. "," or ";" (a tab: --delimiter "$(printf '\\t')")`
    );
  }
  return {
    ...format === void 0 ? {} : { format },
    ...delimiter === void 0 ? {} : { delimiter },
    ...values["missing-values"] === void 0 ? {} : { missingValues: values["missing-values"].split(",") }
  };
}
function wholeNumberArgument(name, text, fallback, min) {
  if (text === void 0) return fallback;
  const value = text.trim() === "" ? Number.NaN : Number(text);
  if (!Number.isInteger(value) || value < min) {
    throw new CliUsageError(`--${name} must be a whole number \u2265 ${min}, not "${text}"`);
  }
  return value;
}

// src/cli/drift-command.ts
var usage = `usage: mlgate drift --reference DATA|PROFILE.json --current DATA [--schema schema.json] [--format markdown|json] [--ignore col,col] [--significance 0.05] [--warn-share 0] [--fail-share 0.5] ${tableReadUsage} [--allow-bad-rows]`;
async function driftCommand(argv, out = (text) => process.stdout.write(text), err = (text) => process.stderr.write(text)) {
  const options = parseOptions(argv);
  let run;
  try {
    const schema = options.schema ? parseTableSchema(await readFile(path.resolve(options.schema), "utf8"), options.schema) : void 0;
    run = await runDrift(
      await referenceFile(options.reference, options.read),
      dataFile(options.current, options.read),
      options.rules,
      schema
    );
  } catch (error) {
    throw new CliUsageError(error.message);
  }
  let badRows = 0;
  for (const bad of run.badRows) {
    for (const row of bad.rows) {
      err(
        `${bad.source}${row.line === void 0 ? "" : `:${row.line}`} (row ${row.row}): ${row.problem}
`
      );
    }
    if (bad.count > bad.rows.length)
      err(`${bad.source}: \u2026 ${bad.count - bad.rows.length} more bad rows
`);
    badRows += bad.count;
  }
  out(
    options.format === "json" ? `${JSON.stringify(run.result, null, 2)}
` : renderMarkdown(run.result)
  );
  if (badRows > 0 && !options.allowBadRows) {
    err(
      `mlgate drift: ${badRows} row(s) could not be split into the header's columns and were left out; fix them, or pass --allow-bad-rows to compare the rest
`
    );
    return 2;
  }
  return run.result.summary.verdict === "fail" ? 1 : 0;
}
function renderMarkdown(result) {
  const { summary } = result;
  const heading = `## Drift: ${result.current.path} vs ${result.reference.path}${result.reference.kind === "profile" ? " (profile)" : ""}`;
  const verdict = `**${summary.verdict.toUpperCase()}** \u2014 ${summary.message}`;
  const blocks = driftDetails(result).map((block) => renderDetailBlock(block));
  return `${[heading, verdict, ...blocks].join("\n\n")}
`;
}
function dataFile(file, read) {
  return {
    path: file,
    read,
    scan: (scanOptions) => scanTableFile(path.resolve(file), file, scanOptions)
  };
}
async function referenceFile(file, read) {
  if (file.toLowerCase().endsWith(".json")) {
    return { kind: "profile", path: file, text: await readFile(path.resolve(file), "utf8") };
  }
  return { kind: "rows", ...dataFile(file, read) };
}
function parseOptions(argv) {
  const { values, positionals } = parseOrUsage(() => parse(argv), usage);
  if (positionals.length > 0) {
    throw new CliUsageError(
      `unexpected argument "${positionals[0]}": name the files with --reference and --current
${usage}`
    );
  }
  if (!values.reference || !values.current) {
    throw new CliUsageError(`name both files: --reference and --current
${usage}`);
  }
  const format = values.format ?? "markdown";
  if (format !== "markdown" && format !== "json") {
    throw new CliUsageError(`--format must be markdown or json, not "${format}"`);
  }
  const read = tableReadArguments(values);
  const share = (name, fallback) => {
    const text = values[name];
    if (text === void 0) return fallback;
    const value = Number(text);
    if (text.trim() === "" || !(value >= 0 && value <= 1)) {
      throw new CliUsageError(`--${name} is a number between 0 and 1, not "${text}"`);
    }
    return value;
  };
  const rules = {
    ...defaultDriftRules,
    significance: share("significance", defaultDriftRules.significance),
    warnShare: share("warn-share", defaultDriftRules.warnShare),
    failShare: share("fail-share", defaultDriftRules.failShare),
    ignore: values.ignore ? values.ignore.split(",").filter(Boolean) : []
  };
  if (rules.warnShare > rules.failShare) {
    throw new CliUsageError("--warn-share must not exceed --fail-share");
  }
  return {
    reference: values.reference,
    current: values.current,
    schema: values.schema,
    format,
    read,
    rules,
    allowBadRows: values["allow-bad-rows"] ?? false
  };
}
function parse(argv) {
  return parseArgs({
    args: [...argv],
    options: {
      reference: { type: "string" },
      current: { type: "string" },
      schema: { type: "string" },
      format: { type: "string" },
      ignore: { type: "string" },
      significance: { type: "string" },
      "warn-share": { type: "string" },
      "fail-share": { type: "string" },
      ...tableReadOptions,
      "allow-bad-rows": { type: "boolean" }
    },
    strict: true,
    allowPositionals: true
  });
}

// src/cli/metrics-command.ts
import path2 from "node:path";
import { parseArgs as parseArgs2 } from "node:util";
var usage2 = "usage: mlgate metrics --predictions FILE --task binary|multiclass|regression --label-column COLUMN [--score-column COLUMN] [--prediction-column COLUMN] [--positive-label VALUE] [--probability-prefix PREFIX | --probability-columns class=column,\u2026] [--threshold 0.5] [--format text|json]";
async function metricsCommand(argv, write = (text) => process.stdout.write(text)) {
  const options = parseOrExplain(argv);
  const absolute = path2.resolve(options.predictions);
  const inside = !path2.relative(process.cwd(), absolute).startsWith("..");
  const root = inside ? process.cwd() : path2.dirname(absolute);
  const relative = path2.relative(root, absolute);
  let output;
  try {
    const table = await nodeWorkspace(root).readTable(relative, "--predictions");
    const predictions = readPredictions(table, {
      task: options.task,
      labelColumn: options.labelColumn,
      scoreColumn: options.scoreColumn,
      predictionColumn: options.predictionColumn,
      positiveLabel: options.positiveLabel,
      probabilityPrefix: options.probabilityPrefix,
      probabilityColumns: options.probabilityColumns
    });
    const metrics = predictionsEvaluator(predictions, options.threshold)();
    if (options.format === "json") {
      output = `${JSON.stringify(
        {
          file: relative,
          task: options.task,
          rows: table.rowCount,
          ...predictions.task === "binary" ? { positive_label: predictions.positiveLabel, threshold: options.threshold } : {},
          metrics: Object.fromEntries(
            Object.entries(metrics).map(([name, metric]) => [
              name,
              metric.defined ? { value: metric.value } : { value: null, reason: metric.reason }
            ])
          )
        },
        null,
        2
      )}
`;
    } else {
      const width = Math.max(...Object.keys(metrics).map((name) => name.length));
      const header = predictions.task === "binary" ? `${relative}: ${table.rowCount} rows, positive label "${predictions.positiveLabel}", threshold ${options.threshold}` : `${relative}: ${table.rowCount} rows, ${options.task}`;
      output = `${header}
${Object.entries(metrics).map(([name, metric]) => `  ${name.padEnd(width)}  ${formatMetric(metric, 6)}`).join("\n")}
`;
    }
  } catch (error) {
    throw new CliUsageError(error.message);
  }
  write(output);
  return 0;
}
function parseOrExplain(argv) {
  const values = parseOrUsage(
    () => parseArgs2({
      args: [...argv],
      options: {
        predictions: { type: "string" },
        task: { type: "string" },
        "label-column": { type: "string" },
        "score-column": { type: "string" },
        "prediction-column": { type: "string" },
        "positive-label": { type: "string" },
        "probability-prefix": { type: "string" },
        "probability-columns": { type: "string" },
        threshold: { type: "string" },
        format: { type: "string" }
      },
      strict: true,
      allowPositionals: false
    }).values,
    usage2
  );
  const required = (name) => {
    const value = values[name];
    if (!value) throw new CliUsageError(`--${name} is required
${usage2}`);
    return value;
  };
  const task = required("task");
  if (!tasks.includes(task)) {
    throw new CliUsageError(`--task must be binary, multiclass or regression, not "${task}"`);
  }
  const threshold = values.threshold === void 0 ? 0.5 : Number(values.threshold);
  if (!(threshold >= 0 && threshold <= 1) || values.threshold?.trim() === "") {
    throw new CliUsageError(
      `--threshold must be a number between 0 and 1, not "${values.threshold}"`
    );
  }
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json") {
    throw new CliUsageError(`--format must be text or json, not "${format}"`);
  }
  return {
    predictions: required("predictions"),
    task,
    labelColumn: required("label-column"),
    scoreColumn: values["score-column"],
    predictionColumn: values["prediction-column"],
    positiveLabel: values["positive-label"],
    probabilityPrefix: values["probability-prefix"],
    probabilityColumns: parseProbabilityColumns(values["probability-columns"]),
    threshold,
    format
  };
}
function parseProbabilityColumns(text) {
  if (text === void 0) return void 0;
  const pairs = text.split(",").map((pair) => pair.split("="));
  if (pairs.some((pair) => pair.length !== 2 || !pair[0] || !pair[1])) {
    throw new CliUsageError(
      `--probability-columns takes class=column pairs separated by commas, e.g. cat=p_cat,dog=p_dog; got "${text}"`
    );
  }
  return Object.fromEntries(pairs);
}

// src/cli/profile-command.ts
import { readFile as readFile2, writeFile } from "node:fs/promises";
import path3 from "node:path";
import { parseArgs as parseArgs3 } from "node:util";

// src/profile/merge-profiles.ts
function mergeProfiles(profiles) {
  if (profiles.length === 0) throw new Error("nothing to merge: give at least one profile");
  if (profiles.length === 1) return profiles[0];
  const middle = Math.ceil(profiles.length / 2);
  return mergeTwo(mergeProfiles(profiles.slice(0, middle)), mergeProfiles(profiles.slice(middle)));
}
function mergeTwo(a, b) {
  const settings = mergedSettings(a, b);
  const names = [...new Set([...a.columns, ...b.columns].map((column) => column.name))];
  const byName = (profile) => new Map(profile.columns.map((c) => [c.name, c]));
  const aColumns = byName(a);
  const bColumns = byName(b);
  const columns = names.map(
    (name) => mergeColumnProfiles(
      aColumns.get(name) ?? absentColumnProfile(name, a.rowCount),
      bColumns.get(name) ?? absentColumnProfile(name, b.rowCount),
      settings
    )
  );
  return {
    format: a.format,
    version: a.version,
    sources: [...a.sources, ...b.sources],
    rowCount: a.rowCount + b.rowCount,
    settings,
    columns
  };
}
function mergedSettings(a, b) {
  if (a.settings.hllPrecision !== b.settings.hllPrecision) {
    throw new Error(
      `profiles of ${a.sources[0]?.path} and ${b.sources[0]?.path} use HyperLogLog precision ${a.settings.hllPrecision} and ${b.settings.hllPrecision}; profiles merge only with equal settings.hllPrecision (mlgate profile writes 12)`
    );
  }
  return {
    sketchSize: Math.min(a.settings.sketchSize, b.settings.sketchSize),
    categoryLimit: Math.min(a.settings.categoryLimit, b.settings.categoryLimit),
    hllPrecision: a.settings.hllPrecision,
    histogramBins: a.settings.histogramBins
  };
}

// src/profile/render-profile-text.ts
function renderProfileText(profile) {
  const sources = profile.sources.map((s) => s.path).join(", ");
  const header = [
    "column",
    "kind",
    "count",
    "missing",
    "distinct",
    "mean",
    "std",
    "min",
    "median",
    "max",
    "top"
  ];
  const rows = profile.columns.map(columnRow);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  const approximate = profile.columns.some(
    (c) => !c.distinct.exact || c.numeric && !c.numeric.accuracy.exact || c.categories && !c.categories.exact
  );
  return [
    `${sources}: ${profile.rowCount} rows, ${profile.columns.length} columns`,
    line(header),
    ...rows.map(line),
    ...approximate ? ["~ approximate (see the profile JSON for each error bound)"] : []
  ].join("\n");
}
function columnRow(column) {
  const numbers = column.kind === "datetime" ? column.datetime : column.numeric;
  const approx = (exact) => exact ? "" : "~";
  const median = numbers?.quantiles.find((q) => q.p === 0.5)?.value;
  const show = (value) => {
    if (value === null || value === void 0) return "";
    if (column.kind === "datetime")
      return new Date(value).toISOString().replace("T00:00:00.000Z", "");
    return Number.isInteger(value) ? String(value) : value.toPrecision(6).replace(/\.?0+$/, "");
  };
  const top = column.categories?.items[0];
  return [
    column.name,
    column.kind,
    String(column.count),
    String(column.missing),
    `${approx(column.distinct.exact)}${column.distinct.value}`,
    column.kind === "datetime" ? "" : show(numbers?.mean),
    column.kind === "datetime" ? "" : show(numbers?.std),
    show(numbers?.min),
    median === void 0 ? "" : `${approx(numbers.accuracy.exact)}${show(median)}`,
    show(numbers?.max),
    top ? `${top.value} (${approx(column.categories.exact)}${top.count})` : ""
  ];
}

// src/cli/profile-command.ts
var usage3 = `usage: mlgate profile FILE\u2026 [-o profile.json] ${tableReadUsage} [--sketch-size 1024] [--category-limit 1000] [--histogram-bins 20] [--allow-bad-rows]
       mlgate profile --merge PROFILE.json\u2026 -o whole.json`;
async function profileCommand(argv, out = (text) => process.stdout.write(text), err = (text) => process.stderr.write(text)) {
  const options = parseOptions2(argv);
  let profile;
  let badRows = 0;
  try {
    const profiles = [];
    for (const file of options.files) {
      if (options.merge) {
        profiles.push(parseProfileJson(await readFile2(path3.resolve(file), "utf8"), file));
        continue;
      }
      const scan = await scanTableFile(path3.resolve(file), file, {
        format: options.format,
        delimiter: options.delimiter,
        missingValues: options.missingValues,
        otherColumns: "auto"
      });
      for (const bad of scan.badRows) {
        err(
          `${file}${bad.line === void 0 ? "" : `:${bad.line}`} (row ${bad.row}): ${bad.problem}
`
        );
      }
      if (scan.badRowCount > scan.badRows.length) {
        err(`${file}: \u2026 ${scan.badRowCount - scan.badRows.length} more bad rows
`);
      }
      badRows += scan.badRowCount;
      profiles.push(await profileTableInParallel(scan, options.settings));
    }
    profile = mergeProfiles(profiles);
  } catch (error) {
    throw new CliUsageError(error.message);
  }
  if (badRows > 0 && !options.allowBadRows) {
    err(
      `mlgate profile: ${badRows} row(s) could not be split into the header's columns; fix them, or pass --allow-bad-rows to profile the rest (the profile records how many were left out)
`
    );
    return 1;
  }
  const json = `${JSON.stringify(profile)}
`;
  if (options.output) {
    await writeFile(options.output, json);
    out(`${renderProfileText(profile)}
profile written to ${options.output}
`);
  } else {
    out(json);
  }
  return 0;
}
function parseOptions2(argv) {
  const { values, positionals } = parseOrUsage(() => parse2(argv), usage3);
  if (positionals.length === 0) throw new CliUsageError(`name at least one file
${usage3}`);
  const read = tableReadArguments(values);
  const integer = (name, fallback, min) => wholeNumberArgument(name, values[name], fallback, min);
  return {
    files: positionals,
    output: values.output,
    merge: values.merge ?? false,
    format: read.format,
    delimiter: read.delimiter,
    missingValues: read.missingValues ? [...read.missingValues] : void 0,
    settings: {
      sketchSize: integer("sketch-size", defaultProfileSettings.sketchSize, 1),
      categoryLimit: integer("category-limit", defaultProfileSettings.categoryLimit, 0),
      hllPrecision: defaultProfileSettings.hllPrecision,
      histogramBins: integer("histogram-bins", defaultProfileSettings.histogramBins, 1)
    },
    allowBadRows: values["allow-bad-rows"] ?? false
  };
}
function parse2(argv) {
  return parseArgs3({
    args: [...argv],
    options: {
      output: { type: "string", short: "o" },
      merge: { type: "boolean" },
      ...tableReadOptions,
      "sketch-size": { type: "string" },
      "category-limit": { type: "string" },
      "histogram-bins": { type: "string" },
      "allow-bad-rows": { type: "boolean" }
    },
    strict: true,
    allowPositionals: true
  });
}

// src/cli/run-command.ts
import { writeFile as writeFile2 } from "node:fs/promises";
import path4 from "node:path";
import { parseArgs as parseArgs4 } from "node:util";
async function runCommand(argv) {
  const { values } = parseOptions3(argv);
  const root = path4.resolve(values["working-directory"] ?? ".");
  const configPath = values.config ?? ".github/mlgate.yml";
  const { report } = await runGate({
    // The config path is given relative to the shell, checks' paths relative to the root.
    configPath: path4.relative(root, path4.resolve(configPath)),
    workspace: nodeWorkspace(root),
    event: { name: "local", ...values.base ? { baseSha: values.base } : {} },
    now: /* @__PURE__ */ new Date(),
    mlgateVersion
  });
  const markdown = renderSummary(report, { commentKey: "local" });
  if (values.out) await writeFile2(values.out, markdown);
  if (values.json) await writeFile2(values.json, renderJson(report));
  if (!values.quiet) process.stdout.write(`${markdown}
`);
  const where2 = [values.out, values.json].filter(Boolean).join(" and ");
  process.stderr.write(
    `${report.verdict.passed ? "mlgate: PASSED" : "mlgate: BLOCKED"} \u2014 ML Test Score ${report.score.final} (${report.score.band.range})${where2 ? `; report written to ${where2}` : ""}
` + report.verdict.reasons.map((reason) => `  - ${reason}
`).join("")
  );
  if (report.configErrors.length > 0) return 2;
  return report.verdict.passed ? 0 : 1;
}
var usage4 = "usage: mlgate run [--config mlgate.yml] [--working-directory DIR] [--out report.md] [--json report.json] [--base REV] [--quiet]";
function parseOptions3(argv) {
  return parseOrUsage(
    () => parseArgs4({
      args: [...argv],
      options: {
        config: { type: "string", short: "c" },
        "working-directory": { type: "string", short: "C" },
        out: { type: "string", short: "o" },
        json: { type: "string" },
        quiet: { type: "boolean", short: "q" },
        base: { type: "string" }
      },
      strict: true,
      allowPositionals: false
    }),
    usage4
  );
}

// src/cli/schema-command.ts
import { readFile as readFile3, writeFile as writeFile3 } from "node:fs/promises";
import path5 from "node:path";
import { parseArgs as parseArgs5 } from "node:util";

// src/table-schema/infer-table-schema.ts
function inferTableSchema(profile, options) {
  return {
    fields: profile.columns.map((c) => inferField(c, options)),
    missingValues: [...options.missingValues]
  };
}
function inferField(column, options) {
  const constraints = {};
  if (column.missing === 0 && column.count > 0) constraints.required = true;
  const field = { name: column.name, type: "string" };
  const numeric = column.numeric;
  const datetime = column.datetime;
  switch (column.kind) {
    case "numeric":
      if (numeric) {
        const finiteOnly = numeric.nan + numeric.positiveInfinity + numeric.negativeInfinity === 0;
        field.type = numeric.integer && finiteOnly ? "integer" : "number";
        if (numeric.min !== null && numeric.max !== null) {
          constraints.minimum = numeric.min;
          constraints.maximum = numeric.max;
        }
      }
      break;
    case "boolean":
      field.type = "boolean";
      break;
    case "datetime":
      if (datetime) {
        field.type = datetime.dateOnly ? "date" : "datetime";
        if (datetime.minText !== null && datetime.maxText !== null) {
          constraints.minimum = datetime.minText;
          constraints.maximum = datetime.maxText;
        }
      }
      break;
    case "categorical": {
      const categories = column.categories;
      if (categories?.exact && column.types.string === column.count && categories.items.length <= options.enumLimit) {
        constraints.enum = categories.items.map((item) => item.value).sort();
      }
      break;
    }
    case "identifier":
      if (column.distinct.exact) constraints.unique = true;
      break;
    default:
      break;
  }
  if (Object.keys(constraints).length > 0) field.constraints = constraints;
  return field;
}
function demoteFailingTypes(schema, result) {
  const failing = new Set(result.counts.filter((c) => c.kind === "type").map((c) => c.column));
  const changed = [];
  for (const field of schema.fields) {
    if (!failing.has(field.name)) continue;
    changed.push(field.name);
    if (field.type === "integer") {
      field.type = "number";
      continue;
    }
    field.type = "string";
    const required = field.constraints?.required;
    field.constraints = required ? { required } : void 0;
    if (!field.constraints) delete field.constraints;
  }
  return changed;
}

// src/cli/schema-command.ts
var usage5 = `usage: mlgate schema infer FILE [-o schema.json] [--enum-limit 20] ${tableReadUsage}`;
async function schemaCommand(argv, out = (text) => process.stdout.write(text), err = (text) => process.stderr.write(text)) {
  const [action, ...rest] = argv;
  if (action !== "infer")
    throw new CliUsageError(`unknown or missing action "${action ?? ""}"
${usage5}`);
  const options = parseOptions4(rest);
  const file = options.file;
  const fromProfile = file.toLowerCase().endsWith(".json");
  const read = { format: options.inputFormat, delimiter: options.delimiter };
  let text;
  try {
    let profile;
    if (fromProfile) {
      profile = parseProfileJson(await readFile3(path5.resolve(file), "utf8"), file);
    } else {
      const scan = await scanTableFile(path5.resolve(file), file, {
        ...read,
        missingValues: options.missingValues,
        otherColumns: "auto"
      });
      profile = await profileTableInParallel(scan, defaultProfileSettings);
    }
    const schema = inferTableSchema(profile, {
      enumLimit: options.enumLimit,
      missingValues: options.missingValues
    });
    if (!fromProfile) {
      const check = () => validateTableFile(
        (scanOptions) => scanTableFile(path5.resolve(file), file, scanOptions),
        parseTableSchema(JSON.stringify(schema), "inferred schema"),
        { maxExamples: 1, read }
      );
      const first = await check();
      const changed = demoteFailingTypes(schema, first);
      if (changed.length > 0) {
        err(
          `${file}: loosened the type of ${changed.join(", ")}: their cells are not all written as the inferred type
`
        );
      }
      const result = changed.length > 0 ? await check() : first;
      if (!result.valid) {
        err(
          `${file}: note \u2014 the inferred schema still reports ${result.errorCount} error(s) on this file; review it
`
        );
      }
    }
    text = `${JSON.stringify(schema, null, 2)}
`;
  } catch (error) {
    throw new CliUsageError(error.message);
  }
  if (options.output) {
    await writeFile3(options.output, text);
    out(
      `schema for ${file} written to ${options.output}: review the ranges and enums before you commit it
`
    );
  } else {
    out(text);
  }
  return 0;
}
function parseOptions4(argv) {
  const { values, positionals } = parseOrUsage(() => parse3(argv), usage5);
  if (positionals.length !== 1) throw new CliUsageError(`name exactly one training file
${usage5}`);
  const read = tableReadArguments(values);
  return {
    file: positionals[0],
    output: values.output,
    enumLimit: wholeNumberArgument("enum-limit", values["enum-limit"], 20, 0),
    inputFormat: read.format,
    delimiter: read.delimiter,
    missingValues: read.missingValues ? [...read.missingValues] : [""]
  };
}
function parse3(argv) {
  return parseArgs5({
    args: [...argv],
    options: {
      output: { type: "string", short: "o" },
      "enum-limit": { type: "string" },
      ...tableReadOptions
    },
    strict: true,
    allowPositionals: true
  });
}

// src/cli/validate-command.ts
import { readFile as readFile4 } from "node:fs/promises";
import path6 from "node:path";
import { parseArgs as parseArgs6 } from "node:util";

// src/table-schema/render-validation-text.ts
function renderValidationText(result) {
  const lines = [];
  const problems = [
    result.errorCount > 0 ? `${result.errorCount} cell error(s)` : "",
    result.missingColumns.length > 0 ? `missing column(s): ${result.missingColumns.join(", ")}` : "",
    result.unexpectedColumns.length > 0 ? `unexpected column(s): ${result.unexpectedColumns.join(", ")}` : "",
    result.badRows.count > 0 ? `${result.badRows.count} row(s) not split into the header's columns` : ""
  ].filter(Boolean);
  lines.push(
    `${result.source}: ${result.valid ? "VALID" : "INVALID"} \u2014 ${result.rows} rows${problems.length > 0 ? `; ${problems.join("; ")}` : ""}`
  );
  for (const bad of result.badRows.examples) {
    lines.push(`  ${where(result.source, bad.row, bad.line)}: ${bad.problem}`);
  }
  if (result.counts.length > 0) {
    const columnWidth = Math.max(6, ...result.counts.map((c) => c.column.length));
    lines.push("", `  ${"column".padEnd(columnWidth)}  ${"kind".padEnd(8)}  count`);
    for (const c of result.counts)
      lines.push(`  ${c.column.padEnd(columnWidth)}  ${c.kind.padEnd(8)}  ${c.count}`);
    lines.push("", "  first errors:");
    for (const c of result.counts) {
      for (const e of c.examples)
        lines.push(
          `  ${where(result.source, e.row, e.line)}, ${e.column} [${e.kind}]: ${e.message}`
        );
      if (c.count > c.examples.length)
        lines.push(`  \u2026 ${c.count - c.examples.length} more ${c.kind} error(s) in ${c.column}`);
    }
  }
  return `${lines.join("\n")}
`;
}
function where(source, row, line) {
  return line === void 0 ? `${source} row ${row}` : `${source}:${line} (row ${row})`;
}

// src/cli/validate-command.ts
var usage6 = "usage: mlgate validate --schema schema.json FILE\u2026 [--format text|json] [--max-examples 20] [--input-format csv|jsonl|parquet] [--delimiter ,]";
async function validateCommand(argv, out = (text) => process.stdout.write(text)) {
  const options = parseOptions5(argv);
  const results = [];
  try {
    const schema = parseTableSchema(
      await readFile4(path6.resolve(options.schema), "utf8"),
      options.schema
    );
    for (const file of options.files) {
      results.push(
        await validateTableFile(
          (scanOptions) => scanTableFile(path6.resolve(file), file, scanOptions),
          schema,
          {
            maxExamples: options.maxExamples,
            read: { format: options.inputFormat, delimiter: options.delimiter }
          }
        )
      );
    }
  } catch (error) {
    throw new CliUsageError(error.message);
  }
  const valid = results.every((r) => r.valid);
  if (options.format === "json") {
    out(`${JSON.stringify({ schema: options.schema, valid, files: results }, null, 2)}
`);
  } else {
    out(results.map(renderValidationText).join("\n"));
  }
  return valid ? 0 : 1;
}
function parseOptions5(argv) {
  const { values, positionals } = parseOrUsage(() => parse4(argv), usage6);
  if (!values.schema) throw new CliUsageError(`--schema is required
${usage6}`);
  if (positionals.length === 0) throw new CliUsageError(`name at least one data file
${usage6}`);
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json") {
    throw new CliUsageError(
      `--format is text or json, not "${format}" (the data file's format is --input-format)`
    );
  }
  const read = tableReadArguments({
    "input-format": values["input-format"],
    delimiter: values.delimiter
  });
  return {
    schema: values.schema,
    files: positionals,
    format,
    inputFormat: read.format,
    delimiter: read.delimiter,
    maxExamples: wholeNumberArgument("max-examples", values["max-examples"], 20, 1)
  };
}
function parse4(argv) {
  return parseArgs6({
    args: [...argv],
    options: {
      schema: { type: "string", short: "s" },
      format: { type: "string" },
      "input-format": { type: "string" },
      delimiter: { type: "string" },
      "max-examples": { type: "string" }
    },
    strict: true,
    allowPositionals: true
  });
}

// src/cli/cli-commands.ts
var cliCommands = {
  run: runCommand,
  metrics: metricsCommand,
  profile: profileCommand,
  schema: schemaCommand,
  validate: validateCommand,
  drift: driftCommand
};

// src/cli/run-cli.ts
async function runCli(argv) {
  const [name, ...rest] = argv;
  const usage7 = `usage: mlgate <command> [options]
commands: ${Object.keys(cliCommands).join(", ")}
`;
  if (name === void 0 || name === "--help" || name === "-h") {
    process.stdout.write(usage7);
    return name === void 0 ? 2 : 0;
  }
  const command = cliCommands[name];
  if (!command) {
    process.stderr.write(`mlgate: unknown command "${name}"
${usage7}`);
    return 2;
  }
  try {
    return await command(rest);
  } catch (error) {
    if (error instanceof CliUsageError) {
      process.stderr.write(`mlgate ${name}: ${error.message}
`);
      return 2;
    }
    throw error;
  }
}

// src/cli.ts
if (isMainThread) process.exitCode = await runCli(process.argv.slice(2));
