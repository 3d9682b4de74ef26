"""Where a notebook keeps its run folders: on Google Drive in Colab, next to the notebook elsewhere.

A Colab runtime is wiped when it disconnects; a run folder on Drive keeps the checkpoint, so
running the notebook again resumes the run instead of starting over::

    RUN_DIR = run_folder("04_dcgan")   # Colab: /content/drive/MyDrive/fashion-gan/runs/04_dcgan
                                       # elsewhere: runs/04_dcgan (or $GANLIB_RUNS_DIR/04_dcgan)
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

RUNS_ENV_VAR = "GANLIB_RUNS_DIR"  # a folder for every notebook's runs (e.g. shared by the three languages)
DRIVE = Path("/content/drive")
DRIVE_RUNS = DRIVE / "MyDrive" / "fashion-gan" / "runs"


def in_colab() -> bool:
    """True inside a Google Colab runtime (the ``google.colab`` package is only there)."""
    return importlib.util.find_spec("google.colab") is not None


def run_folder(name: str, *, drive: bool = True) -> Path:
    """The folder for run ``name``: on Google Drive in Colab when ``drive`` (mounted on first use),
    else under ``$GANLIB_RUNS_DIR`` or ``runs/`` in the working directory. Never emptied here."""
    if drive and in_colab():
        from google.colab import drive as colab_drive  # only importable in Colab

        if not (DRIVE / "MyDrive").is_dir():
            colab_drive.mount(str(DRIVE))
        base = DRIVE_RUNS
    else:
        base = Path(os.environ.get(RUNS_ENV_VAR) or "runs")
    return base / name
