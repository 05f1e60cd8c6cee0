/**
 * Regenerates the README's rubric mapping, config reference, and inputs and
 * outputs tables from what they describe (src/scoring/rubric.ts, the zod
 * schema of mlgate.yml, action.yml), so
 * the README can't drift from what mlgate does. `--check` fails when stale.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { markdownTable } from 'markdown-table';
import { parse } from 'yaml';
import { configJsonSchema } from '../src/config/config-json-schema.ts';
import { rubricTests, sectionTitles } from '../src/scoring/rubric.ts';

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  description?: string;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  required?: string[];
}

const code = (text: string) => `\`${text.replace(/\|/g, '\\|')}\``;

function rubricTable(): string {
  return markdownTable([
    ['test', 'section', 'title (Breck et al. 2017)', 'automated by'],
    ...rubricTests.map((t) => [
      t.id,
      sectionTitles[t.section],
      t.title,
      t.checks.length > 0 ? t.checks.map((c) => code(`checks.${c}`)).join(', ') : 'attestation',
    ]),
  ]);
}

function typeOf(schema: JsonSchema): string {
  if (schema.const !== undefined) return code(JSON.stringify(schema.const));
  if (schema.enum) return schema.enum.map((v) => code(String(v))).join(' \\| ');
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return options.map(typeOf).join(' or ');
  if (schema.type === 'array') return `list of ${schema.items ? typeOf(schema.items) : 'values'}`;
  if (schema.type === 'object' && schema.additionalProperties && !schema.properties) return 'map';
  return Array.isArray(schema.type) ? schema.type.join(' or ') : (schema.type ?? 'any');
}

function constraints(schema: JsonSchema): string {
  const parts: string[] = [];
  if (schema.minimum !== undefined) parts.push(`≥ ${schema.minimum}`);
  if (schema.maximum !== undefined) parts.push(`≤ ${schema.maximum}`);
  if (schema.pattern) parts.push(`matches ${code(schema.pattern)}`);
  return parts.join(', ');
}

function rows(schema: JsonSchema, prefix: string, required: boolean, out: string[][]): void {
  const objects = [schema, ...(schema.anyOf ?? schema.oneOf ?? [])].filter((s) => s.properties);
  if (prefix) {
    const text = [schema.description, constraints(schema)].filter(Boolean).join(' ');
    out.push([
      code(prefix),
      typeOf(schema),
      required && schema.default === undefined ? 'yes' : '',
      schema.default === undefined ? '' : code(JSON.stringify(schema.default)),
      text,
    ]);
  }
  for (const object of objects) {
    for (const [key, child] of Object.entries(object.properties ?? {})) {
      rows(child, prefix ? `${prefix}.${key}` : key, object.required?.includes(key) ?? false, out);
    }
  }
  const values = schema.additionalProperties;
  if (typeof values === 'object' && !schema.properties) {
    rows(values, `${prefix}.<${schema.propertyNames?.pattern ? 'id' : 'name'}>`, true, out);
  }
  if (schema.type === 'array' && schema.items?.properties)
    rows(schema.items, `${prefix}[]`, true, out);
}

function configTable(): string {
  const out: string[][] = [];
  rows(configJsonSchema() as JsonSchema, '', true, out);
  return markdownTable([['key', 'type', 'required', 'default', 'notes'], ...out]);
}

interface ActionYaml {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function inputsTable(action: ActionYaml): string {
  return markdownTable([
    ['input', 'default', 'what it does'],
    ...Object.entries(action.inputs).map(([name, input]) => [
      code(name),
      input.default === undefined || input.default === '' ? '(empty)' : code(input.default),
      oneLine(input.description).replace(/\|/g, '\\|'),
    ]),
  ]);
}

function outputsTable(action: ActionYaml): string {
  return markdownTable([
    ['output', 'meaning'],
    ...Object.entries(action.outputs).map(([name, output]) => [
      code(name),
      oneLine(output.description).replace(/\|/g, '\\|'),
    ]),
  ]);
}

function replaceBetween(text: string, name: string, content: string): string {
  const start = `<!-- generated:${name} (scripts/write-readme.ts) -->`;
  const end = `<!-- /generated:${name} -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md lacks the ${start} … ${end} markers`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

const readme = await readFile('README.md', 'utf8');
const action = parse(await readFile('action.yml', 'utf8')) as ActionYaml;
const sections: [string, string][] = [
  ['rubric', rubricTable()],
  ['config', configTable()],
  ['inputs', inputsTable(action)],
  ['outputs', outputsTable(action)],
];
const fresh = sections.reduce(
  (text, [name, content]) => replaceBetween(text, name, content),
  readme,
);
if (process.argv.includes('--check')) {
  if (fresh !== readme) {
    process.stderr.write(
      'README.md generated sections are stale: run `npm run readme` and commit\n',
    );
    process.exitCode = 1;
  }
} else {
  await writeFile('README.md', fresh);
}
