"""Shared fixtures: the real training images, and the settings of a training run of a few steps."""

from __future__ import annotations

import numpy as np
import pytest

from ganlib import data

QUICK = dict(subset=256, batch_size=64, grid_size=4, verbose=0)  # train() on 256 images: 4 steps per epoch


@pytest.fixture(scope="session")
def images() -> np.ndarray:
    """The Fashion-MNIST training images (uint8, (60000, 28, 28))."""
    (x_train, _), _ = data.load_fashion_mnist()
    return x_train


def state(gan) -> list[np.ndarray]:
    """Every state variable of a GAN (weights, statistics, optimizers, RNG), as arrays."""
    return [v.numpy() for v in gan.state_variables()]
