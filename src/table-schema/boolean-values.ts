/**
 * The spellings a Table Schema boolean field accepts when its descriptor names
 * none (Frictionless: `trueValues`, `falseValues`). Apart from the schema's
 * parser, so that code which only reads parsed schemas (validation, drift)
 * does not load the parser's zod and yaml.
 */
export const defaultTrueValues = ['true', 'True', 'TRUE', '1'];
export const defaultFalseValues = ['false', 'False', 'FALSE', '0'];
