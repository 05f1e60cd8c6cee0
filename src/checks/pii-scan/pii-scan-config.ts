import * as z from 'zod';
import { inputTableFile } from '../../config-fields/step-output.ts';
import { piiKinds } from './pii-detectors.ts';

const kind = z.enum(piiKinds, {
  error: `a kind of personal data is one of ${piiKinds.join(', ')}`,
});

export const piiScanConfig = z.strictObject({
  files: z
    .array(inputTableFile)
    .min(1, { error: 'list the data files to scan for personal data' })
    .describe(
      'Data files to scan, every cell of every column (training data, serving logs, exports).',
    ),
  kinds: z
    .array(kind)
    .min(1)
    .default([...piiKinds])
    .describe('What to look for; default: all kinds.'),
  allowed: z
    .record(z.string().min(1), z.array(kind).min(1))
    .default({})
    .describe(
      'Columns declared to hold personal data, and which kinds, e.g. {contact_email: [email]}.',
    ),
  ignore_columns: z.array(z.string().min(1)).default([]).describe('Columns not scanned at all.'),
  min_cells: z
    .int()
    .min(1)
    .default(1)
    .describe(
      'A column fails when at least this many of its cells hold a kind it is not allowed to hold.',
    ),
  max_examples: z
    .int()
    .min(1)
    .max(20)
    .default(3)
    .describe('Masked examples shown per column and kind.'),
});
export type PiiScanConfig = z.infer<typeof piiScanConfig>;
