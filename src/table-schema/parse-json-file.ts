/**
 * Parses a JSON file (a Table Schema, a profile) and validates it with a zod
 * schema; on failure throws a JsonFileError listing every problem as
 * `file:line: \`key.path\`: message`. Lines come from re-reading the text with
 * the YAML parser (JSON is YAML), only when there is something to report.
 */
import { type Document, isMap, isPair, isScalar, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';

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
    throw new JsonFileError(source, [`${source}: not JSON (${(error as Error).message})`]);
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

export function joinPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

function lineOfPath(
  document: Document,
  lineCounter: LineCounter,
  path: readonly PropertyKey[],
): number | undefined {
  for (let length = path.length; length >= 0; length--) {
    const node = document.getIn(path.slice(0, length) as unknown[], true);
    if (length < path.length && isMap(node)) {
      const key = path[length];
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && item.key.value === key,
      );
      const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
      if (range) return lineCounter.linePos(range[0]).line;
    }
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) return lineCounter.linePos(range[0]).line;
  }
  return undefined;
}
