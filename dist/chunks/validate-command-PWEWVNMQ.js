import {
  openSourceArguments
} from "./chunk-V4K56LZJ.js";
import {
  fileScanner
} from "./chunk-XSF7LZNP.js";
import {
  writeJsonInPieces
} from "./chunk-6K6TPVEH.js";
import {
  parseOrUsage,
  tableReadArguments,
  wholeNumberArgument
} from "./chunk-36G64RWT.js";
import {
  CliUsageError,
  commandUsage
} from "./chunk-NZMRN4X6.js";
import {
  readTextFile
} from "./chunk-BR4PFNCW.js";
import {
  RuleError,
  budgetUse,
  columnUses,
  parseRowRule,
  ruleBudget,
  validateQuerySource,
  verdictOf
} from "./chunk-V76GGTT2.js";
import {
  validateTableFile
} from "./chunk-6QEE6FFP.js";
import {
  percentsBeside
} from "./chunk-JLJ5JKQQ.js";
import {
  valuesWords
} from "./chunk-TV4L6LGM.js";
import "./chunk-PVFPZCU2.js";
import "./chunk-IDEN7Q7X.js";
import "./chunk-BZNTL7DC.js";
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
import {
  parseTableSchema
} from "./chunk-QNBVGKAV.js";
import "./chunk-Y6GXJEPL.js";
import "./chunk-R3VY2ZGX.js";
import "./chunk-JJK6CC36.js";
import "./chunk-YBMT343X.js";
import "./chunk-RDHU7DSY.js";
import {
  errorMessage
} from "./chunk-YBWX6OWL.js";
import "./chunk-Q6EFSIK3.js";
import "./chunk-SEWDMQ6Q.js";

// src/cli/validate-command.ts
const { parseArgs } = process.getBuiltinModule("node:util");

// src/table-schema/render-validation-text.ts
function renderValidationText(result, budgets = {}) {
  const lines = [];
  const problems = [
    result.errorCount > 0 ? `${result.errorCount} cell error(s)` : "",
    result.missingColumns.length > 0 ? `missing column(s): ${result.missingColumns.join(", ")}` : "",
    result.unexpectedColumns.length > 0 ? `unexpected column(s): ${result.unexpectedColumns.join(", ")}` : "",
    result.badRows.count > 0 ? `${result.badRows.count} row(s) not split into the header's columns` : "",
    ...result.rules.filter((rule) => rule.count > 0).map((rule) => `${rule.count} row(s) breaking ${rule.rule}`)
  ].filter(Boolean);
  const verdict = verdictOf(result, budgets).toUpperCase();
  lines.push(
    `${result.source}: ${verdict} \u2014 ${result.rows} rows${problems.length > 0 ? `; ${problems.join("; ")}` : ""}`
  );
  for (const bad of result.badRows.examples) {
    lines.push(`  ${where(result.source, bad)}: ${bad.problem}`);
  }
  if (result.counts.length > 0) lines.push(...cellErrorLines(result, budgets));
  if (result.rules.length > 0) lines.push(...ruleLines(result, budgets));
  return `${lines.join("\n")}
`;
}
function cellErrorLines(result, budgets) {
  const lines = [];
  const uses = columnUses(result, budgets);
  const columnWidth = Math.max(6, ...result.counts.map((c) => c.column.length));
  lines.push("", `  ${"column".padEnd(columnWidth)}  ${"kind".padEnd(8)}  count`);
  for (const c of result.counts)
    lines.push(`  ${c.column.padEnd(columnWidth)}  ${c.kind.padEnd(8)}  ${c.count}`);
  if (budgets.maxInvalidShare !== void 0)
    lines.push("", "  invalid rows per column (share / budget):");
  for (const [column, use] of budgets.maxInvalidShare === void 0 ? [] : uses) {
    lines.push(
      `  ${column.padEnd(columnWidth)}  ${use.invalid} (${percentsBeside(use.share, use.budget).join(" / ")}) ${use.within ? "within budget" : "over budget"}`
    );
  }
  lines.push("", "  first errors:");
  for (const c of result.counts) {
    for (const e of c.examples)
      lines.push(`  ${where(result.source, e)}, ${e.column} [${e.kind}]: ${e.message}`);
    if (c.count > c.examples.length)
      lines.push(`  \u2026 ${c.count - c.examples.length} more ${c.kind} error(s) in ${c.column}`);
  }
  return lines;
}
function ruleLines(result, budgets) {
  const budgeted = budgets.maxInvalidShare !== void 0;
  const lines = ["", `  row rules (rows breaking it${budgeted ? ", share / budget" : ""}):`];
  for (const rule of result.rules) {
    if (rule.missingFields.length > 0) {
      lines.push(
        `  ${rule.rule}: not checked, the file has no column ${rule.missingFields.join(", ")}`
      );
      continue;
    }
    const use = budgetUse(rule.count, result.rows, ruleBudget(budgets, rule.label));
    lines.push(
      `  ${rule.rule}: ${rule.count}${budgeted ? ` (${percentsBeside(use.share, use.budget).join(" / ")})${rule.count === 0 ? "" : use.within ? " within budget" : " over budget"}` : ""}`
    );
    for (const e of rule.examples)
      lines.push(`    ${where(result.source, e)}: ${valuesWords(e.values)}`);
    if (rule.count > rule.examples.length)
      lines.push(`    \u2026 ${rule.count - rule.examples.length} more row(s)`);
  }
  return lines;
}
function renderUncheckedText(unchecked) {
  return unchecked.map(
    (entry) => `warning: ${entry.file}${entry.line ? `:${entry.line}` : ""}: \`${entry.key}\`: ${entry.message}; ${entry.fix}
`
  ).join("");
}
function where(source, place) {
  if (place.key !== void 0) return `${source} (${place.key})`;
  return place.line === void 0 ? `${source} row ${place.row}` : `${source}:${place.line} (row ${place.row})`;
}

