import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { parseConfig } from '../../src/config/parse-config.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const example = /## Several models or feeds[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1];

describe('the README example of named instances', () => {
  it('is a valid mlgate.yml with two instances of each check', () => {
    assert.ok(example, 'README.md has a yaml block under "Several models or feeds"');
    const parsed = parseConfig(example);
    assert.ok(parsed.ok, parsed.ok ? '' : JSON.stringify(parsed.errors));
    const { drift, model_quality } = parsed.config.checks;
    assert.deepEqual(
      [drift, model_quality].map((entry) =>
        Array.isArray(entry) ? entry.map((instance) => instance.name) : entry,
      ),
      [
        ['serving-eu', 'serving-us'],
        ['churn', 'upsell'],
      ],
    );
  });
});
