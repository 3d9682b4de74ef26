"""Latent vectors and image generation, seeded so that the same seed gives the same pictures."""

from __future__ import annotations

import numpy as np


def latent_dim_of(generator) -> int:
    """The latent size a generator expects (its input's last dimension)."""
    return int(generator.inputs[0].shape[-1])


def latent_vectors(n: int, latent_dim: int = 100, seed: int = 0) -> np.ndarray:
    """``n`` standard-normal latent vectors, ``float32``; the same ``seed`` gives the same vectors."""
    if not isinstance(n, (int, np.integer)) or n <= 0:
        raise ValueError(f"the number of samples must be a positive integer, got {n!r}")
    return np.random.default_rng(seed).standard_normal((int(n), latent_dim)).astype(np.float32)


def check_latent(generator, z) -> np.ndarray:
    """Return ``z`` as ``float32`` ``(N, latent_dim)``, or raise naming the size mismatch."""
    z = np.asarray(z, dtype=np.float32)
    expected = latent_dim_of(generator)
    if z.ndim == 1:
        z = z[None]
    if z.ndim != 2 or z.shape[1] != expected:
        raise ValueError(
            f"latent vectors have shape {z.shape}, but generator {generator.name!r} expects "
            f"(N, {expected})"
        )
    return z


def generate(generator, z=None, *, n: int = 64, seed: int = 0, batch_size: int = 500) -> np.ndarray:
    """Images in ``[-1, 1]``, shape ``(N, 28, 28, 1)``, from latent vectors ``z``.

    Without ``z``, ``n`` vectors are drawn with ``seed``. Generation runs in inference mode
    (batch norm uses its moving averages) and in batches, so 10,000 samples fit in memory.
    """
    if z is None:
        z = latent_vectors(n, latent_dim_of(generator), seed)
    z = check_latent(generator, z)
    parts = [np.asarray(generator(z[i : i + batch_size], training=False)) for i in range(0, len(z), batch_size)]
    return np.concatenate(parts).astype(np.float32)


def interpolate(z0: np.ndarray, z1: np.ndarray, steps: int, *, spherical: bool = False) -> np.ndarray:
    """``steps`` points from ``z0`` to ``z1``: a straight line, or a great-circle arc (slerp).

    Spherical interpolation keeps the norm of the path close to that of typical Gaussian
    samples, where the generator was trained; the straight line cuts through the low-norm
    middle of the distribution.
    """
    z0, z1 = np.asarray(z0, np.float32), np.asarray(z1, np.float32)
    t = np.linspace(0.0, 1.0, steps, dtype=np.float32)[:, None]
    if not spherical:
        return (1 - t) * z0 + t * z1
    cos = np.dot(z0, z1) / (np.linalg.norm(z0) * np.linalg.norm(z1))
    omega = np.arccos(np.clip(cos, -1.0, 1.0))
    if omega < 1e-6:
        return (1 - t) * z0 + t * z1
    return (np.sin((1 - t) * omega) * z0 + np.sin(t * omega) * z1) / np.sin(omega)
