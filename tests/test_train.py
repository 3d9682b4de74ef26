"""ganlib.train: one trainer for every model, reproducible, resumable, refusing bad input.

These tests train on a few hundred real Fashion-MNIST images for a few steps.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from ganlib.models import MODEL_NAMES
from ganlib.sampling import generate
from ganlib.train import (
    CheckpointError,
    TrainConfig,
    build_trainer,
    load_checkpoint,
    load_generator,
    load_model,
    save_checkpoint,
    train,
)

from conftest import QUICK
from conftest import state as weights

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("name", MODEL_NAMES)
def test_every_model_trains_on_real_data_with_finite_losses(name, images, tmp_path):
    result = train(model=name, epochs=2, images=images, run_dir=tmp_path, **QUICK)
    history = result.history
    assert history["epoch"] == [1, 2]
    for key in ("d_loss", "g_loss", "d_real", "d_fake", "images_per_s", "epoch_s"):
        assert len(history[key]) == 2 and np.all(np.isfinite(history[key])), key
    assert all(0 <= p <= 1 for p in history["d_real"] + history["d_fake"])
    samples = generate(result.gan.generator, n=8)
    assert samples.shape == (8, 28, 28, 1) and -1 <= samples.min() <= samples.max() <= 1
    assert len(result.grids) == 2 and result.grids[0].dtype == np.uint8
    for name_ in ("checkpoint.npz", "config.json", "history.json", "generator.keras", "discriminator.keras",
                  "samples.png", "losses.png", "training.gif", "samples/epoch_001.png", "samples/epoch_002.png"):
        assert (tmp_path / name_).is_file(), name_
    assert not list(tmp_path.glob("*.tmp*")), "no temporary file is left behind"


def test_training_changes_the_weights_and_every_hyperparameter_is_honoured(images):
    import keras

    config = TrainConfig(model="vanilla", learning_rate=1e-3, beta_1=0.9, d_steps=2, latent_dim=32,
                         batch_size=32, subset=128, grid_size=4, epochs=1)
    keras.utils.set_random_seed(config.seed)
    initial = weights(build_trainer(config))  # what train() starts from: same seed, same build
    result = train(config, images=images, verbose=0)
    gan = result.gan
    assert gan.latent_dim == 32 and gan.d_steps == 2
    assert float(gan.g_optimizer.learning_rate) == pytest.approx(1e-3) and float(gan.d_optimizer.beta_1) == 0.9
    assert int(gan.g_optimizer.iterations) == 128 // 32 and int(gan.d_optimizer.iterations) == 2 * 128 // 32
    changed = [not np.array_equal(a, b) for a, b in zip(initial, weights(gan)) if a.ndim == 2]
    assert changed and all(changed), "every weight matrix moved"


def test_the_same_seed_gives_the_same_model_and_samples(images):
    a = train(model="dcgan", epochs=1, seed=3, images=images, **QUICK)
    b = train(model="dcgan", epochs=1, seed=3, images=images, **QUICK)
    c = train(model="dcgan", epochs=1, seed=4, images=images, **QUICK)
    np.testing.assert_array_equal(generate(a.gan.generator, n=16, seed=1), generate(b.gan.generator, n=16, seed=1))
    assert a.history["d_loss"] == b.history["d_loss"]
    assert not np.array_equal(generate(a.gan.generator, n=16, seed=1), generate(c.gan.generator, n=16, seed=1))


def test_a_checkpoint_round_trip_restores_identical_state(images, tmp_path):
    result = train(model="improved", epochs=1, images=images, run_dir=tmp_path, **QUICK)
    fresh = build_trainer(TrainConfig(model="improved"))
    meta = load_checkpoint(fresh, tmp_path / "checkpoint.npz")
    assert meta["epoch"] == 1 and meta["history"]["epoch"] == [1]
    for saved, restored in zip(weights(result.gan), weights(fresh)):
        np.testing.assert_array_equal(saved, restored)


def test_a_resumed_run_ends_exactly_where_an_uninterrupted_run_ends(images, tmp_path):
    straight = train(model="dcgan", epochs=2, images=images, **QUICK)
    first = train(model="dcgan", epochs=1, images=images, run_dir=tmp_path, **QUICK)
    assert first.resumed_from == 0
    resumed = train(model="dcgan", epochs=2, images=images, run_dir=tmp_path, **QUICK)
    assert resumed.resumed_from == 1 and resumed.history["epoch"] == [1, 2]
    assert len(resumed.grids) == 2
    for a, b in zip(weights(straight.gan), weights(resumed.gan)):
        np.testing.assert_array_equal(a, b)


def test_a_finished_run_is_not_trained_again(images, tmp_path, capsys):
    train(model="vanilla", epochs=1, images=images, run_dir=tmp_path, **QUICK)
    before = (tmp_path / "checkpoint.npz").read_bytes()
    again = train(model="vanilla", epochs=1, images=images, run_dir=tmp_path, **{**QUICK, "verbose": 1})
    assert again.resumed_from == 1 and again.history["epoch"] == [1]
    assert "the run is finished: nothing to train" in capsys.readouterr().out
    assert (tmp_path / "checkpoint.npz").read_bytes() == before


def test_a_run_speaks_the_readers_language(images, tmp_path, capsys):
    train(model="vanilla", epochs=1, images=images, run_dir=tmp_path, lang="ru", **{**QUICK, "verbose": 1})
    first = capsys.readouterr().out
    assert "эпоха 1/1 ·" in first and "потери D" in first and "epoch" not in first
    train(model="vanilla", epochs=1, images=images, run_dir=tmp_path, lang="es", **{**QUICK, "verbose": 1})
    assert "la ejecución ha terminado" in capsys.readouterr().out


def test_a_run_folder_refuses_different_settings(images, tmp_path):
    train(model="vanilla", epochs=1, images=images, run_dir=tmp_path, **QUICK)
    with pytest.raises(ValueError, match="different settings.*model"):
        train(model="dcgan", epochs=1, images=images, run_dir=tmp_path, **QUICK)


def test_a_crash_while_saving_leaves_the_previous_checkpoint_intact(images, tmp_path, monkeypatch):
    result = train(model="vanilla", epochs=1, images=images, run_dir=tmp_path, **QUICK)
    path = tmp_path / "checkpoint.npz"
    before = path.read_bytes()

    def crash(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(np, "savez", crash)
    with pytest.raises(OSError, match="disk full"):
        save_checkpoint(result.gan, path, {"epoch": 2, "history": {}})
    assert path.read_bytes() == before


def test_missing_corrupt_or_mismatched_checkpoints_give_clear_errors(images, tmp_path):
    gan = build_trainer(TrainConfig(model="vanilla"))
    with pytest.raises(CheckpointError, match="no checkpoint at"):
        load_checkpoint(gan, tmp_path / "missing.npz")
    (tmp_path / "corrupt.npz").write_bytes(b"not a checkpoint")
    with pytest.raises(CheckpointError, match="corrupt"):
        load_checkpoint(gan, tmp_path / "corrupt.npz")
    save_checkpoint(build_trainer(TrainConfig(model="vanilla", latent_dim=8)), tmp_path / "other.npz", {"epoch": 1})
    with pytest.raises(CheckpointError, match="shape"):
        load_checkpoint(gan, tmp_path / "other.npz")


@pytest.mark.parametrize(
    "overrides, message",
    [
        ({"model": "gpt"}, "unknown model name 'gpt'"),
        ({"epochs": 0}, "epochs must be a positive integer, got 0"),
        ({"batch_size": -8}, "batch_size must be a positive integer, got -8"),
        ({"batch_size": 10_000}, "batch_size 10000 is larger than the 256 training images"),
        ({"precision": "int8"}, "unknown precision 'int8'"),
        ({"learning_rate": 0.0}, "learning_rate must be a positive number, got 0.0"),
    ],
)
def test_bad_settings_are_refused_with_the_value_named(overrides, message, images, tmp_path):
    with pytest.raises(ValueError, match=message):
        train(**{**QUICK, "epochs": 1, **overrides}, images=images, run_dir=tmp_path)
    assert not (tmp_path / "checkpoint.npz").exists()


def test_bad_training_images_are_refused(tmp_path):
    with pytest.raises(TypeError, match="float32"):
        train(epochs=1, images=np.zeros((256, 28, 28), np.float32), verbose=0)
    with pytest.raises(ValueError, match=r"\(256, 32, 32\)"):
        train(epochs=1, images=np.zeros((256, 32, 32), np.uint8), verbose=0)


def test_models_are_saved_in_keras_format_and_load_in_safe_mode(images, tmp_path):
    result = train(model="dcgan", epochs=1, images=images, run_dir=tmp_path, **QUICK)
    generator = load_generator(tmp_path)
    np.testing.assert_allclose(generate(generator, n=4), generate(result.gan.generator, n=4), atol=1e-6)
    discriminator = load_model(tmp_path / "discriminator.keras")
    assert discriminator.count_params() == result.gan.discriminator.count_params()
    config = json.loads((tmp_path / "config.json").read_text())
    assert config["model"] == "dcgan" and config["epochs"] == 1
    with pytest.raises(FileNotFoundError, match="no saved model"):
        load_generator(tmp_path / "nowhere")


@pytest.mark.parametrize("precision", ["mixed_bfloat16"])
def test_mixed_precision_trains_with_float32_outputs(precision, images):
    result = train(model="dcgan", epochs=1, precision=precision, images=images, **QUICK)
    assert result.gan.generator.layers[0].compute_dtype == "bfloat16"
    assert generate(result.gan.generator, n=2).dtype == np.float32
    assert np.all(np.isfinite(result.history["g_loss"]))
