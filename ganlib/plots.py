"""Matplotlib figures for the notebooks, labelled in the notebook's language."""

from __future__ import annotations

import os

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.ticker import MaxNLocator

from ganlib.data import to_uint8
from ganlib.i18n import label
from ganlib.images import grid


def _plot_per_epoch(history: dict, keys: tuple[str, ...], lang: str, ax=None):
    """One line per history key against the epoch, each labelled with ``label(key, lang)``."""
    if ax is None:
        _, ax = plt.subplots(figsize=(6, 3.5))
    epochs = history.get("epoch") or list(range(1, len(history[keys[0]]) + 1))
    for key in keys:
        ax.plot(epochs, history[key], marker="o", label=label(key, lang))
    ax.set_xlabel(label("epoch", lang))
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # epochs are whole numbers
    ax.grid(alpha=0.3)
    ax.legend()
    return ax


def plot_losses(history: dict, lang: str = "en", ax=None, path: str | os.PathLike | None = None):
    """Discriminator and generator loss per epoch (from :func:`ganlib.train.train`'s history)."""
    own = ax is None
    ax = _plot_per_epoch(history, ("d_loss", "g_loss"), lang, ax)
    ax.set_ylabel(label("loss", lang))
    ax.set_title(label("losses", lang))
    if own:
        ax.figure.tight_layout()
        if path:
            ax.figure.savefig(path, dpi=100)
            plt.close(ax.figure)
    return ax


def plot_discriminator_outputs(history: dict, lang: str = "en", ax=None):
    """The discriminator's mean probability of «real» per epoch, for real (``d_real``) and
    generated (``d_fake``) images, with the equilibrium at 0.5 (from ``train``'s history)."""
    ax = _plot_per_epoch(history, ("d_real", "d_fake"), lang, ax)
    ax.axhline(0.5, color="gray", ls="--", lw=1)
    ax.set_ylim(0, 1)
    ax.set_ylabel(label("probability", lang))
    ax.set_title(label("d_output", lang))
    return ax


def show_images(images, title: str | None = None, ncols: int | None = None, ax=None, scale: float = 0.5):
    """Show images (``uint8`` or ``[-1, 1]`` floats) as one grid with a title; a 2-D array is
    taken as an already tiled grid (e.g. an item of ``TrainResult.grids``)."""
    tiled = np.asarray(images) if np.ndim(images) == 2 else grid(images, ncols)
    if ax is None:
        _, ax = plt.subplots(figsize=(tiled.shape[1] / 28 * scale * 2, tiled.shape[0] / 28 * scale * 2))
    ax.imshow(tiled, cmap="gray", vmin=0, vmax=255)
    ax.set_axis_off()
    if title:
        ax.set_title(title)
    return ax


def show_classes(images: np.ndarray, labels: np.ndarray, names, per_class: int = 8):
    """One row per class: ``per_class`` examples with the class name on the left."""
    fig, axes = plt.subplots(len(names), 1, figsize=(per_class * 0.7, len(names) * 0.8))
    for k, (ax, name) in enumerate(zip(axes, names)):
        ax.imshow(grid(images[labels == k][:per_class], ncols=per_class, pad=1), cmap="gray", vmin=0, vmax=255)
        ax.set_xticks([])
        ax.set_yticks([])
        ax.set_ylabel(name, rotation=0, ha="right", va="center")
    fig.tight_layout()
    return fig


def show_gallery(images, titles, ncols: int | None = None, scale: float = 1.3):
    """Images side by side, each with its own title (a class name, a step, ...); returns the figure.

    ``images`` are what :func:`~ganlib.images.grid` accepts: ``(N, 28, 28[, 1])``, ``uint8`` in
    ``[0, 255]`` or floats in ``[-1, 1]``. ``titles`` holds one string per image.
    """
    images = np.asarray(images)
    if len(titles) != len(images):
        raise ValueError(f"got {len(images)} images but {len(titles)} titles")
    if images.dtype != np.uint8:
        images = to_uint8(images)
    if images.ndim == 4:
        images = images[..., 0]
    ncols = ncols or min(len(images), 10)
    nrows = -(-len(images) // ncols)
    fig, axes = plt.subplots(nrows, ncols, figsize=(ncols * scale, nrows * (scale + 0.35)), squeeze=False)
    for ax in axes.flat:
        ax.set_axis_off()
    for ax, image, title in zip(axes.flat, images, titles):
        ax.imshow(image, cmap="gray", vmin=0, vmax=255)
        ax.set_title(title, fontsize=9)
    fig.tight_layout()
    return fig
