/**
 * What to say when a check is given a list of configurations: each check takes
 * one object today. Kept in one place so that the day a check accepts a list,
 * this is the one message to change.
 */
import type { ConfigErrorText } from '../model/config-error.ts';
import { describeValue } from './describe-value.ts';
import { yamlEntry } from './yaml-snippet.ts';

/** A list under `checks.<id>`, where the check takes one object. */
export function listForOneCheck(check: string, entries: readonly unknown[]): ConfigErrorText {
  const first = entries.find((entry) => typeof entry === 'object' && entry !== null);
  const keep = first === undefined ? '' : `, e.g. \`${yamlEntry([check], first)}\``;
  return {
    message: `${describeValue(entries)}, but \`${check}\` takes one object today`,
    fix: `keep one configuration (merge the entries into it)${keep}`,
  };
}
