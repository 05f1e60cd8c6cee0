import assert from 'node:assert/strict';
import { test } from 'vitest';
import { scanTableText } from '../../src/formats/scan-table-bytes.ts';
import { profilesOfColumns, profileTableInParallel } from '../../src/io/profile-in-parallel.ts';
import { defaultProfileSettings } from '../../src/profile/profile-settings.ts';
import { profileTable } from '../../src/profile/profile-table.ts';
import { fixtureText } from '../mocks/profile-fixtures.ts';

test('profiling on worker threads gives exactly the single-thread profile', async () => {
  const text = fixtureText('profile/seattle-weather.csv');
  const options = { otherColumns: 'auto' } as const;
  const single = profileTable(
    scanTableText(text, 'seattle-weather.csv', options),
    defaultProfileSettings,
  );
  const settings = { ...defaultProfileSettings, sketchSize: 16 };
  const lossySingle = profileTable(scanTableText(text, 'seattle-weather.csv', options), settings);
  assert.deepEqual(
    await profileTableInParallel(
      scanTableText(text, 'seattle-weather.csv', options),
      defaultProfileSettings,
      2,
    ),
    single,
  );
  assert.deepEqual(
    await profileTableInParallel(scanTableText(text, 'seattle-weather.csv', options), settings, 3),
    lossySingle,
  );
});

test('a wide, short table (its columns share slabs) profiles the same on workers, and column by column', async () => {
  const header = Array.from({ length: 40 }, (_, k) => `c${k}`);
  const rows = Array.from({ length: 10 }, (_, r) =>
    header.map((_, k) => (k % 7 === 0 ? 'xyz'[(r + k) % 3] : String((r * k) % 11))).join(','),
  );
  const text = `${[header.join(','), ...rows].join('\n')}\n`;
  const scan = () => scanTableText(text, 'wide.csv', { otherColumns: 'auto' });
  const single = profileTable(scan(), defaultProfileSettings);
  assert.deepEqual(await profileTableInParallel(scan(), defaultProfileSettings, 2), single);
  assert.deepEqual([...(await profilesOfColumns(scan(), defaultProfileSettings))], single.columns);
});
