import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { commentMarker } from '../../src/report/comment-marker.ts';

describe('commentMarker', () => {
  it('is a hidden HTML comment naming the key', () => {
    assert.equal(commentMarker('default'), '<!-- mlgate:report key=default -->');
    assert.equal(commentMarker('model-a_v2.1'), '<!-- mlgate:report key=model-a_v2.1 -->');
  });

  it('keeps one key from matching another that starts with it', () => {
    assert.equal(commentMarker('model-ab').includes(commentMarker('model-a')), false);
  });

  it('refuses keys that could close the HTML comment or hide in whitespace', () => {
    for (const key of ['', 'a -->', 'a b', 'x>y', 'key\n']) {
      assert.throws(() => commentMarker(key), /letters, digits/, JSON.stringify(key));
    }
  });
});
