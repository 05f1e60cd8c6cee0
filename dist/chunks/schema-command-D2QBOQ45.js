import {
  profileTable
} from "./chunk-Z2KRI3V6.js";
import {
  fileScanner
} from "./chunk-XSF7LZNP.js";
import {
  writeOutputFile
} from "./chunk-6K6TPVEH.js";
import {
  parseOrUsage,
  tableReadArguments,
  tableReadOptions,
  wholeNumberArgument
} from "./chunk-36G64RWT.js";
import {
  CliUsageError,
  commandUsage
} from "./chunk-NZMRN4X6.js";
import {
  readTextFile
} from "./chunk-BR4PFNCW.js";
import "./chunk-P7HTME6E.js";
import {
  validateTableFile
} from "./chunk-6QEE6FFP.js";
import "./chunk-TV4L6LGM.js";
import {
  defaultProfileSettings
} from "./chunk-Q66JVYKC.js";
import "./chunk-PVFPZCU2.js";
import "./chunk-IDEN7Q7X.js";
import "./chunk-BZNTL7DC.js";
import "./chunk-QE3BR34K.js";
import "./chunk-TUKDUIAD.js";
import "./chunk-H4QQWVY4.js";
import "./chunk-3ROLIFPK.js";
import "./chunk-52Z3VBDW.js";
import "./chunk-FJSVKJ5S.js";
import "./chunk-AB24KIFF.js";
import "./chunk-XUDKVEYV.js";
import "./chunk-7UFWRZL3.js";
import {
  parseProfileJson
} from "./chunk-75DU3LE7.js";
import "./chunk-2WDMWBST.js";
import {
  parseTableSchema
} from "./chunk-QNBVGKAV.js";
import "./chunk-Y6GXJEPL.js";
import "./chunk-R3VY2ZGX.js";
import {
  millisecondsPerDay
} from "./chunk-JJK6CC36.js";
import "./chunk-YBMT343X.js";
import "./chunk-RDHU7DSY.js";
import {
  errorMessage
} from "./chunk-YBWX6OWL.js";
import "./chunk-Q6EFSIK3.js";
import "./chunk-SEWDMQ6Q.js";

// src/cli/schema-command.ts
const { parseArgs } = process.getBuiltinModule("node:util");

// src/table-schema/infer-range-slack.ts
function widenNumberRange(observed, margin, integer) {
  if (margin === 0) return observed;
  const widened = widenBy(observed, margin, Math.abs(observed.minimum) || 1);
  const low = observed.minimum >= 0 ? Math.max(widened.minimum, 0) : widened.minimum;
  const high = observed.maximum <= 0 && observed.minimum < 0 ? Math.min(widened.maximum, 0) : widened.maximum;
  const digit = Math.floor(Math.log10(high - low)) - 1;
  const exponent = integer ? Math.max(digit, 0) : digit;
  return {
    minimum: fromSteps(Math.floor(inSteps(low, exponent)), exponent),
    maximum: fromSteps(Math.ceil(inSteps(high, exponent)), exponent)
  };
}
function widenDateRange(observed, margin) {
  if (margin === 0) return observed;
  const { minimum, maximum } = widenBy(observed, margin, millisecondsPerDay);
  return {
    minimum: Math.floor(minimum / millisecondsPerDay) * millisecondsPerDay,
    maximum: Math.ceil(maximum / millisecondsPerDay) * millisecondsPerDay
  };
}
function widenBy({ minimum, maximum }, margin, constantSpan) {
  const span = maximum - minimum || constantSpan;
  return { minimum: minimum - margin * span, maximum: maximum + margin * span };
}
function inSteps(value, exponent) {
  return exponent < 0 ? value * 10 ** -exponent : value / 10 ** exponent;
}
function fromSteps(steps, exponent) {
  return (exponent < 0 ? steps / 10 ** -exponent : steps * 10 ** exponent) || 0;
}

