import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  writeOutputFile
} from "./chunk-EIGWQX3J.js";
import {
  parseOrUsage
} from "./chunk-YGJRYOXZ.js";
import {
  configProblem,
  renderJson,
  renderSummary,
  runGate
} from "./chunk-LQQCJSJT.js";
import "./chunk-IOOUN3Y4.js";
import "./chunk-DNINMN4G.js";
import "./chunk-ATCLBCQ7.js";
import "./chunk-ZRBJZALK.js";
import "./chunk-SAJAZG2E.js";
import "./chunk-BECBAVAY.js";
import "./chunk-HABCSNGL.js";
import "./chunk-7GPOP7H2.js";
import {
  nodeWorkspace
} from "./chunk-THTEFG3V.js";
import "./chunk-Q65HDZJA.js";
import "./chunk-QAU2WYG2.js";
import "./chunk-RACNOAO7.js";
import "./chunk-QXFRUE2I.js";
import "./chunk-7EKKCAPH.js";
import {
  sqlConnectionPool
} from "./chunk-YBYDCJPA.js";
import {
  exitCodes
} from "./chunk-4KRKAS3J.js";
import {
  CliUsageError,
  commandUsage
} from "./chunk-WVIXFG6R.js";
import {
  mlgateVersion
} from "./chunk-YS5GV64A.js";
import "./chunk-OQQAZLCU.js";
import "./chunk-NQ5T7CT3.js";
import {
  threadResampleRunner
} from "./chunk-GWOVK3VP.js";
import "./chunk-4GEQLTPQ.js";
import "./chunk-FDXBLL27.js";
import "./chunk-MD2Y6JVW.js";
import "./chunk-HA3AUWWG.js";
import "./chunk-CMWIPLAS.js";
import "./chunk-OGT6TC4Q.js";
import "./chunk-YI4EQVIS.js";
import "./chunk-NWEHZBP5.js";
import "./chunk-OLEW6Y6R.js";
import "./chunk-G6WJ4WJF.js";
import {
  errorMessage
} from "./chunk-NXAI4H4I.js";
import "./chunk-5HI4GUDJ.js";
import "./chunk-2JPYJOMB.js";
import "./chunk-5VUQVGL7.js";
import "./chunk-5MLPSHOC.js";
import "./chunk-F57TUQYS.js";
import "./chunk-SMV2W2S6.js";
import "./chunk-IVUE6XYD.js";
import "./chunk-BC3EDHOV.js";
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
  const pool = sqlConnectionPool();
  const { report } = await runGate({
    // Checks' paths are relative to the root, and so is the config's for the workspace.
    configPath: path.relative(root, configPath),
    workspace: openWorkspace(root, pool),
    event: { name: "local", ...values.base ? { baseSha: values.base } : {} },
    now: /* @__PURE__ */ new Date(),
    mlgateVersion,
    resampleRunner: threadResampleRunner()
  }).finally(() => pool.close());
  const markdown = renderSummary(report, { commentKey: "local" });
  if (values.out) await writeOutputFile("--out", values.out, markdown);
  if (values.json) await writeOutputFile("--json", values.json, renderJson(report));
  if (values.html) {
    const { renderGitHubPage } = await import("./render-html-SCPTKV62.js");
    await writeOutputFile("--html", values.html, renderGitHubPage(markdown, "mlgate report"));
  }
  if (!values.quiet) out(`${markdown}
`);
  const written = [values.out, values.json, values.html].filter(Boolean);
  err(verdictText(report, root, written.join(" and ")));
  if (report.configErrors.length > 0) return exitCodes.usage;
  return report.verdict.passed ? exitCodes.passed : exitCodes.blocked;
}
function openWorkspace(root, pool) {
  try {
    return nodeWorkspace(root, void 0, void 0, { pool });
  } catch (error) {
    throw new CliUsageError(`--working-directory ${root} can't be used: ${errorMessage(error)}`);
  }
}
function verdictText(report, root, written) {
  const verdict = report.verdict.passed ? "mlgate: PASSED" : "mlgate: BLOCKED";
  return report.configErrors.map((error) => `${configErrorLine(error, root)}
`).join("") + `${verdict} \u2014 rubric coverage (ML Test Score) ${report.score.final}${written ? `; report written to ${written}` : ""}
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
        html: { type: "string" },
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
