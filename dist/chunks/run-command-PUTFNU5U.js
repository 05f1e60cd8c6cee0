import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  mlgateVersion,
  renderJson,
  renderSummary,
  runGate
} from "./chunk-AXD3F45G.js";
import "./chunk-OFCM4272.js";
import {
  nodeWorkspace
} from "./chunk-CX25SUHO.js";
import "./chunk-XSNSGM3N.js";
import "./chunk-SL74CKDN.js";
import "./chunk-TPDOR5NO.js";
import "./chunk-L3E5LRSZ.js";
import "./chunk-VRDFWPVG.js";
import {
  parseOrUsage
} from "./chunk-2OXF3FUM.js";
import "./chunk-GSSXK5PC.js";
import "./chunk-MPV25R7S.js";
import "./chunk-S26XFP56.js";
import "./chunk-QPNMFR3R.js";
import "./chunk-VJ4UBBLQ.js";

// src/cli/run-command.ts
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
async function runCommand(argv) {
  const { values } = parseOptions(argv);
  const root = path.resolve(values["working-directory"] ?? ".");
  const configPath = values.config ?? ".github/mlgate.yml";
  const { report } = await runGate({
    // The config path is given relative to the shell, checks' paths relative to the root.
    configPath: path.relative(root, path.resolve(configPath)),
    workspace: nodeWorkspace(root),
    event: { name: "local", ...values.base ? { baseSha: values.base } : {} },
    now: /* @__PURE__ */ new Date(),
    mlgateVersion
  });
  const markdown = renderSummary(report, { commentKey: "local" });
  if (values.out) await writeFile(values.out, markdown);
  if (values.json) await writeFile(values.json, renderJson(report));
  if (!values.quiet) process.stdout.write(`${markdown}
`);
  const where = [values.out, values.json].filter(Boolean).join(" and ");
  process.stderr.write(
    `${report.verdict.passed ? "mlgate: PASSED" : "mlgate: BLOCKED"} \u2014 ML Test Score ${report.score.final} (${report.score.band.range})${where ? `; report written to ${where}` : ""}
` + report.verdict.reasons.map((reason) => `  - ${reason}
`).join("")
  );
  if (report.configErrors.length > 0) return 2;
  return report.verdict.passed ? 0 : 1;
}
var usage = "usage: mlgate run [--config mlgate.yml] [--working-directory DIR] [--out report.md] [--json report.json] [--base REV] [--quiet]";
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
