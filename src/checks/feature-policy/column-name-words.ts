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
  return name
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u)
    .filter(Boolean);
}
