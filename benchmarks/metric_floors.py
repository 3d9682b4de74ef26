"""What real data scores: the floors (or ceilings) of every metric of ``ganlib.metrics``.

A generator cannot be expected to beat real images, so these numbers are the scale on which
to read a generator's scores. "Real data" is 10,000 images of the **training split**
(three different random subsets, to show how much the numbers move by chance) evaluated
exactly like generated samples, against the 10,000 test images.

The memorisation check is the exception: training images are, by construction, copies of
training images (all flagged). Its real-data reference is the test split itself: test
images are real images that no generator has seen; their numbers are printed separately.

    python benchmarks/metric_floors.py      # about a minute on 2 CPU cores
"""

from __future__ import annotations

import json
import os
import platform
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from ganlib import data as gdata  # noqa: E402
from ganlib import metrics  # noqa: E402
from ganlib.features import FEATURE_NET_SHA256  # noqa: E402

OUT = Path(__file__).resolve().parent / "results" / "metric_floors.json"
SEEDS = (0, 1, 2)
COLUMNS = ("fid", "kid", "classifier_score", "classes_covered", "precision", "recall",
           "nn_train_ratio", "close_to_train", "copies", "memorised")


def main() -> None:
    (x_train, y_train), (x_test, _) = gdata.load_fashion_mnist()
    runs = []
    for seed in SEEDS:
        images, _ = gdata.subset(x_train, y_train, 10_000, seed=seed)
        result = metrics.evaluate(images, seed=seed)
        result.source = f"10,000 training images (subset seed {seed})"
        runs.append(result.to_dict())
        print(result.table(), flush=True)

    ref = metrics.reference()
    rmse = ref.test_to_train
    unseen = {
        "source": "the 10,000 test images (real, unseen by any generator)",
        **metrics.memorisation(gdata.to_float(x_test), ref.test_probs, ref),
        "median_rmse_to_train": float(np.median(rmse)),
        "percentile_1_rmse_to_train": float(np.percentile(rmse, metrics.CLOSE_PERCENTILE)),
    }
    summary = {}
    for column in COLUMNS:
        values = np.array([run[column] for run in runs], dtype=float)
        summary[column] = {"mean": float(values.mean()), "min": float(values.min()), "max": float(values.max())}
    record = {
        "what": "10,000 real training images vs the 10,000 test images, scored like generated samples",
        "feature_net_sha256": FEATURE_NET_SHA256,
        "summary": summary,
        "runs": runs,
        "memorisation_reference": unseen,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "load_avg": os.getloadavg()},
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(record, indent=2) + "\n")

    print(f"\n{'metric':<18} {'mean':>10} {'min':>10} {'max':>10}")
    for column, s in summary.items():
        print(f"{column:<18} {s['mean']:>10.5g} {s['min']:>10.5g} {s['max']:>10.5g}")
    print(f"\nunseen test images: {json.dumps(unseen)}\nwrote {OUT}")


if __name__ == "__main__":
    main()
