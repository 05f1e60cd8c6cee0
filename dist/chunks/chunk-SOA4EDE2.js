import {
  errorMessage
} from "./chunk-YBWX6OWL.js";

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

export {
  internalFailureMessage
};
