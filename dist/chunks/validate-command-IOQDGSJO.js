import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  validateTableFile
} from "./chunk-XSNSGM3N.js";
import {
  parseTableSchema
} from "./chunk-SL74CKDN.js";
import "./chunk-L3E5LRSZ.js";
import {
  parseOrUsage,
  tableReadArguments,
  wholeNumberArgument
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

// src/cli/validate-command.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";

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
var usage = "usage: mlgate validate --schema schema.json FILE\u2026 [--format text|json] [--max-examples 20] [--input-format csv|jsonl|parquet] [--delimiter ,]";
async function validateCommand(argv, out = (text) => process.stdout.write(text)) {
  const options = parseOptions(argv);
  const results = [];
  try {
    const schema = parseTableSchema(
      await readFile(path.resolve(options.schema), "utf8"),
      options.schema
    );
    for (const file of options.files) {
      results.push(
        await validateTableFile(
          (scanOptions) => scanTableFile(path.resolve(file), file, scanOptions),
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
function parseOptions(argv) {
  const { values, positionals } = parseOrUsage(() => parse(argv), usage);
  if (!values.schema) throw new CliUsageError(`--schema is required
${usage}`);
  if (positionals.length === 0) throw new CliUsageError(`name at least one data file
${usage}`);
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
function parse(argv) {
  return parseArgs({
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
export {
  validateCommand
};
