/**
 * The note of a waiver naming a finding its check did not report in this run.
 * A waiver matches its finding id exactly, so a typo silently waives nothing:
 * the note suggests the closest reported id, or lists a few reported ids when
 * none is close. A reported id that refines the waived one
 * (`feature:weather:…`) is named as a finding of its own, which the waiver does
 * not cover.
 */
import { didYouMean } from '../model/did-you-mean.ts';

const listed = 5;

export function unmatchedFindingNote(
  check: string,
  finding: string,
  reported: readonly string[],
): string {
  const missing = `Check \`${check}\` reported no finding \`${finding}\` in this run`;
  const ids = [...new Set(reported)];
  if (ids.length === 0) return `${missing}; remove the waiver if it is no longer needed.`;
  const typo = didYouMean(
    finding,
    ids.filter((id) => isTypoOf(finding, id)),
  );
  const refinements = ids.filter((id) => id.startsWith(`${finding}:`));
  if (typo === undefined && refinements.length === 0) {
    const more = ids.length > listed ? ` and ${ids.length - listed} more` : '';
    return `${missing} (it reported ${quote(ids.slice(0, listed))}${more}); remove the waiver if it is no longer needed.`;
  }
  const sentences = [`${missing}.`];
  if (typo !== undefined) sentences.push(`Did you mean \`${typo}\`?`);
  if (refinements.length === 1) {
    sentences.push(
      `It reported ${quote(refinements)}, a finding of its own that this waiver does not cover; waive it by its id if it is acceptable too.`,
    );
  } else if (refinements.length > 1) {
    sentences.push(
      `It reported ${quote(refinements)}, findings of their own that this waiver does not cover; waive them by their ids if they are acceptable too.`,
    );
  }
  sentences.push('Otherwise remove the waiver if it is no longer needed.');
  return sentences.join(' ');
}

/**
 * A slip of an edit or two. `didYouMean` allows a third of the name, but ids
 * share long parts (`feature:weather:`, `-categories`) that would make a
 * different word look close, so only the part where the two ids differ is
 * measured: `vanished` is no typo of `new`. An id that refines the other is a
 * different finding, never a typo.
 */
function isTypoOf(wanted: string, candidate: string): boolean {
  if (candidate.startsWith(`${wanted}:`) || wanted.startsWith(`${candidate}:`)) return false;
  const [a, b] = differingParts(wanted.toLowerCase(), candidate.toLowerCase());
  return didYouMean(a, [b]) !== undefined;
}

/** The two strings without their common prefix and suffix. */
function differingParts(a: string, b: string): [string, string] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  const shorter = Math.min(a.length, b.length) - start;
  while (end < shorter && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return [a.slice(start, a.length - end), b.slice(start, b.length - end)];
}

function quote(ids: readonly string[]): string {
  return ids.map((id) => `\`${id}\``).join(', ');
}
