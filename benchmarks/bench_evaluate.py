"""How long ``ganlib.metrics.evaluate`` takes on 10,000 DCGAN samples, generation included.

An untrained DCGAN generator has the same cost as a trained one. The first call in a process
also builds the cached reference statistics (test-split features, the training split's PCA
index): a cold start costs ``reference_first_call + evaluate_10k``, later calls
``evaluate_10k``. Results go to ``benchmarks/results/bench_evaluate.json``.

    python benchmarks/bench_evaluate.py        # a benchmark, not a test
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from ganlib import metrics  # noqa: E402  (first: sets Keras' backend and TensorFlow's log level)
import keras  # noqa: E402
from ganlib.models import build_gan  # noqa: E402
from ganlib.sampling import generate  # noqa: E402

OUT = Path(__file__).resolve().parent / "results" / "bench_evaluate.json"
N = 10_000


def seconds(call) -> dict:
    """Wall-clock seconds, and CPU seconds of this process (all threads): on a machine shared
    with other jobs the wall time grows, the CPU time much less; CPU time / cores is about the
    wall time on idle cores."""
    wall, cpu = time.perf_counter(), time.process_time()
    call()
    return {"wall_s": round(time.perf_counter() - wall, 2), "cpu_s": round(time.process_time() - cpu, 2)}


def main() -> None:
    keras.utils.set_random_seed(0)
    generator, _ = build_gan("dcgan")
    generate(generator, n=500)  # build the generator's graph once, outside the timings
    load_before = os.getloadavg()
    record = {
        "generate_10k": seconds(lambda: generate(generator, n=N)),
        "reference_first_call": seconds(metrics.reference),
        "evaluate_10k": seconds(lambda: metrics.evaluate(generator, n=N, seed=0)),  # generation included
        "evaluate_10k_again": seconds(lambda: metrics.evaluate(generator, n=N, seed=1)),
        "cpus": os.cpu_count(),
        "load_avg_before": load_before,
        "load_avg_after": os.getloadavg(),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(record, indent=2) + "\n")
    for key, value in record.items():
        print(f"{key:<24} {value}")


if __name__ == "__main__":
    main()
