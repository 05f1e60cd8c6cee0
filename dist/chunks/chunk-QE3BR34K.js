// src/formats/format-from-path.ts
function formatFromPath(source) {
  const lower = source.toLowerCase();
  if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) return "jsonl";
  if (lower.endsWith(".parquet")) return "parquet";
  return "csv";
}

export {
  formatFromPath
};
