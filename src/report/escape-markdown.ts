/**
 * Escaping for every piece of text that reaches the report from user data,
 * config or a report file read back: column names, category values, paths,
 * messages. After escaping, such text can't end a table cell, open HTML (or
 * forge the sticky-comment marker), start a link, image, heading, list or code
 * block, or @mention anyone; it can't become a link either (GitHub autolinks bare
 * `https://…`, `www.…` and e-mail addresses), and it can't hide behind bidi
 * controls or invisible characters, which are shown as visible `[U+202E]`.
 * Issue references like `#123` stay as they are.
 */

import { isSafeCodeText, safeCodeText } from '../model/safe-code-text.ts';

/** Inserted after `@` so GitHub sees no mention; invisible when rendered (as Renovate does). */
const zeroWidthSpace = '\u200B';

/** Characters that start inline Markdown: emphasis, code, links, tables, strikethrough, math, escapes. */
const inlineMarkup = /[\\`*_[\]|~$]/g;

/** Inserted inside `://` and after `www` so no autolink starts; invisible and no line-break opportunity. */
const wordJoiner = '\u2060';

/** CommonMark's line endings; every other separator is shown as invisible (below). */
const lineEnding = /\r\n?|\n/g;

/**
 * Characters a reader can't see or that reorder what they see (Trojan Source):
 * C0 and C1 controls but tab and newline, the bidi controls U+061C, U+200E/F,
 * U+202A–E and U+2066–9, the separators U+2028/9, zero-width and format
 * characters (U+034F, U+180E, U+200B, U+2060–4, U+206A–F, U+FEFF, U+FFF9–B),
 * the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0) and tag characters
 * (ASCII smuggling). They are shown as `[U+202E]`, never passed on. Kept: a
 * flag's tag sequence (🏴 + tags + cancel tag), and U+200C/U+200D between
 * non-ASCII letters or emoji, where scripts and emoji sequences need them (so
 * `ag\u200Ce` can't pass for the finding id `age`).
 */
let invisible: RegExp | undefined;

/**
 * `invisible`, made on first use: its Unicode property classes cost about
 * 2 ms of CPU to build, which a command that renders no Markdown (a
 * PR-sized `mlgate drift --format json`) would spend for nothing.
 */
function invisibleCharacters(): RegExp {
  invisible ??=
    /(\u{1F3F4}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{1,6}\u{E007F}|(?<=[\p{L}\p{M}\p{Extended_Pictographic}\p{Emoji_Modifier}])(?<![\x00-\x7F])[\u200C\u200D](?![\x00-\x7F])(?=[\p{L}\p{M}\p{Extended_Pictographic}]))|\u034F|[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u115F\u1160\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB\u{E0000}-\u{E007F}]/gu;
  return invisible;
}

/** A mention is `@` followed by a user or team name, an e-mail's domain likewise; the space breaks both. */
const mention = /@(?=\\?[\p{L}\p{N}_-])/gu;

/** `scheme://` (GitHub autolinks http, https and ftp) and `www.`, which start an autolink literal. */
const autolinkStart = /:(?=\/\/)|(?<=www)(?=\.)/gi;

/**
 * What would turn the start of a line (or of a list item) into a block: an ATX
 * heading, a bullet or an ordered-list marker, each followed by a space. `>`
 * and `*` are already escaped; `#123` and `0.1.0` are left alone.
 */
const blockStart = /^(\s*)(?:(#{1,6}|[+-])(?=\s|$)|(\d{1,9})([.)])(?=\s|$))/;

/**
 * A code span around plainly safe text (src/model/safe-code-text.ts): messages
 * such as "`gate.minimum_score`: expected a number" keep it.
 */
const safeCodeSpan = new RegExp(`\`${safeCodeText}\``, 'g');

/** A one-line code span in text bound for raw HTML (`<summary>`). */
const htmlCodeSpan = /`([^`\r\n]{1,200})`/g;

export interface EscapeOptions {
  /** What a line break becomes: a space (default) or `<br>`, which also works inside a table cell. */
  newline?: ' ' | '<br>';
  /** Cut longer text, marking the cut with `…`, so one huge message can't swamp the report. */
  maxLength?: number;
}

/** Text for a paragraph, list item or table cell, rendered literally (safe code spans kept). */
export function escapeMarkdown(text: string, options: EscapeOptions = {}): string {
  const clipped = clip(String(text), options.maxLength);
  const newline = options.newline ?? ' ';
  let escaped = '';
  let plainStart = 0;
  for (const match of clipped.matchAll(safeCodeSpan)) {
    escaped += escapePlain(clipped.slice(plainStart, match.index)) + match[0];
    plainStart = match.index + match[0].length;
  }
  escaped += escapePlain(clipped.slice(plainStart));
  // Each line's start is escaped too, so text after a `<br>` can't pass for a list item or heading.
  return escaped
    .split('\n')
    .map((line) =>
      line.replace(
        blockStart,
        (_match, space: string, marker?: string, digits?: string, delimiter?: string) =>
          marker === undefined ? `${space}${digits}\\${delimiter}` : `${space}\\${marker}`,
      ),
    )
    .join(newline);
}

/** Escaped text with its line breaks as `\n`, for the caller to join. */
function escapePlain(text: string): string {
  const escaped = escapeHtmlEntities(showInvisible(text.replace(lineEnding, '\n'))).replace(
    inlineMarkup,
    (character) => `\\${character}`,
  );
  return neutraliseMentions(defuseAutolinks(escaped));
}

/** Text inside raw HTML such as `<summary>`, where Markdown is not parsed but entities are. */
export function escapeHtml(text: string, options: Pick<EscapeOptions, 'maxLength'> = {}): string {
  return escapeHtmlPlain(clip(String(text), options.maxLength));
}

function escapeHtmlPlain(text: string): string {
  const escaped = escapeHtmlEntities(showInvisible(text.replace(lineEnding, '\n')))
    .replace(/"/g, '&quot;')
    .replace(/\n/g, ' ');
  return neutraliseMentions(defuseAutolinks(escaped));
}

/**
 * Text for `<summary>` (raw HTML, where Markdown is not parsed): like escapeHtml,
 * but a one-line code span such as `` `gate.minimum_score` `` becomes
 * `<code>gate.minimum_score</code>` instead of showing its backticks. In HTML
 * the span's content needs only escapeHtml, so any span qualifies.
 */
export function escapeSummary(
  text: string,
  options: Pick<EscapeOptions, 'maxLength'> = {},
): string {
  const clipped = clip(String(text), options.maxLength);
  let escaped = '';
  let plainStart = 0;
  for (const match of clipped.matchAll(htmlCodeSpan)) {
    escaped += escapeHtmlPlain(clipped.slice(plainStart, match.index)) + codeHtml(match[1] ?? '');
    plainStart = match.index + match[0].length;
  }
  return escaped + escapeHtmlPlain(clipped.slice(plainStart));
}

/** The `<summary>` form of code(): any identifier, escaped, in `<code>…</code>`. */
export function codeHtml(text: string): string {
  return `<code>${escapeHtmlPlain(String(text))}</code>`;
}

/** Shows each invisible or reordering character (see `invisible`) as `[U+XXXX]`. */
export function showInvisible(text: string): string {
  return text.replace(invisibleCharacters(), (character, kept?: string) =>
    kept === undefined
      ? `[U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`
      : kept,
  );
}

/**
 * Breaks GFM autolink literals (`https://…`, `ftp://…`, `www.…`) with an invisible
 * word joiner inside `://` and after `www`, so the text reads the same but no
 * parser sees the trigger. E-mail addresses are broken after `@` by neutraliseMentions.
 */
function defuseAutolinks(text: string): string {
  return text.replace(autolinkStart, (match) => `${match}${wordJoiner}`);
}

/**
 * A fenced code block (```` ``` ````, or ```` ```mermaid ```` for diagrams) whose
 * fence is longer than any backtick run in the text, so the text can't close it.
 * Inside a code block GitHub renders no HTML and links no mentions.
 */
export function codeBlock(text: string, info = ''): string {
  const body = showInvisible(String(text).replace(lineEnding, '\n'));
  const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}${info}\n${body}${body.endsWith('\n') ? '' : '\n'}${fence}`;
}

/**
 * An identifier in a code span when it is plainly safe (check ids, rubric ids,
 * finding ids like `feature:age`), escaped text otherwise.
 */
export function code(text: string): string {
  const value = String(text);
  return isSafeCodeText(value) ? `\`${value}\`` : escapeMarkdown(value);
}

export function neutraliseMentions(text: string): string {
  return text.replace(mention, `@${zeroWidthSpace}`);
}

function escapeHtmlEntities(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Cuts at a code-point boundary, so a surrogate pair is never split, and
 * before a code span the cut would leave open: half a span would show its
 * backtick and run into the ellipsis.
 */
export function clip(text: string, maxLength: number | undefined): string {
  if (maxLength === undefined || text.length <= maxLength) return text;
  let end = Math.max(0, maxLength - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  let kept = text.slice(0, end);
  if ((kept.match(/`/g) ?? []).length % 2 === 1) kept = kept.slice(0, kept.lastIndexOf('`'));
  return `${kept.trimEnd()}…`;
}
