/**
 * A check input that names what a pipeline step produced instead of a committed
 * file: `{step: predict, file: predictions.csv}` in mlgate.yml. The schema turns
 * it into one string, `step:predict/predictions.csv`, so that every check keeps
 * taking a path: the engine's workspace reads such a path from the scratch copy
 * the step ran in (src/infra/pipeline/step-output-workspace.ts), and the path
 * the report shows says which copy was read. The string form may be written
 * directly too.
 */
import * as z from 'zod';
import { querySourcePath } from '../sql/query-source.ts';
import { querySource, remoteDataFile } from './query-source.ts';
import { repoPath, tableFileWithOptions } from './shared-schemas.ts';

const prefix = 'step:';

export interface StepOutputReference {
  step: string;
  file: string;
}

export function stepOutputPath(reference: StepOutputReference): string {
  return `${prefix}${reference.step}/${reference.file}`;
}

/** The step and file a `step:<step>/<file>` path names; undefined for a repository path. */
export function parseStepOutputPath(path: string): StepOutputReference | undefined {
  if (!path.startsWith(prefix)) return undefined;
  const rest = path.slice(prefix.length);
  const slash = rest.indexOf('/');
  if (slash <= 0 || slash === rest.length - 1) return undefined;
  return { step: rest.slice(0, slash), file: rest.slice(slash + 1) };
}

const stepOutputReference = z
  .strictObject({
    step: z.string().min(1, { error: 'name the step under `steps:` that writes the file' }),
    file: repoPath.describe('One of the outputs the step declares.'),
  })
  .transform(stepOutputPath)
  .describe("A file as the PR's code produces it: an output of a step under `steps:`.");

/** A file a check reads: a committed file, or a step's fresh output. */
export const inputFile = z.union([repoPath, stepOutputReference], {
  error:
    'expected a file path relative to the repository, or {step: <name>, file: <one of its outputs>}',
});

/**
 * A data file that may also be a step's output, with or without reading
 * options, or a query source whose rows the check reads (as a `sql:` path,
 * src/sql/query-source.ts; drift and schema validation compute in the engine
 * instead, taking the source before this schema).
 */
export const inputTableFile = z.union(
  [
    remoteDataFile.transform(querySourcePath),
    repoPath,
    tableFileWithOptions,
    stepOutputReference,
    querySource.transform(querySourcePath),
  ],
  {
    error:
      'expected a file path, an object with `path` (and optionally format, delimiter, missing_values), {step, file}, or a query source {engine, table | query, connection}',
  },
);
