import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  configProblem,
  renderJson,
  renderSummary,
  runGate
} from "./chunk-J2ZRDIJ2.js";
import "./chunk-YZTWQIMI.js";
import {
  exitCodes
} from "./chunk-4KRKAS3J.js";
import {
  mlgateVersion
} from "./chunk-WBTIN56Y.js";
import {
  nodeWorkspace
} from "./chunk-FDD2VOOY.js";
import "./chunk-2GCUEG2Z.js";
import "./chunk-6RP456KW.js";
import {
  writeOutputFile
} from "./chunk-QURWSUJV.js";
import "./chunk-JDBKI4EJ.js";
import "./chunk-C5K2P7VO.js";
import "./chunk-VRDFWPVG.js";
import {
  parseOrUsage
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

// src/cli/run-command.ts
import path from "node:path";
import { parseArgs } from "node:util";
var usage = commandUsage("run");
var defaultConfig = ".github/mlgate.yml";
async function runCommand(argv, out = (text) => process.stdout.write(text), err = (text) => process.stderr.write(text)) {
  const { values } = parseOptions(argv);
  const root = path.resolve(values["working-directory"] ?? ".");
  const configPath = values.config ? path.resolve(values.config) : path.join(root, defaultConfig);
  const { report } = await runGate({
    // Checks' paths are relative to the root, and so is the config's for the workspace.
    configPath: path.relative(root, configPath),
    workspace: openWorkspace(root),
    event: { name: "local", ...values.base ? { baseSha: values.base } : {} },
    now: /* @__PURE__ */ new Date(),
    mlgateVersion
  });
  const markdown = renderSummary(report, { commentKey: "local" });
  if (values.out) await writeOutputFile("--out", values.out, markdown);
  if (values.json) await writeOutputFile("--json", values.json, renderJson(report));
  if (!values.quiet) out(`${markdown}
`);
  err(verdictText(report, root, [values.out, values.json].filter(Boolean).join(" and ")));
  if (report.configErrors.length > 0) return exitCodes.usage;
  return report.verdict.passed ? exitCodes.passed : exitCodes.blocked;
}
function openWorkspace(root) {
  try {
    return nodeWorkspace(root);
  } catch (error) {
    throw new CliUsageError(`--working-directory ${root} can't be used: ${errorMessage(error)}`);
  }
}
function verdictText(report, root, written) {
  const verdict = report.verdict.passed ? "mlgate: PASSED" : "mlgate: BLOCKED";
  return report.configErrors.map((error) => `${configErrorLine(error, root)}
`).join("") + `${verdict} \u2014 ML Test Score ${report.score.final} (${report.score.band.range})${written ? `; report written to ${written}` : ""}
` + report.verdict.reasons.map((reason) => `  - ${reason}
`).join("");
}
function configErrorLine(error, root) {
  const file = path.relative(process.cwd(), path.resolve(root, error.file));
  const where = error.line === void 0 ? file : `${file}:${error.line}`;
  const key = error.key === void 0 ? "" : `${error.key}: `;
  return `${where}: ${key}${configProblem(error)}`;
}
function parseOptions(argv) {
  return parseOrUsage(
    () => parseArgs({
      args: [...argv],
      options: {
        config: { type: "string", short: "c" },
        "working-directory": { type: "string", short: "C" },
        out: { type: "string", short: "o" },
        json: { type: "string" },
        quiet: { type: "boolean", short: "q" },
        base: { type: "string" }
      },
      strict: true,
      allowPositionals: false
    }),
    usage
  );
}
export {
  runCommand
};
