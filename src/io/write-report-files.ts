/** Writes the full Markdown and JSON reports to a directory, for outputs, artifacts and the CLI. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface ReportFiles {
  markdownPath: string;
  jsonPath: string;
}

export async function writeReportFiles(
  directory: string,
  markdown: string,
  json: string,
): Promise<ReportFiles> {
  await mkdir(directory, { recursive: true });
  const markdownPath = path.join(directory, 'mlgate-report.md');
  const jsonPath = path.join(directory, 'mlgate-report.json');
  await writeFile(markdownPath, markdown);
  await writeFile(jsonPath, json);
  return { markdownPath, jsonPath };
}
