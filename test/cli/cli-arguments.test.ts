import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import {
  parseOrUsage,
  tableReadArguments,
  wholeNumberArgument,
} from '../../src/cli/cli-arguments.ts';
import { CliUsageError } from '../../src/cli/cli-usage-error.ts';

describe('CLI arguments', () => {
  it('turns reader options into TableReadOptions', () => {
    assert.deepEqual(
      tableReadArguments({ 'input-format': 'jsonl', delimiter: ';', 'missing-values': ',NA' }),
      { format: 'jsonl', delimiter: ';', missingValues: ['', 'NA'] },
    );
    assert.deepEqual(tableReadArguments({}), {});
  });

  for (const [name, values, message] of [
    [
      'an unknown input format',
      { 'input-format': 'xlsx' },
      /--input-format must be csv, jsonl or parquet, not "xlsx"/,
    ],
    ['a two-character delimiter', { delimiter: ';;' }, /--delimiter is one character/],
  ] as const) {
    it(`refuses ${name} with a usage error`, () => {
      assert.throws(
        () => tableReadArguments(values),
        (error: Error) => {
          assert.ok(error instanceof CliUsageError);
          assert.match(error.message, message);
          return true;
        },
      );
    });
  }

  it('reads whole numbers and refuses fractions, negatives and text', () => {
    assert.equal(wholeNumberArgument('limit', undefined, 20, 0), 20);
    assert.equal(wholeNumberArgument('limit', '7', 20, 0), 7);
    for (const text of ['1.5', '-1', 'ten', '']) {
      assert.throws(
        () => wholeNumberArgument('limit', text, 20, 0),
        /--limit must be a whole number ≥ 0/,
      );
    }
  });

  it('adds the usage to whatever parseArgs complains about', () => {
    assert.throws(
      () =>
        parseOrUsage(() => {
          throw new TypeError("Unknown option '--bogus'");
        }, 'usage: mlgate x'),
      /Unknown option '--bogus'\nusage: mlgate x/,
    );
  });
});
