import {
  CliUsageError
} from "./chunk-NZMRN4X6.js";
import {
  errorMessage
} from "./chunk-YBWX6OWL.js";

// src/cli/cli-arguments.ts
function parseOrUsage(parse, usage) {
  try {
    return parse();
  } catch (error) {
    throw new CliUsageError(`${errorMessage(error)}
${usage}`);
  }
}
var tableReadOptions = {
  "input-format": { type: "string" },
  delimiter: { type: "string" },
  "missing-values": { type: "string" }
};
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

export {
  parseOrUsage,
  tableReadOptions,
  tableReadArguments,
  wholeNumberArgument
};
