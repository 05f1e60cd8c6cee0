// src/cli/exit-codes.ts
var exitCodes = {
  passed: 0,
  /** The gate blocked; for the other commands: drift, invalid rows. */
  blocked: 1,
  /** Wrong arguments, an unusable config, unreadable input, an output that can't be written, a Node.js too old. */
  usage: 2,
  /** Anything else: a bug in mlgate. */
  failure: 3
};

export {
  exitCodes
};
