"""Named training recipes: the settings of :class:`ganlib.train.TrainConfig` that each model
trains with, on a CPU or a GPU.

A recipe is a plain dict of ``TrainConfig`` fields. ``make run``, the benchmarks and the
shipped ``fast`` generator take their settings from here, so a figure quoted for a recipe is
a figure of exactly these settings::

    from ganlib.recipes import config
    config("fast")                       # TrainConfig(model="fast", batch_size=64, learning_rate=8e-4, ema=0.995, seconds=300, ...)
    config("fast", seconds=120, seed=1)  # the same recipe with other values

Measured with ``benchmarks/bench_quality.py --clock`` (README, "Time to quality").
"""

from __future__ import annotations

RECIPES: dict[str, dict] = {
    # The learner's default on a CPU (`make run`): the CPU-sized DCGAN, many small updates at a
    # high rate, sampled from the moving average of its weights; five minutes of training.
    # Each choice was measured against the alternatives (README, "Quality on the clock").
    "fast": {"model": "fast", "batch_size": 64, "learning_rate": 8e-4, "ema": 0.995, "epochs": 50, "seconds": 300},
    # The TensorFlow DCGAN tutorial's network with the trainer's defaults (batch 256, Adam 2e-4 /
    # 0.5, no average): what `make run` trained before these recipes.
    "classic": {"model": "dcgan", "batch_size": 256, "epochs": 50, "seconds": 300},
    # The tutorial's network with the learner's recipe (small batches, moving average).
    "dcgan": {"model": "dcgan", "batch_size": 64, "ema": 0.995, "epochs": 50, "seconds": 300},
    # The vanilla GAN (two MLPs) with the learner's recipe.
    "vanilla": {"model": "vanilla", "batch_size": 64, "ema": 0.995, "epochs": 50, "seconds": 300},
    # The improved DCGAN with the learner's recipe.
    "improved": {"model": "improved", "batch_size": 64, "ema": 0.995, "epochs": 50, "seconds": 300},
}


def config(name: str, **overrides):
    """The :class:`ganlib.train.TrainConfig` of recipe ``name``, with any field overridden."""
    from ganlib.train import TrainConfig

    if name not in RECIPES:
        raise ValueError(f"unknown recipe {name!r}; choose one of {', '.join(RECIPES)}")
    return TrainConfig(**{**RECIPES[name], **overrides})
