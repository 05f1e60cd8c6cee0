/**
 * What `mlgate`'s exit code means, the contract CI scripts read (the README's
 * "Command line" lists it). A failure of mlgate itself has a code of its own,
 * so a bug never reads as "blocked" or as the user's mistake.
 */
export const exitCodes = {
  passed: 0,
  /** The gate blocked; for the other commands: drift, invalid rows. */
  blocked: 1,
  /** Wrong arguments, an unusable config, unreadable input, an output that can't be written, a Node.js too old. */
  usage: 2,
  /** Anything else: a bug in mlgate. */
  failure: 3,
} as const;
