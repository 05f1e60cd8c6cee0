import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const moduleUrl = new URL('../../src/io/tier-up-delay.ts', import.meta.url).href;

/**
 * V8's optimization status of a small function after a child process calls it
 * `calls` times, with the tier-up delayed or not. Bits from V8's
 * src/runtime/runtime.h (OptimizationStatus): 16 optimized, 32 Maglev, 64 Turbofan.
 */
function optimizedAfter(calls: number, delayed: boolean): boolean {
  const script = `
    import { delayTierUp } from ${JSON.stringify(moduleUrl)};
    if (${delayed}) delayTierUp();
    const f = new Function('a', 'b', 'return a * b + 1;');
    let sum = 0;
    for (let i = 0; i < ${calls}; i++) sum += f(i, 2);
    console.log(sum > 0 ? eval('%GetOptimizationStatus(f)') : -1);
  `;
  // Compiled on the calling thread, so that the status does not depend on a second thread's timing.
  const flags = ['--allow-natives-syntax', '--no-concurrent-recompilation'];
  const child = spawnSync(process.execPath, [...flags, '--input-type=module', '-e', script], {
    encoding: 'utf8',
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
  });
  expect(child.stderr).toBe('');
  const status = Number(child.stdout.trim());
  expect(status).toBeGreaterThan(0);
  return (status & (16 | 32 | 64)) !== 0;
}

describe('delaying the tier-up', () => {
  it('leaves a function called 2,000 times unoptimized, which V8 alone optimizes', () => {
    // 2,000 calls are five times V8's Maglev count of 400 and half the delayed 4,000.
    expect(optimizedAfter(2000, false)).toBe(true);
    expect(optimizedAfter(2000, true)).toBe(false);
  });

  it('still optimizes a function that runs long enough to matter', () => {
    expect(optimizedAfter(50_000, true)).toBe(true);
  });
});
