import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { findPrototypeKey } from '../../src/github/prototype-keys.ts';

describe('findPrototypeKey', () => {
  it('finds `__proto__` as JSON.parse keeps it: an own key, at any depth', () => {
    const json = JSON.parse(
      '{"checks":[{"id":"a"},{"findings":[{"__proto__":{"polluted":true}}]}]}',
    );
    assert.equal(findPrototypeKey(json), 'checks.1.findings.0.__proto__');
    assert.equal(({} as Record<string, unknown>).polluted, undefined, 'parsing polluted nothing');
  });

  it('finds `constructor` and `prototype`, at the top level too', () => {
    assert.equal(findPrototypeKey(JSON.parse('{"constructor":{"prototype":1}}')), 'constructor');
    assert.equal(findPrototypeKey(JSON.parse('{"a":{"b":{"prototype":{}}}}')), 'a.b.prototype');
  });

  it('names the first in document order', () => {
    const json = JSON.parse('{"a":[{"x":1},{"constructor":2}],"__proto__":3}');
    assert.equal(findPrototypeKey(json), 'a.1.constructor');
  });

  it('lets values and look-alike keys through', () => {
    const json = JSON.parse(
      '{"message":"__proto__","list":["constructor","prototype"],"__proto":1,"Constructor":2,"proto":3}',
    );
    assert.equal(findPrototypeKey(json), undefined);
    assert.equal(findPrototypeKey(null), undefined);
    assert.equal(findPrototypeKey('__proto__'), undefined);
  });

  it('walks a deeply nested document without overflowing the stack', () => {
    const depth = 200_000;
    const text = `${'['.repeat(depth)}{"__proto__":1}${']'.repeat(depth)}`;
    const found = findPrototypeKey(JSON.parse(text));
    assert.equal(found, `${'0.'.repeat(depth)}__proto__`);
  });
});
