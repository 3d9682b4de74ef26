"""The command line: `python -m ganlib train ...` and `python -m ganlib sample ...`."""

from __future__ import annotations

import subprocess
import sys

import pytest

from ganlib.__main__ import main
from ganlib.images import load_png


@pytest.mark.slow
def test_train_then_resume_then_sample(tmp_path, capsys):
    run = tmp_path / "run"
    args = ["train", "vanilla", "--epochs", "1", "--subset", "256", "--batch-size", "64", "--out", str(run)]
    assert main(args) == 0
    assert (run / "generator.keras").is_file() and (run / "training.gif").is_file()
    capsys.readouterr()

    assert main(args) == 0
    assert "already finished: nothing to train" in capsys.readouterr().out

    assert main([*args[:3], "2", *args[4:]]) == 0
    assert "resuming at epoch 2" in capsys.readouterr().out

    out = tmp_path / "grid.png"
    assert main(["sample", str(run), "--n", "16", "--out", str(out)]) == 0
    assert load_png(out).shape == (2 * (4 * 30 + 2),) * 2  # 4x4 tiles of 28 px + 2 px gaps, doubled


def test_sampling_a_folder_without_a_model_fails_clearly(tmp_path, capsys):
    assert main(["sample", str(tmp_path), "--out", str(tmp_path / "x.png")]) == 2
    assert "no saved model at" in capsys.readouterr().err


def test_the_module_runs_and_refuses_an_unknown_model_and_bad_counts(tmp_path):
    unknown = subprocess.run([sys.executable, "-m", "ganlib", "train", "gpt", "--out", str(tmp_path)],
                             capture_output=True, text=True)
    assert unknown.returncode == 2 and "invalid choice: 'gpt'" in unknown.stderr
    zero = subprocess.run([sys.executable, "-m", "ganlib", "train", "dcgan", "--epochs", "0", "--out", str(tmp_path)],
                          capture_output=True, text=True)
    assert zero.returncode == 2 and "must be a positive integer, got 0" in zero.stderr
