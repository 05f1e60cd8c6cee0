/**
 * A YAML text's concrete syntax tree, refused when it nests too deep: yaml's
 * composer, toJS and zod all recurse, so a file of a few thousand `[`
 * overflows the stack in each. The parser keeps the open collections on a
 * stack of its own, so feeding it one lexeme at a time stops at the first one
 * too deep, before reading the rest of a hostile file. A text within the limit
 * is parsed once: the composer takes these tokens (read-config-yaml.ts).
 */
import { CST, Lexer, Parser } from 'yaml';

export type NestedTokens =
  | { ok: true; tokens: CST.Token[] }
  /** The 1-based line of the first collection nested more than `maxDepth` deep. */
  | { ok: false; line: number };

/** `onNewLine` is told each line's start, as Parser.parse tells it (a LineCounter's addNewLine). */
export function parseWithinDepth(
  text: string,
  maxDepth: number,
  onNewLine?: (offset: number) => void,
): NestedTokens {
  const parser = new Parser(onNewLine);
  onNewLine?.(0);
  const tokens: CST.Token[] = [];
  for (const lexeme of new Lexer().lex(text)) {
    // Tokens come out only when a document is complete; the depth is on the stack meanwhile.
    for (const token of parser.next(lexeme)) tokens.push(token);
    if (parser.stack.filter((token) => CST.isCollection(token)).length > maxDepth) {
      return { ok: false, line: text.slice(0, parser.offset).split('\n').length };
    }
  }
  for (const token of parser.end()) tokens.push(token);
  return { ok: true, tokens };
}
