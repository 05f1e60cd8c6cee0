/** The JSON Schema of mlgate.yml, derived from the zod schema (the input side: defaults optional). */
import * as z from 'zod';
import { configSchema } from './full-config-schema.ts';

export function configJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://github.com/mlgate/mlgate/schema/mlgate.schema.json',
    title: 'mlgate.yml',
  };
}
