/**
 * The footer: which production files the checks compared with, then the
 * mlgate version, commit, workflow run and event, in small print.
 */
import type { Report } from '../model/report-model.ts';
import { code, escapeMarkdown } from './escape-markdown.ts';

export function renderFooter(report: Report): string {
  const parts = [`mlgate ${escapeMarkdown(report.mlgateVersion, { maxLength: 40 })}`];
  const sha = report.event.sha;
  // A bare SHA is linked to its commit by GitHub itself.
  if (typeof sha === 'string' && /^[0-9a-f]{7,64}$/i.test(sha))
    parts.push(`commit ${sha.slice(0, 7)}`);
  if (isHttpUrl(report.event.runUrl)) parts.push(`[workflow run](${report.event.runUrl})`);
  parts.push(`event ${escapeMarkdown(report.event.name, { maxLength: 40 })}`);
  const production = renderProduction(report);
  return `---\n${production ? `<sub>${production}</sub><br>\n` : ''}<sub>${parts.join(' · ')}</sub>`;
}

/** Which of production's files the checks compared with (action input `production-files`). */
function renderProduction(report: Report): string | undefined {
  const production = report.event.production;
  if (!production) return undefined;
  const note = production.note ? escapeMarkdown(production.note, { maxLength: 500 }) : '';
  const artifact = production.artifact;
  if (production.source !== 'artifact' || !artifact) {
    return `Production: files at the base commit${note ? ` (no production artifact: ${note})` : ''}.`;
  }
  const run = isHttpUrl(artifact.runUrl)
    ? `[run ${artifact.runId}](${artifact.runUrl})`
    : `run ${artifact.runId}`;
  const files = production.files.map((file) => code(file)).join(', ');
  const commit = /^[0-9a-f]{7,64}$/i.test(artifact.sha)
    ? `, commit ${artifact.sha.slice(0, 7)}`
    : '';
  return `Production: ${files} from the artifact ${code(artifact.name)} of ${run}${commit}${note ? ` (${note})` : ''}.`;
}

/** Only a plain http(s) URL becomes a link; anything that could break out of `(…)` is refused. */
export function isHttpUrl(url: string | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\/[^\s<>()"'`\\]+$/.test(url) && url.length <= 500;
}
