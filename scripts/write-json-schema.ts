/**
 * Writes schema/mlgate.schema.json from the zod schema of mlgate.yml, so that
 * editors (YAML language server) autocomplete and check the file.
 * `node scripts/write-json-schema.ts --check` fails when the committed file is stale.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { configJsonSchema } from '../src/config/config-json-schema.ts';

const target = 'schema/mlgate.schema.json';
const fresh = `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
if (process.argv.includes('--check')) {
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== fresh) {
    process.stderr.write(`${target} is stale: run \`npm run schema\` and commit it\n`);
    process.exitCode = 1;
  }
} else {
  await writeFile(target, fresh);
}
