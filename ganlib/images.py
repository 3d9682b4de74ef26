"""Image grids, PNG files and GIFs (with Pillow, which matplotlib already needs)."""

from __future__ import annotations

import io
import math
import os
from pathlib import Path

import numpy as np
from PIL import Image

from ganlib.data import to_uint8


def grid(images, ncols: int | None = None, pad: int = 2) -> np.ndarray:
    """Tile images (``(N, 28, 28[, 1])``, ``uint8`` or floats in ``[-1, 1]``) into one ``uint8`` array."""
    images = np.asarray(images)
    if images.dtype != np.uint8:
        images = to_uint8(images)
    if images.ndim == 4:
        images = images[..., 0]
    n, h, w = images.shape
    ncols = ncols or math.ceil(math.sqrt(n))
    nrows = math.ceil(n / ncols)
    canvas = np.full((nrows * (h + pad) + pad, ncols * (w + pad) + pad), 255, np.uint8)
    for i, image in enumerate(images):
        r, c = divmod(i, ncols)
        canvas[pad + r * (h + pad) : pad + r * (h + pad) + h, pad + c * (w + pad) : pad + c * (w + pad) + w] = image
    return canvas


def _atomic_write(path: Path, write) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    write(tmp)
    os.replace(tmp, path)


def _picture(image: np.ndarray, scale: int = 1) -> Image.Image:
    picture = Image.fromarray(np.asarray(image, np.uint8))
    if scale > 1:
        picture = picture.resize((picture.width * scale, picture.height * scale), Image.NEAREST)
    return picture


def save_png(image: np.ndarray, path: str | os.PathLike, scale: int = 1) -> Path:
    """Write a ``uint8`` image (e.g. a :func:`grid`) to ``path``, enlarged ``scale`` times."""
    path = Path(path)
    picture = _picture(image, scale)
    _atomic_write(path, lambda tmp: picture.save(tmp, format="PNG"))
    return path


def png_bytes(image: np.ndarray, scale: int = 1) -> bytes:
    """Encode a ``uint8`` image as PNG bytes (what an ``ipywidgets.Image`` displays)."""
    picture = _picture(image, scale)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", compress_level=1)
    return buffer.getvalue()


def save_gif(frames: list[np.ndarray], path: str | os.PathLike, *, seconds_per_frame: float = 0.4, scale: int = 2) -> Path:
    """Write ``uint8`` frames as a looping GIF; the last frame is held three times longer."""
    if not frames:
        raise ValueError("save_gif needs at least one frame")
    path = Path(path)
    pictures = [_picture(frame, scale) for frame in frames]
    durations = [int(seconds_per_frame * 1000)] * len(pictures)
    durations[-1] *= 3
    _atomic_write(
        path,
        lambda tmp: pictures[0].save(
            tmp, format="GIF", save_all=True, append_images=pictures[1:], duration=durations, loop=0
        ),
    )
    return path


def load_png(path: str | os.PathLike) -> np.ndarray:
    """Read a PNG written by :func:`save_png` back into a ``uint8`` array."""
    with Image.open(path) as picture:
        return np.asarray(picture.convert("L"))
