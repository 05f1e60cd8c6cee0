/**
 * Assembles the CSV fast lane's WebAssembly (src/formats/csv-lane.wat) with
 * wabt and writes it, base64, into src/formats/csv-lane-wasm.ts, which the
 * bundle carries as text. `--check` fails when that file is stale.
 */
import { readFile, writeFile } from 'node:fs/promises';
import wabt from 'wabt';

const source = new URL('../src/formats/csv-lane.wat', import.meta.url);
const target = new URL('../src/formats/csv-lane-wasm.ts', import.meta.url);

const assembler = await wabt();
const module = assembler.parseWat('csv-lane.wat', await readFile(source, 'utf8'));
module.validate();
const { buffer } = module.toBinary({ write_debug_names: false });
module.destroy();
const text = `/**
 * The CSV fast lane's loop as WebAssembly (${buffer.length} bytes), assembled from
 * csv-lane.wat by scripts/write-lane-wasm.ts (\`npm run wasm\`): edit the .wat, not this.
 */
export const csvLaneWasm =
  '${Buffer.from(buffer).toString('base64')}';
`;

if (process.argv.includes('--check')) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== text) {
    process.stderr.write('src/formats/csv-lane-wasm.ts is stale: run npm run wasm\n');
    process.exit(1);
  }
} else {
  await writeFile(target, text);
}
