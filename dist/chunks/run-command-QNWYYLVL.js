import {
  writeOutputFile
} from "./chunk-6K6TPVEH.js";
import {
  parseOrUsage
} from "./chunk-36G64RWT.js";
import {
  CliUsageError,
  commandUsage
} from "./chunk-NZMRN4X6.js";
import {
  configProblem,
  monotonicMs,
  renderJson,
  renderSummary,
  runGate,
  threadResampleRunner
} from "./chunk-X2PZ6TWA.js";
import "./chunk-V76GGTT2.js";
import "./chunk-6QEE6FFP.js";
import "./chunk-C7I5UCTU.js";
import "./chunk-JLJ5JKQQ.js";
import "./chunk-TV4L6LGM.js";
import {
  mlgateVersion
} from "./chunk-RYJFZOMB.js";
import "./chunk-ORE6RU56.js";
import "./chunk-TEXSX4RK.js";
import "./chunk-J5QUBNZJ.js";
import "./chunk-Q66JVYKC.js";
import {
  nodeWorkspace
} from "./chunk-PLFIIKI6.js";
import {
  FileScanScheduler
} from "./chunk-PVFPZCU2.js";
import "./chunk-IDEN7Q7X.js";
import "./chunk-BZNTL7DC.js";
import {
  sqlConnectionPool
} from "./chunk-VHHYGQ3Z.js";
import {
  exitCodes
} from "./chunk-C5GLRDMP.js";
import "./chunk-QE3BR34K.js";
import "./chunk-TUKDUIAD.js";
import "./chunk-GM6TPOLB.js";
import "./chunk-H4QQWVY4.js";
import "./chunk-7QPZUO7W.js";
import "./chunk-DPIG2K5A.js";
import "./chunk-GRGWUAQC.js";
import "./chunk-3ROLIFPK.js";
import "./chunk-6BR7IVTK.js";
import "./chunk-52Z3VBDW.js";
import "./chunk-FJSVKJ5S.js";
import "./chunk-AB24KIFF.js";
import "./chunk-XUDKVEYV.js";
import "./chunk-MIVUPXYV.js";
import "./chunk-7UFWRZL3.js";
import "./chunk-QNBVGKAV.js";
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
  const scans = new FileScanScheduler();
  const { report } = await runGate({
    // Checks' paths are relative to the root, and so is the config's for the workspace.
    configPath: path.relative(root, configPath),
    workspace: openWorkspace(root, pool, scans),
    event: { name: "local", ...values.base ? { baseSha: values.base } : {} },
    now: /* @__PURE__ */ new Date(),
    elapsedMs: monotonicMs,
    mlgateVersion,
    resampleRunner: threadResampleRunner(),
    scanThreads: scans
  }).finally(() => pool.close());
  let rendered;
  const markdown = () => rendered ??= renderSummary(report, { commentKey: "local" });
  if (values.out) await writeOutputFile("--out", values.out, markdown());
  if (values.json) await writeOutputFile("--json", values.json, renderJson(report));
  if (values.html) {
    const { renderGitHubPage } = await import("./render-html-2MO3VMEO.js");
    await writeOutputFile("--html", values.html, renderGitHubPage(markdown(), "mlgate report"));
  }
  if (!values.quiet) out(`${markdown()}
`);
  const written = [values.out, values.json, values.html].filter(Boolean);
  err(verdictText(report, root, written.join(" and ")));
  if (report.configErrors.length > 0) return exitCodes.usage;
  return report.verdict.passed ? exitCodes.passed : exitCodes.blocked;
}
function openWorkspace(root, pool, scans) {
  try {
    return nodeWorkspace(root, void 0, scans, { pool });
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
