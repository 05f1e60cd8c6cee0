/**
 * The hidden HTML marker that makes the PR comment sticky: every run finds its
 * previous comment by this line and edits it in place. The `comment-key` input
 * is part of it, so two jobs (or two models) keep two separate comments.
 *
 * The format is a public interface: changing it orphans every existing comment.
 */

/** Same alphabet as the `comment-key` input, so a key can never close the HTML comment early. */
const commentKeyPattern = /^[A-Za-z0-9_.-]+$/;

export const defaultCommentKey = 'default';

/** `<!-- mlgate:report key=<key> -->`; throws on a key outside `[A-Za-z0-9_.-]+`. */
export function commentMarker(key: string): string {
  if (!commentKeyPattern.test(key)) {
    throw new Error(
      `comment key ${JSON.stringify(key)} is not allowed: use letters, digits, \`.\`, \`_\` and \`-\` only, e.g. \`model-a\``,
    );
  }
  return `<!-- mlgate:report key=${key} -->`;
}

/** `<!-- mlgate:monitoring key=<key> -->`: finds the one open monitoring issue of a job again. */
export function monitoringMarker(key: string): string {
  return commentMarker(key).replace('mlgate:report', 'mlgate:monitoring');
}
