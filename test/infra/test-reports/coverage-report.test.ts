import assert from 'node:assert/strict';
import { test } from 'vitest';
import { readCoverage } from '../../../src/infra/test-reports/coverage-report.ts';

test('lcov: absolute paths under the root become repository paths; two records of a file merge per line', () => {
  const lcov =
    'SF:/repo/src/a.py\nDA:1,1\nDA:2,0\nend_of_record\nSF:src/a.py\nDA:2,3\nDA:3,0\nend_of_record\n';
  assert.deepEqual(readCoverage([{ text: lcov, source: 'lcov.info' }], '/repo'), [
    { path: 'src/a.py', linesFound: 3, linesHit: 2 },
  ]);
});

test('Cobertura: file names are joined to <source>; lines inside <methods> are not counted twice', () => {
  const xml = `<?xml version="1.0" ?>
<coverage line-rate="0.5"><sources><source>/repo/pkg</source></sources><packages><package name="m"><classes>
<class name="m.py" filename="m.py"><methods><method name="f"><lines><line number="1" hits="1"/></lines></method></methods>
<lines><line number="1" hits="1"/><line number="2" hits="0"/></lines></class></classes></package></packages></coverage>`;
  assert.deepEqual(readCoverage([{ text: xml, source: 'coverage.xml' }], '/repo'), [
    { path: 'pkg/m.py', linesFound: 2, linesHit: 1 },
  ]);
});

test('JaCoCo: a line counts when it has instructions, hit when one was covered', () => {
  const xml = `<report name="x"><package name="com/acme"><sourcefile name="Model.java">
<line nr="3" mi="0" ci="4" mb="0" cb="0"/><line nr="4" mi="2" ci="0" mb="0" cb="0"/></sourcefile></package></report>`;
  assert.deepEqual(readCoverage([{ text: xml, source: 'jacoco.xml' }], '/repo'), [
    { path: 'com/acme/Model.java', linesFound: 2, linesHit: 1 },
  ]);
});

test('an unknown format is named', () => {
  assert.throws(
    () => readCoverage([{ text: '{"total": 1}', source: 'c.json' }], '/repo'),
    /c\.json: neither lcov/,
  );
});
