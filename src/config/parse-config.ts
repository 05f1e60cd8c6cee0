/**
 * Turns the text of mlgate.yml into a validated Config, or into a list of
 * errors that each name the key path, the line, and how to fix it. Pure: the
 * caller reads the file.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { joinPath, lineOfPath } from '../formats/document-locations.ts';
import { type Config, configSchema } from './config-schema.ts';
import { didYouMean } from './did-you-mean.ts';
import { knownKeysAt } from './schema-keys.ts';

export interface ConfigError {
  /** Dotted key path, e.g. `checks.numerical_stability.columns`; empty for the whole file. */
  key: string;
  line?: number;
  message: string;
}

export type ParsedConfig = { ok: true; config: Config } | { ok: false; errors: ConfigError[] };

export function parseConfig(text: string): ParsedConfig {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (document.errors.length > 0) {
    return {
      ok: false,
      errors: document.errors.map((error) => ({
        key: '',
        line: lineCounter.linePos(error.pos[0]).line,
        message: `YAML syntax: ${error.message.split('\n')[0]}`,
      })),
    };
  }
  const data: unknown = document.toJS();
  if (data === null || data === undefined) {
    return {
      ok: false,
      errors: [{ key: '', message: 'the file is empty; start from the example in the README' }],
    };
  }
  const result = configSchema.safeParse(data);
  if (result.success) return { ok: true, config: result.data };
  const lineOf = (path: readonly PropertyKey[]) => lineOfPath(document, lineCounter, path);
  return {
    ok: false,
    errors: result.error.issues.flatMap((issue) => describeIssue(issue, [], lineOf)),
  };
}

export function formatConfigError(file: string, error: ConfigError): string {
  const where = `${file}${error.line ? `:${error.line}` : ''}`;
  return error.key ? `${where}: \`${error.key}\`: ${error.message}` : `${where}: ${error.message}`;
}

type LineOf = (path: readonly PropertyKey[]) => number | undefined;

function describeIssue(
  issue: z.core.$ZodIssue,
  prefix: readonly PropertyKey[],
  lineOf: LineOf,
): ConfigError[] {
  const path = [...prefix, ...issue.path];
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const known = knownKeysAt(configSchema, path);
        const suggestion = didYouMean(key, known);
        const hint = suggestion
          ? `did you mean \`${suggestion}\`?`
          : known.length > 0
            ? `known keys here: ${known.join(', ')}`
            : 'remove it';
        return {
          key: joinPath([...path, key]),
          line: lineOf([...path, key]),
          message: `unknown key; ${hint}`,
        };
      });
    case 'invalid_union': {
      // Report the alternative the user evidently meant: the one that got furthest.
      const branches = issue.errors.filter((branch) => branch.length > 0);
      const closest = branches.sort((a, b) => depth(b) - depth(a))[0];
      if (!closest || depth(closest) === 0) {
        return [{ key: joinPath(path), line: lineOf(path), message: issue.message }];
      }
      return closest.flatMap((nested) => describeIssue(nested, path, lineOf));
    }
    case 'invalid_key':
      return issue.issues.map((nested) => ({
        key: joinPath(path),
        line: lineOf(path),
        message: nested.message,
      }));
    default:
      return [{ key: joinPath(path), line: lineOf(path), message: issue.message }];
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
