/**
 * GitHub's CODEOWNERS file: each line is a path pattern and its owners
 * (`@user`, `@org/team` or an e-mail address); `#` starts a comment, at the
 * start of a line or after a space; the LAST matching line decides, and a
 * line without owners leaves its paths unowned. GitHub skips a line with
 * invalid syntax (docs: "If any line in your CODEOWNERS file contains invalid
 * syntax, that line will be skipped"), and documents three gitignore features
 * as not working: `!` negation, `[ ]` ranges and `\#` escaping of a leading
 * `#`. Those lines are reported and skipped, exactly as GitHub ignores them.
 */
import { codeownersRegExp } from './codeowners-pattern.ts';

export interface CodeownersRule {
  line: number;
  pattern: string;
  owners: string[];
  regex: RegExp;
}

export interface CodeownersProblem {
  line: number;
  text: string;
  problem: string;
}

export interface Codeowners {
  rules: CodeownersRule[];
  problems: CodeownersProblem[];
}

/** GitHub's locations, in the order it looks; the first that exists is used. */
export const codeownersLocations = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const;

/** GitHub does not load a CODEOWNERS file of this size or more. */
export const codeownersMaxBytes = 3 * 1024 * 1024;

const user = /^@[A-Za-z0-9_-]+$/;
const team = /^@[A-Za-z0-9_-]+\/[A-Za-z0-9_.-]+$/;
const email = /^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$/;

export function parseCodeowners(text: string): Codeowners {
  const rules: CodeownersRule[] = [];
  const problems: CodeownersProblem[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const tokens = tokenize(trimmed);
    const commentAt = tokens.findIndex((token, i) => i > 0 && token.startsWith('#'));
    const [pattern, ...owners] = commentAt < 0 ? tokens : tokens.slice(0, commentAt);
    const problem = patternProblem(pattern!) ?? ownersProblem(owners);
    if (problem) {
      problems.push({ line, text: trimmed, problem });
      return;
    }
    rules.push({ line, pattern: pattern!, owners, regex: codeownersRegExp(pattern!) });
  });
  return { rules, problems };
}

/** The rule that decides a path's owners (the last that matches), or undefined when none does. */
export function ruleFor(codeowners: Codeowners, path: string): CodeownersRule | undefined {
  for (let i = codeowners.rules.length - 1; i >= 0; i--) {
    const rule = codeowners.rules[i]!;
    if (rule.regex.test(path)) return rule;
  }
  return undefined;
}

function tokenize(line: string): string[] {
  const tokens: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '\\' && i + 1 < line.length) {
      current += ch + line[++i];
    } else if (/\s/.test(ch)) {
      if (current) tokens.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  if (current) tokens.push(current);
  return tokens;
}

function patternProblem(pattern: string): string | undefined {
  if (pattern.startsWith('!')) {
    return 'negation with ! does not work in CODEOWNERS; GitHub skips this line. Give the path a later rule with other owners, or a rule with no owners';
  }
  if (pattern.startsWith('\\#')) {
    return 'escaping a leading # with \\ does not work in CODEOWNERS; GitHub skips this line';
  }
  if (/[[\]]/.test(pattern.replace(/\\./g, ''))) {
    return 'character ranges [ ] do not work in CODEOWNERS; GitHub skips this line. List the paths, or use * and ?';
  }
  if (pattern.includes('***')) return 'three consecutive asterisks are not a valid pattern';
  return undefined;
}

function ownersProblem(owners: readonly string[]): string | undefined {
  const bad = owners.find((owner) => !user.test(owner) && !team.test(owner) && !email.test(owner));
  return bad === undefined
    ? undefined
    : `"${bad}" is not an owner (@user, @org/team or an e-mail address); GitHub skips this line`;
}
