/**
 * Monitor 2, the distribution half: current data (e.g. a recent serving sample)
 * against a reference (training data, the last release's data, or a committed
 * profile of it). Per feature: KS, Wasserstein, PSI and Jensen–Shannon for
 * numbers; chi-square, Jensen–Shannon, L∞ and PSI for categories; a feature
 * drifts when its Benjamini–Hochberg-adjusted test is significant and its
 * effect size passes a floor (src/drift/drift-rules.ts). Either side may be a
 * query source: the workspace opens it, and drift is computed in its engine
 * (src/drift/run-drift.ts); so is a data file too large for the machine's memory
 * (DuckDB reads it in place).
 */

import type { TableFile } from '../../config-fields/shared-schemas.ts';
import { parseStepOutputPath } from '../../config-fields/step-output.ts';
import { tableFileOptions } from '../../config-fields/table-file-options.ts';
import type { QueryData, ReferenceFile } from '../../drift/run-drift.ts';
import { runDrift } from '../../drift/run-drift.ts';
import { onScanThreads } from '../../drift/scan-threads.ts';
import { isQuerySource, type QuerySource } from '../../sql/query-source.ts';
import { parseTableSchema } from '../../table-schema/table-schema.ts';
import type { Workspace } from '../../workspace/workspace.ts';
import type { CheckDefinition } from '../check-definition.ts';
import { driftConfig, type ReferenceData, rulesFromConfig } from './drift-config.ts';
import { driftOutcome } from './drift-outcome.ts';

export const drift: CheckDefinition<typeof driftConfig> = {
  id: 'drift',
  title: 'Serving data has not drifted from the reference',
  rubric: ['monitor-2'],
  config: driftConfig,
  async run(config, { workspace, scanThreads }) {
    const key = 'checks.drift';
    const schema = config.schema
      ? parseTableSchema(await workspace.readText(config.schema, `${key}.schema`), config.schema)
      : undefined;
    const run = await onScanThreads(scanThreads, `${key}.current`, async (elsewhere) =>
      runDrift(
        (await largeFile(workspace, config.reference, `${key}.reference`, schema !== undefined)) ??
          (await referenceFile(workspace, config.reference, `${key}.reference`)),
        isQuerySource(config.current)
          ? await queryData(workspace, config.current, `${key}.current`)
          : ((await largeFile(workspace, config.current, `${key}.current`, schema !== undefined)) ??
              dataFile(workspace, config.current, `${key}.current`)),
        rulesFromConfig(config),
        schema,
        { configKey: key, ...(elsewhere ? { elsewhere } : {}) },
      ),
    );
    return driftOutcome(run, { noun: 'drift', configKey: key });
  },
};

async function queryData(
  workspace: Workspace,
  source: QuerySource,
  key: string,
): Promise<QueryData> {
  return { kind: 'query', source: await workspace.openQuerySource(source, key) };
}

/**
 * A data file too large to read into this machine's memory, opened as a DuckDB
 * source: DuckDB is the default for such files (it reads them in place, and the
 * figures equal the file path's). Undefined for anything else.
 */
async function largeFile(
  workspace: Workspace,
  input: ReferenceData | QuerySource,
  key: string,
  typed: boolean,
): Promise<QueryData | undefined> {
  if (typeof input !== 'string' || parseStepOutputPath(input) !== undefined) return undefined;
  // DuckDB types the columns itself: with a Table Schema, mlgate reads the file so the schema's types hold.
  if (typed) return undefined;
  const large = await workspace.largeFileSource(input, key);
  return large && queryData(workspace, large, key);
}

export function dataFile(workspace: Workspace, file: TableFile, key: string) {
  const { path, options } = tableFileOptions(file);
  return {
    path,
    read: options,
    scan: (scanOptions: Parameters<Workspace['scanTable']>[2]) =>
      workspace.scanTable(path, key, scanOptions),
  };
}

export async function referenceFile(
  workspace: Workspace,
  reference: ReferenceData | QuerySource,
  key: string,
): Promise<ReferenceFile> {
  if (isQuerySource(reference)) return queryData(workspace, reference, key);
  if (typeof reference === 'object' && 'profile' in reference) {
    return {
      kind: 'profile',
      path: reference.profile,
      text: await workspace.readText(reference.profile, `${key}.profile`),
    };
  }
  return { kind: 'rows', ...dataFile(workspace, reference, key) };
}
