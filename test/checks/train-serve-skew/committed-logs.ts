/** Committed serving logs and their code as the serving-source gatherer describes them, for unit tests. */
import type {
  CommittedServing,
  ServingCode,
} from '../../../src/checks/train-serve-skew/log-age.ts';

export const day = (date: string) => new Date(`${date}T09:00:00Z`);

export const logs = (more: Partial<CommittedServing>): CommittedServing => ({
  kind: 'committed',
  role: 'predictions',
  path: 'predictions/serving-log.csv',
  loggedAt: day('2026-11-02'),
  ...more,
});

/** The serving code: each file with the day of its last commit (null: git has none). */
export const code = (
  files: [string, string | null][],
  origin = 'steps.serve.inputs',
): ServingCode => ({
  origin,
  patterns: ['serve.mjs', 'serving/*.mjs'],
  files: files.map(([path, at]) => ({ path, changedAt: at === null ? null : day(at) })),
});
