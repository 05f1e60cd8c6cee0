import assert from 'node:assert/strict';
import { test } from 'vitest';
import { featureLabelAssociations } from '../../../src/checks/feature-association/feature-label-association.ts';
import { scanFixture } from '../../drift/drift-fixtures.ts';
import { assertClose } from '../../statistics/fixture-samples.ts';

const penguins = scanFixture('penguins.csv');

function associationOf(label: string, feature: string) {
  const [result] = featureLabelAssociations(penguins, label, [feature]);
  assert.ok(result && result.kind !== 'skipped');
  return result;
}

test('each measure matches scipy/numpy at full precision on the penguins', () => {
  // eta(<col> by species) = sqrt(sum(n_g*(mean_g-mean)**2)/sum((y-mean)**2)) with numpy
  assertClose(associationOf('species', 'flipper_length_mm').value, 0.8821728382519646, 1e-13);
  assertClose(associationOf('species', 'beak_length_mm').value, 0.8413139288696166, 1e-13);
  assertClose(associationOf('species', 'body_mass_g').value, 0.8183348664745757, 1e-13);
  // stats.contingency.association([[44, 56, 52], [0, 68, 0], [124, 0, 0]], method="cramer") → 0.6598431008795325
  assertClose(associationOf('species', 'island').value, 0.6598431008795325, 1e-13);
  // stats.contingency.association([[73, 73], [34, 34], [58, 61]], method="cramer") → 0.0120817001245789
  const sex = associationOf('species', 'sex');
  assertClose(sex.value, 0.0120817001245789, 1e-12);
  assert.equal(sex.n, 333);
  // abs(stats.pointbiserialr(sex == MALE, body_mass_g).statistic) → 0.4249869909039955
  const mass = associationOf('sex', 'body_mass_g');
  assert.equal(mass.measure, 'point_biserial');
  assertClose(mass.value, 0.4249869909039955, 1e-13);
  // stats.pearsonr(body_mass_g, flipper_length_mm) → 0.8712017673060114
  const flipper = associationOf('body_mass_g', 'flipper_length_mm');
  assert.equal(flipper.measure, 'pearson');
  assertClose(flipper.value, 0.8712017673060114, 1e-13);
  // eta(body_mass_g by island) → 0.6273573224256876
  const island = associationOf('body_mass_g', 'island');
  assert.equal(island.measure, 'correlation_ratio');
  assertClose(island.value, 0.6273573224256876, 1e-13);
});
