"""Shipped generators: ganlib.pretrained and the script that trains them."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import types
from pathlib import Path

import keras
import numpy as np
import pytest
from keras import layers

from ganlib import pretrained
from ganlib.models import MODEL_NAMES, build_gan

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "train_pretrained.py"


def manifest(**extra) -> dict:
    return {"model": "dcgan", "epochs": 3, "seconds": 12.5, "hardware": "test", "seed": 0,
            "metrics": {"fid": 1.0}, **extra}


def load_script():
    spec = importlib.util.spec_from_file_location("train_pretrained", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def data_or_skip() -> None:
    from ganlib.data import DataUnavailableError, load_fashion_mnist

    try:
        load_fashion_mnist()
    except DataUnavailableError as err:
        pytest.skip(f"Fashion-MNIST is not available here: {err}".splitlines()[0])


# ------------------------------------------------------------------------------------------
# ganlib.pretrained
# ------------------------------------------------------------------------------------------
def test_load_gives_back_the_saved_generator_and_its_manifest(tmp_path):
    generator = build_gan("dcgan", latent_dim=8)[0]
    pretrained.save(generator, "dcgan", manifest(), tmp_path)

    loaded, info = pretrained.load("dcgan", tmp_path)

    z = np.random.default_rng(0).standard_normal((2, 8)).astype(np.float32)
    np.testing.assert_allclose(np.asarray(loaded(z, training=False).numpy()), generator(z, training=False).numpy(), atol=1e-6)
    assert info == manifest()
    assert pretrained.manifest("dcgan", tmp_path)["epochs"] == 3


def test_available_lists_generators_that_have_both_files(tmp_path):
    generator = build_gan("vanilla", latent_dim=8)[0]
    pretrained.save(generator, "vanilla", manifest(model="vanilla"), tmp_path)
    pretrained.save(generator, "dcgan", manifest(), tmp_path)
    (tmp_path / "dcgan.json").unlink()  # half-written: not shipped

    assert pretrained.available(tmp_path) == ["vanilla"]


def test_an_unknown_name_says_which_generators_are_shipped(tmp_path):
    pretrained.save(build_gan("vanilla", latent_dim=8)[0], "vanilla", manifest(model="vanilla"), tmp_path)
    with pytest.raises(pretrained.PretrainedNotFoundError, match=r"'wgan'.*shipped: vanilla"):
        pretrained.load("wgan", tmp_path)
    with pytest.raises(FileNotFoundError, match="none yet"):
        pretrained.load("dcgan", tmp_path / "empty")


def test_a_manifest_must_say_how_the_generator_was_made(tmp_path):
    info = manifest()
    del info["hardware"]
    with pytest.raises(ValueError, match="hardware"):
        pretrained.save(build_gan("vanilla", latent_dim=8)[0], "vanilla", info, tmp_path)


def test_load_runs_no_code_stored_in_the_file(tmp_path):
    unsafe = keras.Sequential([keras.Input((8,)), layers.Lambda(lambda z: z * 2)], name="unsafe")
    unsafe.save(tmp_path / "unsafe.keras")
    (tmp_path / "unsafe.json").write_text(json.dumps(manifest()))
    with pytest.raises(ValueError, match="safe_mode"):
        pretrained.load("unsafe", tmp_path)


# ------------------------------------------------------------------------------------------
# scripts/train_pretrained.py
# ------------------------------------------------------------------------------------------
def test_epochs_are_set_for_all_models_or_one_by_one():
    script = load_script()
    parse = script.epochs_option
    assert script.epochs_per_model([parse("2"), parse("dcgan=5")]) == {"vanilla": 2, "dcgan": 5, "improved": 2, "fast": 2}
    assert script.epochs_per_model(None) == script.DEFAULT_EPOCHS


@pytest.mark.slow
def test_the_script_trains_every_generator_and_ships_them(tmp_path):
    data_or_skip()
    out = tmp_path / "pretrained"
    run = subprocess.run(
        [sys.executable, str(SCRIPT), "--epochs", "1", "--subset", "256", "--eval-n", "0",
         "--out", str(out), "--work", str(tmp_path / "work"), "--verbose", "0"],
        capture_output=True, text=True, timeout=900,
    )
    assert run.returncode == 0, run.stderr[-3000:]

    assert pretrained.available(out) == ["dcgan", "fast", "improved", "vanilla"]
    for name in ("vanilla", "dcgan", "improved", "fast"):
        generator, info = pretrained.load(name, out)
        assert generator.name == f"{name}_generator"
        assert generator(np.zeros((1, 100), np.float32)).shape == (1, 28, 28, 1)
        assert info["model"] == name and info["epochs"] == 1 and info["training_images"] == 256
        assert info["seconds"] > 0 and "CPU cores" in info["hardware"]
        assert info["metrics"] is None  # --eval-n 0


@pytest.mark.slow
def test_the_script_records_the_metrics_of_ganlib_metrics_evaluate(tmp_path, monkeypatch):
    data_or_skip()
    calls = []

    class Evaluation:
        def to_dict(self):
            return {"fid": np.float64(12.5), "classes_covered": 9}

    def evaluate(generator, n=10_000, seed=0):
        calls.append((generator.name, n, seed))
        return Evaluation()

    monkeypatch.setitem(sys.modules, "ganlib.metrics", types.SimpleNamespace(evaluate=evaluate))
    script = load_script()
    assert script.main(["--models", "vanilla", "--epochs", "vanilla=1", "--subset", "256", "--eval-n", "300",
                        "--seed", "4", "--out", str(tmp_path / "out"), "--work", str(tmp_path / "work"),
                        "--verbose", "0"]) == 0

    assert calls == [("vanilla_generator", 300, 4)]
    info = pretrained.manifest("vanilla", tmp_path / "out")
    assert info["metrics"] == {"fid": 12.5, "classes_covered": 9}
    assert info["seed"] == 4 and info["eval_n"] == 300


def test_readme_quotes_the_manifests_table():
    # Every figure of README's table of shipped generators comes from their manifests.
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    assert pretrained.table() in readme, "README's table is stale: paste ganlib.pretrained.table()"


# --- the generators that ship ----------------------------------------------------------------
def test_every_model_of_the_series_ships_within_30_mib():
    # Four generators (float32 weights): what `pip install` from git fetches in Colab stays small.
    assert set(MODEL_NAMES) <= set(pretrained.available())
    size = sum(p.stat().st_size for p in pretrained.PRETRAINED_DIR.iterdir())
    assert size <= 30 * 1024 * 1024, f"shipped generators take {size / 2**20:.1f} MiB"


def test_shipped_generators_get_better_along_the_series():
    fid = {name: pretrained.manifest(name)["metrics"]["fid"] for name in MODEL_NAMES}
    assert fid["improved"] < fid["dcgan"] < fid["vanilla"]


def test_the_shipped_fast_generator_is_make_run_s_recipe_and_beats_the_dcgan_in_a_ninth_of_the_time():
    from ganlib.recipes import RECIPES

    fast, dcgan = pretrained.manifest("fast"), pretrained.manifest("dcgan")
    assert fast["batch_size"] == RECIPES["fast"]["batch_size"] and fast["ema"] == RECIPES["fast"]["ema"]
    assert fast["seconds"] <= RECIPES["fast"]["seconds"] * 1.01 and fast["training_images"] == 60_000
    assert fast["metrics"]["n"] == 10_000 and fast["metrics"]["classes_covered"] == 10
    assert fast["metrics"]["fid"] < dcgan["metrics"]["fid"] and fast["seconds"] * 9 < dcgan["seconds"]


def test_the_improved_dcgan_covers_every_class_and_was_trained_within_an_hour_on_two_cores():
    info = pretrained.manifest("improved")
    assert info["training_images"] == 60_000
    assert info["metrics"]["n"] == 10_000
    assert info["metrics"]["classes_covered"] == 10
    assert info["metrics"]["recall"] >= 0.5
    assert not info["metrics"]["memorised"]
    assert info["seconds"] <= 3600 and "2 CPU cores" in info["hardware"]


@pytest.mark.slow
def test_the_improved_manifest_metrics_are_reproduced_by_evaluate():
    from ganlib.metrics import evaluate

    generator, info = pretrained.load("improved")
    result = evaluate(generator, n=info["metrics"]["n"], seed=info["seed"])
    assert result.fid == pytest.approx(info["metrics"]["fid"], rel=0.02)
    assert result.recall == pytest.approx(info["metrics"]["recall"], abs=0.01)
    assert result.classes_covered == info["metrics"]["classes_covered"]


def checkerboard_energy(images: np.ndarray) -> float:
    """Mean spectral magnitude at the period-2 frequencies, where stride-2 artefacts show up."""
    spectrum = np.abs(np.fft.fft2(images.astype(np.float32).reshape(-1, 28, 28) / 255.0))
    return float(spectrum[:, 14, 14].mean() + spectrum[:, 0, 14].mean() + spectrum[:, 14, 0].mean())


@pytest.mark.slow
def test_the_improved_generator_draws_no_checkerboard():
    # A checkerboard adds energy at period 2 pixels; the improved DCGAN's samples have no more
    # of it than real garments do.
    from ganlib import data
    from ganlib.sampling import generate

    _, (test_images, _) = data.load_fashion_mnist()
    generator, _ = pretrained.load("improved")
    samples = data.to_uint8(generate(generator, n=2000, seed=0))
    assert checkerboard_energy(samples) <= 1.2 * checkerboard_energy(test_images[:2000])


def test_readmes_figure_of_the_shipped_generators_is_up_to_date(tmp_path):
    """README opens with images/shipped_generators.png; `make readme-figures` redraws it from the
    shipped files, and a redraw must look the same as the committed figure."""
    import importlib.util

    import numpy as np
    from PIL import Image

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("readme_figures", root / "scripts" / "readme_figures.py")
    figures = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(figures)
    fresh = np.asarray(Image.open(figures.draw(tmp_path / "shipped.png")).convert("L"), dtype=float)
    committed = np.asarray(Image.open(root / "images" / "shipped_generators.png").convert("L"), dtype=float)
    assert fresh.shape == committed.shape
    assert np.abs(fresh - committed).mean() < 1.0, "run `make readme-figures` and commit images/"
    assert "images/shipped_generators.png" in (root / "README.md").read_text()
