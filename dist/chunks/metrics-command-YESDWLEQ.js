import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  formatMetric,
  nodeWorkspace,
  predictionsEvaluator,
  readPredictions,
  tasks
} from "./chunk-QWGJ2JZ7.js";
import {
  parseOrUsage
} from "./chunk-CGCE5A52.js";
import "./chunk-ODS4FIL2.js";
import {
  CliUsageError,
  commandUsage
} from "./chunk-7PSV5Z3W.js";
import {
  errorMessage
} from "./chunk-NXAI4H4I.js";
import "./chunk-TL76XWVU.js";
import "./chunk-MD2Y6JVW.js";
import "./chunk-CYP3T5RP.js";
import "./chunk-VJ4UBBLQ.js";

// src/cli/metrics-command.ts
import path from "node:path";
import { parseArgs } from "node:util";
var usage = commandUsage("metrics");
async function metricsCommand(argv, write = (text) => process.stdout.write(text)) {
  const options = parseOrExplain(argv);
  const absolute = path.resolve(options.predictions);
  const inside = !path.relative(process.cwd(), absolute).startsWith("..");
  const root = inside ? process.cwd() : path.dirname(absolute);
  const relative = path.relative(root, absolute);
  let output;
  try {
    const table = await nodeWorkspace(root).readTable(relative, "--predictions");
    const predictions = readPredictions(table, {
      task: options.task,
      labelColumn: options.labelColumn,
      scoreColumn: options.scoreColumn,
      predictionColumn: options.predictionColumn,
      positiveLabel: options.positiveLabel,
      probabilityPrefix: options.probabilityPrefix,
      probabilityColumns: options.probabilityColumns
    });
    const metrics = predictionsEvaluator(predictions, options.threshold)();
    if (options.format === "json") {
      output = `${JSON.stringify(
        {
          file: relative,
          task: options.task,
          rows: table.rowCount,
          ...predictions.task === "binary" ? { positive_label: predictions.positiveLabel, threshold: options.threshold } : {},
          metrics: Object.fromEntries(
            Object.entries(metrics).map(([name, metric]) => [
              name,
              metric.defined ? { value: metric.value } : { value: null, reason: metric.reason }
            ])
          )
        },
        null,
        2
      )}
`;
    } else {
      const width = Math.max(...Object.keys(metrics).map((name) => name.length));
      const header = predictions.task === "binary" ? `${relative}: ${table.rowCount} rows, positive label "${predictions.positiveLabel}", threshold ${options.threshold}` : `${relative}: ${table.rowCount} rows, ${options.task}`;
      output = `${header}
${Object.entries(metrics).map(([name, metric]) => `  ${name.padEnd(width)}  ${formatMetric(metric, 6)}`).join("\n")}
`;
    }
  } catch (error) {
    throw new CliUsageError(errorMessage(error));
  }
  write(output);
  return 0;
}
function parseOrExplain(argv) {
  const values = parseOrUsage(
    () => parseArgs({
      args: [...argv],
      options: {
        predictions: { type: "string" },
        task: { type: "string" },
        "label-column": { type: "string" },
        "score-column": { type: "string" },
        "prediction-column": { type: "string" },
        "positive-label": { type: "string" },
        "probability-prefix": { type: "string" },
        "probability-columns": { type: "string" },
        threshold: { type: "string" },
        format: { type: "string" }
      },
      strict: true,
      allowPositionals: false
    }).values,
    usage
  );
  const required = (name) => {
    const value = values[name];
    if (!value) throw new CliUsageError(`--${name} is required
${usage}`);
    return value;
  };
  const task = required("task");
  if (!tasks.includes(task)) {
    throw new CliUsageError(`--task must be binary, multiclass or regression, not "${task}"`);
  }
  const threshold = values.threshold === void 0 ? 0.5 : Number(values.threshold);
  if (!(threshold >= 0 && threshold <= 1) || values.threshold?.trim() === "") {
    throw new CliUsageError(
      `--threshold must be a number between 0 and 1, not "${values.threshold}"`
    );
  }
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json") {
    throw new CliUsageError(`--format must be text or json, not "${format}"`);
  }
  return {
    predictions: required("predictions"),
    task,
    labelColumn: required("label-column"),
    scoreColumn: values["score-column"],
    predictionColumn: values["prediction-column"],
    positiveLabel: values["positive-label"],
    probabilityPrefix: values["probability-prefix"],
    probabilityColumns: parseProbabilityColumns(values["probability-columns"]),
    threshold,
    format
  };
}
function parseProbabilityColumns(text) {
  if (text === void 0) return void 0;
  const pairs = text.split(",").map((pair) => pair.split("="));
  if (pairs.some((pair) => pair.length !== 2 || !pair[0] || !pair[1])) {
    throw new CliUsageError(
      `--probability-columns takes class=column pairs separated by commas, e.g. cat=p_cat,dog=p_dog; got "${text}"`
    );
  }
  return Object.fromEntries(pairs);
}
export {
  metricsCommand
};
