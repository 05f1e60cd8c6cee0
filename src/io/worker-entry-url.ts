/**
 * Where a worker thread's code is. From the sources it is the given .ts module;
 * from the bundle it is the dedicated entry `dist/<name>.js` that
 * scripts/bundle.ts builds, found next to the calling chunk or one level up
 * (dist/chunks/ → dist/). A worker that loaded the chunk of the whole engine
 * would cost more memory, and one that loaded an entry point would run it.
 */
import { existsSync } from 'node:fs';

export function workerEntryUrl(callerUrl: string, sourceModule: string, bundleName: string): URL {
  const here = new URL(callerUrl);
  if (here.pathname.endsWith('.ts')) return new URL(sourceModule, here);
  for (const candidate of [`./${bundleName}.js`, `../${bundleName}.js`]) {
    const url = new URL(candidate, here);
    if (existsSync(url)) return url;
  }
  throw new Error(
    `the worker entry ${bundleName}.js is missing next to ${here.pathname}; rebuild dist/ with npm run bundle`,
  );
}
