/**
 * The parameters the model was trained with, from a JSON or YAML file (at a
 * dotted key), keyed as the tuning log's values are.
 */
import { parse } from 'yaml';
import { quoteList } from '../../metrics/quote-list.ts';
import type { Cell } from '../../model/check.ts';
import { errorMessage } from '../../model/error-message.ts';
import type { Workspace } from '../../workspace/workspace.ts';
import type { HyperparameterTuningConfig } from './hyperparameter-tuning-config.ts';
import { key, valueKey } from './tuning-log.ts';

export async function chosenParams(
  workspace: Workspace,
  config: HyperparameterTuningConfig,
  names: string[],
): Promise<Map<string, string>> {
  const text = await workspace.readText(config.chosen, `${key}.chosen`);
  let document: unknown;
  try {
    document = parse(text, { schema: 'core' });
  } catch (error) {
    throw new Error(
      `${config.chosen}: not valid JSON or YAML (${errorMessage(error).split('\n')[0]})`,
    );
  }
  for (const part of config.chosen_key?.split('.') ?? []) {
    document =
      document !== null && typeof document === 'object'
        ? (document as Record<string, unknown>)[part]
        : undefined;
  }
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    throw new Error(
      `${config.chosen}: ${config.chosen_key ? `"${config.chosen_key}" is` : 'the file is'} not an object of parameters, e.g. {"C": 1.0, "class_weight": "balanced"}`,
    );
  }
  const chosen = new Map<string, string>();
  for (const [name, value] of Object.entries(document)) {
    if (!names.includes(name)) {
      throw new Error(
        `${config.chosen}: parameter "${name}" is not in the tuning log, which has ${quoteList(names)}`,
      );
    }
    if (value !== null && typeof value === 'object') {
      throw new Error(
        `${config.chosen}: parameter "${name}" is an object; give its value as in the tuning log`,
      );
    }
    chosen.set(name, valueKey(value as Cell));
  }
  return chosen;
}
