const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  writeOutputFile
} from "./chunk-JU7JNLKK.js";
import {
  parseOrUsage
} from "./chunk-HPKBCGRD.js";
import {
  configProblem,
  renderJson,
  renderSummary,
  runGate
} from "./chunk-ICBJ6OCS.js";
import "./chunk-LACRVQLK.js";
import "./chunk-Y7PUM4K6.js";
import "./chunk-OKO65424.js";
import "./chunk-6V2TAA54.js";
import "./chunk-4Z4BFVKD.js";
import "./chunk-7LRXITKC.js";
import "./chunk-WS26QUGR.js";
import "./chunk-LQZVCWPZ.js";
import "./chunk-I6XULSC7.js";
import {
  nodeWorkspace
} from "./chunk-P3EZUSE6.js";
import "./chunk-BSZO63BE.js";
import "./chunk-GRAWAFFK.js";
import "./chunk-XB7Z6Z6T.js";
import "./chunk-L3ZMXESE.js";
import "./chunk-O7TIBG3W.js";
import {
  sqlConnectionPool
} from "./chunk-DNBKXN6W.js";
import {
  exitCodes
} from "./chunk-3ROTGDJI.js";
import {
  CliUsageError,
  commandUsage
} from "./chunk-NUBAYAFR.js";
import {
  mlgateVersion
} from "./chunk-727RTSMM.js";
import "./chunk-KEJZ3H34.js";
import "./chunk-WMNY6VA6.js";
import "./chunk-IX7FLQQO.js";
import {
  threadResampleRunner
} from "./chunk-CAO6EKFU.js";
import "./chunk-PGQM5LDH.js";
import "./chunk-YXEPPYR3.js";
import "./chunk-5J5G4NCM.js";
import "./chunk-D3YSBX2Z.js";
import "./chunk-3NNVXLLN.js";
import "./chunk-Q33VMUJV.js";
import "./chunk-BWVBEDRL.js";
import "./chunk-HZZ4XPSC.js";
import "./chunk-W27TFICB.js";
import "./chunk-KU6AZDCK.js";
import "./chunk-DYRBEJOY.js";
import "./chunk-OS27MXHO.js";
import {
  errorMessage
} from "./chunk-UVQHXZ4V.js";
import "./chunk-MLHKBNS7.js";
import "./chunk-L64TU7AB.js";
import "./chunk-D7UV4PYW.js";
import "./chunk-LEWOSEQU.js";
import "./chunk-5MHFUN37.js";
import "./chunk-IMYO3NHQ.js";
import "./chunk-NOYB4UVF.js";
import "./chunk-C3VZEOKK.js";
import "./chunk-VJILS3EF.js";

// src/cli/run-command.ts
const path = process.getBuiltinModule("node:path");
const { parseArgs } = process.getBuiltinModule("node:util");
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
  let rendered;
  const markdown = () => rendered ??= renderSummary(report, { commentKey: "local" });
  if (values.out) await writeOutputFile("--out", values.out, markdown());
  if (values.json) await writeOutputFile("--json", values.json, renderJson(report));
  if (values.html) {
    const { renderGitHubPage } = await import("./render-html-NRUBSCAQ.js");
    await writeOutputFile("--html", values.html, renderGitHubPage(markdown(), "mlgate report"));
  }
  if (!values.quiet) out(`${markdown()}
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