// src/table-schema/infer-table-schema.ts
var enumMinCount = 2;
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
        if (numeric.min !== null && numeric.max !== null && options.ranges !== "omit") {
          const observed = { minimum: numeric.min, maximum: numeric.max };
          const integer = field.type === "integer";
          Object.assign(constraints, widenNumberRange(observed, options.ranges.margin, integer));
        }
      }
      break;
    case "boolean":
      field.type = "boolean";
      break;
    case "datetime":
      if (datetime) {
        field.type = datetime.dateOnly ? "date" : "datetime";
        if (datetime.min !== null && datetime.max !== null && options.ranges !== "omit") {
          const observed = { minimum: datetime.min, maximum: datetime.max };
          const { minimum, maximum } = widenDateRange(observed, options.ranges.margin);
          constraints.minimum = isoText(minimum, datetime.dateOnly);
          constraints.maximum = isoText(maximum, datetime.dateOnly);
        }
      }
      break;
    case "categorical": {
      const categories = column.categories;
      if (categories?.exact && column.types.string === column.count && categories.items.length <= options.enumLimit && categories.items.every((item) => item.count >= enumMinCount)) {
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
function isoText(ms, dateOnly) {
  const iso = new Date(ms).toISOString();
  return dateOnly ? iso.slice(0, iso.indexOf("T")) : iso.replace(".000Z", "Z");
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
var usage = commandUsage("schema");
async function schemaCommand(argv, out = (text) => process.stdout.write(text), err = (text) => process.stderr.write(text)) {
  const [action, ...rest] = argv;
  if (action !== "infer")
    throw new CliUsageError(`unknown or missing action "${action ?? ""}"
${usage}`);
  const options = parseOptions(rest);
  const file = options.file;
  const fromProfile = file.toLowerCase().endsWith(".json");
  const read = { format: options.inputFormat, delimiter: options.delimiter };
  const scanFile = fileScanner();
  let text;
  try {
    let profile;
    if (fromProfile) {
      profile = parseProfileJson(await readTextFile(file), file);
    } else {
      const scan = await scanFile(file, {
        ...read,
        missingValues: options.missingValues,
        otherColumns: "auto",
        // Counted, not kept per row: the profile is the same (see profile-command.ts).
        layout: "distribution"
      });
      profile = profileTable(scan, defaultProfileSettings);
    }
    const schema = inferTableSchema(profile, {
      enumLimit: options.enumLimit,
      ranges: options.ranges,
      missingValues: options.missingValues
    });
    if (!fromProfile) {
      const check = () => validateTableFile(
        (scanOptions) => scanFile(file, scanOptions),
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
    throw new CliUsageError(errorMessage(error));
  }
  if (options.output) {
    await writeOutputFile("-o", options.output, text);
    out(
      `schema for ${file} written to ${options.output}: review the ranges and enums before you commit it
`
    );
  } else {
    out(text);
  }
  return 0;
}
function parseOptions(argv) {
  const { values, positionals } = parseOrUsage(() => parse(argv), usage);
  if (positionals.length !== 1) throw new CliUsageError(`name exactly one training file
${usage}`);
  const read = tableReadArguments(values);
  return {
    file: positionals[0],
    output: values.output,
    enumLimit: wholeNumberArgument("enum-limit", values["enum-limit"], 20, 0),
    ranges: rangesArgument(values["range-margin"], values["no-ranges"] === true),
    inputFormat: read.format,
    delimiter: read.delimiter,
    missingValues: read.missingValues ? [...read.missingValues] : [""]
  };
}
var defaultRangeMargin = 0.1;
function rangesArgument(margin, noRanges) {
  if (noRanges) {
    if (margin !== void 0) {
      throw new CliUsageError("--no-ranges writes no minimum or maximum; drop --range-margin");
    }
    return "omit";
  }
  if (margin === void 0) return { margin: defaultRangeMargin };
  const value = margin.trim() === "" ? Number.NaN : Number(margin);
  if (!Number.isFinite(value) || value < 0) {
    throw new CliUsageError(
      `--range-margin must be a number \u2265 0 (a share of the observed span, e.g. 0.1), not "${margin}"`
    );
  }
  return { margin: value };
}
function parse(argv) {
  return parseArgs({
    args: [...argv],
    options: {
      output: { type: "string", short: "o" },
      "enum-limit": { type: "string" },
      "range-margin": { type: "string" },
      "no-ranges": { type: "boolean" },
      ...tableReadOptions
    },
    strict: true,
    allowPositionals: true
  });
}
export {
  schemaCommand
};
