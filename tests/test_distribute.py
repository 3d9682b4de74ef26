"""The trainer runs unchanged under tf.distribute: two logical CPU devices give one device's result.

TensorFlow fixes its devices when it starts, so each check runs in a fresh Python process
that splits the CPU into two logical devices first.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

SCRIPT = textwrap.dedent(
    """
    import json, sys
    import numpy as np
    import tensorflow as tf

    cpu = tf.config.list_physical_devices("CPU")[0]
    tf.config.set_logical_device_configuration(cpu, [tf.config.LogicalDeviceConfiguration()] * 2)
    import keras
    from ganlib import data
    from ganlib.train import GAN, TrainConfig, train

    MODEL = sys.argv[1]
    images = np.random.default_rng(0).integers(0, 256, (256, 28, 28), dtype=np.uint8)

    def small_networks():  # no batch norm, no dropout: per-replica statistics would differ
        g = keras.Sequential([keras.Input((8,)), keras.layers.Dense(32, activation="relu"),
                              keras.layers.Dense(784, activation="tanh"), keras.layers.Reshape((28, 28, 1))])
        d = keras.Sequential([keras.Input((28, 28, 1)), keras.layers.Flatten(),
                              keras.layers.Dense(32, activation="relu"), keras.layers.Dense(1)])
        return g, d

    def run(strategy):
        keras.utils.set_random_seed(0)
        if MODEL == "small":
            with strategy.scope():
                gan = GAN(*small_networks(), seed=1)
                gan.compile()
            history = gan.fit(data.make_dataset(images, 32), epochs=1, steps_per_epoch=3, verbose=0).history
        else:  # the one call the notebooks use, with a strategy
            result = train(TrainConfig(model=MODEL, epochs=1, batch_size=32, precision="float32"),
                           images=images[:96], strategy=strategy, verbose=0)
            gan, history = result.gan, result.history
        return [v.numpy() for v in gan.generator.weights + gan.discriminator.weights], history

    one_w, one_h = run(tf.distribute.OneDeviceStrategy("/cpu:0"))
    two_w, two_h = run(tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"]))
    print(json.dumps({
        "replicas": tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"]).num_replicas_in_sync,
        "max_weight_diff": max(float(np.max(np.abs(a - b))) for a, b in zip(one_w, two_w)),
        "one": {k: v[-1] for k, v in one_h.items() if k in ("d_loss", "g_loss", "d_real", "d_fake")},
        "two": {k: v[-1] for k, v in two_h.items() if k in ("d_loss", "g_loss", "d_real", "d_fake")},
    }))
    """
)


def run_both(model: str) -> dict:
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3", "CUDA_VISIBLE_DEVICES": ""}
    done = subprocess.run([sys.executable, "-c", SCRIPT, model], capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_two_replicas_train_exactly_like_one_device():
    # Each replica takes its half of the real batch and its slice of the global latent batch,
    # the losses are averaged over the global batch: the same updates as one device.
    result = run_both("small")
    assert result["replicas"] == 2
    assert result["max_weight_diff"] < 1e-5
    for name, value in result["one"].items():
        assert result["two"][name] == pytest.approx(value, rel=1e-4, abs=1e-6), name


@pytest.mark.slow
def test_dcgan_trains_under_mirrored_strategy_with_one_device_losses():
    # Batch norm uses per-replica statistics and dropout draws per replica, so the DCGAN
    # matches one device only approximately; the logged losses keep the one-device scale.
    result = run_both("dcgan")
    assert result["replicas"] == 2
    for name, value in result["one"].items():
        assert result["two"][name] == pytest.approx(value, rel=0.1), name
