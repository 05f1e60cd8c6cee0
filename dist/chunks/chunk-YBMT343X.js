import {
  errorMessage
} from "./chunk-YBWX6OWL.js";
import {
  require_dist
} from "./chunk-Q6EFSIK3.js";
import {
  __toESM
} from "./chunk-SEWDMQ6Q.js";

// src/formats/document-locations.ts
var import_yaml = __toESM(require_dist(), 1);
function joinPath(path) {
  return path.map(
    (part, i) => typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`
  ).join("");
}
function lineOfPath(document, lineCounter, path) {
  const lineOf = (range) => range ? lineCounter.linePos(range[0]).line : void 0;
  for (let length = path.length - 1; length >= 0; length--) {
    const parent = document.getIn(path.slice(0, length), true);
    const step = path[length];
    if ((0, import_yaml.isMap)(parent)) {
      const pair = parent.items.find(
        (item) => (0, import_yaml.isPair)(item) && (0, import_yaml.isScalar)(item.key) && item.key.value === step
      );
      if (pair && (0, import_yaml.isScalar)(pair.key)) return lineOf(pair.key.range);
    } else if ((0, import_yaml.isSeq)(parent) && typeof step === "number") {
      const item = parent.items[step];
      if (item?.range) return lineOf(item.range);
    }
    const line = lineOf(parent?.range);
    if (line !== void 0) return line;
  }
  return lineOf(document.contents?.range);
}

// src/formats/parse-json-file.ts
var import_yaml2 = __toESM(require_dist(), 1);
var JsonFileError = class extends Error {
  name = "JsonFileError";
  problems;
  constructor(source, problems) {
    super(`${source} is not valid:
${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.problems = problems;
  }
};
function parseJsonFile(text, source, schema, precheck) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new JsonFileError(source, [`${source}: not JSON (${errorMessage(error)})`]);
  }
  const wrong = precheck?.(data);
  if (wrong !== void 0) throw new JsonFileError(source, [`${source}: ${wrong}`]);
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const lineCounter = new import_yaml2.LineCounter();
  const document = (0, import_yaml2.parseDocument)(text, { lineCounter });
  const problems = result.error.issues.slice(0, 20).map((issue) => {
    const line = lineOfPath(document, lineCounter, issue.path);
    const key = joinPath(issue.path);
    const detail = issue.code === "unrecognized_keys" ? `unknown key(s) ${issue.keys.join(", ")}; remove them` : issue.message;
    return `${source}${line ? `:${line}` : ""}: ${key ? `\`${key}\`: ` : ""}${detail}`;
  });
  if (result.error.issues.length > 20)
    problems.push(`\u2026 and ${result.error.issues.length - 20} more`);
  throw new JsonFileError(source, problems);
}

export {
  joinPath,
  lineOfPath,
  JsonFileError,
  parseJsonFile
};
