/** The `bootstrap` key of the checks that compare two models on paired rows. */
import * as z from 'zod';

export const bootstrapConfig = z
  .strictObject({
    resamples: z
      .int({ error: 'resamples is a whole number' })
      .min(1000, { error: 'use at least 1000 resamples for a stable interval' })
      .max(100_000, { error: 'at most 100000 resamples' })
      .default(1000)
      .describe('How many resamples of the paired rows.'),
    confidence: z
      .number({ error: 'confidence is a level such as 0.95' })
      .min(0.5, { error: 'confidence is at least 0.5' })
      .max(0.999, { error: 'confidence is at most 0.999' })
      .default(0.95)
      .describe('Two-sided level of the percentile interval.'),
    seed: z
      .int({ error: 'seed is a whole number' })
      .default(1)
      .describe('Seed of the resampling: the same seed gives the same interval.'),
  })
  .default({ resamples: 1000, confidence: 0.95, seed: 1 })
  .describe('Paired bootstrap of the difference between the two models, resampling rows.');
