import {
  openSourceArguments
} from "./chunk-V4K56LZJ.js";
import {
  fileScanner
} from "./chunk-XSF7LZNP.js";
import {
  writeInPieces,
  writeJsonInPieces
} from "./chunk-6K6TPVEH.js";
import {
  parseOrUsage,
  tableReadArguments,
  tableReadOptions
} from "./chunk-36G64RWT.js";
import {
  CliUsageError,
  commandUsage
} from "./chunk-NZMRN4X6.js";
import {
  defaultDriftRules,
  detailBlockPieces,
  driftDetails,
  locateCell,
  runDrift
} from "./chunk-C7I5UCTU.js";
import "./chunk-JLJ5JKQQ.js";
import "./chunk-TV4L6LGM.js";
import "./chunk-TEXSX4RK.js";
import "./chunk-Q66JVYKC.js";
import {
  FileScanScheduler
} from "./chunk-PVFPZCU2.js";
import "./chunk-IDEN7Q7X.js";
import "./chunk-QE3BR34K.js";
import "./chunk-TUKDUIAD.js";
import "./chunk-H4QQWVY4.js";
import "./chunk-DPIG2K5A.js";
import "./chunk-3ROLIFPK.js";
import "./chunk-52Z3VBDW.js";
import "./chunk-FJSVKJ5S.js";
import "./chunk-AB24KIFF.js";
import "./chunk-XUDKVEYV.js";
import "./chunk-7UFWRZL3.js";
import "./chunk-Y6GXJEPL.js";
import "./chunk-JJK6CC36.js";
import {
  errorMessage
} from "./chunk-YBWX6OWL.js";
import "./chunk-SEWDMQ6Q.js";

// src/cli/drift-command.ts
const { parseArgs } = process.getBuiltinModule("node:util");
var usage = commandUsage("drift");
async function driftCommand(argv, out = (text) => process.stdout.write(text), err = (text) => process.stderr.write(text)) {
  const options = parseOptions(argv);
  let run;
  const schema = options.schema ? await readSchema(options.schema) : void 0;
  const sources = await openSourceArguments([
    { name: "--reference", text: options.reference },
    { name: "--current", text: options.current }
  ]);
  const [reference, current] = sources.opened;
  try {
    const scheduler = new FileScanScheduler();
    const scanFile = fileScanner(scheduler);
    scheduler.holdWorkers();
    run = await runDrift(
      reference ? { kind: "query", source: reference } : await referenceFile(options.reference, options.read, scanFile),
      current ? { kind: "query", source: current } : dataFile(options.current, options.read, scanFile),
      options.rules,
      schema,
      { elsewhere: (pairs) => scheduler.numericFiguresOnWorker(options.current, pairs) }
    ).finally(() => scheduler.releaseWorkers());
  } catch (error) {
    throw new CliUsageError(errorMessage(error));
  } finally {
    await sources.close();
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
  for (const entry of run.result.unreadable) {
    for (const cell of entry.examples) err(`${locateCell(entry, cell)}
`);
    if (entry.count > entry.examples.length)
      err(
        `${entry.path}: \u2026 ${entry.count - entry.examples.length} more in column "${entry.column}"
`
      );
  }
  if (options.format === "json") await writeJsonInPieces(run.result, out, 2);
  else await writeInPieces(markdownPieces(run.result), out);
  if (badRows > 0 && !options.allowBadRows) {
    err(
      `mlgate drift: ${badRows} row(s) could not be split into the header's columns and were left out; fix them, or pass --allow-bad-rows to compare the rest
`
    );
    return 2;
  }
  const { summary } = run.result;
  if (summary.unreadableVerdict !== "pass") {
    const limit = run.result.rules.maxUnreadableShare;
    err(
      `mlgate drift: ${summary.unreadableCells} cell(s) could not be read as their column's type and were left out (${summary.unreadableVerdict}: a feature fails when more than ${limit * 100}% of its cells in a file are unreadable); fix them, declare the column's type in --schema, or pass --max-unreadable-share
`
    );
  }
  return summary.verdict === "fail" ? 1 : 0;
}
function* markdownPieces(result) {
  const { summary } = result;
  yield `## Drift: ${result.current.path} vs ${result.reference.path}${result.reference.kind === "profile" ? " (profile)" : ""}

`;
  yield `**${summary.verdict.toUpperCase()}** \u2014 ${summary.message}`;
  for (const block of driftDetails(result)) {
    yield "\n\n";
    yield* detailBlockPieces(block);
  }
  yield "\n";
}
async function readSchema(file) {
  const { parseTableSchema } = await import("./table-schema-DYWWQDQL.js");
  try {
    return parseTableSchema(await readText(file), file);
  } catch (error) {
    throw new CliUsageError(errorMessage(error));
  }
}
async function readText(file) {
  const { readTextFile } = await import("./read-text-file-RKOO7E2T.js");
  return readTextFile(file);
}
function dataFile(file, read, scanFile) {
  return {
    path: file,
    read,
    scan: (scanOptions) => scanFile(file, scanOptions)
  };
}
async function referenceFile(file, read, scanFile) {
  if (file.toLowerCase().endsWith(".json")) {
    return { kind: "profile", path: file, text: await readText(file) };
  }
  return { kind: "rows", ...dataFile(file, read, scanFile) };
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
    maxUnreadableShare: share("max-unreadable-share", defaultDriftRules.maxUnreadableShare),
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
      "max-unreadable-share": { type: "string" },
      ...tableReadOptions,
      "allow-bad-rows": { type: "boolean" }
    },
    strict: true,
    allowPositionals: true
  });
}
export {
  driftCommand
};
