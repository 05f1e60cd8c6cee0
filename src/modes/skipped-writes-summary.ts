/**
 * GitHub writes skipped because the run's retry budget was spent (the comment,
 * batches of annotations): each was warned about as it happened; the job
 * summary lists them all at the end, with what to do.
 */
import { escapeMarkdown } from '../report/escape-markdown.ts';
import type { ModeContext } from './mode-context.ts';

export async function summarizeSkippedWrites(
  context: ModeContext,
  skipped: readonly string[],
  rerun: string,
): Promise<void> {
  if (skipped.length === 0) return;
  const items = skipped.map((note) => `- ${escapeMarkdown(note, { newline: ' ' })}`);
  await context.writeSummary(
    `\n### GitHub writes skipped\n\n${items.join('\n')}\n\n` +
      `GitHub rate-limited these requests and the run had no retry time left; ${rerun} to write them.\n`,
  );
}
