/**
 * Parses a JSON file (a Table Schema, a profile) and validates it with a zod
 * schema; on failure throws a JsonFileError listing every problem as
 * `file:line: \`key.path\`: message`. Lines come from re-reading the text with
 * the YAML parser (JSON is YAML), only when there is something to report.
 */
import { LineCounter, parseDocument } from 'yaml';
import type * as z from 'zod';
import { errorMessage } from '../model/error-message.ts';
import { joinPath, lineOfPath } from './document-locations.ts';

export class JsonFileError extends Error {
  override name = 'JsonFileError';
  readonly problems: readonly string[];
  constructor(source: string, problems: readonly string[]) {
    super(`${source} is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

export function parseJsonFile<Schema extends z.ZodType>(
  text: string,
  source: string,
  schema: Schema,
  /** A problem that makes the rest moot (e.g. the wrong kind of file), or undefined. */
  precheck?: (data: unknown) => string | undefined,
): z.infer<Schema> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new JsonFileError(source, [`${source}: not JSON (${errorMessage(error)})`]);
  }
  const wrong = precheck?.(data);
  if (wrong !== undefined) throw new JsonFileError(source, [`${source}: ${wrong}`]);
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const problems = result.error.issues.slice(0, 20).map((issue) => {
    const line = lineOfPath(document, lineCounter, issue.path);
    const key = joinPath(issue.path);
    const detail =
      issue.code === 'unrecognized_keys'
        ? `unknown key(s) ${issue.keys.join(', ')}; remove them`
        : issue.message;
    return `${source}${line ? `:${line}` : ''}: ${key ? `\`${key}\`: ` : ''}${detail}`;
  });
  if (result.error.issues.length > 20)
    problems.push(`… and ${result.error.issues.length - 20} more`);
  throw new JsonFileError(source, problems);
}
