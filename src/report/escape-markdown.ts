/**
 * Escaping for every piece of text that reaches the report from user data,
 * config or a report file read back: column names, category values, paths,
 * messages. After escaping, such text can't end a table cell, open HTML (or
 * forge the sticky-comment marker), start a link, image, heading, list or code
 * block, or @mention anyone. Issue references like `#123` stay as they are.
 */

/** Inserted after `@` so GitHub sees no mention; invisible when rendered (as Renovate does). */
const zeroWidthSpace = '\u200B';

/** Characters that start inline Markdown: emphasis, code, links, tables, strikethrough, math, escapes. */
const inlineMarkup = /[\\`*_[\]|~$]/g;

/** Line breaks of every kind, including the Unicode separators some parsers honour. */
const lineBreak = /\r\n|[\n\r\v\f\u2028\u2029\u0085]/g;

/** Other control characters, which have no business in a report. */
const control = /[\u0000-\u0008\u000E-\u001F\u007F]/g;

/** A mention is `@` followed by a user or team name; the space breaks it without changing the text. */
const mention = /@(?=[A-Za-z0-9])/g;

/**
 * What would turn the start of a line (or of a list item) into a block: an ATX
 * heading, a bullet or an ordered-list marker, each followed by a space. `>`
 * and `*` are already escaped; `#123` and `0.1.0` are left alone.
 */
const blockStart = /^(\s*)(?:(#{1,6}|[+-])(?=\s|$)|(\d{1,9})([.)])(?=\s|$))/;

/**
 * A code span around plainly safe text (identifiers, keys, paths): messages such
 * as "`gate.minimum_score`: expected a number" keep it. Its content can hold no
 * backtick, `|`, `<`, `@` or line break, so it can't break out or ping anyone.
 */
// Brackets for instance keys such as `drift[serving-eu]`: a code span makes no link of them.
const safeCodeText = '[A-Za-z0-9_.:/=+-][A-Za-z0-9_.:/=+ \\[\\]-]{0,199}';
const safeCodeSpan = new RegExp(`\`${safeCodeText}\``, 'g');
const safeCode = new RegExp(`^${safeCodeText}$`);

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
    escaped += escapePlain(clipped.slice(plainStart, match.index), newline) + match[0];
    plainStart = match.index + match[0].length;
  }
  escaped += escapePlain(clipped.slice(plainStart), newline);
  return escaped.replace(
    blockStart,
    (_match, space: string, marker?: string, digits?: string, delimiter?: string) =>
      marker === undefined ? `${space}${digits}\\${delimiter}` : `${space}\\${marker}`,
  );
}

function escapePlain(text: string, newline: string): string {
  const escaped = escapeHtmlEntities(text)
    .replace(control, '')
    .replace(inlineMarkup, (character) => `\\${character}`)
    .replace(lineBreak, newline);
  return neutraliseMentions(escaped);
}

/** Text inside raw HTML such as `<summary>`, where Markdown is not parsed but entities are. */
export function escapeHtml(text: string, options: Pick<EscapeOptions, 'maxLength'> = {}): string {
  const escaped = escapeHtmlEntities(clip(String(text), options.maxLength))
    .replace(/"/g, '&quot;')
    .replace(control, '')
    .replace(lineBreak, ' ');
  return neutraliseMentions(escaped);
}

/**
 * A fenced code block (```` ``` ````, or ```` ```mermaid ```` for diagrams) whose
 * fence is longer than any backtick run in the text, so the text can't close it.
 * Inside a code block GitHub renders no HTML and links no mentions.
 */
export function codeBlock(text: string, info = ''): string {
  const body = String(text).replace(lineBreak, '\n').replace(control, '');
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
  return safeCode.test(value) ? `\`${value}\`` : escapeMarkdown(value);
}

export function neutraliseMentions(text: string): string {
  return text.replace(mention, `@${zeroWidthSpace}`);
}

function escapeHtmlEntities(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts at a code-point boundary, so a surrogate pair is never split. */
export function clip(text: string, maxLength: number | undefined): string {
  if (maxLength === undefined || text.length <= maxLength) return text;
  let end = Math.max(0, maxLength - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}
