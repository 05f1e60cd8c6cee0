/**
 * The query-source pages show complete setups; each must work as written:
 * every `mlgate.yml` block parses with mlgate's own config parser, and every
 * workflow's `connections` lines are the NAME=URL lines the action reads and
 * give the names the config's `connection: {input: …}` uses.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'vitest';
import { parseConfig } from '../../src/config/parse-config.ts';
import { parseActionInputs } from '../../src/inputs/action-inputs.ts';

const root = path.resolve(import.meta.dirname, '../..');
const pages = [
  'README.md',
  'docs/query-sources.md',
  ...readdirSync(path.join(root, 'docs/engines')).map((file) => `docs/engines/${file}`),
];
const yamlBlocks = (text: string) =>
  [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!);
const isConfig = (block: string) =>
  /^(version: 1\n)?checks:/m.test(block) && !/^\s+- uses:/m.test(block);

/** The `connections` input a workflow block gives the mlgate step, as the action parses it. */
function connectionNames(block: string): string[] {
  const lines = /^( *)connections: \|\n((?:\1 +\S.*\n?)+)/m.exec(block)?.[2] ?? '';
  const text = lines.replace(/\$\{\{[^}]*\}\}/g, 'secret');
  const inputs = parseActionInputs((name) =>
    name === 'connections' ? text : (defaults[name] ?? ''),
  );
  assert.ok(inputs.success, inputs.error?.message);
  return Object.keys(inputs.data.connections);
}

const defaults: Record<string, string> = {
  config: '.github/mlgate.yml',
  comment: 'update',
  'comment-key': 'default',
  'working-directory': '.',
  'allow-commands-on-privileged-events': 'false',
  mode: 'gate',
  artifact: 'upload',
  'check-run': 'create',
  issue: 'off',
};

describe.each(pages)('%s', (page) => {
  const text = readFileSync(path.join(root, page), 'utf8');
  const configs = yamlBlocks(text).filter((block) => /engine: /.test(block) && isConfig(block));

  it('has mlgate.yml examples that parse', () => {
    assert.ok(configs.length > 0, 'the page shows a config with a query source');
    for (const block of configs) {
      const config = block.startsWith('version:') ? block : `version: 1\n${block}`;
      const parsed = parseConfig(config);
      assert.ok(
        parsed.ok,
        `${page}:\n${block}\n${parsed.ok ? '' : JSON.stringify(parsed.errors, null, 2)}`,
      );
    }
  });

  it('fills every connection its config names from the workflow', () => {
    const workflows = yamlBlocks(text).filter((block) => /connections: \|/.test(block));
    if (workflows.length === 0) return;
    const named = new Set(
      configs.flatMap((block) => [...block.matchAll(/input: (\w+)/g)].map((m) => m[1])),
    );
    const given = new Set(workflows.flatMap(connectionNames));
    assert.deepEqual(
      [...named].filter((name) => !given.has(name!)),
      [],
    );
  });
});
