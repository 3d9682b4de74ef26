"""precision="auto": the trainer picks the fastest safe precision for the hardware, says which
and why, and any explicit precision switches the choice off."""

from __future__ import annotations

import pytest

from ganlib import train as gtrain
from ganlib.train import PRECISIONS, TrainConfig, auto_precision, build_trainer


@pytest.fixture
def cpu_only(monkeypatch):
    monkeypatch.setattr(gtrain.tf.config, "list_physical_devices", lambda kind=None: [])


def test_a_cpu_with_amx_trains_in_bfloat16(monkeypatch, cpu_only):
    monkeypatch.setattr(gtrain, "cpu_flags", lambda: {"avx512f", "avx512_bf16", "amx_bf16", "amx_tile"})
    assert auto_precision() == ("mixed_bfloat16", "CPU with AMX bfloat16 units")


def test_a_cpu_without_amx_stays_in_float32(monkeypatch, cpu_only):
    # avx512_bf16 alone converts and dots bfloat16 but has no matrix units: little to gain
    monkeypatch.setattr(gtrain, "cpu_flags", lambda: {"avx512f", "avx512_bf16"})
    assert auto_precision()[0] == "float32"


def test_a_gpu_with_tensor_cores_trains_in_float16(monkeypatch):
    monkeypatch.setattr(gtrain.tf.config, "list_physical_devices", lambda kind=None: ["GPU:0"] if kind == "GPU" else [])
    monkeypatch.setattr(gtrain.tf.config.experimental, "get_device_details", lambda d: {"compute_capability": (8, 0)})
    assert auto_precision() == ("mixed_float16", "GPU with tensor cores (compute capability 8.0)")
    monkeypatch.setattr(gtrain.tf.config.experimental, "get_device_details", lambda d: {"compute_capability": (6, 1)})
    assert auto_precision()[0] == "float32"


def test_auto_is_resolved_when_the_trainer_is_built_and_says_why(monkeypatch, cpu_only):
    monkeypatch.setattr(gtrain, "cpu_flags", lambda: {"amx_bf16"})
    gan = build_trainer(TrainConfig(model="vanilla", precision="auto"))
    assert gan.precision == "mixed_bfloat16"
    assert "AMX" in gan.precision_reason
    assert gan.generator.layers[0].compute_dtype == "bfloat16"
    assert gan.generator.outputs[0].dtype == "float32"  # the image layer stays float32


def test_an_explicit_precision_switches_the_automatic_choice_off(monkeypatch, cpu_only):
    monkeypatch.setattr(gtrain, "cpu_flags", lambda: {"amx_bf16"})
    gan = build_trainer(TrainConfig(model="vanilla", precision="float32"))
    assert gan.precision == "float32"
    assert gan.generator.layers[0].compute_dtype == "float32"
    assert "config" in gan.precision_reason


def test_the_automatic_choice_is_one_of_the_real_precisions():
    precision, why = auto_precision()
    assert precision in PRECISIONS and precision != "auto"
    assert why


def first_update(precision: str, images):
    """How far one training round moves every generator and discriminator weight."""
    import numpy as np

    reference = build_trainer(TrainConfig(model="vanilla", precision="float32", seed=3))
    gan = build_trainer(TrainConfig(model="vanilla", precision=precision, seed=3))
    for mine, theirs in ((gan.generator, reference.generator), (gan.discriminator, reference.discriminator)):
        mine.set_weights(theirs.get_weights())
    before = [np.array(w) for w in gan.generator.get_weights() + gan.discriminator.get_weights()]
    gan.train_step(images)
    after = gan.generator.get_weights() + gan.discriminator.get_weights()
    return [np.abs(a - b).mean() for a, b in zip(after, before)]


def test_float16_training_scales_the_loss_so_small_gradients_survive():
    """mixed_float16 wraps Adam in a LossScaleOptimizer, which divides the gradients by the loss
    scale (32768 at first). The step must multiply the losses by it first, or float16 training
    quietly takes much smaller steps than float32 (gradients below Adam's epsilon vanish)."""
    import numpy as np

    images = np.random.default_rng(0).uniform(-1, 1, (64, 28, 28, 1)).astype("float32")
    moved_16, moved_32 = first_update("mixed_float16", images), first_update("float32", images)
    for w16, w32 in zip(moved_16, moved_32):
        assert w16 == pytest.approx(w32, rel=0.05)
