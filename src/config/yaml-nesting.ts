/**
 * How deep a YAML text nests, measured while it is parsed: yaml's composer,
 * toJS and zod all recurse, so a file of a few thousand `[` overflows the
 * stack in each. The parser keeps the open collections on a stack of its own,
 * so feeding it one lexeme at a time can stop at the first one too deep,
 * before reading the rest of a hostile file.
 */
import { CST, Lexer, Parser } from 'yaml';

/** The 1-based line of the first collection nested more than `maxDepth` deep, if any. */
export function tooDeepLine(text: string, maxDepth: number): number | undefined {
  const parser = new Parser();
  for (const lexeme of new Lexer().lex(text)) {
    // Tokens come out only when a document is complete; the depth is on the stack meanwhile.
    for (const _document of parser.next(lexeme));
    if (parser.stack.filter((token) => CST.isCollection(token)).length > maxDepth) {
      return text.slice(0, parser.offset).split('\n').length;
    }
  }
  return undefined;
}
