#!/usr/bin/env node
import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  CliUsageError
} from "./chunks/chunk-MPV25R7S.js";
import "./chunks/chunk-VJ4UBBLQ.js";

// src/cli.ts
import { isMainThread } from "node:worker_threads";

// src/cli/cli-commands.ts
var cliCommands = {
  run: async (argv) => (await import("./chunks/run-command-PUTFNU5U.js")).runCommand(argv),
  metrics: async (argv) => (await import("./chunks/metrics-command-MS7KXZ24.js")).metricsCommand(argv),
  profile: async (argv) => (await import("./chunks/profile-command-KRO477LL.js")).profileCommand(argv),
  schema: async (argv) => (await import("./chunks/schema-command-2S5JWBM7.js")).schemaCommand(argv),
  validate: async (argv) => (await import("./chunks/validate-command-IOQDGSJO.js")).validateCommand(argv),
  drift: async (argv) => (await import("./chunks/drift-command-C3JLGUOZ.js")).driftCommand(argv)
};

// src/cli/run-cli.ts
async function runCli(argv) {
  const [name, ...rest] = argv;
  const usage = `usage: mlgate <command> [options]
commands: ${Object.keys(cliCommands).join(", ")}
`;
  if (name === void 0 || name === "--help" || name === "-h") {
    process.stdout.write(usage);
    return name === void 0 ? 2 : 0;
  }
  const command = cliCommands[name];
  if (!command) {
    process.stderr.write(`mlgate: unknown command "${name}"
${usage}`);
    return 2;
  }
  try {
    return await command(rest);
  } catch (error) {
    if (error instanceof CliUsageError) {
      process.stderr.write(`mlgate ${name}: ${error.message}
`);
      return 2;
    }
    throw error;
  }
}

// src/cli.ts
if (isMainThread) process.exitCode = await runCli(process.argv.slice(2));
