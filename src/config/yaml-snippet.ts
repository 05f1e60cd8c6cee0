/** Values as one line of YAML, the way messages show what to write: `max_model_age_days: {warn: 30, fail: 90}`. */
import { stringify } from 'yaml';

export function yamlValue(value: unknown): string {
  return stringify(value, {
    collectionStyle: 'flow',
    flowCollectionPadding: false,
    lineWidth: 0,
  }).trimEnd();
}

/** `key: value` for the last key of the path; `- value` for a list item; the value alone at the root. */
export function yamlEntry(path: readonly PropertyKey[], value: unknown): string {
  const last = path.at(-1);
  if (last === undefined) return yamlValue(value);
  return typeof last === 'number'
    ? `- ${yamlValue(value)}`
    : `${String(last)}: ${yamlValue(value)}`;
}
