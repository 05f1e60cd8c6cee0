/**
 * The bench's seeded generators: src/statistics/seeded-random.ts's mulberry32
 * (uniform on [0, 1)) and a standard normal by Box–Muller, so every run writes
 * the same bytes.
 */
import { seededRandom } from '../src/statistics/seeded-random.ts';

export type Random = () => number;

export const mulberry32: (seed: number) => Random = seededRandom;

export function normal(random: Random): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}
