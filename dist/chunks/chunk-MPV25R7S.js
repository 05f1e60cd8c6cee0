import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);

// src/cli/cli-usage-error.ts
var CliUsageError = class extends Error {
  name = "CliUsageError";
};

export {
  CliUsageError
};
