import {
  CliUsageError
} from "./chunk-NZMRN4X6.js";
import {
  errorMessage
} from "./chunk-YBWX6OWL.js";

// src/cli/write-output-file.ts
var reasons = {
  // mkdir says EEXIST when the folder to create is a file, ENOTDIR when a folder above it is.
  EEXIST: "a folder on its path is a file",
  ENOTDIR: "a folder on its path is a file",
  EISDIR: "it is a folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the device"
};
async function writeOutputFile(option, file, text) {
  const { writeTextFile } = await textFiles();
  await asUsageError(option, file, () => writeTextFile(file, text));
}
async function openOutputFile(option, file) {
  const { openTextFile } = await textFiles();
  const writer = await asUsageError(option, file, () => openTextFile(file));
  return {
    write: writer.write,
    drained: () => asUsageError(option, file, writer.drained),
    close: () => asUsageError(option, file, writer.close)
  };
}
function textFiles() {
  return import("./write-text-file-322NKL5C.js");
}
async function asUsageError(option, file, work) {
  try {
    return await work();
  } catch (error) {
    const code = error?.code;
    const reason = (code && reasons[code]) ?? errorMessage(error).split("\n")[0];
    throw new CliUsageError(`cannot write ${option} ${file}: ${reason}`);
  }
}
var PIECE_CHARACTERS = 1 << 20;
var SPLIT_DEPTH = 2;
async function writeJsonInPieces(value, write, indent = 0) {
  await writeInPieces(jsonLines(value, indent), write);
}
function* jsonLines(value, indent) {
  yield* jsonTexts(value, "", 0, indent);
  yield "\n";
}
async function writeInPieces(texts, write) {
  const pieces = new PieceWriter(write);
  for (const text of texts) {
    if (pieces.emit(text)) await stdoutDrained();
  }
  pieces.flush();
}
function stdoutDrained() {
  if (!process.stdout.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve) => process.stdout.once("drain", () => resolve()));
}
var PieceWriter = class {
  pending = [];
  size = 0;
  write;
  constructor(write) {
    this.write = write;
  }
  /** Adds `text`; true when that handed a piece on. */
  emit = (text) => {
    this.pending.push(text);
    this.size += text.length;
    if (this.size < PIECE_CHARACTERS) return false;
    this.flush();
    return true;
  };
  flush() {
    if (this.size > 0) this.write(this.pending.join(""));
    this.pending = [];
    this.size = 0;
  }
};
function* jsonTexts(raw, key, depth, indent) {
  const value = withToJson(raw, key);
  const isArray = Array.isArray(value);
  const splittable = depth < SPLIT_DEPTH && (isArray || typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype);
  if (!splittable) {
    const text = JSON.stringify(value, null, indent);
    yield indent > 0 && depth > 0 ? text.replaceAll("\n", `
${" ".repeat(indent * depth)}`) : text;
    return;
  }
  const members = isArray ? value.map((member, index) => [String(index), member]) : Object.entries(value).filter(
    ([name, member]) => isJsonValue(withToJson(member, name))
  );
  const [open, close] = isArray ? ["[", "]"] : ["{", "}"];
  if (members.length === 0) {
    yield `${open}${close}`;
    return;
  }
  const inner = indent > 0 ? `
${" ".repeat(indent * (depth + 1))}` : "";
  const outer = indent > 0 ? `
${" ".repeat(indent * depth)}` : "";
  const colon = indent > 0 ? ": " : ":";
  yield open;
  for (const [index, [name, member]] of members.entries()) {
    yield index === 0 ? inner : `,${inner}`;
    if (!isArray) yield `${JSON.stringify(name)}${colon}`;
    if (isArray && !isJsonValue(withToJson(member, name))) yield "null";
    else yield* jsonTexts(member, name, depth + 1, indent);
  }
  yield `${outer}${close}`;
}
function withToJson(value, key) {
  const toJson = value?.toJSON;
  return typeof toJson === "function" ? toJson.call(value, key) : value;
}
function isJsonValue(value) {
  return value !== void 0 && typeof value !== "function" && typeof value !== "symbol";
}

export {
  writeOutputFile,
  openOutputFile,
  writeJsonInPieces,
  writeInPieces,
  stdoutDrained,
  PieceWriter
};
