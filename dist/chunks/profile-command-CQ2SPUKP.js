import {
  assembleProfile,
  profileTable
} from "./chunk-Z2KRI3V6.js";
import {
  openSourceArguments
} from "./chunk-V4K56LZJ.js";
import {
  fileScanner
} from "./chunk-XSF7LZNP.js";
import {
  PieceWriter,
  openOutputFile,
  stdoutDrained
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
import {
  absentColumnProfile,
  capDistinct,
  mergeColumnProfiles,
  profileScanColumn
} from "./chunk-P7HTME6E.js";
import {
  defaultProfileSettings
} from "./chunk-Q66JVYKC.js";
import {
  FileScanScheduler,
  splitInTwo
} from "./chunk-PVFPZCU2.js";
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
import "./chunk-2WDMWBST.js";
import "./chunk-JJK6CC36.js";
import {
  errorMessage
} from "./chunk-YBWX6OWL.js";
import "./chunk-SEWDMQ6Q.js";

// src/cli/profile-command.ts
const { parseArgs } = process.getBuiltinModule("node:util");

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
    (name) => withDistinctCapped(
      mergeColumnProfiles(
        aColumns.get(name) ?? absentColumnProfile(name, a.rowCount),
        bColumns.get(name) ?? absentColumnProfile(name, b.rowCount),
        settings
      )
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
function withDistinctCapped(column) {
  const capped = (part) => part && { ...part, distinct: capDistinct(part.distinct, part.count) };
  return {
    ...column,
    distinct: capDistinct(column.distinct, column.count),
    numeric: capped(column.numeric),
    datetime: capped(column.datetime),
    categories: capped(column.categories)
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

// src/profile/profile-work-split.ts
var HEAVY_COLUMNS_PER_WINDOW = 16;
function heavyCost(column, settings) {
  if (column.kind === "category" || !column.counted) return 0;
  const distinct = column.counted.values.length;
  return distinct > 2 * settings.sketchSize ? column.presentCount + 12 * distinct : 0;
}
function planProfileWork(columns, settings, heavyPerWindow = HEAVY_COLUMNS_PER_WINDOW) {
  const windows = [];
  let start = 0;
  let heavy = [];
  const close = (end) => {
    const { here, there } = splitInTwo(heavy);
    windows.push({ start, end, here, helper: there });
    start = end;
    heavy = [];
  };
  for (let index = 0; index < columns.length; index++) {
    const cost = heavyCost(columns[index], settings);
    if (cost > 0) heavy.push({ index, cost });
    if (heavy.length === heavyPerWindow) close(index + 1);
  }
  if (start < columns.length) close(columns.length);
  return windows;
}
async function* profileColumnsWithHelper(columns, settings, helper) {
  for (const window of planProfileWork(columns, settings)) {
    const sent = window.helper.length > 0 ? helper(window.helper.map((index) => columns[index])) : void 0;
    const made = /* @__PURE__ */ new Map();
    const hereFirst = sent ? window.here : [];
    for (const index of hereFirst) made.set(index, profileScanColumn(columns[index], settings));
    if (sent) {
      const profiles = await sent;
      if (profiles.length !== window.helper.length) {
        throw new Error(
          `the helper thread made ${profiles.length} profiles of ${window.helper.length} columns`
        );
      }
      for (const [k, index] of window.helper.entries()) made.set(index, profiles[k]);
    }
    for (let index = window.start; index < window.end; index++) {
      yield made.get(index) ?? profileScanColumn(columns[index], settings);
    }
  }
}

// src/profile/render-profile-text.ts
function renderProfileRows(profile, rows, approximate) {
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
  const widths = header.map(
    (h, i) => rows.reduce((width, r) => Math.max(width, r[i].length), h.length)
  );
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  return [
    `${sources}: ${profile.rowCount} rows, ${rows.length} columns`,
    line(header),
    ...rows.map(line),
    ...approximate ? ["~ approximate (see the profile JSON for each error bound)"] : []
  ].join("\n");
}
function isApproximate(c) {
  return !c.distinct.exact || Boolean(c.numeric && !c.numeric.accuracy.exact) || Boolean(c.categories && !c.categories.exact);
}
function profileTextRow(column) {
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
var usage = commandUsage("profile");
async function profileCommand(argv, out = (text) => process.stdout.write(text), err = (text) => process.stderr.write(text)) {
  const options = parseOptions(argv);
  const scheduler = new FileScanScheduler();
  scheduler.holdWorkers();
  try {
    return await profileWith(options, scheduler, out, err);
  } finally {
    scheduler.releaseWorkers();
  }
}
async function profileWith(options, scheduler, out, err) {
  let profile;
  let badRows = 0;
  const sources = await openSourceArguments(
    options.merge ? [] : options.files.map((file) => ({ name: file, text: file }))
  );
  try {
    const scanFile = fileScanner(scheduler);
    const scanOne = async (file) => {
      const scan = await scanFile(file, {
        format: options.format,
        delimiter: options.delimiter,
        missingValues: options.missingValues,
        otherColumns: "auto",
        // Each column's values counted as they are read, not kept per row: a profile is
        // made from the counts, equal to the last bit to one of the sorted column
        // (numericProfileOfCounts), with no column to keep, join or sort.
        layout: "distribution"
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
      return scan;
    };
    const profileSource = async (source) => {
      const { profileQuerySource } = await import("./query-profile-PR5EZZOF.js");
      return profileQuerySource(source, options.settings);
    };
    if (!options.merge && options.files.length === 1 && !sources.opened[0]) {
      const scan = await scanOne(options.files[0]);
      const { source, columns } = scan;
      profile = {
        head: assembleProfile(scan, options.settings, []),
        columns: profileColumnsWithHelper(
          columns,
          options.settings,
          (handed) => scheduler.profileOnWorker(source, handed, options.settings)
        )
      };
    } else {
      const profiles = [];
      for (const [index, file] of options.files.entries()) {
        const source = sources.opened[index];
        profiles.push(
          options.merge ? await mergedProfileInput(file) : source ? await profileSource(source) : profileTable(await scanOne(file), options.settings)
        );
      }
      const whole = mergeProfiles(profiles);
      profile = { head: { ...whole, columns: [] }, columns: whole.columns };
    }
  } catch (error) {
    throw new CliUsageError(errorMessage(error));
  } finally {
    await sources.close();
  }
  if (badRows > 0 && !options.allowBadRows) {
    err(
      `mlgate profile: ${badRows} row(s) could not be split into the header's columns; fix them, or pass --allow-bad-rows to profile the rest (the profile records how many were left out)
`
    );
    return 1;
  }
  if (options.output) {
    const file = await openOutputFile("-o", options.output);
    const overview = await writeProfileJson(profile, file.write, file.drained).catch(
      async (error) => {
        await file.close().catch(() => void 0);
        throw error;
      }
    );
    await file.close();
    out(`${overview()}
profile written to ${options.output}
`);
  } else {
    await writeProfileJson(profile, out);
  }
  return 0;
}
async function writeProfileJson({ head, columns }, write, drained = stdoutDrained) {
  const empty = JSON.stringify(head);
  if (!empty.endsWith('"columns":[]}')) throw new Error("a profile must end with its columns");
  const pieces = new PieceWriter(write);
  const rows = [];
  let approximate = false;
  pieces.emit(empty.slice(0, -2));
  try {
    for await (const column of columns) {
      const flushed = pieces.emit(
        rows.length === 0 ? JSON.stringify(column) : `,${JSON.stringify(column)}`
      );
      rows.push(profileTextRow(column));
      approximate ||= isApproximate(column);
      if (flushed) await drained();
    }
  } catch (error) {
    throw new CliUsageError(errorMessage(error));
  }
  pieces.emit("]}\n");
  pieces.flush();
  return () => renderProfileRows(head, rows, approximate);
}
async function mergedProfileInput(file) {
  const { parseProfileJson } = await import("./profile-json-schema-Z73PERKN.js");
  return parseProfileJson(await readTextFile(file), file);
}
function parseOptions(argv) {
  const { values, positionals } = parseOrUsage(() => parse(argv), usage);
  if (positionals.length === 0) throw new CliUsageError(`name at least one file
${usage}`);
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
function parse(argv) {
  return parseArgs({
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
export {
  profileCommand
};
