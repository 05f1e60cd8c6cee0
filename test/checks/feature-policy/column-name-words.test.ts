/**
 * Column names split into words (src/checks/feature-policy/column-name-words.ts):
 * an ASCII name goes through ASCII letter and digit classes, which must split
 * it exactly as Unicode's classes do; a name with other characters goes
 * through Unicode's.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { columnNameWords } from '../../../src/checks/feature-policy/column-name-words.ts';
import { randomIndex, seededRandom } from '../../../src/statistics/seeded-random.ts';

/** The split with Unicode's classes alone, as every name was split before the ASCII ones. */
function unicodeWords(name: string): string[] {
  return name
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u)
    .filter(Boolean);
}

describe('columnNameWords', () => {
  it('splits 20,000 random ASCII names as the Unicode classes do', () => {
    const alphabet = 'aAbBzZ09_-. /()[]\t\x7f\x00xYAGEgender';
    const random = seededRandom(12_345);
    for (let k = 0; k < 20_000; k++) {
      const length = 1 + randomIndex(random, 16);
      const name = Array.from(
        { length },
        () => alphabet[randomIndex(random, alphabet.length)],
      ).join('');
      assert.deepEqual(columnNameWords(name), unicodeWords(name), JSON.stringify(name));
    }
  });

  it("splits names with other scripts by Unicode's classes", () => {
    assert.deepEqual(columnNameWords('GeschlechtÄnderung2'), ['geschlecht', 'änderung', '2']);
    assert.deepEqual(columnNameWords('возраст_клиента'), ['возраст', 'клиента']);
    assert.deepEqual(columnNameWords('ÉTATCivil'), ['état', 'civil']);
  });
});
