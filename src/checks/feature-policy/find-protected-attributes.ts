/**
 * Which protected attributes a column name denotes (protected-attributes.ts):
 * the name is split into words (column-name-words.ts); a word that is a term
 * with qualifiers glued to it (`agegroup`, `isfemale`, `maritalstatus`) is
 * taken apart; then, from left to right, the longest term or unprotected
 * phrase that starts at each word is taken, so `credit_union` is not a trade
 * union and `senior_citizen` is an age, not a nationality.
 * Cost: O(words × terms) per name, with a few hundred short terms.
 */
import { columnNameWords } from './column-name-words.ts';
import {
  gluedPrefixes,
  gluedSuffixes,
  type ProtectedCategory,
  protectedCategories,
  unprotectedPhrases,
} from './protected-attributes.ts';

export interface ProtectedMatch {
  category: ProtectedCategory;
  /** The term as listed, e.g. `marital` or `date_of_birth`. */
  term: string;
}

interface Phrase {
  words: readonly string[];
  term: string;
  category: ProtectedCategory | null;
}

const phrases: readonly Phrase[] = [
  ...protectedCategories.flatMap((category) =>
    category.terms.map((term) => ({ words: term.split('_'), term, category })),
  ),
  ...unprotectedPhrases.map((term) => ({ words: term.split('_'), term, category: null })),
].sort((a, b) => b.words.length - a.words.length);

/** Terms written without separators (`dateofbirth`), longest first, with their words. */
const gluedTerms = protectedCategories
  .flatMap((category) => category.terms.map((term) => term.split('_')))
  .map((words) => ({ text: words.join(''), words }))
  .sort((a, b) => b.text.length - a.text.length);

const singleWords = new Set(phrases.filter((p) => p.words.length === 1).map((p) => p.term));

export function findProtectedAttributes(column: string): ProtectedMatch[] {
  const words = columnNameWords(column).flatMap((word) =>
    singleWords.has(word) ? [word] : (unglue(word) ?? [word]),
  );
  const found: ProtectedMatch[] = [];
  for (let i = 0; i < words.length; ) {
    const phrase = phrases.find((p) => p.words.every((word, j) => words[i + j] === word));
    if (phrase?.category) found.push({ category: phrase.category, term: phrase.term });
    i += phrase?.words.length ?? 1;
  }
  return found;
}

/**
 * `agegroup` → age group, `isunionmember` → is union member, `raceethnicity`
 * → race ethnicity: the word as glued prefixes, one or more terms, then glued
 * suffixes; undefined when it is not one.
 */
function unglue(
  word: string,
  stage: 'prefix' | 'term' | 'suffix' = 'prefix',
): string[] | undefined {
  if (word === '') return stage === 'prefix' ? undefined : [];
  const next = (parts: readonly string[], length: number, then: typeof stage) => {
    const rest = unglue(word.slice(length), then);
    return rest && [...parts, ...rest];
  };
  if (stage === 'prefix') {
    for (const prefix of gluedPrefixes) {
      const found = word.startsWith(prefix) && next([prefix], prefix.length, 'prefix');
      if (found) return found;
    }
  }
  if (stage !== 'suffix') {
    for (const term of gluedTerms) {
      const found = word.startsWith(term.text) && next(term.words, term.text.length, 'term');
      if (found) return found;
    }
  }
  if (stage === 'prefix') return undefined;
  for (const suffix of gluedSuffixes) {
    const found = word.startsWith(suffix) && next([suffix], suffix.length, 'suffix');
    if (found) return found;
  }
  return undefined;
}
