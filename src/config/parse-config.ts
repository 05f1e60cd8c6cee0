/**
 * Turns the text of mlgate.yml into a validated Config, or into a list of
 * errors that each name the file, the key path, the line, and how to fix it.
 * Pure: the caller reads the file.
 */
import { joinPath, lineOfPath } from '../formats/document-locations.ts';
import type { ConfigError } from '../model/config-error.ts';
import { configIssues, type Locate } from './config-issues.ts';
import { type Config, configSchemaFor } from './config-schema.ts';
import { readConfigYaml } from './read-config-yaml.ts';

export type ParsedConfig = { ok: true; config: Config } | { ok: false; errors: ConfigError[] };

/** `file` is the name the errors give the config, relative to the working directory. */
export function parseConfig(text: string, file = 'mlgate.yml'): ParsedConfig {
  const yaml = readConfigYaml(text);
  if (!yaml.ok)
    return { ok: false, errors: yaml.problems.map((problem) => ({ file, ...problem })) };
  const { document, lineCounter, data } = yaml;
  // `input` tells a missing key from a wrong one; an empty message marks zod's own wording,
  // which src/config/explain-issue.ts replaces, where the schema's is kept.
  const schema = configSchemaFor(namedChecks(data));
  const result = schema.safeParse(data, { reportInput: true, error: () => '' });
  if (result.success) return { ok: true, config: result.data };
  const locate: Locate = (path) => {
    const line = lineOfPath(document, lineCounter, path);
    return {
      file,
      ...(line === undefined ? {} : { line }),
      ...(path.length === 0 ? {} : { key: joinPath(path) }),
    };
  };
  return { ok: false, errors: configIssues(result.error.issues, schema, locate) };
}

/** The keys under the config's `checks:`, whose schemas the parse needs in full; none when it is not a mapping. */
function namedChecks(data: unknown): ReadonlySet<string> {
  const checks =
    typeof data === 'object' && data !== null && 'checks' in data ? data.checks : undefined;
  return new Set(typeof checks === 'object' && checks !== null ? Object.keys(checks) : []);
}
