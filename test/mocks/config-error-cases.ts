/**
 * Table-driven tests of mlgate.yml errors: each bad config must produce a
 * message matching `expected`, formatted as users see it (file:line: `key`: …).
 */
import assert from 'node:assert/strict';
import { it } from 'vitest';
import { formatConfigError } from '../../src/config/format-config-error.ts';
import { parseConfig } from '../../src/config/parse-config.ts';

export interface ConfigErrorCase {
  name: string;
  yaml: string;
  expected: RegExp;
}

export function itRejectsEachConfig(cases: readonly ConfigErrorCase[]): void {
  for (const { name, yaml, expected } of cases) {
    it(`rejects ${name}`, () => {
      const parsed = parseConfig(yaml);
      assert.equal(parsed.ok, false, 'the config was accepted');
      const messages = parsed.ok ? [] : parsed.errors.map((e) => formatConfigError(e));
      assert.ok(
        messages.some((m) => expected.test(m)),
        `expected ${expected} among:\n${messages.join('\n')}`,
      );
    });
  }
}
