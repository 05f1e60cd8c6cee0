/**
 * "How to unblock": for each blocking reason shown, what to change (the
 * check's own fix, or where its details are), and for findings a waiver ready
 * to paste into mlgate.yml, with the finding id, a reason to fill in, the PR
 * author as owner and an expiry two weeks out (one waiver for the check
 * when several findings share the cause). Errors are never offered a
 * waiver (they can't be waived), and only transient ones are told to re-run.
 */
import { millisecondsPerDay } from '../model/milliseconds-per-day.ts';
import type { BlockingReason, Report } from '../model/report-model.ts';
import { code, escapeMarkdown } from './escape-markdown.ts';

/** How long a suggested waiver lasts: long enough for a fix, short enough to be revisited. */
const waiverDays = 14;

export function renderUnblock(report: Report, shown: readonly BlockingReason[]): string {
  const steps = shown.flatMap((reason) => stepsFor(reason));
  const unique = [...new Set(steps)];
  const waivers = suggestedWaivers(report, shown);
  const parts = ['### How to unblock'];
  if (unique.length > 0)
    parts.push(unique.map((step, index) => `${index + 1}. ${step}`).join('\n'));
  if (waivers.length > 0) {
    parts.push(
      `Or waive what is accepted for now: paste under \`waivers:\` in mlgate.yml and say why.\n\n\`\`\`yaml\n${waivers.join('\n')}\n\`\`\``,
    );
  }
  return parts.join('\n\n');
}

function stepsFor(reason: BlockingReason): string[] {
  const fixes = reason.fixes.map((fix) => escapeMarkdown(fix, { maxLength: 500 }));
  if (fixes.length > 0) return fixes;
  if (reason.kind === 'check-error') {
    return [
      `Fix what stopped ${code(reason.check)} (the error above says what); an error can't be waived.`,
    ];
  }
  if (reason.kind === 'findings') {
    return [`Fix what ${code(reason.check)} found (its details are below).`];
  }
  return [];
}

/** One flow-style YAML line per waiver: a YAML file accepts it as it is. */
function suggestedWaivers(report: Report, shown: readonly BlockingReason[]): string[] {
  const owner = report.event.pullRequest?.author;
  const fields = {
    reason: 'TODO',
    owner: owner === undefined ? '@your-team' : `@${owner}`,
    expires: addDays(report.generatedAt, waiverDays),
  };
  const lines: string[] = [];
  for (const reason of shown) {
    if (reason.kind !== 'findings') continue;
    // Several findings of one cause: one waiver for the check, which the reader can narrow.
    const id = reason.findings.length === 1 ? reason.findings[0] : undefined;
    lines.push(waiverLine(reason.check, id, fields));
  }
  return [...new Set(lines)];
}

function waiverLine(
  check: string,
  finding: string | undefined,
  fields: { reason: string; owner: string; expires: string },
): string {
  const target =
    finding === undefined
      ? `check: ${yamlString(check)}`
      : `check: ${yamlString(check)}, finding: ${yamlString(finding)}`;
  return `- {${target}, reason: ${yamlString(fields.reason)}, owner: ${yamlString(fields.owner)}, expires: ${yamlString(fields.expires)}}`;
}

/**
 * A double-quoted YAML scalar (JSON's quoting is valid YAML). The block is a
 * fenced code block, so nothing in it is Markdown, and no line of it can close
 * the fence: each starts with `- {`.
 */
function yamlString(text: string): string {
  // Only printable ASCII stays as it is, so no bidi or invisible character hides in the block.
  return JSON.stringify(text).replace(
    /[^\x20-\x7E]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The day `days` after the run; a placeholder when the report's time can't be read. */
function addDays(isoTime: string, days: number): string {
  const start = Date.parse(isoTime);
  if (Number.isNaN(start)) return 'YYYY-MM-DD';
  return new Date(start + days * millisecondsPerDay).toISOString().slice(0, 10);
}
