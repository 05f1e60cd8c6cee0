import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const moduleUrl = new URL('../../src/io/young-generation.ts', import.meta.url).href;

type Setting = 'default' | 'small' | 'small, then grow';

/** The young generation's size (MB) after a child process keeps 400,000 small objects. */
function newSpaceAfterKeeping(setting: Setting): number {
  const script = `
    import { getHeapSpaceStatistics } from 'node:v8';
    import { keepYoungGenerationSmall, letYoungGenerationGrow } from ${JSON.stringify(moduleUrl)};
    const setting = ${JSON.stringify(setting)};
    if (setting !== 'default') keepYoungGenerationSmall();
    if (setting === 'small, then grow') letYoungGenerationGrow();
    const kept = [];
    for (let i = 0; i < 400000; i++) kept.push({ i, text: 'row ' + i });
    const space = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    console.log(kept.length === 400000 ? space.space_size / 1048576 : -1);
  `;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
  });
  expect(child.stderr).toBe('');
  return Number(child.stdout.trim());
}

describe('the young generation', () => {
  it('stays at its starting size once kept small, and grows again when let', () => {
    // By default V8 doubles the semi-spaces (32 MB in all on Node 24 for this loop);
    // kept small they stay near their starting size (1 to 3 MB in 40 runs on a loaded
    // machine). The bounds leave room either side for V8's timing-dependent choices.
    expect(newSpaceAfterKeeping('default')).toBeGreaterThanOrEqual(16);
    expect(newSpaceAfterKeeping('small')).toBeLessThanOrEqual(8);
    expect(newSpaceAfterKeeping('small, then grow')).toBeGreaterThanOrEqual(16);
  });
});
