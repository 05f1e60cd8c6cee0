import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  defaultDriftRules,
  driftDetails,
  renderDetailBlock,
  runDrift
} from "./chunk-OFCM4272.js";
import {
  parseTableSchema
} from "./chunk-SL74CKDN.js";
import "./chunk-TPDOR5NO.js";
import "./chunk-L3E5LRSZ.js";
import "./chunk-VRDFWPVG.js";
import {
  parseOrUsage,
  tableReadArguments,
  tableReadOptions,
  tableReadUsage
} from "./chunk-2OXF3FUM.js";
import {
  scanTableFile
} from "./chunk-GSSXK5PC.js";
import {
  CliUsageError
} from "./chunk-MPV25R7S.js";
import "./chunk-S26XFP56.js";
import "./chunk-QPNMFR3R.js";
import "./chunk-VJ4UBBLQ.js";

// src/cli/drift-command.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
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
export {
  driftCommand
};
