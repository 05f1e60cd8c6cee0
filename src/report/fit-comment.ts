/**
 * Fits a rendered report under a size limit: GitHub rejects a comment over
 * 65,536 characters (422) and a job summary over 1 MiB, rather than cutting
 * them. Detail goes first (details of passing checks and long tables, then all
 * detail blocks), then whole sections by priority, each time with a visible note
 * that says what is missing and where the full report is, right under the
 * verdict. Verdict, config errors, how to unblock and footer are never dropped;
 * if they alone are too long they are cut at a line boundary, never inside a
 * character.
 */
import { type DetailLevel, detailLevels } from './detail-level.ts';

export interface ReportSection {
  markdown: string;
  /** Left out only when even the verdict can't fit: the verdict, config errors, scores, footer. */
  required: boolean;
  /** What the note names when this section is left out, e.g. `check details`. */
  group: string;
  /** Optional sections with a higher number are left out first; among equals, later ones first. */
  dropPriority: number;
}

export interface SizeLimit {
  maximum: number;
  /** The size of a text as the limit counts it; must add up over concatenation. */
  measure: (text: string) => number;
  /** For the note, e.g. `GitHub's 65,536-character comment limit`. */
  description: string;
}

/**
 * GitHub counts characters; a JS string's length counts UTF-16 units, which is
 * never fewer. Each `\n` counts twice in case line breaks are stored as CRLF,
 * and a further margin stays free.
 */
export const commentLimit: SizeLimit = {
  maximum: 65_536 - 1_024,
  measure: (text) => text.length + countNewlines(text),
  description: "GitHub's 65,536-character comment limit",
};

/** A step summary is capped at 1 MiB of UTF-8; the margin leaves room for other summary lines. */
export const jobSummaryLimit: SizeLimit = {
  maximum: 1_048_576 - 16_384,
  measure: utf8Length,
  description: "GitHub's 1 MiB job summary limit",
};

const separator = '\n\n';

export function fitSections(
  render: (level: DetailLevel) => ReportSection[],
  limit: SizeLimit,
  /** Markdown (trusted) saying where the full report is, e.g. a link to the job summary. */
  fullReportHint: string,
): string {
  let sections: ReportSection[] = [];
  for (const level of detailLevels) {
    sections = render(level);
    const note = level === 'full' ? undefined : detailNote(level, limit, fullReportHint);
    const text = join(sections, note);
    if (limit.measure(text) <= limit.maximum) return text;
  }
  const sizes = sections.map(
    (section) => limit.measure(section.markdown) + limit.measure(separator),
  );
  const dropOrder = sections
    .map((section, index) => ({ section, index }))
    .filter(({ section }) => !section.required)
    .sort((a, b) => b.section.dropPriority - a.section.dropPriority || b.index - a.index)
    .map(({ index }) => index);
  const dropped = new Set<number>();
  let total = sizes.reduce((sum, size) => sum + size, 0);
  for (const index of dropOrder) {
    dropped.add(index);
    total -= sizes[index] ?? 0;
    const note = trimNote(sections, dropped, limit, fullReportHint);
    if (total + limit.measure(note) + limit.measure(separator) <= limit.maximum) {
      return join(
        sections.filter((_, i) => !dropped.has(i)),
        note,
      );
    }
  }
  return cutRequired(sections, limit, fullReportHint);
}

/** Sections joined by blank lines, with the note right under the first section (the verdict). */
function join(sections: readonly ReportSection[], note: string | undefined): string {
  const parts = sections.map((section) => section.markdown);
  if (note !== undefined) parts.splice(Math.min(1, parts.length), 0, note);
  return parts.join(separator);
}

function detailNote(level: DetailLevel, limit: SizeLimit, hint: string): string {
  const what =
    level === 'failing-only'
      ? 'details of passing checks and long tables are left out'
      : 'check details are left out, and long finding lists are cut';
  return `> [!NOTE]\n> To fit ${limit.description}, ${what}. ${hint}`;
}

function trimNote(
  sections: readonly ReportSection[],
  dropped: ReadonlySet<number>,
  limit: SizeLimit,
  hint: string,
): string {
  const groups = new Map<string, { left: number; all: number }>();
  sections.forEach((section, index) => {
    if (section.required) return;
    const count = groups.get(section.group) ?? { left: 0, all: 0 };
    count.all += 1;
    if (dropped.has(index)) count.left += 1;
    groups.set(section.group, count);
  });
  const leftOut = [...groups]
    .filter(([, count]) => count.left > 0)
    .map(([group, count]) => (count.all > 1 ? `${group} (${count.left} of ${count.all})` : group));
  return `> [!WARNING]\n> **This report is cut short** to fit ${limit.description}. Left out: ${leftOut.join(', ')}. The check details that remain show findings only. ${hint}`;
}

/** Only required sections remain and they are still too long: cut them, keep the footer. */
function cutRequired(sections: readonly ReportSection[], limit: SizeLimit, hint: string): string {
  const required = sections.filter((section) => section.required);
  const footer = required.at(-1)?.markdown ?? '';
  const note = `> [!WARNING]\n> **This report is cut short** to fit ${limit.description}. ${hint}`;
  const [verdict = '', ...rest] = required.slice(0, -1).map((section) => section.markdown);
  // The verdict and the note stay whole (both are short); the rest is cut.
  const head = `${cutText(verdict, limit.maximum / 2, limit.measure)}${separator}${note}`;
  const tail = `${separator}${footer}`;
  const budget =
    limit.maximum - limit.measure(head) - limit.measure(tail) - limit.measure(separator);
  // Room for the closers closeOpenBlocks may add.
  const body = closeOpenBlocks(
    cutText(rest.join(separator), Math.max(0, budget - 64), limit.measure),
  );
  return `${head}${body === '' ? '' : `${separator}${body}`}${tail}`;
}

/**
 * Text cut at a line can end inside a code fence (the waivers to paste) or a
 * `<details>` block; both are closed, so the footer after them renders as the
 * footer rather than as code or hidden text.
 */
export function closeOpenBlocks(text: string): string {
  const fences = text.split('\n').filter((line) => /^ {0,3}```/.test(line)).length;
  const open = (text.match(/<details>/g) ?? []).length - (text.match(/<\/details>/g) ?? []).length;
  const closers = [fences % 2 === 1 ? '```' : '', ...Array(Math.max(0, open)).fill('</details>')];
  const tail = closers.filter((closer) => closer !== '').join('\n\n');
  return tail === '' ? text : `${text}\n${tail}`;
}

/** The longest prefix within budget, ending at a line break when one fits, never splitting a surrogate pair. */
export function cutText(text: string, budget: number, measure: (text: string) => number): string {
  if (measure(text) <= budget) return text;
  let used = 0;
  let end = 0;
  for (const line of text.split('\n')) {
    const size = measure(line) + measure('\n');
    if (used + size > budget) break;
    used += size;
    end += line.length + 1;
  }
  if (end > 0) return text.slice(0, end - 1);
  // No whole line fits: cut inside the first line, by code points.
  for (const character of text) {
    const size = measure(character);
    if (used + size > budget) break;
    used += size;
    end += character.length;
  }
  return text.slice(0, end);
}

function countNewlines(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    count += 1;
  }
  return count;
}

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        index += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
