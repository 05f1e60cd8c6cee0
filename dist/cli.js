#!/usr/bin/env node
import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  exitCodes
} from "./chunks/chunk-4KRKAS3J.js";
import {
  CliUsageError,
  commandHelp,
  commandHelpText,
  isCommandName,
  overviewText
} from "./chunks/chunk-WVIXFG6R.js";
import {
  mlgateVersion
} from "./chunks/chunk-YS5GV64A.js";
import {
  didYouMean
} from "./chunks/chunk-OQQAZLCU.js";
import {
  errorMessage
} from "./chunks/chunk-NXAI4H4I.js";
import "./chunks/chunk-VJ4UBBLQ.js";

// src/cli.ts
import { enableCompileCache } from "node:module";
import { isMainThread } from "node:worker_threads";

// src/cli/internal-failure.ts
function internalFailureMessage(where, thrown) {
  const stack = thrown instanceof Error && thrown.stack ? thrown.stack : errorMessage(thrown);
  return [
    `${where}: internal error: ${errorMessage(thrown)}`,
    "This is a failure of mlgate itself, not of your files or options.",
    process.env.MLGATE_DEBUG === "1" ? stack : "Run it again with MLGATE_DEBUG=1 to see the stack trace, and report it with the command you ran.",
    ""
  ].join("\n");
}

// src/cli/cli-commands.ts
var cliCommands = {
  run: async (argv, { out, err }) => {
    await withoutZodJit();
    return (await import("./chunks/run-command-EYAP2UKC.js")).runCommand(argv, out, err);
  },
  metrics: async (argv, { out }) => (await import("./chunks/metrics-command-73YTR43J.js")).metricsCommand(argv, out),
  profile: async (argv, { out, err }) => (await import("./chunks/profile-command-J43PBUD4.js")).profileCommand(argv, out, err),
  schema: async (argv, { out, err }) => (await import("./chunks/schema-command-2ALVMNCN.js")).schemaCommand(argv, out, err),
  validate: async (argv, { out }) => (await import("./chunks/validate-command-RHORMJEA.js")).validateCommand(argv, out),
  drift: async (argv, { out, err }) => (await import("./chunks/drift-command-HA5W6GBT.js")).driftCommand(argv, out, err)
};
async function withoutZodJit() {
  (await import("./chunks/zod-LQ2J6P5R.js")).config({ jitless: true });
}

// src/cli/cli-output.ts
var processOutput = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text)
};

// src/cli/run-cli.ts
async function runCli(argv, output = processOutput, commands = cliCommands) {
  const [name, ...rest] = argv;
  if (name === void 0) {
    output.err(`${overviewText(mlgateVersion)}
`);
    return exitCodes.usage;
  }
  if (name === "--help" || name === "-h") return printed(output, overviewText(mlgateVersion));
  if (name === "--version" || name === "-V") return printed(output, `mlgate ${mlgateVersion}`);
  if (name === "help") return help(rest, output);
  if (!isCommandName(name)) return unknownCommand(name, output);
  if (asksForHelp(rest)) return printed(output, commandHelpText(name));
  try {
    return await commands[name](rest, output);
  } catch (error) {
    if (error instanceof CliUsageError) {
      output.err(`mlgate ${name}: ${error.message}
`);
      return exitCodes.usage;
    }
    output.err(internalFailureMessage(`mlgate ${name}`, error));
    return exitCodes.failure;
  }
}
function help(names, output) {
  const [name, ...extra] = names;
  if (name === void 0 || name === "help") return printed(output, overviewText(mlgateVersion));
  if (!isCommandName(name)) return unknownCommand(name, output);
  if (extra.length > 0) {
    output.err(`mlgate help: takes one command, not "${names.join(" ")}"
`);
    return exitCodes.usage;
  }
  return printed(output, commandHelpText(name));
}
function asksForHelp(argv) {
  const end = argv.indexOf("--");
  return (end === -1 ? argv : argv.slice(0, end)).some((arg) => arg === "--help" || arg === "-h");
}
function unknownCommand(name, output) {
  const names = Object.keys(commandHelp);
  const guess = didYouMean(name, names);
  output.err(
    `mlgate: unknown command "${name}"${guess ? ` (did you mean "${guess}"?)` : ""}; the commands are ${names.join(", ")} (mlgate --help explains them)
`
  );
  return exitCodes.usage;
}
function printed(output, text) {
  output.out(`${text}
`);
  return exitCodes.passed;
}

// src/cli.ts
if (isMainThread) {
  enableCompileCache();
  process.on("uncaughtException", (error) => {
    process.stderr.write(internalFailureMessage("mlgate", error));
    process.exit(exitCodes.failure);
  });
  process.exitCode = await runCli(process.argv.slice(2));
}
