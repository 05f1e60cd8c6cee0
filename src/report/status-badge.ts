/**
 * How a check's status reads in the report: the status word itself (pass,
 * warn, fail, error, skip — the CheckStatus values), with an emoji beside it
 * only as decoration, so a screen reader says "fail" rather than a colour, and
 * whether waivers lowered it. The one place these words and icons are chosen.
 */

import type { CheckStatus } from '../model/check.ts';
import type { CheckResult } from '../model/check-result.ts';
import { escapeMarkdown } from './escape-markdown.ts';

const icons: Readonly<Record<CheckStatus, string>> = {
  pass: '✅',
  warn: '⚠️',
  fail: '❌',
  error: '💥',
  skip: '⏭️',
};

/** "❌ fail": the status word with its icon; a status mlgate does not know is shown escaped, without one. */
export function statusWord(status: string): string {
  return isCheckStatus(status)
    ? `${icons[status]} ${status}`
    : escapeMarkdown(String(status), { maxLength: 20 });
}

/** The emoji that decorates a status word. */
export function statusIcon(status: CheckStatus): string {
  return icons[status];
}

function isCheckStatus(status: string): status is CheckStatus {
  return Object.hasOwn(icons, status);
}

/** "✅ pass", or "✅ pass (fail waived)" when waivers lowered it. */
export function statusBadge(result: Pick<CheckResult, 'status' | 'waivedFrom'>): string {
  const badge = statusWord(result.status);
  return result.waivedFrom === undefined
    ? badge
    : `${badge} (${escapeMarkdown(String(result.waivedFrom), { maxLength: 20 })} waived)`;
}
