/**
 * The model checks' shared test bench: the committed penguin predictions
 * (test/fixtures/model, made by scikit-learn models on vega-datasets'
 * penguins) in a memory workspace, and a runner that parses a config and
 * returns the check's outcome.
 */
import assert from 'node:assert/strict';
import type * as z from 'zod';
import type { CheckDefinition } from '../../src/checks/check-definition.ts';
import type { CheckOutcome } from '../../src/model/check.ts';
import { fixtureText } from '../metrics/fixture-table.ts';
import { memoryWorkspace } from './memory-workspace.ts';

export type Ran = Extract<CheckOutcome, { kind: 'ran' }>;

/** The binary task of the fixtures: is the penguin male. */
export const penguinSex = {
  predictions: 'eval/sex.csv',
  task: 'binary',
  label_column: 'sex',
  score_column: 'score',
  positive_label: 'MALE',
  id_column: 'id',
};

export function penguinFiles(): Record<string, string> {
  return {
    'eval/sex.csv': fixtureText('model/penguins-sex.csv'),
    'eval/mass.csv': fixtureText('model/penguins-mass.csv'),
    'data/features.csv': fixtureText('model/penguins-features.csv'),
  };
}

export async function runOnPenguins<Schema extends z.ZodType>(
  check: CheckDefinition<Schema>,
  schema: { parse(input: unknown): z.output<Schema> },
  config: Record<string, unknown>,
  extra: Record<string, string> = {},
): Promise<Ran> {
  const outcome = await check.run(schema.parse(config), {
    workspace: memoryWorkspace({ files: { ...penguinFiles(), ...extra } }),
    event: { name: 'local' },
    now: new Date('2026-11-23T00:00:00Z'),
  });
  assert.equal(outcome.kind, 'ran');
  return outcome as Ran;
}
