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
import {
  profileTableInParallel
} from "./chunk-DBUZN66E.js";
import {
  writeOutputFile
} from "./chunk-QURWSUJV.js";
import {
  parseProfileJson
} from "./chunk-JDBKI4EJ.js";
import "./chunk-C5K2P7VO.js";
import {
  defaultProfileSettings
} from "./chunk-VRDFWPVG.js";
import {
  parseOrUsage,
  tableReadArguments,
  tableReadOptions,
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

// src/cli/schema-command.ts
import { parseArgs } from "node:util";

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
    inputFormat: read.format,
    delimiter: read.delimiter,
    missingValues: read.missingValues ? [...read.missingValues] : [""]
  };
}
function parse(argv) {
  return parseArgs({
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
export {
  schemaCommand
};
