/**
 * The Node.js that mlgate runs on: 24 or later, as package.json's `engines`
 * says and as the action runs (`runs.using: node24`). An older Node fails at
 * the first API it lacks, with Node's stack trace (Node 20:
 * `TypeError: enableCompileCache is not a function`), so the command line
 * checks first and says what to install.
 */
const minimumMajor = 24;

/** What to tell the user on Node `version` (process.versions.node); undefined when it will do, or cannot be read. */
export function unsupportedNodeMessage(version: string): string | undefined {
  const major = Number(/^v?(\d+)\./.exec(version)?.[1]);
  if (Number.isNaN(major) || major >= minimumMajor) return undefined;
  return (
    `mlgate: needs Node.js ${minimumMajor} or later, and this is Node.js ${version}.\n` +
    `Install Node.js ${minimumMajor} (for example \`nvm install ${minimumMajor}\`) and run mlgate with it.\n`
  );
}
