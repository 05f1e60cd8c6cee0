/**
 * `npm run preview`: every golden comment as GitHub shows it, to look at in a
 * browser before a reviewer does. Writes preview/<name>.html (gitignored) for
 * each test/report/golden/*.md, and preview/e2e-<name>.html for each
 * test/e2e/golden/*.md when that folder exists, with the page of
 * `mlgate run --html`, and prints the paths.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderGitHubPage } from '../src/report/render-html.ts';

const outputDirectory = 'preview';
const goldenDirectories = [
  { directory: 'test/report/golden', prefix: '' },
  { directory: 'test/e2e/golden', prefix: 'e2e-' },
];

/** The Markdown files of a folder, none when it does not exist. */
async function markdownFiles(directory: string): Promise<string[]> {
  const names = await readdir(directory).catch(() => []);
  return names.filter((name) => name.endsWith('.md')).sort();
}

await mkdir(outputDirectory, { recursive: true });
for (const { directory, prefix } of goldenDirectories) {
  for (const name of await markdownFiles(directory)) {
    const markdown = await readFile(path.join(directory, name), 'utf8');
    const target = path.join(outputDirectory, `${prefix}${path.basename(name, '.md')}.html`);
    await writeFile(target, renderGitHubPage(markdown, `${directory}/${name}`));
    process.stdout.write(`${target}\n`);
  }
}
