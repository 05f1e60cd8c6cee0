"""The scikit-learn equivalent of `mlgate metrics --task binary` on the benchmark's predictions.

python3 bench/sklearn_metrics.py PREDICTIONS.csv
Reads the file with pandas and computes roc_auc_score, average_precision_score,
log_loss, brier_score_loss and accuracy_score (threshold 0.5) of column `score`
against column `label` (1 is positive); prints one JSON line.
"""
import json
import sys

import pandas as pd
from sklearn.metrics import (
    accuracy_score,
    average_precision_score,
    brier_score_loss,
    log_loss,
    roc_auc_score,
)

frame = pd.read_csv(sys.argv[1])
label = frame['label'].to_numpy()
score = frame['score'].to_numpy()
print(
    json.dumps(
        {
            'roc_auc': roc_auc_score(label, score),
            'average_precision': average_precision_score(label, score),
            'log_loss': log_loss(label, score),
            'brier': brier_score_loss(label, score),
            'accuracy': accuracy_score(label, score >= 0.5),
        }
    )
)
