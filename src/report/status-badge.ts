/** How a check's status reads in the report: RAG colours, and whether waivers lowered it. */
import type { CheckResult } from '../model/check-result.ts';
import { escapeMarkdown } from './escape-markdown.ts';

const badges: Readonly<Record<string, string>> = {
  pass: '🟢 GREEN',
  warn: '🟠 AMBER',
  fail: '🔴 RED',
  error: '🔴 RED (error)',
  skip: '⚪ skipped',
};

export function statusBadge(result: Pick<CheckResult, 'status' | 'waivedFrom'>): string {
  const badge = badges[result.status] ?? escapeMarkdown(String(result.status), { maxLength: 20 });
  return result.waivedFrom === undefined
    ? badge
    : `${badge} (${escapeMarkdown(String(result.waivedFrom), { maxLength: 20 })} waived)`;
}
