import assert from 'node:assert/strict';
import { test } from 'vitest';
import { parseProfileJson } from '../../src/profile/profile-json-schema.ts';
import { fixtureText, profileText } from '../mocks/profile-fixtures.ts';

test('a profile survives JSON and reads back identical', async () => {
  const profile = await profileText(
    fixtureText('profile/seattle-weather.csv'),
    'seattle-weather.csv',
  );
  const text = JSON.stringify(profile, null, 2);
  assert.deepEqual(parseProfileJson(text, 'profile.json'), profile);
});

test('a broken profile is refused with file, line and key', async () => {
  const profile = await profileText('v\n1\n2\n3', 'a.csv');
  const broken = structuredClone(profile);
  broken.columns[0]!.numeric!.sketch.weights[0] = 5;
  const text = JSON.stringify(broken, null, 2);
  assert.throws(
    () => parseProfileJson(text, 'ref.json'),
    (error: Error) =>
      /ref\.json:\d+: `columns\[0\]\.numeric\.sketch\.n`: the weights add up to 7, not n = 3/.test(
        error.message,
      ),
  );
  assert.throws(() => parseProfileJson('{"name": "x"}', 'package.json'), /not an mlgate profile/);
  assert.throws(() => parseProfileJson('{', 'cut.json'), /cut\.json: not JSON/);
  const future = JSON.stringify({ ...profile, version: 2 });
  assert.throws(
    () => parseProfileJson(future, 'new.json'),
    /`version`: this mlgate reads profile version 1/,
  );
  const inconsistent = JSON.stringify({ ...profile, rowCount: 4 });
  assert.throws(
    () => parseProfileJson(inconsistent, 'p.json'),
    /count 3 \+ missing 0 ≠ rowCount 4/,
  );
});
