/**
 * Only the bundle files that name `require` get the line that makes one
 * (scripts/require-banner.ts), after a shebang if there is one, and every
 * committed file that calls require() has it.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'vitest';
import { requireBanner, withRequireWhereUsed } from '../../scripts/require-banner.ts';

describe('withRequireWhereUsed', () => {
  it('leaves a file that never names require alone', () => {
    const code = 'import { a } from "./chunk-A.js";\nexport const b = a + 1;\n';
    assert.equal(withRequireWhereUsed(code), code);
  });

  it('puts the banner first, or after the shebang', () => {
    const code = 'var x = require("yaml");\n';
    assert.equal(withRequireWhereUsed(code), `${requireBanner}\n${code}`);
    const script = '#!/usr/bin/env node\nvar x = require("yaml");\n';
    assert.equal(
      withRequireWhereUsed(script),
      `#!/usr/bin/env node\n${requireBanner}\nvar x = require("yaml");\n`,
    );
  });

  it('does not take __require or requireColumn for require', () => {
    const code = 'function requireColumn() {}\nvar __require2 = 1;\n';
    assert.equal(withRequireWhereUsed(code), code);
  });
});

describe('the committed bundle', () => {
  const dist = path.resolve('dist');
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ file, text: readFileSync(path.join(dist, file), 'utf8') }));

  it('defines require in every file that calls it, and in few others', () => {
    const calling = files.filter(({ text }) => /[^\w$.]require\(/.test(text));
    assert.ok(calling.length > 0, 'some dependency calls require()');
    for (const { file, text } of calling) assert.ok(text.includes(requireBanner), file);
    const banners = files.filter(({ text }) => text.includes(requireBanner));
    assert.ok(banners.length < files.length / 4, `${banners.length} of ${files.length} files`);
  });
});
