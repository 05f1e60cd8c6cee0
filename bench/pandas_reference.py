"""The pandas + scipy equivalent of `mlgate drift` on the benchmark files.

python3 bench/pandas_reference.py REFERENCE CURRENT
Reads both files (CSV; JSONL with read_json(lines=True); Parquet with
read_parquet, which needs pyarrow or fastparquet), describes every column, runs the two-sample Kolmogorov-Smirnov
test (scipy.stats.ks_2samp, method='auto') on each numeric column and the
chi-square test of homogeneity (scipy.stats.chi2_contingency, correction=False)
on each categorical column; prints one JSON line with the p-values.
"""
import json
import sys

import pandas as pd
from scipy import stats


def read(path):
    if path.endswith('.jsonl'):
        return pd.read_json(path, lines=True, convert_dates=False)
    if path.endswith('.parquet'):
        return pd.read_parquet(path)
    return pd.read_csv(path)


reference = read(sys.argv[1])
current = read(sys.argv[2])
results = {}
for name in reference.columns:
    reference[name].describe()
    current[name].describe()
    if name in ('id', 'date'):
        continue
    if pd.api.types.is_numeric_dtype(reference[name]):
        test = stats.ks_2samp(reference[name].dropna(), current[name].dropna())
        results[name] = {'ks': test.statistic, 'p': test.pvalue}
    else:
        table = pd.concat(
            [reference[name].value_counts(), current[name].value_counts()], axis=1
        ).fillna(0)
        chi2, p, dof, _ = stats.chi2_contingency(table.T.values, correction=False)
        results[name] = {'chi2': chi2, 'p': p, 'dof': dof}
print(json.dumps(results))
