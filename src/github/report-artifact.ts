/**
 * The report artifact: what evaluate mode (and gate mode) upload under a stable
 * per-job name, and what publish mode reads back as untrusted data. It holds the
 * Markdown and JSON reports and any data profiles the run produced; publish
 * mode reads only the JSON, in memory, and re-renders the comment from it.
 */

import { errorMessage } from '../model/error-message.ts';
import type { ArtifactFile } from './artifact-store.ts';
import { maxReportBytes, parseUntrustedReport, type ReportParse } from './untrusted-report.ts';
import { listZipEntries, readZipEntry } from './zip-entries.ts';

export const reportJsonFile = 'mlgate-report.json';
export const reportMarkdownFile = 'mlgate-report.md';

/** One artifact per job and comment key; publish mode looks it up by this name. */
export function reportArtifactName(commentKey: string): string {
  return `mlgate-report-${commentKey}`;
}

export interface ReportArtifactContent {
  markdown: string;
  json: string;
  /** Data profiles (mlgate-profile JSON, docs/profile-json.md), stored as `profiles/<name>.json`. */
  profiles?: readonly { name: string; json: string }[];
}

export function reportArtifactFiles(content: ReportArtifactContent): ArtifactFile[] {
  return [
    { path: reportMarkdownFile, content: content.markdown },
    { path: reportJsonFile, content: content.json },
    ...(content.profiles ?? []).map((profile) => ({
      path: `profiles/${profile.name.replace(/[^A-Za-z0-9_.-]/g, '_')}.json`,
      content: profile.json,
    })),
  ];
}

/** The validated report from an artifact's zip archive; `source` names the artifact in problems. */
export function readReportArtifact(archive: Uint8Array, source: string): ReportParse {
  let text: string;
  try {
    const entry = listZipEntries(archive).find((candidate) => candidate.name === reportJsonFile);
    if (!entry) return { ok: false, problem: `${source} has no ${reportJsonFile}` };
    text = new TextDecoder('utf-8', { fatal: true }).decode(
      readZipEntry(archive, entry, maxReportBytes),
    );
  } catch (error) {
    return { ok: false, problem: `${source} can't be read: ${errorMessage(error)}` };
  }
  return parseUntrustedReport(text, `${reportJsonFile} in ${source}`);
}
