import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);

// src/sql/query-source.ts
function isQuerySource(value) {
  return typeof value === "object" && value !== null && "engine" in value;
}
var fileExtension = /\.(parquet|csv|tsv|jsonl|ndjson|json)(\.gz|\.zst)?$/i;
var remote = /^(s3|gs|gcs|r2|az|abfss|https?):\/\//i;
function namesDataFile(source) {
  return source.engine === "duckdb" && "table" in source && (fileExtension.test(source.table) || remote.test(source.table));
}
function isRemoteFile(location) {
  return remote.test(location);
}
function sourceRelation(dialect, source, fileLocation) {
  if ("query" in source) return `(${source.query.trim().replace(/;\s*$/, "")}) AS mlgate_source`;
  if (fileLocation === void 0) return dialect.tableName(source.table);
  const literal = dialect.string(fileLocation);
  const lower = fileLocation.toLowerCase().replace(/\.(gz|zst)$/, "");
  if (lower.endsWith(".parquet")) return `read_parquet(${literal})`;
  if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json"))
    return `read_json_auto(${literal})`;
  return `read_csv(${literal})`;
}
function sourceLabel(source) {
  return "table" in source ? `${source.engine}:${source.table}` : `${source.engine}:query`;
}
var pathPrefix = "sql:";
function querySourcePath(source) {
  return `${pathPrefix}${JSON.stringify(source)}`;
}
function parseQuerySourcePath(path) {
  if (!path.startsWith(pathPrefix)) return void 0;
  try {
    const value = JSON.parse(path.slice(pathPrefix.length));
    return isQuerySource(value) ? value : void 0;
  } catch {
    return void 0;
  }
}

export {
  isQuerySource,
  namesDataFile,
  isRemoteFile,
  sourceRelation,
  sourceLabel,
  querySourcePath,
  parseQuerySourcePath
};
