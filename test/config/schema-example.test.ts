import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import * as z from 'zod';
import { configSchema } from '../../src/config/full-config-schema.ts';
import { type AnySchema, defOf, schemasAt } from '../../src/config/schema-at-path.ts';
import { descriptionOf, exampleOf } from '../../src/config/schema-example.ts';

describe('exampleOf', () => {
  it('takes the example from the schema: meta, default, enum, literal', () => {
    assert.equal(
      exampleOf(
        z
          .string()
          .meta({ examples: ['@ml-team'] })
          .optional(),
      ),
      '@ml-team',
    );
    assert.equal(exampleOf(z.number().default(5)), 5);
    assert.equal(exampleOf(z.enum(['warn', 'fail'])), 'warn');
    assert.equal(exampleOf(z.literal(1)), 1);
    assert.equal(exampleOf(z.string()), undefined);
  });

  it('shows no empty default: `{}` or `[]` tells nothing', () => {
    assert.equal(exampleOf(z.array(z.string()).default([])), undefined);
    assert.equal(exampleOf(z.record(z.string(), z.number()).default({})), undefined);
  });

  it('builds objects from their required keys and lists from their element', () => {
    const rule = z.strictObject({
      name: z.string().meta({ examples: ['age'] }),
      severity: z.enum(['fail', 'warn']),
      note: z.string().optional(),
    });
    assert.deepEqual(exampleOf(rule), { name: 'age', severity: 'fail' });
    assert.deepEqual(exampleOf(z.array(rule)), [{ name: 'age', severity: 'fail' }]);
    assert.equal(exampleOf(z.strictObject({ name: z.string() })), undefined);
  });

  it('keeps to the kind an issue expected, through unions', () => {
    const file = z.union([
      z.string().meta({ examples: ['data/train.csv'] }),
      z.strictObject({ path: z.string() }).meta({ examples: [{ path: 'data/train.csv' }] }),
    ]);
    assert.equal(exampleOf(file, 'string'), 'data/train.csv');
    assert.deepEqual(exampleOf(file, 'object'), { path: 'data/train.csv' });
    assert.equal(exampleOf(z.number().default(5), 'string'), undefined);
  });

  it('finds the examples of mlgate.yml at a path', () => {
    const [waiver] = schemasAt(configSchema, ['waivers', 0]);
    assert.ok(waiver);
    assert.deepEqual(exampleOf(waiver), {
      check: 'numerical_stability',
      reason: 'known label noise, fixed by the next data release',
      owner: '@ml-team',
      expires: '2026-12-31',
    });
  });
});

describe('descriptionOf', () => {
  it('is the first sentence, lower-cased to go inside a sentence, from any wrapper', () => {
    const key = z.string().describe('Who answers for this waiver. Shown in the report.').optional();
    assert.equal(descriptionOf(key), 'who answers for this waiver');
    assert.equal(descriptionOf(z.string().describe('CODEOWNERS file.')), 'CODEOWNERS file');
    assert.equal(descriptionOf(z.string()), undefined);
  });
});

/** Every schema inside mlgate.yml's that declares examples, found through wrappers and containers. */
function schemasWithExamples(schema: AnySchema, seen = new Set<AnySchema>()): AnySchema[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema);
  const children = [
    def.innerType,
    def.in,
    def.keyType,
    def.valueType,
    def.element,
    ...(def.options ?? []),
    ...Object.values(def.shape ?? {}),
  ].filter((child) => child !== undefined);
  const own = z.globalRegistry.get(schema)?.examples === undefined ? [] : [schema];
  return [...own, ...children.flatMap((child) => schemasWithExamples(child, seen))];
}

describe('the examples mlgate.yml declares', () => {
  it('each pass the schema they are declared on', () => {
    const declared = schemasWithExamples(configSchema);
    assert.ok(declared.length >= 10, `only ${declared.length} schemas declare examples`);
    for (const schema of declared) {
      for (const example of (z.globalRegistry.get(schema)?.examples ?? []) as unknown[]) {
        const result = z.safeParse(schema, example);
        assert.ok(result.success, `${JSON.stringify(example)}: ${result.error?.message}`);
      }
    }
  });
});
