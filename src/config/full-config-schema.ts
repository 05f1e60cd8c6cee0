/**
 * mlgate.yml's schema with every check's entry in full: what the JSON Schema
 * (src/config/config-json-schema.ts) and the README's config reference are
 * written from, and what tests read keys from. A config's parse builds only
 * the entries it names (src/config/parse-config.ts), so the gate does not load this.
 */
import { configSchemaFor } from './config-schema.ts';

export const configSchema = configSchemaFor('all');
