"""The generator's moving average (``TrainConfig.ema``), the time budget (``seconds``) and the recipes.

An averaged generator must be kept, saved in checkpoints, resumed bit for bit, and be what a
run samples from; its batch-norm statistics must be those of its own weights.
"""

from __future__ import annotations

import numpy as np
import pytest

from ganlib.recipes import RECIPES, config as recipe_config
from ganlib.sampling import generate, latent_vectors
from ganlib.train import TrainConfig, build_trainer, load_checkpoint, load_generator, recalibrate_batch_norm, train

from conftest import QUICK, state


# --- settings ----------------------------------------------------------------------------------
@pytest.mark.parametrize("bad", [0.0, 1.0, -0.5, 2, "0.99"])
def test_ema_must_be_a_decay_between_zero_and_one(bad):
    with pytest.raises(ValueError, match="ema must be a decay"):
        TrainConfig(ema=bad)


@pytest.mark.parametrize("bad", [0, -1.0, float("inf"), float("nan"), "300"])
def test_the_time_budget_must_be_a_positive_number_of_seconds(bad):
    with pytest.raises(ValueError, match="seconds must be a positive number"):
        TrainConfig(seconds=bad)


def test_every_recipe_is_a_valid_config_and_fields_can_be_overridden():
    for name in RECIPES:
        assert recipe_config(name).model == RECIPES[name]["model"]
    fast = recipe_config("fast", seconds=120, seed=2)
    assert (fast.model, fast.batch_size, fast.ema, fast.seconds, fast.seed) == ("fast", 64, 0.995, 120, 2)
    with pytest.raises(ValueError, match="unknown recipe 'gpt'"):
        recipe_config("gpt")


def test_the_budget_is_not_part_of_a_run_s_identity_but_the_average_is():
    base = TrainConfig(model="fast", ema=0.995, seconds=60)
    assert base.same_run(TrainConfig(model="fast", ema=0.995, seconds=300, epochs=9)) == []
    assert base.same_run(TrainConfig(model="fast", ema=0.99, seconds=60)) == ["ema"]


# --- the average -----------------------------------------------------------------------------
def test_the_average_follows_the_rule_of_an_exponential_moving_average():
    gan = build_trainer(TrainConfig(model="fast", ema=0.9))
    before = [v.numpy() for v in gan.ema_generator.trainable_variables]
    for v in gan.generator.trainable_variables:
        v.assign(v + 1.0)
    gan.update_ema()
    for old, new, w in zip(before, gan.ema_generator.trainable_variables, gan.generator.trainable_variables):
        np.testing.assert_allclose(new.numpy(), 0.9 * old + 0.1 * w.numpy(), rtol=1e-6, atol=1e-6)


def test_without_ema_there_is_one_generator_and_it_is_the_one_sampled():
    gan = build_trainer(TrainConfig(model="fast"))
    assert gan.ema_generator is None and gan.sampling_generator() is gan.generator


def test_recalibrated_batch_norm_holds_the_statistics_of_the_network_s_own_activations():
    import keras

    gan = build_trainer(TrainConfig(model="fast"))
    generator = gan.generator
    z = latent_vectors(512, 100, seed=5)
    recalibrate_batch_norm(generator, z)
    first_bn = next(layer for layer in generator.layers if isinstance(layer, keras.layers.BatchNormalization))
    dense_out = generator.layers[0](z).numpy()
    np.testing.assert_allclose(first_bn.moving_mean.numpy(), dense_out.mean(0), rtol=1e-4, atol=1e-5)
    np.testing.assert_allclose(first_bn.moving_variance.numpy(), dense_out.var(0), rtol=1e-3, atol=1e-5)
    # ...so that, in inference mode on the same batch, every normalised channel has mean 0, variance ~1.
    normalised = first_bn(generator.layers[0](z), training=False).numpy()
    np.testing.assert_allclose(normalised.mean(0), first_bn.beta.numpy(), atol=1e-4)
    with pytest.raises(TypeError, match="keras.Sequential"):
        recalibrate_batch_norm(object(), z)


