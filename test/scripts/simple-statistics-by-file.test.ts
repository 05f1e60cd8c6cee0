/**
 * simple-statistics bundled from its per-function files
 * (scripts/simple-statistics-by-file.ts): a bundle importing `gammaln` keeps
 * that function and leaves out the normal table the one-file build fills when
 * it loads; without the plugin the table is there, so the test can tell.
 */
import assert from 'node:assert/strict';
import { build, type Plugin } from 'esbuild';
import { describe, it } from 'vitest';
import { simpleStatisticsByFile } from '../../scripts/simple-statistics-by-file.ts';

async function bundled(plugins: Plugin[]): Promise<string> {
  const { outputFiles } = await build({
    stdin: {
      contents: "import { gammaln } from 'simple-statistics'; console.log(gammaln(4.5));",
      resolveDir: process.cwd(),
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
    plugins,
  });
  return outputFiles[0]!.text;
}

describe('simpleStatisticsByFile', () => {
  it('bundles gammaln without the table filled at load', async () => {
    const code = await bundled([simpleStatisticsByFile]);
    assert.match(code, /function gammaln\(/);
    assert.match(code, /simple-statistics\/src\/gammaln\.js/);
    assert.doesNotMatch(code, /standardNormalTable/);
  });

  it('is what leaves the table out', async () => {
    assert.match(await bundled([]), /standardNormalTable/);
  });

  it("keeps only what is imported: the package's models are left out", async () => {
    const code = await bundled([simpleStatisticsByFile]);
    assert.doesNotMatch(code, /BayesianClassifier|PerceptronModel/);
  });
});
