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
    assert "the run is finished: nothing to train" in capsys.readouterr().out

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


@pytest.mark.slow
def test_train_from_a_recipe_with_a_time_budget_then_evaluate_prints_the_headline(tmp_path, capsys):
    import json

    run = tmp_path / "run"
    args = ["train", "--recipe", "fast", "--seconds", "1", "--subset", "256", "--out", str(run)]
    assert main(args) == 0
    config = json.loads((run / "config.json").read_text())
    assert (config["model"], config["batch_size"], config["ema"], config["seconds"]) == ("fast", 64, 0.995, 1.0)
    assert (run / "generator.keras").is_file() and (run / "generator_raw.keras").is_file()
    capsys.readouterr()
    assert main(["evaluate", str(run), "--n", "300", "--json", str(tmp_path / "m.json")]) == 0
    out = capsys.readouterr().out
    assert "FID " in out.splitlines()[-1] and "classes covered" in out.splitlines()[-1]
    assert json.loads((tmp_path / "m.json").read_text())["n"] == 300
    assert main(["evaluate", str(run), "--n", "300", "--raw"]) == 0


def test_train_needs_a_model_or_a_recipe_and_refuses_a_bad_budget(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["train", "--out", str(tmp_path)])
    assert exit_.value.code == 2 and "give a MODEL or a --recipe" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["train", "fast", "--seconds", "0", "--out", str(tmp_path)])
    assert "must be a positive number, got 0" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["train", "--recipe", "gpt", "--out", str(tmp_path)])
    assert "invalid choice: 'gpt'" in capsys.readouterr().err
