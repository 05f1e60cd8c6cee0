// src/cli/cli-usage-error.ts
var CliUsageError = class extends Error {
  name = "CliUsageError";
};

// src/cli/command-help.ts
var readOptions = [
  ["--input-format csv|jsonl|parquet", "the data files' format (default: from the extension)"],
  ["--delimiter ,", "the CSV delimiter, one character"],
  ['--missing-values "",NA', "cells that count as missing (default: the empty cell)"]
];
var readUsage = '[--input-format csv|jsonl|parquet] [--delimiter ,] [--missing-values "",NA]';
var helpOption = ["-h, --help", "print this help"];
var failure = "3 a failure of mlgate itself (a bug)";
var commandHelp = {
  run: {
    summary: "run the gate: the checks of mlgate.yml, the ML Test Score and the verdict",
    usage: [
      "mlgate run [--config mlgate.yml] [--working-directory DIR] [--out report.md] [--json report.json] [--html report.html] [--base REV] [--quiet]"
    ],
    description: "Runs the action's gate locally: reads the config, runs its checks on the working directory's files, scores the ML Test Score and decides the verdict. The Markdown report goes to stdout; config errors, the verdict and its reasons go to stderr.",
    options: [
      [
        "-c, --config FILE",
        "the config, inside the working directory (default: its .github/mlgate.yml)"
      ],
      [
        "-C, --working-directory DIR",
        "the repository the config's paths are relative to (default .)"
      ],
      ["-o, --out FILE", "also write the Markdown report to FILE (missing folders are created)"],
      ["--json FILE", "also write the JSON report (docs/report-json.md) to FILE"],
      [
        "--html FILE",
        "also write the report as GitHub shows it, a page to open in a browser, to FILE"
      ],
      ["--base REV", "the revision that holds production, for the checks that compare with it"],
      ["-q, --quiet", "no report on stdout; errors and the verdict still go to stderr"],
      helpOption
    ],
    exitCodes: `0 passed, 1 blocked, 2 usage or config error (or a file that can't be written), ${failure}`
  },
  drift: {
    summary: "compare current data with a reference (data or a profile), feature by feature",
    usage: [
      `mlgate drift --reference DATA|PROFILE.json --current DATA [--schema schema.json] [--format markdown|json] [--ignore col,col] [--significance 0.05] [--warn-share 0] [--fail-share 0.5] [--max-unreadable-share 0] ${readUsage} [--allow-bad-rows]`
    ],
    description: "Tests each feature of the current data for drift from the reference: a data file, or a profile written by `mlgate profile` (*.json). Markdown (the report's drift table) or JSON (docs/drift-json.md) goes to stdout. Any data argument may instead be a query source, computed where the data lives: `'{engine: postgres, table: ml.train, connection: {env: PG_URL}}'` (YAML, as in mlgate.yml) or an s3://, gs://, https:// URL (read by DuckDB); see docs/query-sources.md.",
    options: [
      ["--reference FILE", "the reference: a data file or an mlgate profile (*.json)"],
      ["--current FILE", "the data to compare with it"],
      ["--schema FILE", "a Table Schema that types the columns"],
      ["--format markdown|json", "the output (default markdown)"],
      ["--ignore col,col", "columns to leave out"],
      ["--significance 0.05", "the false-discovery level of the tests"],
      ["--warn-share 0", "the share of drifted features that warns"],
      ["--fail-share 0.5", "the share of drifted features that fails"],
      [
        "--max-unreadable-share 0",
        "a feature's share of cells that are not values of its type above which drift fails (at or below it, any such cell warns)"
      ],
      ...readOptions,
      ["--allow-bad-rows", "compare the rest when rows cannot be split into columns"],
      helpOption
    ],
    exitCodes: `0 no failing drift (a warning still exits 0), 1 the drifted share reaches --fail-share or a feature's share of unreadable cells exceeds --max-unreadable-share (default 0: any), 2 usage error or unreadable input (bad rows, unless --allow-bad-rows), ${failure}`
  },
  validate: {
    summary: "validate data files against a Frictionless Table Schema",
    usage: [
      "mlgate validate --schema schema.json FILE\u2026 [--format text|json] [--max-examples 20] [--max-invalid-share 0.01] [--rule EXPR]\u2026 [--input-format csv|jsonl|parquet] [--delimiter ,]"
    ],
    description: "Checks every row of each data file against the schema (types, constraints, keys) and row rules, and lists the errors with examples. The schema says which cells are missing; schema properties mlgate does not check are named on stderr. Any data argument may instead be a query source, computed where the data lives: `'{engine: postgres, table: ml.train, connection: {env: PG_URL}}'` (YAML, as in mlgate.yml) or an s3://, gs://, https:// URL (read by DuckDB); see docs/query-sources.md.",
    options: [
      ["-s, --schema FILE", "the Table Schema (required)"],
      ["--format text|json", "the output (default text)"],
      ["--max-examples 20", "examples listed per kind of error"],
      [
        "--max-invalid-share 0.01",
        "error budget: the share of rows that may break each field and each rule (default 0)"
      ],
      ["--rule EXPR", 'a rule every row must meet, e.g. "temp_max >= temp_min" (repeatable)'],
      ...readOptions.slice(0, 2),
      helpOption
    ],
    exitCodes: `0 every file valid or within its error budget, 1 a file is invalid, 2 usage error, invalid schema or rule, or unreadable file, ${failure}`
  },
  schema: {
    summary: "infer a Table Schema from a training file or its profile, for review",
    usage: [
      `mlgate schema infer FILE [-o schema.json] [--enum-limit 20] [--range-margin 0.1 | --no-ranges] ${readUsage}`
    ],
    description: "Writes a Frictionless Table Schema inferred from a data file (or its profile, a *.json written by `mlgate profile`). Ranges are the observed ones widened by a margin and rounded outward to readable bounds, so the next sample of the same data passes. From a data file the schema is checked against it, and types the file breaks are loosened and named on stderr.",
    options: [
      [
        "-o, --output FILE",
        "write the schema to FILE (missing folders are created); default stdout"
      ],
      [
        "--enum-limit 20",
        "at most this many distinct values, each seen twice or more, make an enum"
      ],
      [
        "--range-margin 0.1",
        "widen each side of a range by this share of its span, rounded outward (docs/table-schema.md); 0: as observed"
      ],
      ["--no-ranges", "write no minimum or maximum"],
      ...readOptions,
      helpOption
    ],
    exitCodes: `0 done, 2 usage error, unreadable file or a file that can't be written, ${failure}`
  },
  profile: {
    summary: "profile data files, or merge profiles, to JSON",
    usage: [
      `mlgate profile FILE\u2026 [-o profile.json] ${readUsage} [--sketch-size 1024] [--category-limit 1000] [--histogram-bins 20] [--allow-bad-rows]`,
      "mlgate profile --merge PROFILE.json\u2026 -o whole.json"
    ],
    description: "Profiles data files (CSV, JSONL, Parquet); several files are shards of one table and give one profile. With -o the JSON goes to the file and an overview to stdout; without, the JSON goes to stdout. Any data argument may instead be a query source, computed where the data lives: `'{engine: postgres, table: ml.train, connection: {env: PG_URL}}'` (YAML, as in mlgate.yml) or an s3://, gs://, https:// URL (read by DuckDB); see docs/query-sources.md.",
    options: [
      ["-o, --output FILE", "write the profile to FILE (missing folders are created)"],
      ["--merge", "the files are profiles to merge, not data"],
      ...readOptions,
      ["--sketch-size 1024", "the size of the quantile sketches"],
      ["--category-limit 1000", "distinct values counted per column"],
      ["--histogram-bins 20", "bins of the numeric histograms"],
      ["--allow-bad-rows", "profile the rest when rows cannot be split into columns"],
      helpOption
    ],
    exitCodes: `0 done, 1 a file has bad rows (unless --allow-bad-rows), 2 usage error, unreadable file or a file that can't be written, ${failure}`
  },
  metrics: {
    summary: "compute the model metrics of a predictions file, as the model checks would",
    usage: [
      "mlgate metrics --predictions FILE --task binary|multiclass|regression --label-column COLUMN [--score-column COLUMN] [--prediction-column COLUMN] [--positive-label VALUE] [--probability-prefix PREFIX | --probability-columns class=col,\u2026] [--threshold 0.5] [--format text|json]"
    ],
    description: "Reads a predictions file and prints every metric of its task, to see locally what the model checks will gate on.",
    options: [
      ["--predictions FILE", "the predictions (required)"],
      ["--task binary|multiclass|regression", "the task (required)"],
      ["--label-column COLUMN", "the true label (required)"],
      ["--score-column COLUMN", "binary: the positive class's score; regression: the prediction"],
      ["--prediction-column COLUMN", "the predicted label or value"],
      ["--positive-label VALUE", "binary: the positive label (inferred for 0/1 and true/false)"],
      [
        "--probability-prefix PREFIX",
        "multiclass: columns <PREFIX><class> hold each class's probability"
      ],
      ["--probability-columns class=column,\u2026", "multiclass: each class's probability column"],
      ["--threshold 0.5", "binary: the score at or above which a row is positive"],
      ["--format text|json", "the output (default text)"],
      helpOption
    ],
    exitCodes: `0 done, 2 usage error or a bad row, ${failure}`
  }
};
function isCommandName(name) {
  return Object.hasOwn(commandHelp, name);
}

