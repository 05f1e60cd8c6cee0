/**
 * Text the report keeps inside a code span (identifiers, keys, paths): it can
 * hold no backtick, `|`, `<`, `@` or line break, so it can't break out of the
 * span or ping anyone. One pattern for the engine, which writes spans into
 * reasons, and for the report, which keeps exactly those spans when escaping.
 * Brackets allow instance keys such as `drift[serving-eu]`: a code span makes
 * no link of them.
 */
export const safeCodeText = '[A-Za-z0-9_.:/=+-][A-Za-z0-9_.:/=+ \\[\\]-]{0,199}';

const safeCode = new RegExp(`^${safeCodeText}$`);

export function isSafeCodeText(text: string): boolean {
  return safeCode.test(text);
}
