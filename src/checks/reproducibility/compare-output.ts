/**
 * Compares one declared output across training runs: run 1 against each other
 * run with compareArtifact (bytes first, then meaning: metrics within the
 * tolerance, tables row by row, a `compare` command for models), so that the
 * report can say whether a difference is a timestamp in a pickle or a model
 * that learned something else, and where the first differing value is.
 */
import type { OutputSpec } from '../../infra/artifact-output.ts';
import {
  type ArtifactComparison,
  type CompareArtifactOptions,
  compareArtifact,
  type DifferentComparison,
} from '../../infra/compare-artifact.ts';
import type { Workspace } from '../../workspace/workspace.ts';

export interface RunFiles {
  label: string;
  workspace: Workspace;
  /** Prefix for output paths (a run directory), '' for a copy's root. */
  directory: string;
  /** Outputs the run left as committed (a step that did not rewrite them). */
  untouched?: readonly string[];
}

export type OutputVerdict =
  | { status: 'identical' }
  | { status: 'missing'; runs: string[]; untouched: boolean }
  | { status: 'equivalent'; compared: number; unit: 'values' | 'rows' | null }
  | {
      status: 'different';
      /** The first pair that differs (run 1 and the earliest run unlike it). */
      labels: [string, string];
      comparison: DifferentComparison;
      /** Later runs that differ from run 1 too. */
      alsoDiffering: string[];
    };

export async function compareOutput(
  spec: OutputSpec,
  runs: readonly RunFiles[],
  options: CompareArtifactOptions,
): Promise<OutputVerdict> {
  const untouched = runs.filter((run) => run.untouched?.includes(spec.path));
  if (untouched.length > 0) {
    return { status: 'missing', runs: untouched.map((run) => run.label), untouched: true };
  }
  const [first, ...others] = runs.map((run) => ({
    label: run.label,
    workspace: run.workspace,
    path: run.directory ? `${run.directory}/${spec.path}` : spec.path,
  }));
  if (first === undefined) throw new Error('compareOutput needs at least one run');
  const pairs: { label: string; comparison: ArtifactComparison }[] = [];
  for (const other of others) {
    pairs.push({
      label: other.label,
      comparison: await compareArtifact(spec, first, other, options),
    });
  }
  return verdictOf(first.label, pairs);
}

function verdictOf(
  firstLabel: string,
  pairs: readonly { label: string; comparison: ArtifactComparison }[],
): OutputVerdict {
  const missing = pairs.flatMap(({ comparison }) =>
    comparison.status === 'missing' ? comparison.versions : [],
  );
  if (missing.length > 0)
    return { status: 'missing', runs: [...new Set(missing)], untouched: false };
  const differing = pairs.filter(({ comparison }) => comparison.status === 'different');
  const [earliest, ...later] = differing;
  if (earliest?.comparison.status === 'different') {
    return {
      status: 'different',
      labels: [firstLabel, earliest.label],
      comparison: earliest.comparison,
      alsoDiffering: later.map(({ label }) => label),
    };
  }
  const equivalent = pairs.find(({ comparison }) => comparison.status === 'equivalent');
  if (equivalent?.comparison.status === 'equivalent') {
    const { compared, unit } = equivalent.comparison;
    return { status: 'equivalent', compared, unit };
  }
  return { status: 'identical' };
}
