import {
  isRemoteFile,
  sqlEngines
} from "./chunk-DPIG2K5A.js";
import {
  _enum,
  strictObject,
  string,
  union
} from "./chunk-RDHU7DSY.js";

// src/config-fields/query-source.ts
var variableName = /^[A-Za-z_][A-Za-z0-9_]*$/;
var connectionReference = union(
  [
    strictObject({
      env: string().regex(variableName, { error: "an environment variable name, e.g. MLGATE_PG_URL" }).describe("The environment variable holding the connection URL (fill it from a secret).")
    }),
    strictObject({
      input: string().regex(variableName, { error: "a name listed in the `connections` action input" }).describe(
        "A name in the `connections` action input (`name=url` lines filled from secrets)."
      )
    })
  ],
  {
    error: "connection is {env: VARIABLE} or {input: NAME}: where the connection URL lives, never the URL itself"
  }
);
var base = {
  engine: _enum(sqlEngines, { error: `engine is one of ${sqlEngines.join(", ")}` }).describe("The SQL engine that computes the aggregates."),
  connection: connectionReference.optional().describe("Where the connection URL lives. DuckDB needs none (it runs embedded).")
};
var querySource = union(
  [
    strictObject({
      ...base,
      table: string().min(1).describe(
        "A table (`schema.table`); for duckdb also a data file in the repository or an s3://, gs://, https:// URL."
      )
    }),
    strictObject({
      ...base,
      query: string().min(1).describe("A SELECT whose rows are the data.")
    })
  ],
  { error: "a query source is {engine, table} or {engine, query}, with an optional connection" }
);
var remoteDataFile = string().refine(isRemoteFile, { error: "a URL: s3://, gs://, https:// \u2026" }).transform((url) => ({ engine: "duckdb", table: url })).describe(
  "A Parquet, CSV or JSON file at an s3://, gs:// or https:// URL, read in place by DuckDB."
);

export {
  querySource,
  remoteDataFile
};
