// src/formats/table-read-error.ts
var TableReadError = class extends Error {
  source;
  line;
  /** The message without the `file:line: ` prefix. */
  problem;
  constructor(source, line, problem) {
    super(`${source}${line === void 0 ? "" : `:${line}`}: ${problem}`);
    this.name = "TableReadError";
    this.source = source;
    this.line = line;
    this.problem = problem;
  }
};
var fileErrors = {
  ENOENT: "file not found; check the path",
  EISDIR: "is a directory, not a data file; name a file",
  EACCES: "cannot be read (permission denied)",
  EPERM: "cannot be read (permission denied)"
};
function asTableReadError(source, error) {
  const code = error?.code;
  return code !== void 0 && code in fileErrors ? new TableReadError(source, void 0, fileErrors[code]) : error;
}

export {
  TableReadError,
  asTableReadError
};