@pytest.mark.slow
def test_a_run_with_ema_samples_from_the_average_and_saves_both_generators(images, tmp_path):
    result = train(model="fast", epochs=2, ema=0.9, images=images, run_dir=tmp_path, **QUICK)
    gan = result.gan
    raw = [v.numpy() for v in gan.generator.trainable_variables]
    average = [v.numpy() for v in gan.ema_generator.trainable_variables]
    assert any(not np.array_equal(a, b) for a, b in zip(raw, average)), "the average trails the weights"
    z = latent_vectors(16, 100, seed=1)
    np.testing.assert_array_equal(generate(load_generator(tmp_path), z), generate(gan.sampling_generator(), z))
    np.testing.assert_array_equal(generate(load_generator(tmp_path, raw=True), z), generate(gan.generator, z))
    assert not np.array_equal(generate(load_generator(tmp_path), z), generate(gan.generator, z))
    from ganlib.images import grid, load_png

    np.testing.assert_array_equal(load_png(tmp_path / "samples" / "epoch_002.png"),
                                  grid(generate(gan.sampling_generator(), latent_vectors(4, 100, seed=0))))


@pytest.mark.slow
def test_the_average_is_checkpointed_and_a_resumed_run_ends_bit_for_bit_like_a_straight_one(images, tmp_path):
    straight = train(model="fast", epochs=2, ema=0.99, images=images, **QUICK)
    train(model="fast", epochs=1, ema=0.99, images=images, run_dir=tmp_path, **QUICK)
    fresh = build_trainer(TrainConfig(model="fast", ema=0.99))
    load_checkpoint(fresh, tmp_path / "checkpoint.npz")
    trained = train(model="fast", epochs=1, ema=0.99, images=images, **QUICK).gan
    for a, b in zip(fresh.ema_generator.trainable_variables, trained.ema_generator.trainable_variables):
        np.testing.assert_array_equal(a.numpy(), b.numpy())
    resumed = train(model="fast", epochs=2, ema=0.99, images=images, run_dir=tmp_path, **QUICK)
    assert resumed.resumed_from == 1
    assert len(state(straight.gan)) == len(state(resumed.gan)) > len(build_trainer(TrainConfig(model="fast")).state_variables())
    for a, b in zip(state(straight.gan), state(resumed.gan)):
        np.testing.assert_array_equal(a, b)


# --- the time budget ---------------------------------------------------------------------------
@pytest.mark.slow
def test_a_time_budget_stops_training_and_a_spent_budget_is_a_finished_run(images, tmp_path, capsys):
    result = train(model="fast", epochs=1000, seconds=2.0, images=images, run_dir=tmp_path, **QUICK)
    history = result.history
    assert history["train_s"][-1] >= 2.0 and len(history["epoch"]) < 1000
    assert history["train_s"] == pytest.approx(np.cumsum(history["epoch_s"]).tolist())
    # The clock counts steps only: what the callbacks do between steps (grids, checkpoints) is not in it.
    before = (tmp_path / "checkpoint.npz").read_bytes()
    again = train(model="fast", epochs=1000, seconds=2.0, images=images, run_dir=tmp_path, **{**QUICK, "verbose": 1})
    assert "the run is finished: nothing to train" in capsys.readouterr().out and again.history == history
    assert (tmp_path / "checkpoint.npz").read_bytes() == before


@pytest.mark.slow
def test_evaluations_at_marks_of_the_training_clock(images):
    from ganlib.metrics import EvaluateEachEpoch

    probe = EvaluateEachEpoch(300, 0, at_seconds=(0.5, 1.0), per_epoch=False)
    result = train(model="fast", epochs=1000, seconds=1.5, images=images, callbacks=[probe], **QUICK)
    marks = [row["mark_s"] for row in probe.rows]
    passed = [m for m in marks if m is not None]
    assert passed[:1] == [0.5] and passed == sorted(set(passed)) and all(m is None for m in marks[len(passed):])
    # Each mark is evaluated once, at the first step whose clock reaches it; a step slow enough to
    # pass two marks (the first one traces the graph) is evaluated once, for the first of them.
    for row, mark in zip(probe.rows, passed):
        assert row["train_s"] >= mark
    if 1.0 not in passed:
        assert probe.rows[0]["train_s"] >= 1.0
    assert all(row["train_s"] >= 1.0 for row in probe.rows[len(passed):])
    assert probe.rows[-1]["train_s"] == pytest.approx(result.history["train_s"][-1])
    assert all(np.isfinite(row["fid"]) for row in probe.rows)
