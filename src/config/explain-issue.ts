/**
 * One zod issue of mlgate.yml as what is wrong (`message`) and what to write
 * instead (`fix`). The message is the schema's own when it has one; otherwise
 * it states what was expected and what the file holds. The fix comes from the
 * schema at the issue's path: its examples, defaults and allowed values.
 */
import type * as z from 'zod';
import type { ConfigErrorText } from '../model/config-error.ts';
import { didYouMean } from '../model/did-you-mean.ts';
import { describeKind, describeValue } from './describe-value.ts';
import { explainBound } from './explain-bound.ts';
import { type IssueSite, siteExample } from './issue-site.ts';
import { alternativesOf, defOf } from './schema-at-path.ts';
import { allowedValues, descriptionOf, exampleOf } from './schema-example.ts';
import { yamlEntry, yamlValue } from './yaml-snippet.ts';

/**
 * Issues that hold other issues (unions that got somewhere, record keys, map
 * elements) and unknown keys are taken apart by the caller; this explains one
 * issue at one place. The config is parsed with `reportInput`, so an `input`
 * of undefined means the key is missing.
 */
export function explainIssue(issue: z.core.$ZodIssue, site: IssueSite): ConfigErrorText {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? required(issue.message, site) : wrongType(issue, site);
    case 'invalid_value':
      return issue.input === undefined ? required(issue.message, site) : notAllowed(issue, site);
    case 'invalid_union':
      return issue.input === undefined ? required(issue.message, site) : noAlternative(issue, site);
    case 'too_small':
    case 'too_big':
    case 'not_multiple_of':
      return explainBound(issue, site);
    case 'invalid_format':
      return badFormat(issue, site);
    case 'custom': {
      // Refinements hand over their fix as `params.fix` (src/config/config-schema.ts).
      const fix: unknown = issue.params?.fix;
      if (typeof fix === 'string') return { message: issue.message, fix };
      // A refinement's message says what to do; an example helps where the value is structured,
      // in the shape the user wrote (one configuration of a check, not the list form).
      const example = siteExample(site, Array.isArray(issue.input) ? 'array' : 'object');
      return typeof example === 'object' && example !== null
        ? { message: issue.message, fix: `e.g. \`${yamlEntry(site.path, example)}\`` }
        : { message: issue.message };
    }
    default:
      return { message: issue.message || 'not valid here' };
  }
}

/** A missing key: the schema's own message if it wrote one for this, and how to add the key. */
function required(message: string, site: IssueSite): ConfigErrorText {
  const key = site.path.at(-1);
  const description = site.schemas.map(descriptionOf).find((text) => text !== undefined);
  const allowed = site.schemas.flatMap(allowedValues);
  const example = siteExample(site);
  const what =
    allowed.length > 1
      ? `, one of ${allowed.map(yamlValue).join(', ')}`
      : example !== undefined
        ? `, e.g. \`${yamlEntry(site.path, example)}\``
        : `, as ${kindsAt(site).join(' or ')}`;
  const add = `add ${typeof key === 'string' ? `\`${key}\`` : 'it'}${description ? `: ${description}` : ''}${what}`;
  return message
    ? { message, fix: `it is required: ${add}` }
    : { message: 'required, but missing', fix: add };
}

/** The kinds of value the schemas at the site accept, in words: `a string`, `an object (…)`. */
function kindsAt(site: IssueSite): string[] {
  const options = site.schemas.flatMap(alternativesOf);
  return [...new Set(options.map((option) => describeKind(defOf(option).type)))];
}

function wrongType(issue: z.core.$ZodIssueInvalidType, site: IssueSite): ConfigErrorText {
  const { path } = site;
  const message =
    issue.message || `expected ${describeKind(issue.expected)}, got ${describeValue(issue.input)}`;
  const example = converted(issue.input, issue.expected) ?? siteExample(site, issue.expected);
  return {
    message,
    fix:
      example === undefined
        ? `write ${describeKind(issue.expected)}`
        : `write it like \`${yamlEntry(path, example)}\``,
  };
}

const yamlBooleans: Record<string, boolean> = { true: true, false: false, yes: true, no: false };

/**
 * The user's own value as the kind expected, when the slip is a matter of
 * notation: a quoted number, `yes` for true, 2.5 where a whole number goes, one
 * name or one object where a list is needed.
 */
function converted(input: unknown, expected: string): unknown {
  switch (expected) {
    case 'string':
      return typeof input === 'number' || typeof input === 'boolean' ? String(input) : undefined;
    case 'number':
    case 'int': {
      const text = typeof input === 'string' && input.trim() !== '' ? Number(input) : Number.NaN;
      const number = typeof input === 'number' ? Math.round(input) : text;
      const fits = expected === 'int' ? Number.isInteger(number) : Number.isFinite(number);
      return fits ? number : undefined;
    }
    case 'boolean':
      return typeof input === 'string' ? yamlBooleans[input.toLowerCase()] : undefined;
    case 'array':
      return input === null ? undefined : [input];
    default:
      return undefined;
  }
}

function notAllowed(issue: z.core.$ZodIssueInvalidValue, site: IssueSite): ConfigErrorText {
  const shown = issue.values.map((value) => yamlValue(value));
  const got = describeValue(issue.input);
  if (issue.values.length === 1) {
    return {
      message: issue.message || `expected ${shown[0]}, got ${got}`,
      fix: `write \`${yamlEntry(site.path, issue.values[0])}\``,
    };
  }
  const names = issue.values.filter((value) => typeof value === 'string');
  const suggestion = typeof issue.input === 'string' ? didYouMean(issue.input, names) : undefined;
  return {
    message: issue.message || `expected one of ${shown.join(', ')}, got ${got}`,
    fix: suggestion
      ? `did you mean \`${suggestion}\`? (allowed: ${shown.join(', ')})`
      : `use one of: ${shown.join(', ')}`,
  };
}

/** A value no alternative of a union accepts, and no alternative came closer than another. */
function noAlternative(issue: z.core.$ZodIssueInvalidUnion, site: IssueSite): ConfigErrorText {
  const options = site.schemas.flatMap(alternativesOf);
  const kinds = kindsAt(site);
  const examples = options
    .map((option) => exampleOf(option))
    .filter((example) => example !== undefined)
    .map((example) => `\`${yamlEntry(site.path, example)}\``);
  return {
    message: issue.message || `expected ${kinds.join(' or ')}, got ${describeValue(issue.input)}`,
    fix:
      examples.length > 0
        ? `write it like ${[...new Set(examples)].join(' or ')}`
        : `write ${kinds.join(' or ')}`,
  };
}

function badFormat(issue: z.core.$ZodIssueInvalidStringFormat, site: IssueSite): ConfigErrorText {
  const expected = formatInWords(issue);
  const example = siteExample(site, 'string');
  return {
    message: issue.message || `expected ${expected}, got ${describeValue(issue.input)}`,
    fix:
      example === undefined
        ? `write ${expected}`
        : `write it like \`${yamlEntry(site.path, example)}\``,
  };
}

function formatInWords(issue: z.core.$ZodIssueInvalidStringFormat): string {
  const part = (name: string) =>
    JSON.stringify((issue as unknown as Record<string, unknown>)[name]);
  switch (issue.format) {
    case 'regex':
      return `a string matching ${issue.pattern}`;
    case 'starts_with':
      return `a string starting with ${part('prefix')}`;
    case 'ends_with':
      return `a string ending with ${part('suffix')}`;
    case 'includes':
      return `a string containing ${part('includes')}`;
    default:
      return `a valid ${issue.format}`;
  }
}
