import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const moduleUrl = new URL('../../src/io/young-generation.ts', import.meta.url).href;

/** The young generation's size (MB) after a child process keeps 400,000 small objects. */
function newSpaceAfterKeeping(keepSmall: boolean): number {
  const script = `
    import { getHeapSpaceStatistics } from 'node:v8';
    import { keepYoungGenerationSmall } from ${JSON.stringify(moduleUrl)};
    if (${keepSmall}) keepYoungGenerationSmall();
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

describe('keepYoungGenerationSmall', () => {
  it('stops V8 from growing the young generation when objects survive', () => {
    // Without it V8 doubles the semi-spaces (32 MB in all on Node 24 for this loop);
    // with it they stay at their starting size (2 MB).
    const grown = newSpaceAfterKeeping(false);
    const kept = newSpaceAfterKeeping(true);
    expect(grown).toBeGreaterThanOrEqual(8);
    expect(kept).toBeLessThanOrEqual(4);
  });
});
