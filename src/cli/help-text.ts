/**
 * The help as text: the synopsis a usage error ends with, `mlgate <command>
 * --help`, and the overview of `mlgate --help`, wrapped to 80 columns.
 */
import { type CommandHelp, type CommandName, commandHelp } from './command-help.ts';

/** A synopsis breaks between options, never inside one's `[…]`. */
const synopsisWords = /\[[^\]]*\]|\S+/g;

/** The synopsis as a usage error ends with it. */
export function commandUsage(name: CommandName): string {
  return commandHelp[name].usage
    .map((line, index) => wrap(`${index === 0 ? 'usage: ' : '       '}${line}`, 14, synopsisWords))
    .join('\n');
}

/** `mlgate <command> --help`. */
export function commandHelpText(name: CommandName): string {
  const help: CommandHelp = commandHelp[name];
  // Long-only flags line up under the long flag of `-o, --out`, as in GNU tools' help.
  const shortForms = help.options.some(([flags]) => /^-\w,/.test(flags));
  const options = help.options.map(
    ([flags, what]) =>
      [shortForms && flags.startsWith('--') ? `    ${flags}` : flags, what] as const,
  );
  return [
    commandUsage(name),
    wrap(help.description, 0),
    `options:\n${columns(options)}`,
    wrap(`exit codes: ${help.exitCodes}`, 12),
  ].join('\n\n');
}

/** `mlgate --help`: every command with its summary. */
export function overviewText(version: string): string {
  const commands = Object.entries(commandHelp).map(([name, help]) => [name, help.summary] as const);
  return [
    `mlgate ${version}: the merge gate for machine-learning pull requests, on the command line`,
    'usage: mlgate <command> [options]\n       mlgate help <command>   (or mlgate <command> --help)\n       mlgate --version',
    `commands:\n${columns(commands)}`,
    wrap(
      'exit codes: 0 passed, 1 blocked (drift, invalid rows), 2 usage, config or input error, 3 a failure of mlgate itself (a bug)',
      12,
    ),
  ].join('\n\n');
}

/** Two columns, the first padded to its widest entry. */
function columns(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`).join('\n');
}

/** Breaks text into lines of at most 80 characters; later lines start `indent` spaces in. */
function wrap(text: string, indent: number, words = /\S+/g): string {
  const [first = '', ...rest] = text.match(words) ?? [];
  // The first line keeps the text's own indent, as a synopsis's second form has.
  const lines = [text.slice(0, text.indexOf(first)) + first];
  for (const word of rest) {
    const last = lines.length - 1;
    if (lines[last]!.length + 1 + word.length <= 80) lines[last] += ` ${word}`;
    else lines.push(' '.repeat(indent) + word);
  }
  return lines.join('\n');
}
