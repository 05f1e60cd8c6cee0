import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);
import {
  CliUsageError
} from "./chunk-WVIXFG6R.js";
import {
  isRemoteFile
} from "./chunk-CMWIPLAS.js";
import {
  errorMessage
} from "./chunk-NXAI4H4I.js";

// src/cli/query-source-argument.ts
async function querySourceArgument(name, text) {
  if (isRemoteFile(text)) return { engine: "duckdb", table: text };
  if (!text.trimStart().startsWith("{")) return void 0;
  const [{ parse }, { querySource }] = await Promise.all([
    import("./dist-NS7VJ4OT.js"),
    import("./query-source-3S32AWLX.js")
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
    import("./node-workspace-GOLKP6YP.js"),
    import("./sql-connection-pool-OSJE5T76.js")
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
