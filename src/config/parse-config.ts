/**
 * Turns the text of mlgate.yml into a validated Config, or into a list of
 * errors that each name the file, the key path, the line, and how to fix it.
 * Pure: the caller reads the file.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { joinPath, lineOfPath } from '../formats/document-locations.ts';
import type { ConfigError } from '../model/config-error.ts';
import { type Config, configSchema } from './config-schema.ts';
import { didYouMean } from './did-you-mean.ts';
import { knownKeysAt } from './schema-keys.ts';

export type ParsedConfig = { ok: true; config: Config } | { ok: false; errors: ConfigError[] };

/** `file` is the name the errors give the config, relative to the working directory. */
export function parseConfig(text: string, file = 'mlgate.yml'): ParsedConfig {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (document.errors.length > 0) {
    return {
      ok: false,
      errors: document.errors.map((error) => ({
        file,
        line: lineCounter.linePos(error.pos[0]).line,
        message: `YAML syntax: ${error.message.split('\n')[0]}`,
      })),
    };
  }
  const data: unknown = document.toJS();
  if (data === null || data === undefined) {
    const fix = 'start from the example in the README';
    return { ok: false, errors: [{ file, message: 'the file is empty', fix }] };
  }
  const result = configSchema.safeParse(data);
  if (result.success) return { ok: true, config: result.data };
  const at: Locate = (path) => {
    const line = lineOfPath(document, lineCounter, path);
    return {
      file,
      ...(line === undefined ? {} : { line }),
      ...(path.length === 0 ? {} : { key: joinPath(path) }),
    };
  };
  return {
    ok: false,
    errors: result.error.issues.flatMap((issue) => describeIssue(issue, [], at)),
  };
}

/** The file, line and key of a path into the config; line and key only when there are any. */
type Locate = (path: readonly PropertyKey[]) => Pick<ConfigError, 'file' | 'line' | 'key'>;

function describeIssue(
  issue: z.core.$ZodIssue,
  prefix: readonly PropertyKey[],
  at: Locate,
): ConfigError[] {
  const path = [...prefix, ...issue.path];
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const known = knownKeysAt(configSchema, path);
        const suggestion = didYouMean(key, known);
        const fix = suggestion
          ? `did you mean \`${suggestion}\`?`
          : known.length > 0
            ? `known keys here: ${known.join(', ')}`
            : 'remove it';
        return { ...at([...path, key]), message: 'unknown key', fix };
      });
    case 'invalid_union': {
      // Report the alternative the user evidently meant: the one that got furthest.
      const branches = issue.errors.filter((branch) => branch.length > 0);
      const closest = branches.sort((a, b) => depth(b) - depth(a))[0];
      if (!closest || depth(closest) === 0) return [{ ...at(path), message: issue.message }];
      return closest.flatMap((nested) => describeIssue(nested, path, at));
    }
    case 'invalid_key':
      return issue.issues.map((nested) => ({ ...at(path), message: nested.message }));
    case 'custom': {
      // Refinements in the config schema hand over their fix as `params.fix`.
      const fix: unknown = issue.params?.fix;
      return [{ ...at(path), message: issue.message, ...(typeof fix === 'string' ? { fix } : {}) }];
    }
    default:
      return [{ ...at(path), message: issue.message }];
  }
}

/** How far into the value a branch's issues reach; a type mismatch at the root reaches nowhere. */
function depth(issues: readonly z.core.$ZodIssue[]): number {
  return Math.max(
    ...issues.map((issue) =>
      issue.path.length === 0 && issue.code === 'invalid_type' ? 0 : issue.path.length + 1,
    ),
  );
}
