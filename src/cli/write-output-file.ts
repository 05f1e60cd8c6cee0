/**
 * Writes what a command was asked to write (--out, --json, -o). Missing
 * folders are created (src/io/write-text-file.ts); a write that still fails
 * is the user's path to fix, so it becomes a one-line usage error naming the
 * option and the file (exit 2), not a stack trace.
 * Also `writeJsonInPieces` and `writeInPieces`: a command's result in pieces, so
 * that a result of 50,000 columns is never one string of a hundred megabytes.
 */
import type { TextFileWriter } from '../io/write-text-file.ts';
import { errorMessage } from '../model/error-message.ts';
import { CliUsageError } from './cli-usage-error.ts';

/** Node's codes in words; any other failure keeps Node's message. */
const reasons: Record<string, string> = {
  // mkdir says EEXIST when the folder to create is a file, ENOTDIR when a folder above it is.
  EEXIST: 'a folder on its path is a file',
  ENOTDIR: 'a folder on its path is a file',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
};

export async function writeOutputFile(option: string, file: string, text: string): Promise<void> {
  const { writeTextFile } = await textFiles();
  await asUsageError(option, file, () => writeTextFile(file, text));
}

/** The file opened to be written piece by piece; every failure is the same usage error. */
export async function openOutputFile(option: string, file: string): Promise<TextFileWriter> {
  const { openTextFile } = await textFiles();
  const writer = await asUsageError(option, file, () => openTextFile(file));
  return {
    write: writer.write,
    drained: () => asUsageError(option, file, writer.drained),
    close: () => asUsageError(option, file, writer.close),
  };
}

/**
 * The file writers, imported on first use: they load node:fs/promises, which a command
 * that only prints (drift to stdout) can start without.
 */
function textFiles(): Promise<typeof import('../io/write-text-file.ts')> {
  return import('../io/write-text-file.ts');
}

async function asUsageError<T>(option: string, file: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    const reason = (code && reasons[code]) ?? errorMessage(error).split('\n')[0];
    throw new CliUsageError(`cannot write ${option} ${file}: ${reason}`);
  }
}

/** Pieces are joined up to about this many characters before they are handed on. */
const PIECE_CHARACTERS = 1 << 20;
/** Arrays and plain objects this deep or shallower are written member by member; deeper ones whole. */
const SPLIT_DEPTH = 2;

/**
 * `JSON.stringify(value, null, indent)` followed by a line break, byte for
 * byte, handed to `write` in pieces of about a megabyte: the outer arrays and
 * objects are written member by member, each member stringified on its own
 * (and indented to its depth), so memory holds one member's text at a time.
 */
export async function writeJsonInPieces(
  value: unknown,
  write: (text: string) => void,
  indent = 0,
): Promise<void> {
  await writeInPieces(jsonLines(value, indent), write);
}

function* jsonLines(value: unknown, indent: number): Generator<string> {
  yield* jsonTexts(value, '', 0, indent);
  yield '\n';
}

/** The texts, joined into pieces of about a megabyte for `write`, waiting for stdout after each. */
export async function writeInPieces(texts: Iterable<string>, write: (text: string) => void) {
  const pieces = new PieceWriter(write);
  for (const text of texts) {
    if (pieces.emit(text)) await stdoutDrained();
  }
  pieces.flush();
}

/**
 * Resolves once stdout has handed on what it holds. Writes to a pipe whose
 * reader is slower than we are queue in memory (Node returns at once), so a
 * command writing a hundred megabytes in pieces waits here after each one.
 */
export function stdoutDrained(): Promise<void> {
  if (!process.stdout.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
}

/** Joins small texts into pieces of about a megabyte for `write`; `flush` hands on the rest. */
export class PieceWriter {
  private pending: string[] = [];
  private size = 0;

  private readonly write: (text: string) => void;

  constructor(write: (text: string) => void) {
    this.write = write;
  }

  /** Adds `text`; true when that handed a piece on. */
  readonly emit = (text: string): boolean => {
    this.pending.push(text);
    this.size += text.length;
    if (this.size < PIECE_CHARACTERS) return false;
    this.flush();
    return true;
  };

  flush(): void {
    if (this.size > 0) this.write(this.pending.join(''));
    this.pending = [];
    this.size = 0;
  }
}

/** The JSON of `raw` (member `key` at `depth`) as consecutive texts. */
function* jsonTexts(raw: unknown, key: string, depth: number, indent: number): Generator<string> {
  const value = withToJson(raw, key);
  const isArray = Array.isArray(value);
  const splittable =
    depth < SPLIT_DEPTH &&
    (isArray ||
      (typeof value === 'object' &&
        value !== null &&
        Object.getPrototypeOf(value) === Object.prototype));
  if (!splittable) {
    const text = JSON.stringify(value, null, indent);
    yield indent > 0 && depth > 0 ? text.replaceAll('\n', `\n${' '.repeat(indent * depth)}`) : text;
    return;
  }
  const members: [string, unknown][] = isArray
    ? (value as unknown[]).map((member, index) => [String(index), member])
    : Object.entries(value as Record<string, unknown>).filter(([name, member]) =>
        isJsonValue(withToJson(member, name)),
      );
  const [open, close] = isArray ? ['[', ']'] : ['{', '}'];
  if (members.length === 0) {
    yield `${open}${close}`;
    return;
  }
  const inner = indent > 0 ? `\n${' '.repeat(indent * (depth + 1))}` : '';
  const outer = indent > 0 ? `\n${' '.repeat(indent * depth)}` : '';
  const colon = indent > 0 ? ': ' : ':';
  yield open;
  for (const [index, [name, member]] of members.entries()) {
    yield index === 0 ? inner : `,${inner}`;
    if (!isArray) yield `${JSON.stringify(name)}${colon}`;
    if (isArray && !isJsonValue(withToJson(member, name))) yield 'null';
    else yield* jsonTexts(member, name, depth + 1, indent);
  }
  yield `${outer}${close}`;
}

/** What JSON.stringify serializes in place of `value`: its `toJSON(key)` when it has one. */
function withToJson(value: unknown, key: string): unknown {
  const toJson = (value as { toJSON?: unknown } | null | undefined)?.toJSON;
  return typeof toJson === 'function' ? toJson.call(value, key) : value;
}

/** False for what JSON.stringify leaves out of objects (and writes as null in arrays). */
function isJsonValue(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}
