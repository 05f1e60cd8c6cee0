import assert from 'node:assert/strict';
import { test } from 'vitest';
import { codeSeeds } from '../../../src/checks/reproducibility/code-seeds.ts';

const shown = (file: string, text: string) =>
  codeSeeds(file, text).map(
    (site) => `${site.line} ${site.seeded ? 'seeded' : 'unseeded'} ${site.text}`,
  );

test('a scikit-learn script: the seed constant, the split and the estimator', () => {
  const train = `"""Train the penguin classifier."""
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split

SEED = 42  # one seed for everything
np.random.seed(SEED)

df = pd.read_csv("data/penguins.csv")
X_train, X_test, y_train, y_test = train_test_split(
    df.drop(columns=["species"]), df["species"], test_size=0.2, random_state=SEED
)
model = RandomForestClassifier(
    n_estimators=200,
    random_state=42,
    n_jobs=-1,
)
model.fit(X_train, y_train)
`;
  assert.deepEqual(shown('train.py', train), [
    '7 seeded SEED = 42',
    '8 seeded np.random.seed(SEED)',
    '12 seeded random_state=SEED',
    '16 seeded random_state=42',
  ]);
});

test('PyTorch and Hugging Face seeding calls, with their lines', () => {
  const train = `import random

import numpy as np
import torch
from transformers import set_seed


def seed_all(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.cuda.manual_seed_all(seed)


seed_all(1234)
set_seed(1234)
tf.random.set_seed(7)
rng = np.random.default_rng(2024)
legacy = np.random.RandomState(0)
`;
  assert.deepEqual(shown('src/train.py', train), [
    '9 seeded random.seed(seed)',
    '10 seeded np.random.seed(seed)',
    '11 seeded torch.manual_seed(seed)',
    '12 seeded torch.cuda.manual_seed_all(seed)',
    '16 seeded set_seed(1234)',
    '17 seeded tf.random.set_seed(7)',
    '18 seeded np.random.default_rng(2024)',
    '19 seeded np.random.RandomState(0)',
  ]);
});

test('calls that draw a fresh state every run are unseeded', () => {
  const features = `import numpy as np
from sklearn.model_selection import KFold

rng = np.random.default_rng()
noise = np.random.default_rng(None).normal(size=10)
folds = KFold(n_splits=5, shuffle=True, random_state=None)
torch.seed()
np.random.seed()
`;
  assert.deepEqual(shown('features.py', features), [
    '4 unseeded np.random.default_rng()',
    '5 unseeded np.random.default_rng(None)',
    '6 unseeded random_state=None',
    '7 unseeded torch.seed()',
    '8 unseeded np.random.seed()',
  ]);
});

test('comments, function defaults, comparisons and keyword seeds inside a seeding call', () => {
  const code = `# np.random.seed(0) was here
def split(df, random_state=None):  # the caller decides
    return df.sample(frac=1.0, random_state=random_state)

def seed(self):
    pass

if seed == 3:
    set_seed(seed=11)
print("# of rows:", len(df)); np.random.seed(1)  # np.random.seed(2)
`;
  assert.deepEqual(shown('split.py', code), [
    '3 seeded random_state=random_state',
    '9 seeded set_seed(seed=11)',
    // A `#` inside a string starts no comment; the one after the code does.
    '10 seeded np.random.seed(1)',
  ]);
});

test('R set.seed and JavaScript Math.random; other files are not read', () => {
  assert.deepEqual(
    shown('train.R', 'library(caret)\nset.seed(825)\nfit <- train(y ~ ., data = d)\n'),
    ['2 seeded set.seed(825)'],
  );
  assert.deepEqual(
    shown('train.mjs', '// Math.random() is not used here\nconst w = Math.random() - 0.5;\n'),
    ['2 unseeded Math.random()'],
  );
  assert.deepEqual(shown('params.yaml', 'seed: 7\n'), []);
});

test('a notebook is read as its JSON text, with the JSON lines', () => {
  const notebook = JSON.stringify(
    { cells: [{ cell_type: 'code', source: ['import numpy as np\n', 'np.random.seed(3)\n'] }] },
    null,
    1,
  );
  assert.deepEqual(
    codeSeeds('explore.ipynb', notebook).map((site) => [site.line, site.seeded]),
    [[7, true]],
  );
});
