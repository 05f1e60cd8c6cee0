import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  validateTableFile
} from "./chunk-2GCUEG2Z.js";
import {
  parseTableSchema
} from "./chunk-6RP456KW.js";
import {
  fileScanner,
  readTextFile
} from "./chunk-6BT57SBJ.js";
import "./chunk-C5K2P7VO.js";
import {
  parseOrUsage,
  tableReadArguments,
  wholeNumberArgument
} from "./chunk-FUI5OAK5.js";
import "./chunk-DX6E4NVL.js";
import {
  CliUsageError,
  commandUsage
} from "./chunk-L4444UIF.js";
import {
  errorMessage
} from "./chunk-NXAI4H4I.js";
import "./chunk-O7UUA7KY.js";
import "./chunk-MD2Y6JVW.js";
import "./chunk-HNURZLB2.js";
import "./chunk-VJ4UBBLQ.js";

// src/cli/validate-command.ts
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
var usage = commandUsage("validate");
async function validateCommand(argv, out = (text) => process.stdout.write(text)) {
  const options = parseOptions(argv);
  const results = [];
  try {
    const schema = parseTableSchema(await readTextFile(options.schema), options.schema);
    const scanFile = fileScanner();
    for (const file of options.files) {
      results.push(
        await validateTableFile((scanOptions) => scanFile(file, scanOptions), schema, {
          maxExamples: options.maxExamples,
          read: { format: options.inputFormat, delimiter: options.delimiter }
        })
      );
    }
  } catch (error) {
    throw new CliUsageError(errorMessage(error));
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
