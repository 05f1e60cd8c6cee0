import {
  CliUsageError
} from "./chunk-NZMRN4X6.js";
import {
  isRemoteFile
} from "./chunk-DPIG2K5A.js";
import {
  errorMessage
} from "./chunk-YBWX6OWL.js";

// src/cli/query-source-argument.ts
async function querySourceArgument(name, text) {
  if (isRemoteFile(text)) return { engine: "duckdb", table: text };
  if (!text.trimStart().startsWith("{")) return void 0;
  const [{ parse }, { querySource }] = await Promise.all([
    import("./dist-CLUKVGUE.js"),
    import("./query-source-HZSP4MZR.js")
  ]);
  let value;
  try {
    value = parse(text);
  } catch (error) {
    throw new CliUsageError(
      `${name}: not a YAML mapping (${errorMessage(error).split("\n")[0]}); write e.g. '{engine: duckdb, table: data/train.parquet}'`
    );
  }
  const parsed = querySource.safeParse(value);
  if (!parsed.success) {
    throw new CliUsageError(
      `${name}: ${parsed.error.issues.map((issue) => issue.message).join("; ")}; write e.g. '{engine: postgres, table: ml.train, connection: {env: PG_URL}}'`
    );
  }
  return parsed.data;
}
async function openSourceArguments(args) {
  const sources = await Promise.all(args.map(({ name, text }) => querySourceArgument(name, text)));
  if (!sources.some(Boolean))
    return { opened: sources.map(() => void 0), close: async () => {
    } };
  const [{ nodeWorkspace }, { sqlConnectionPool }] = await Promise.all([
    import("./node-workspace-S7B3YKJD.js"),
    import("./sql-connection-pool-2JQJOHHQ.js")
  ]);
  const pool = sqlConnectionPool();
  const workspace = nodeWorkspace(process.cwd(), void 0, void 0, { pool });
  try {
    const opened = await Promise.all(
      sources.map((source, i) => source && workspace.openQuerySource(source, args[i].name))
    );
    return { opened, close: () => pool.close() };
  } catch (error) {
    await pool.close();
    throw new CliUsageError(errorMessage(error));
  }
}

export {
  openSourceArguments
};
