"""Levers on the DCGAN training step: what each one buys on this machine, against float32.

Every candidate is the TensorFlow tutorial's DCGAN step (``bench_train.tutorial_loop``) with
one lever changed: the precision, XLA compilation, the batch size, or two of them together.
Candidates are timed in alternation in one process, several rounds, and the report gives the
median images/s of each and its ratio to the unchanged tutorial step (float32, batch 256, plain
graph mode), measured in the same run.

    python benchmarks/bench_levers.py [--rounds 5] [--images 2048]

Writes ``benchmarks/results/levers.json``. ``bench_train.py`` measures ganlib's own trainer
(``GAN.fit``) against the same baseline.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from bench_train import hardware, measure, tutorial_loop

from ganlib import data

LEVERS = {  # name: keyword arguments of tutorial_loop
    "tutorial step (float32, batch 256)": {},
    "mixed_bfloat16": {"precision": "mixed_bfloat16"},
    "XLA (jit_compile=True)": {"jit": True},
    "mixed_bfloat16 + XLA": {"precision": "mixed_bfloat16", "jit": True},
    "batch 64": {"batch": 64},
    "batch 128": {"batch": 128},
    "batch 512": {"batch": 512},
    "mixed_bfloat16 + batch 128": {"precision": "mixed_bfloat16", "batch": 128},
    "mixed_bfloat16 + batch 512": {"precision": "mixed_bfloat16", "batch": 512},
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--images", type=int, default=2048, help="images per timed measurement")
    parser.add_argument("--levers", nargs="*", default=list(LEVERS), help="names from LEVERS (first = baseline)")
    parser.add_argument("--json", type=Path, default=Path("benchmarks/results/levers.json"))
    args = parser.parse_args()

    (images, _), _ = data.load_fashion_mnist()
    candidates = {name: tutorial_loop(images, **LEVERS[name]) for name in args.levers}
    rates = measure(candidates, 0, args.rounds, images=args.images)  # same images per measurement
    baseline = rates[args.levers[0]]
    rows = [{"lever": name, **LEVERS[name], "images_per_s": rates[name], "vs_baseline": rates[name] / baseline}
            for name in args.levers]
    print(f"{'lever':36s} {'images/s':>9s} {'× tutorial':>10s}")
    for row in rows:
        print(f"{row['lever']:36s} {row['images_per_s']:9.0f} {row['vs_baseline']:10.2f}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"hardware": hardware(), "rounds": args.rounds, "rows": rows}, indent=2))
    print(f"wrote {args.json}")


if __name__ == "__main__":
    main()
