/**
 * A rendered comment with what changes between identical runs taken out, for
 * golden files: command durations (rounded to seconds, yet "under 1 s" on one
 * run and "1 s" on a busy machine) and the runner's log paths.
 */
export function stableComment(comment: string): string {
  return comment
    .replace(/\b(under )?\d+(\.\d+)? s\b/g, '‹seconds› s')
    .replace(/\S*mlgate-logs\/[^\s)]+/g, '‹log file›');
}
