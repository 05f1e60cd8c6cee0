/** Default accuracy settings of a profile and the probabilities its quantiles are given at. */
import type { ProfileSettings } from './profile-types.ts';

export const defaultProfileSettings: ProfileSettings = {
  sketchSize: 1024,
  categoryLimit: 1000,
  hllPrecision: 12,
  histogramBins: 20,
};

/** Percentiles a reviewer reads, plus every decile (drift cuts PSI bins at the reference deciles). */
export const quantileProbabilities: readonly number[] = [
  0, 0.01, 0.05, 0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.9, 0.95, 0.99, 1,
];
