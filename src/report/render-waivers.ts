/**
 * The waivers mlgate.yml lists and what each did in this run. Three columns,
 * owner, expiry, reason and note in one cell, so a narrow PR column wraps
 * sentences rather than a handle or a date.
 */
import type { ListedWaiver } from '../model/report-model.ts';
import { code, escapeMarkdown } from './escape-markdown.ts';
import { renderTable } from './render-table.ts';

const waiverEffects: Readonly<Record<ListedWaiver['effect'], string>> = {
  waived: '✅ waived',
  expired: '⌛ expired',
  unused: '💤 unused',
  refused: '⛔ refused',
};

export function renderWaivers(waivers: readonly ListedWaiver[]): string {
  const rows = waivers.map((waiver) => [
    waiver.finding === undefined
      ? `${code(waiver.check)} (whole check)`
      : `${code(waiver.check)}<br>${code(waiver.finding)}`,
    waiverEffects[waiver.effect] ?? escapeMarkdown(String(waiver.effect)),
    `${escapeMarkdown(waiver.owner, { maxLength: 100 })}, until ${escapeMarkdown(waiver.expires, { maxLength: 20 })}: ${escapeMarkdown(waiver.reason, { newline: '<br>', maxLength: 1000 })}<br>_${escapeMarkdown(waiver.note, { maxLength: 500 })}_`,
  ]);
  return `### Waivers\n\n${renderTable(['Waiver', 'This run', 'Owner, expiry and reason'], rows)}`;
}
