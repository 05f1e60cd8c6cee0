/**
 * zod's issues with mlgate.yml as ConfigErrors, one per thing to fix: unknown
 * keys one by one with "did you mean", a union by the alternative the user
 * evidently meant, a record key or a map element by its own issues; every
 * other issue by explainIssue, with the schema found at its path.
 */
import type * as z from 'zod';
import type { ConfigError, ConfigErrorText } from '../model/config-error.ts';
import { didYouMean } from '../model/did-you-mean.ts';
import { explainIssue } from './explain-issue.ts';
import { type AnySchema, alternativesOf, defOf, schemasAt } from './schema-at-path.ts';
import { allowedValues, exampleOf } from './schema-example.ts';
import { knownKeysAt } from './schema-keys.ts';
import { yamlValue } from './yaml-snippet.ts';

/** The file, line and key of a path into the config; line and key only when there are any. */
export type Locate = (path: readonly PropertyKey[]) => Pick<ConfigError, 'file' | 'line' | 'key'>;

type Issue = z.core.$ZodIssue;

export function configIssues(
  issues: readonly Issue[],
  schema: AnySchema,
  locate: Locate,
): ConfigError[] {
  const describe = (issue: Issue, prefix: readonly PropertyKey[]): ConfigError[] => {
    const path = [...prefix, ...issue.path];
    switch (issue.code) {
      case 'unrecognized_keys': {
        const known = knownKeysAt(schema, path);
        return issue.keys.map((key) => ({ ...locate([...path, key]), ...unknownKey(key, known) }));
      }
      case 'invalid_union': {
        const closest = closestBranch(issue);
        if (closest) return closest.flatMap((nested) => describe(nested, path));
        break;
      }
      case 'invalid_key': {
        const keys = schemasAt(schema, path.slice(0, -1)).flatMap(recordKeys);
        const key = String(path.at(-1));
        return issue.issues.map((nested) => ({ ...locate(path), ...badKey(nested, key, keys) }));
      }
      case 'invalid_element':
        return issue.issues.flatMap((nested) => describe(nested, path));
    }
    return [
      { ...locate(path), ...explainIssue(issue, { path, schemas: schemasAt(schema, path) }) },
    ];
  };
  return issues.flatMap((issue) => describe(issue, []));
}

function unknownKey(key: string, known: readonly string[]): ConfigErrorText {
  const suggestion = didYouMean(key, known);
  const fix = suggestion
    ? `did you mean \`${suggestion}\`?`
    : known.length > 0
      ? `known keys here: ${known.join(', ')}`
      : 'remove it';
  return { message: 'unknown key', fix };
}

/**
 * The issues of the alternative the user evidently meant: the one that got
 * furthest into the value, and of those the one with the fewest complaints
 * (`{path, format: xlsx}` is a table file with a bad format, not a step output
 * missing `step` and `file`). None when no alternative got anywhere, or two tie:
 * then the union's own message, listing the alternatives, says more.
 */
function closestBranch(issue: z.core.$ZodIssueInvalidUnion): Issue[] | undefined {
  const [first, second] = issue.errors
    .filter((branch) => branch.length > 0)
    .sort((a, b) => depth(b) - depth(a) || a.length - b.length);
  if (!first || depth(first) === 0) return undefined;
  const tie = second && depth(second) === depth(first) && second.length === first.length;
  return tie ? undefined : first;
}

/**
 * How far into the value a branch's issues reach; a type mismatch at the root
 * reaches nowhere, and so does a union at the root none of whose own branches
 * reach further (a query source's two forms, both refusing a number).
 */
function depth(issues: readonly Issue[]): number {
  return Math.max(
    ...issues.map((issue) => {
      if (issue.path.length > 0) return issue.path.length + 1;
      if (issue.code === 'invalid_type') return 0;
      if (issue.code === 'invalid_union') return issue.errors.every((b) => depth(b) === 0) ? 0 : 1;
      return 1;
    }),
  );
}

/** The key schemas of the records at a path. */
function recordKeys(schema: AnySchema): AnySchema[] {
  return alternativesOf(schema).flatMap((option) => {
    const { type, keyType } = defOf(option);
    return type === 'record' && keyType ? [keyType] : [];
  });
}

/** A key of a record that its key schema refuses, e.g. `data-8` among rubric test ids. */
function badKey(nested: Issue, key: string, keySchemas: readonly AnySchema[]): ConfigErrorText {
  const message = nested.message || `${JSON.stringify(key)} is not a key this accepts`;
  const allowed = keySchemas.flatMap(allowedValues).filter((v) => typeof v === 'string');
  if (allowed.length > 0) {
    const suggestion = didYouMean(key, allowed);
    const list = allowed.map(yamlValue).join(', ');
    return { message, fix: suggestion ? `did you mean \`${suggestion}\`?` : `use one of: ${list}` };
  }
  const example = keySchemas.map((s) => exampleOf(s, 'string')).find((e) => e !== undefined);
  const pattern = nested.code === 'invalid_format' ? nested.pattern : undefined;
  const fix =
    example !== undefined
      ? `rename it to a key like \`${String(example)}\``
      : pattern
        ? `rename it to match ${pattern}`
        : 'rename it';
  return { message, fix };
}
