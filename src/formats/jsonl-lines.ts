/**
 * Streams a JSON Lines file (one JSON object per line, https://jsonlines.org)
 * through a fixed-size window: each non-blank line is parsed and handed over
 * with its 1-based line number. A line that is not a JSON object is reported
 * with its line, not skipped silently. CRLF endings and a UTF-8 BOM are
 * accepted; the text must be UTF-8. The bytes come as a ByteSource, opened
 * (and closed) by the caller. Cost: O(bytes).
 */
import { errorMessage } from '../model/error-message.ts';
import type { ByteSource } from './byte-source.ts';
import { assertUtf8, bomLength } from './decode-utf8.ts';

const WINDOW_BYTES = 1 << 22;

export interface JsonlHandlers {
  record(value: Record<string, unknown>, line: number): void;
  badLine(line: number, problem: string): void;
}

function parseLine(text: string, line: number, handlers: JsonlHandlers): void {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    handlers.badLine(
      line,
      `is not valid JSON (${errorMessage(error)}); write one JSON object per line`,
    );
    return;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    handlers.badLine(
      line,
      'is not a JSON object; write one object per line, e.g. {"id": 1, "score": 0.3}',
    );
    return;
  }
  handlers.record(value as Record<string, unknown>, line);
}

/** Hands each line of `input` to `handlers`, in order; `sourceName` names the input in errors. */
export function forEachJsonlLine(
  input: ByteSource,
  sourceName: string,
  handlers: JsonlHandlers,
): void {
  let window = Buffer.allocUnsafe(Math.min(WINDOW_BYTES, Math.max(1024, input.size)));
  let position = 0;
  let filled = 0;
  let line = 1;
  let first = true;
  for (;;) {
    if (filled === window.length) {
      const larger = Buffer.allocUnsafe(window.length * 2);
      window.copy(larger, 0, 0, filled);
      window = larger;
    }
    const read = input.read(window, filled, window.length - filled, position + filled);
    filled += read;
    const final = read === 0 || position + filled >= input.size;
    const start = first ? bomLength(window.subarray(0, filled)) : 0;
    if (first && (filled >= 3 || final)) first = false;
    else if (first) continue;
    const lastBreak = final ? filled : window.lastIndexOf(0x0a, filled - 1) + 1;
    assertUtf8(window, start, lastBreak, sourceName, line);
    line = parseLines(window, start, lastBreak, line, handlers);
    if (final) return;
    window.copy(window, 0, lastBreak, filled);
    position += lastBreak;
    filled -= lastBreak;
  }
}

/** Parses the lines of window[start, end) (which ends at a line break or the input's end); returns the next line number. */
function parseLines(
  window: Buffer,
  start: number,
  end: number,
  line: number,
  handlers: JsonlHandlers,
): number {
  let next = line;
  for (let from = start; from < end; ) {
    let lineEnd = window.indexOf(0x0a, from);
    if (lineEnd < 0 || lineEnd >= end) lineEnd = end;
    const text = window.toString('utf8', from, lineEnd).trim();
    if (text !== '') parseLine(text, next, handlers);
    next++;
    from = lineEnd + 1;
  }
  return next;
}
