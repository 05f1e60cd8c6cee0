import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { cruise, type IForbiddenRuleType, type IViolation } from 'dependency-cruiser';
import { describe, it } from 'vitest';

const require = createRequire(import.meta.url);
const { forbidden } = require('../../.dependency-cruiser.cjs') as {
  forbidden: IForbiddenRuleType[];
};

async function violations(baseDir: string): Promise<IViolation[]> {
  const result = await cruise(['src'], {
    baseDir,
    ruleSet: { forbidden },
    validate: true,
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
  });
  if (typeof result.output === 'string') throw new Error('expected the cruise result as an object');
  return result.output.summary.violations;
}

/** docs/architecture.md: the folders of src/ form layers; `npm run layers` enforces them. */
describe('the layering rules', () => {
  it('fail on a core folder that imports one above it, and on the cycle it makes', async () => {
    const found = await violations('test/fixtures/layering');
    const names = found.map((v) => `${v.rule.name} ${v.from} → ${v.to}`).sort();
    assert.ok(
      names.includes('layer-statistics src/statistics/mean.ts → src/engine/run-checks.ts'),
      names.join('\n'),
    );
    assert.ok(
      found.some((v) => v.rule.name === 'no-circular'),
      names.join('\n'),
    );
    // The allowed direction, engine → statistics, is not itself a layering error.
    assert.ok(!names.some((n) => n.startsWith('layer-engine')), names.join('\n'));
  });
});
