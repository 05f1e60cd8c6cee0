/**
 * The words of a column name, lower-case, as a reader splits it: at case
 * changes (`applicantGender` → applicant gender, `HTTPStatus` → http status),
 * between letters and digits (`AGE31X` → age 31 x), and at every character
 * that is neither a letter nor a digit (`_`, `-`, `.`, spaces, brackets).
 * An all-lower or all-caps run stays one word (`AGEGROUP` → agegroup);
 * find-protected-attributes.ts takes such runs apart where they are a term
 * with qualifiers glued to it.
 */
export function columnNameWords(name: string): string[] {
  const classes = ascii.test(name) ? asciiClasses : unicodeClasses();
  return name
    .replace(classes.lowerThenUpper, '$1 $2')
    .replace(classes.upperThenWord, '$1 $2')
    .toLowerCase()
    .split(classes.between)
    .filter(Boolean);
}

const ascii = /^[\x00-\x7f]*$/;

interface WordPatterns {
  lowerThenUpper: RegExp;
  upperThenWord: RegExp;
  between: RegExp;
}

/**
 * The patterns with Unicode's letter and digit classes, and the same with
 * ASCII's, which match the same in an ASCII name: most column names are, and
 * the Unicode classes took about 2 ms to build in a fresh process (a gate
 * run's feature_policy check), the ASCII ones a tenth of that. The Unicode
 * set is built on first use.
 */
let unicodePatterns: WordPatterns | undefined;

function unicodeClasses(): WordPatterns {
  unicodePatterns ??= {
    lowerThenUpper: /(\p{Ll})(\p{Lu})/gu,
    upperThenWord: /(\p{Lu})(\p{Lu}\p{Ll})/gu,
    between: /[^\p{L}\p{N}]+|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u,
  };
  return unicodePatterns;
}

const asciiClasses: WordPatterns = {
  lowerThenUpper: /([a-z])([A-Z])/g,
  upperThenWord: /([A-Z])([A-Z][a-z])/g,
  between: /[^A-Za-z0-9]+|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])/,
};