// src/cli/help-text.ts
var synopsisWords = /\[[^\]]*\]|\S+/g;
function commandUsage(name) {
  return commandHelp[name].usage.map((line, index) => wrap(`${index === 0 ? "usage: " : "       "}${line}`, 14, synopsisWords)).join("\n");
}
function commandHelpText(name) {
  const help = commandHelp[name];
  const shortForms = help.options.some(([flags]) => /^-\w,/.test(flags));
  const options = help.options.map(
    ([flags, what]) => [shortForms && flags.startsWith("--") ? `    ${flags}` : flags, what]
  );
  return [
    commandUsage(name),
    wrap(help.description, 0),
    `options:
${columns(options)}`,
    wrap(`exit codes: ${help.exitCodes}`, 12)
  ].join("\n\n");
}
function overviewText(version) {
  const commands = Object.entries(commandHelp).map(([name, help]) => [name, help.summary]);
  return [
    `mlgate ${version}: the merge gate for machine-learning pull requests, on the command line`,
    "usage: mlgate <command> [options]\n       mlgate help <command>   (or mlgate <command> --help)\n       mlgate --version",
    `commands:
${columns(commands)}`,
    wrap(
      "exit codes: 0 passed, 1 blocked (drift, invalid rows), 2 usage, config or input error, 3 a failure of mlgate itself (a bug)",
      12
    )
  ].join("\n\n");
}
function columns(rows) {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`).join("\n");
}
function wrap(text, indent, words = /\S+/g) {
  const [first = "", ...rest] = text.match(words) ?? [];
  const lines = [text.slice(0, text.indexOf(first)) + first];
  for (const word of rest) {
    const last = lines.length - 1;
    if (lines[last].length + 1 + word.length <= 80) lines[last] += ` ${word}`;
    else lines.push(" ".repeat(indent) + word);
  }
  return lines.join("\n");
}

export {
  CliUsageError,
  commandHelp,
  isCommandName,
  commandUsage,
  commandHelpText,
  overviewText
};