// src/cli/validate-command.ts
var usage = commandUsage("validate");
async function validateCommand(argv, out = (text) => process.stdout.write(text), err = (text) => process.stderr.write(text)) {
  const options = parseOptions(argv);
  const results = [];
  const { schema, rules } = await schemaAndRules(options);
  const sources = await openSourceArguments(
    options.files.map((file) => ({ name: file, text: file }))
  );
  try {
    const scanFile = fileScanner();
    for (const [index, file] of options.files.entries()) {
      const source = sources.opened[index];
      const settings = { maxExamples: options.maxExamples, rules };
      results.push(
        source ? await validateSource(source, schema, settings) : await validateTableFile((scanOptions) => scanFile(file, scanOptions), schema, {
          ...settings,
          read: { format: options.inputFormat, delimiter: options.delimiter }
        })
      );
    }
  } catch (error) {
    throw new CliUsageError(errorMessage(error));
  } finally {
    await sources.close();
  }
  const budgets = { maxInvalidShare: options.maxInvalidShare };
  const verdicts = results.map((result) => verdictOf(result, budgets));
  const passed = verdicts.every((verdict) => verdict !== "invalid");
  if (options.format === "json") {
    const files = results.map((result, i) => ({ ...result, verdict: verdicts[i] }));
    const valid = results.every((r) => r.valid);
    const report = { schema: options.schema, valid, passed, unchecked: schema.unchecked, files };
    await writeJsonInPieces(report, out, 2);
  } else {
    err(renderUncheckedText(schema.unchecked));
    out(results.map((result) => renderValidationText(result, budgets)).join("\n"));
  }
  return passed ? 0 : 1;
}
async function validateSource(source, schema, settings) {
  const validated = await validateQuerySource(source, schema, settings);
  if (validated.kind === "validated") return validated.result;
  throw new CliUsageError(
    validated.rules.map((rule) => `--rule ${JSON.stringify(rule.rule)}: ${rule.message}. ${rule.fix}.`).join("\n")
  );
}
async function schemaAndRules(options) {
  try {
    const schema = parseTableSchema(await readTextFile(options.schema), options.schema);
    return { schema, rules: options.rules.map((rule, index) => ruleOf(rule, index, schema)) };
  } catch (error) {
    throw error instanceof CliUsageError ? error : new CliUsageError(errorMessage(error));
  }
}
function ruleOf(source, index, schema) {
  try {
    return parseRowRule(source, String(index), schema.fields);
  } catch (error) {
    if (!(error instanceof RuleError)) throw error;
    throw new CliUsageError(
      `--rule ${JSON.stringify(source)}: ${error.problem.message}. ${error.problem.fix}`
    );
  }
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
    maxExamples: wholeNumberArgument("max-examples", values["max-examples"], 20, 1),
    maxInvalidShare: shareArgument(values["max-invalid-share"]),
    rules: values.rule ?? []
  };
}
function shareArgument(text) {
  if (text === void 0) return void 0;
  const value = text.trim() === "" ? Number.NaN : Number(text);
  if (!(value >= 0 && value <= 1)) {
    throw new CliUsageError(
      `--max-invalid-share is a share of rows between 0 and 1, e.g. 0.01, not "${text}"`
    );
  }
  return value;
}
function parse(argv) {
  return parseArgs({
    args: [...argv],
    options: {
      schema: { type: "string", short: "s" },
      format: { type: "string" },
      "input-format": { type: "string" },
      delimiter: { type: "string" },
      "max-examples": { type: "string" },
      "max-invalid-share": { type: "string" },
      rule: { type: "string", multiple: true }
    },
    strict: true,
    allowPositionals: true
  });
}
export {
  validateCommand
};
