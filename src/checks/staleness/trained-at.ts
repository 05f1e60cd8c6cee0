/**
 * The training time of a model from its metadata file (JSON or YAML): the
 * value at a dotted key, an ISO 8601 date or datetime (UTC when it has no
 * offset). Anything else is an error naming the file and key.
 */
import { parse } from 'yaml';
import { parseIsoDate, parseIsoDatetime } from '../../formats/parse-date.ts';
import { errorMessage } from '../../model/error-message.ts';

export function trainedAtFrom(text: string, source: string, key: string): Date {
  let document: unknown;
  try {
    // The core schema keeps an unquoted 2026-03-01 a string, so the strict parser sees it.
    document = parse(text, { schema: 'core' });
  } catch (error) {
    throw new Error(`${source}: not valid JSON or YAML (${errorMessage(error).split('\n')[0]})`);
  }
  let value: unknown = document;
  for (const part of key.split('.')) {
    value =
      value !== null && typeof value === 'object'
        ? (value as Record<string, unknown>)[part]
        : undefined;
  }
  if (value === undefined || value === null) {
    throw new Error(
      `${source}: no "${key}"; write the training time there, e.g. ${key}: "2026-03-01T12:00:00Z"`,
    );
  }
  const ms =
    typeof value === 'string' ? (parseIsoDatetime(value) ?? parseIsoDate(value)) : undefined;
  if (ms === undefined) {
    throw new Error(
      `${source}: "${key}" is ${JSON.stringify(value)}, not an ISO 8601 date or datetime such as 2026-03-01T12:00:00Z`,
    );
  }
  return new Date(ms);
}
