"""Latency of the latent-space explorers: from a slider move to new PNG bytes in the image.

    .venv/bin/python benchmarks/bench_widgets.py [--moves 50]

Uses each model's generator, untrained: latency depends on the architecture, not on training.
The target is a median of at most 50 ms per move on 2 CPU cores (generator call + PNG encoding).
"""

from __future__ import annotations

import argparse
import os
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

import numpy as np  # noqa: E402

from ganlib import widgets  # noqa: E402
from ganlib.models import MODEL_NAMES, build_gan  # noqa: E402

TARGET_MS = 50.0


def median_ms(move, moves: int) -> tuple[float, float]:
    """Median and 90th percentile, in ms, of ``moves`` calls of ``move(i)`` (after 3 warm-ups)."""
    for i in range(3):
        move(i)
    times = []
    for i in range(moves):
        start = time.perf_counter()
        move(i)
        times.append((time.perf_counter() - start) * 1000)
    return float(np.median(times)), float(np.percentile(times, 90))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--moves", type=int, default=50)
    args = parser.parse_args(argv)

    print(f"median / 90th percentile of {args.moves} moves, {os.cpu_count()} CPU cores visible")
    ok = True
    for model in MODEL_NAMES:
        generator = build_gan(model)[0]
        sliders = widgets.latent_sliders(generator)
        path = widgets.interpolation(generator)
        browser = widgets.sample_browser(generator)
        values = np.linspace(-3, 3, 61)
        cases = {
            "latent_sliders: direction slider": lambda i: setattr(sliders.sliders[i % 5], "value", float(values[i % 61])),
            "interpolation: position slider": lambda i: setattr(path.position, "value", (i % 100) / 100),
            "sample_browser: seed slider (16 images)": lambda i: setattr(browser.seed_slider, "value", i + 1),
        }
        print(f"{model} generator:")
        for name, move in cases.items():
            median, p90 = median_ms(move, args.moves)
            print(f"  {name:<42} {median:6.1f} ms / {p90:6.1f} ms")
            if name.startswith("latent_sliders"):
                ok = ok and median <= TARGET_MS
    print(f"slider move median {'within' if ok else 'OVER'} the {TARGET_MS:.0f} ms target for every generator")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
