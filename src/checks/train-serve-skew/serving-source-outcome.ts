/**
 * Which serving data the check used, as report text: a step's fresh output or
 * committed serving logs, in the summary and a detail line each; and a
 * warning when committed logs were last committed before the code that writes
 * them changed — the logs then show what an older serving path computed, so
 * a skew the PR introduced can pass unseen.
 */
import type { DetailBlock, Finding } from '../../model/check.ts';
import { millisecondsPerDay } from '../../model/milliseconds-per-day.ts';
import { type CommittedServing, type LogAge, logAge } from './log-age.ts';
import type { ServingSource } from './serving-source.ts';

export interface ServingPart {
  summary: string;
  findings: Finding[];
  details: DetailBlock[];
}

export function servingPart(sources: readonly ServingSource[]): ServingPart {
  return {
    summary: sources.map(summaryPhrase).join('; '),
    findings: sources.flatMap(ageFindings),
    details: [{ type: 'list', title: 'Serving data', items: sources.map(detailLine) }],
  };
}

function summaryPhrase(source: ServingSource): string {
  const noun = source.role;
  if (source.kind === 'step') {
    // The command is in the detail line: a summary has no room for it.
    return `serving ${noun} produced now by step \`${source.step}\``;
  }
  const older = logAge(source).kind === 'older' ? ' (older than the serving code)' : '';
  return `serving ${noun} from committed serving logs ${source.path}${older}`;
}

function detailLine(source: ServingSource): string {
  const noun = source.role;
  if (source.kind === 'step') {
    return `serving ${noun}: produced now by step \`${source.step}\` (\`${source.command}\`), its output ${source.file}`;
  }
  return `serving ${noun}: committed serving logs ${source.path}${ageText(logAge(source), source.path)}`;
}

function ageText(age: LogAge, path: string): string {
  switch (age.kind) {
    case 'no git':
      return `; git could not tell their history (${age.problem}), so whether they are older than the serving code is not known`;
    case 'unknown code':
      return `; which code writes them is not known: set \`checks.train_serve_skew.serving_code\`, or declare ${path} as an output of the step that writes it, to be warned when the logs are older than that code`;
    case 'no code files':
      return `; no tracked file matches \`${age.origin}\` (${age.patterns.join(', ')}), so their age against the serving code is not known`;
    case 'no log history':
      return `; git has no history for them, so whether they are older than the serving code (\`${age.origin}\`) is not known`;
    case 'no code history':
      return `; git has no history for the serving code (\`${age.origin}\`), so whether the logs are older is not known`;
    case 'current': {
      const [logged, changed] = dates(age.loggedAt, age.newest.changedAt);
      return `, last committed ${logged}, not before the serving code last changed (${age.newest.path}, ${changed})`;
    }
    case 'older':
    case 'reproduced': {
      const [logged, changed] = dates(age.loggedAt, age.newest.changedAt);
      const since = `, last committed ${logged}, before the serving code changed (${names(age.newer)}; latest ${changed})`;
      return age.kind === 'older'
        ? since
        : `${since}, but step \`${age.step}\` run now writes them byte for byte as committed`;
    }
  }
}

function ageFindings(source: ServingSource): Finding[] {
  if (source.kind === 'step') return [];
  const age = logAge(source);
  if (age.kind === 'no code files' && age.origin.endsWith('.serving_code')) {
    return [
      {
        id: 'serving-code:no-files',
        severity: 'warn',
        message: `no tracked file matches \`${age.origin}\` (${age.patterns.join(', ')}), so whether ${source.path} is older than the serving code cannot be told`,
        fix: `Name the tracked files of the serving code in \`${age.origin}\`, e.g. "serve/**/*.py".`,
      },
    ];
  }
  if (age.kind !== 'older') return [];
  return [olderFinding(source, age)];
}

function olderFinding(source: CommittedServing, age: Extract<LogAge, { kind: 'older' }>): Finding {
  const { newest } = age;
  const [logged, changed] = dates(age.loggedAt, newest.changedAt);
  const others =
    age.newer.length > 1 ? ` and ${age.newer.length - 1} other file(s) of the serving code` : '';
  const { path, writer } = source;
  return {
    id: `serving-logs:${path}:older-than-code`,
    severity: 'warn',
    message: `${path} was last committed ${logged}, before ${newest.path}${others} changed (${changed}): the logs may not show what the serving code computes now`,
    location: { path },
    measure: {
      figure: 'serving code newer than the logs by',
      ...timeGap(newest.changedAt.getTime() - age.loggedAt.getTime()),
      bound: { comparator: '<=', limit: 0 },
    },
    // One code change leaves every log it writes behind: one reason in the report.
    cause: 'serving-logs-older-than-code',
    fix: writer
      ? `Regenerate the logs with step \`${writer.step}\` (\`${writer.command}\`) and commit them, or read them as {step: ${writer.step}, file: ${path}} to compare what the code computes now.`
      : `Regenerate the logs with the serving code and commit them, or declare ${path} as an output of the step that writes it (\`steps.<name>.outputs\`) so committed_artifacts checks it.`,
  };
}

/** The first few files, newest first, and how many more. */
function names(files: readonly { path: string }[]): string {
  const shown = files.slice(0, 5).map((file) => file.path);
  return files.length > shown.length
    ? `${shown.join(', ')} and ${files.length - shown.length} more`
    : shown.join(', ');
}

/** Days, or minutes when both fall on one day (a day alone would read "2026-11-20, before … (2026-11-20)"). */
function dates(first: Date, second: Date): [string, string] {
  const day = (date: Date) => date.toISOString().slice(0, 10);
  if (day(first) !== day(second)) return [day(first), day(second)];
  const minute = (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return [minute(first), minute(second)];
}

/** A time span in the unit a reader counts it in: minutes, hours up to two days, then days. */
function timeGap(milliseconds: number): { value: number; unit: string } {
  const minutes = milliseconds / 60_000;
  if (minutes < 60) return { value: minutes, unit: 'minutes' };
  if (minutes < 48 * 60) return { value: minutes / 60, unit: 'hours' };
  return { value: milliseconds / millisecondsPerDay, unit: 'days' };
}
