/**
 * A problem with mlgate.yml that stops every check from running. The report
 * carries it as data (the JSON report, the artifact publish mode reads back),
 * so annotations take the file, line and key from the fields; only the places
 * that show it to people turn it into text (src/config/format-config-error.ts).
 */
export interface ConfigError {
  /** The config file, relative to the working directory. */
  file: string;
  /** 1-based line in `file`; absent when no line applies, e.g. the file is missing or empty. */
  line?: number;
  /** Dotted key path, e.g. `checks.numerical_stability.columns`; absent for the whole file. */
  key?: string;
  /** What is wrong, e.g. `unknown key`. */
  message: string;
  /** What to do about it, when mlgate knows, e.g. ``did you mean `drift`?``. */
  fix?: string;
}

/** What is wrong and what to do about it, before the parser adds where (file, line, key). */
export type ConfigErrorText = Pick<ConfigError, 'message' | 'fix'>;
