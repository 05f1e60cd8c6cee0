/**
 * Values out of bounds: numbers below a minimum, above a maximum or off a step,
 * and strings or lists too short or too long. The fix names the bound, and for
 * strings and lists shows an example when the schema has one.
 */
import type * as z from 'zod';
import type { ConfigErrorText } from '../model/config-error.ts';
import { describeValue } from './describe-value.ts';
import { type IssueSite, siteExample } from './issue-site.ts';
import { yamlEntry } from './yaml-snippet.ts';

type BoundIssue = z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig | z.core.$ZodIssueNotMultipleOf;

export function explainBound(issue: BoundIssue, site: IssueSite): ConfigErrorText {
  if (issue.code === 'not_multiple_of') return offStep(issue);
  const small = issue.code === 'too_small';
  const bound = Number(small ? issue.minimum : issue.maximum);
  switch (issue.origin) {
    case 'number':
    case 'int':
    case 'bigint': {
      const strict = issue.inclusive === false;
      const sign = small ? (strict ? '>' : '≥') : strict ? '<' : '≤';
      const what = `${issue.origin === 'number' ? 'a number' : 'a whole number'} ${sign} ${bound}`;
      return {
        message: issue.message || `expected ${what}, got ${describeValue(issue.input)}`,
        fix: `use ${what}`,
      };
    }
    case 'string':
      return sized(issue, site, bound, 'character');
    case 'array':
    case 'set':
      return sized(issue, site, bound, 'entry');
    default:
      return {
        message: issue.message || `expected ${small ? 'at least' : 'at most'} ${bound}`,
        fix: `use ${small ? 'at least' : 'at most'} ${bound}`,
      };
  }
}

/** A string or list whose length is out of bounds. */
function sized(
  issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig,
  site: IssueSite,
  bound: number,
  unit: 'character' | 'entry',
): ConfigErrorText {
  const count = (n: number) =>
    `${n} ${n === 1 ? unit : unit === 'entry' ? 'entries' : 'characters'}`;
  const kind = unit === 'entry' ? 'array' : 'string';
  const example = siteExample(site, kind);
  const eg = example === undefined ? '' : `, e.g. \`${yamlEntry(site.path, example)}\``;
  if (issue.code === 'too_small' && bound === 1 && !issue.exact) {
    const empty = unit === 'entry' ? 'the list is empty' : 'the string is empty';
    return {
      message: issue.message || empty,
      fix: `${unit === 'entry' ? 'list at least one entry' : 'fill it in'}${eg}`,
    };
  }
  const limit = issue.exact ? 'exactly' : issue.code === 'too_small' ? 'at least' : 'at most';
  return {
    message:
      issue.message || `expected ${limit} ${count(bound)}, got ${describeValue(issue.input)}`,
    fix: `give ${limit} ${count(bound)}${eg}`,
  };
}

/** A number off the step: the fix offers the allowed values either side of it. */
function offStep(issue: z.core.$ZodIssueNotMultipleOf): ConfigErrorText {
  const { divisor, input } = issue;
  const message = issue.message || `expected a multiple of ${divisor}, got ${describeValue(input)}`;
  if (typeof input !== 'number') return { message, fix: `use a multiple of ${divisor}` };
  // toPrecision undoes the float noise of k × 0.1-style divisors (0.30000000000000004).
  const step = (k: number) => Number((k * divisor).toPrecision(12));
  const below = step(Math.floor(input / divisor));
  return {
    message,
    fix: `use a multiple of ${divisor}, e.g. ${below} or ${step(Math.floor(input / divisor) + 1)}`,
  };
}
