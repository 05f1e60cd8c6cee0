/**
 * The waivers mlgate.yml lists and what each did in this run. Four narrow
 * columns, the note and the reason in one cell, so the table fits a PR column.
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
    `${escapeMarkdown(waiver.owner, { maxLength: 100 })}<br>until ${escapeMarkdown(waiver.expires, { maxLength: 20 })}`,
    waiverEffects[waiver.effect] ?? escapeMarkdown(String(waiver.effect)),
    `${escapeMarkdown(waiver.reason, { newline: '<br>', maxLength: 1000 })}<br>_${escapeMarkdown(waiver.note, { maxLength: 500 })}_`,
  ]);
  return `### Waivers\n\n${renderTable(['Waiver', 'Owner', 'This run', 'Reason and note'], rows)}`;
}
