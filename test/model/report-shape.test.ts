/**
 * The report's shape is written twice: as TypeScript types (src/model/) that
 * mlgate builds the report with, and as the zod schema publish mode validates
 * the untrusted artifact with (src/github/untrusted-report.ts), which adds the
 * bounds. `tsc --noEmit` checks these assertions: a field added, dropped, made
 * optional or typed differently on one side only fails the type check.
 */
import { expectTypeOf, test } from 'vitest';
import type * as z from 'zod';
import type { untrustedReportSchema } from '../../src/github/untrusted-report.ts';
import type { Report } from '../../src/model/report-model.ts';

type Untrusted = z.infer<typeof untrustedReportSchema>;

test('the untrusted report schema accepts exactly the Report type', () => {
  expectTypeOf<Untrusted>().toEqualTypeOf<Report>();
});

// One assertion per field as well: a mismatch deep inside is then reported at its field.
test('each field of the schema has the type of the field of Report', () => {
  expectTypeOf<Untrusted['event']>().toEqualTypeOf<Report['event']>();
  expectTypeOf<Untrusted['verdict']>().toEqualTypeOf<Report['verdict']>();
  expectTypeOf<Untrusted['score']>().toEqualTypeOf<Report['score']>();
  expectTypeOf<Untrusted['checks']>().toEqualTypeOf<Report['checks']>();
  expectTypeOf<Untrusted['checks'][number]['instance']>().toEqualTypeOf<
    Report['checks'][number]['instance']
  >();
  expectTypeOf<Untrusted['waivers']>().toEqualTypeOf<Report['waivers']>();
  expectTypeOf<Untrusted['configErrors']>().toEqualTypeOf<Report['configErrors']>();
});
