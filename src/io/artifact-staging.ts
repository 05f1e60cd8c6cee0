/**
 * Artifact staging on disk (the port is src/workspace/artifact-staging.ts):
 * each transfer gets a scratch directory under RUNNER_TEMP, removed afterwards.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArtifactStaging, StagedFile } from '../workspace/artifact-staging.ts';

export function diskArtifactStaging(tempDirectory: string): ArtifactStaging {
  return {
    async withDirectory(use) {
      const directory = await mkdtemp(path.join(tempDirectory, 'mlgate-artifact-'));
      try {
        return await use(directory);
      } finally {
        await rm(directory, { recursive: true, force: true });
      }
    },
    writeFiles: (directory, files) => writeFiles(directory, files),
    readOnlyFile: (directory, label, maxBytes) => readOnlyFile(directory, label, maxBytes),
  };
}

async function writeFiles(directory: string, files: readonly StagedFile[]): Promise<string[]> {
  const paths: string[] = [];
  for (const file of files) {
    const target = path.join(directory, ...file.path.split('/'));
    // A path from the report must not write outside the staging directory.
    if (!target.startsWith(directory + path.sep)) {
      throw new Error(`artifact path ${JSON.stringify(file.path)} leaves the artifact`);
    }
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.content);
    paths.push(target);
  }
  return paths;
}

async function readOnlyFile(directory: string, label: string, maxBytes: number) {
  const [file, ...more] = await readdir(directory);
  if (!file || more.length > 0) throw new Error(`${label} did not download as one zip archive`);
  const archive = path.join(directory, file);
  const { size } = await stat(archive);
  if (size > maxBytes) throw new Error(`${label} is ${size} bytes; at most ${maxBytes} are read`);
  return new Uint8Array(await readFile(archive));
}
