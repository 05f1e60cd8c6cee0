/**
 * Assembles mlgate's WebAssembly with wabt and writes each module, base64, into
 * a TypeScript file beside its .wat, which the bundle carries as text:
 * the CSV fast lane's loop (src/formats/csv-lane.wat) and the Smirnov band's
 * recursion (src/statistics/smirnov-band.wat). `--check` fails when one is stale.
 */
import { readFile, writeFile } from 'node:fs/promises';
import wabt from 'wabt';

const modules = [
  { wat: 'src/formats/csv-lane.wat', name: 'csvLaneWasm', what: "The CSV fast lane's loop" },
  {
    wat: 'src/statistics/smirnov-band.wat',
    name: 'smirnovBandWasm',
    what: "The two-sample Smirnov distribution's recursion",
  },
];

const assembler = await wabt();
const stale: string[] = [];
for (const { wat, name, what } of modules) {
  const target = wat.replace(/\.wat$/, '-wasm.ts');
  const file = wat.split('/').pop();
  const module = assembler.parseWat(
    file!,
    await readFile(new URL(`../${wat}`, import.meta.url), 'utf8'),
  );
  module.validate();
  const { buffer } = module.toBinary({ write_debug_names: false });
  module.destroy();
  const text = `/**
 * ${what} as WebAssembly (${buffer.length} bytes), assembled from
 * ${file} by scripts/write-wasm.ts (\`npm run wasm\`): edit the .wat, not this.
 */
export const ${name} =
  '${Buffer.from(buffer).toString('base64')}';
`;
  const path = new URL(`../${target}`, import.meta.url);
  if (!process.argv.includes('--check')) await writeFile(path, text);
  else if ((await readFile(path, 'utf8').catch(() => '')) !== text) stale.push(target);
}
if (stale.length > 0) {
  process.stderr.write(`${stale.join(', ')} stale: run npm run wasm\n`);
  process.exit(1);
}
