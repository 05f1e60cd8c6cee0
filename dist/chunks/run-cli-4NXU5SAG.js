import {
  CliUsageError,
  commandHelp,
  commandHelpText,
  isCommandName,
  overviewText
} from "./chunk-NZMRN4X6.js";
import {
  mlgateVersion
} from "./chunk-RYJFZOMB.js";
import {
  internalFailureMessage
} from "./chunk-SOA4EDE2.js";
import {
  exitCodes
} from "./chunk-C5GLRDMP.js";
import {
  didYouMean
} from "./chunk-R3VY2ZGX.js";
import "./chunk-YBWX6OWL.js";
import "./chunk-SEWDMQ6Q.js";

// src/cli/cli-commands.ts
var cliCommands = {
  run: async (argv, { out, err }) => {
    (await import("./zod-without-jit-7ZCE6JKX.js")).useZodWithoutJit();
    return (await import("./run-command-QNWYYLVL.js")).runCommand(argv, out, err);
  },
  metrics: async (argv, { out }) => (await import("./metrics-command-72WHNUTX.js")).metricsCommand(argv, out),
  profile: async (argv, { out, err }) => (await import("./profile-command-CQ2SPUKP.js")).profileCommand(argv, out, err),
  schema: async (argv, { out, err }) => (await import("./schema-command-D2QBOQ45.js")).schemaCommand(argv, out, err),
  validate: async (argv, { out }) => (await import("./validate-command-PWEWVNMQ.js")).validateCommand(argv, out),
  drift: async (argv, { out, err }) => (await import("./drift-command-3FSEQA5M.js")).driftCommand(argv, out, err)
};

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
export {
  runCli
};
