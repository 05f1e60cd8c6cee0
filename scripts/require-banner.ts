/**
 * Gives a bundle file a CommonJS `require` only when its code names one.
 *
 * Why: some dependencies are CommonJS and call require(), which an ES module
 * lacks, so each file that calls it needs `createRequire(import.meta.url)`.
 * esbuild's banner put that line in every file of the bundle, and each run of
 * it builds a module record and its search paths: a PR-sized `mlgate drift`
 * loads 33 files, of which one names `require` (issue 17, target 1). A file
 * that only mentions the word, in a comment or a string, keeps the line:
 * harmless.
 */
export const requireBanner =
  "const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);";

const shebang = /^#!.*\n/;

/** `code` with the banner after its shebang line (if any), when it names `require`. */
export function withRequireWhereUsed(code: string): string {
  if (!/\brequire\b/.test(code)) return code;
  const head = shebang.exec(code)?.[0] ?? '';
  return `${head}${requireBanner}\n${code.slice(head.length)}`;
}
