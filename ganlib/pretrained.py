"""Trained generators that ship with ganlib, so that a notebook can explore a good generator
without training one first.

Each one is two files in ``ganlib/pretrained/``:

* ``<name>.keras`` — the generator, in Keras' native format, loaded with ``safe_mode=True``
  (no code is deserialised);
* ``<name>.json`` — its manifest: how it was trained (model, epochs, images, seed), how long
  it took and on what hardware, and its quality metrics (:func:`ganlib.metrics.evaluate`).

::

    from ganlib import pretrained
    pretrained.available()                       # ['dcgan', 'improved', 'vanilla']
    generator, manifest = pretrained.load("dcgan")
    manifest["metrics"]["fid"]

``scripts/train_pretrained.py`` trains and writes them (about two hours on 2 CPU cores).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import NamedTuple

from ganlib.recipes import RECIPES as LEARNER_RECIPES

PRETRAINED_DIR = Path(__file__).resolve().parent / "pretrained"
# The recipe of each shipped generator, on the full training split (60,000 images). Float32
# everywhere, so the shipped weights do not depend on the machine's precision choice. The
# improved DCGAN trains with batches of 64: on 2 CPU cores its step then takes about a quarter
# of a 256-image step (0.19-0.21 s against 0.77 s), so the same hour gives ~3.8x more updates
# at about the same images/s, which this GAN needs more than it needs large batches.
# The CPU-sized DCGAN ships as what `make run` trains: the learner's recipe of ganlib.recipes.
RECIPES = {
    "vanilla": {"epochs": 30},
    "dcgan": {"epochs": 10},
    "improved": {"epochs": 15, "batch_size": 64},
    "fast": {k: v for k, v in LEARNER_RECIPES["fast"].items() if k != "model"},
}
MANIFEST_KEYS = ("model", "epochs", "seconds", "hardware", "seed", "metrics")
NAME = re.compile(r"^[A-Za-z0-9_.-]+$")


class PretrainedNotFoundError(FileNotFoundError):
    """No shipped generator has that name."""


class Pretrained(NamedTuple):
    """What :func:`load` returns; unpack it as ``generator, manifest = load(name)``."""

    generator: object  # a keras.Model
    manifest: dict


def _folder(folder: str | os.PathLike | None) -> Path:
    return Path(folder) if folder is not None else PRETRAINED_DIR


def available(folder: str | os.PathLike | None = None) -> list[str]:
    """Names of the shipped generators (those with both a ``.keras`` file and a manifest)."""
    where = _folder(folder)
    return sorted(p.stem for p in where.glob("*.keras") if (where / f"{p.stem}.json").is_file())


def _paths(name: str, folder: str | os.PathLike | None) -> tuple[Path, Path]:
    where = _folder(folder)
    if not isinstance(name, str) or not NAME.match(name) or name not in available(where):
        shipped = ", ".join(available(where)) or "none yet"
        raise PretrainedNotFoundError(
            f"no pretrained generator named {name!r} in {where}; shipped: {shipped}. "
            "Train them with `python scripts/train_pretrained.py`, or train your own with ganlib.train.train."
        )
    return where / f"{name}.keras", where / f"{name}.json"


def manifest(name: str, folder: str | os.PathLike | None = None) -> dict:
    """The manifest of a shipped generator (without loading the model)."""
    return json.loads(_paths(name, folder)[1].read_text())


def load(name: str, folder: str | os.PathLike | None = None) -> Pretrained:
    """The shipped generator ``name`` and its manifest."""
    from ganlib.train import load_model  # safe_mode=True, compile=False

    model_path, manifest_path = _paths(name, folder)
    return Pretrained(load_model(model_path), json.loads(manifest_path.read_text()))


def save(generator, name: str, info: dict, folder: str | os.PathLike | None = None) -> tuple[Path, Path]:
    """Write ``<name>.keras`` and the manifest ``<name>.json`` (which must hold
    :data:`MANIFEST_KEYS`); used by ``scripts/train_pretrained.py``."""
    from ganlib.train import save_model

    if not isinstance(name, str) or not NAME.match(name):
        raise ValueError(f"a pretrained name is letters, digits, '_', '-' or '.', got {name!r}")
    missing = [key for key in MANIFEST_KEYS if key not in info]
    if missing:
        raise ValueError(f"the manifest of {name!r} lacks {', '.join(missing)}")
    where = _folder(folder)
    where.mkdir(parents=True, exist_ok=True)
    model_path = save_model(generator, where / f"{name}.keras")
    manifest_path = where / f"{name}.json"
    tmp = manifest_path.with_name(manifest_path.name + ".tmp")
    tmp.write_text(json.dumps(info, indent=2, default=_plain) + "\n")
    os.replace(tmp, manifest_path)
    return model_path, manifest_path


def _plain(value):
    """JSON for NumPy numbers and arrays (metrics often are)."""
    if hasattr(value, "tolist"):
        return value.tolist()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def hardware(manifest: dict, lang: str = "en") -> str:
    """A manifest's ``hardware`` in language ``lang`` ("AMD EPYC (x86_64), 2 CPU cores, no GPU")."""
    from ganlib.i18n import label

    text = manifest["hardware"]
    match = re.fullmatch(r"(.*), (\d+) CPU cores, no GPU", text)
    return f"{match[1]}, {label('hardware_cpu', lang, cores=int(match[2]))}" if match else text


def table(folder: str | os.PathLike | None = None, lang: str = "en") -> str:
    """A Markdown table of the shipped generators in language ``lang``, every figure read from
    their manifests (README.md quotes the English one; a test keeps the two equal)."""
    from ganlib.i18n import fmt, label
    from ganlib.models import MODEL_NAMES

    names = sorted(available(folder), key=lambda n: (MODEL_NAMES.index(n) if n in MODEL_NAMES else len(MODEL_NAMES), n))
    headers = [label(f"shipped_{key}", lang) for key in (
        "generator", "epochs", "batch", "seconds", "hardware", "fid", "kid", "classifier_score",
        "classes_covered", "precision", "recall", "copies")]
    lines = ["| " + " | ".join(headers) + " |", "| " + " | ".join("---" for _ in headers) + " |"]
    for name in names:
        m = manifest(name, folder)
        x = m.get("metrics") or {}  # None when the generator was not evaluated

        def cell(key: str, spec: str) -> str:
            return fmt("{v:" + spec + "}", lang, v=x[key]) if key in x else "–"

        lines.append(
            f"| {name} | {m['epochs']} | {m.get('batch_size', '')} | {fmt('{s:,.0f}', lang, s=m['seconds'])} "
            f"{label('seconds_unit', lang)} | {hardware(m, lang)} | {cell('fid', '.1f')} | {cell('kid', '.3f')} | {cell('classifier_score', '.2f')} "
            f"| {cell('classes_covered', 'd')} | {cell('precision', '.3f')} | {cell('recall', '.3f')} "
            f"| {cell('copies', 'd')} |"
        )
    return "\n".join(lines)
