"""The Fashion-MNIST feature network: a small CNN classifier whose penultimate layer is the
feature space of :mod:`ganlib.metrics`.

Why our own network? FID, KID and precision/recall need a feature space in which distances
mean something for *these* images. ImageNet's Inception network has never seen a 28x28
grayscale garment and is very slow on a CPU, so the series trains a compact classifier on
Fashion-MNIST's **training split only** and uses

* its 128-d penultimate layer (named ``"features"``) for FID, KID, precision/recall and the
  memorisation check, and
* its softmax output for the classifier score and the class coverage.

The trained weights ship with the package (``ganlib/assets/feature_net.keras``); the file's
SHA-256 is recorded below and checked on every load, so that every number computed with
:mod:`ganlib.metrics` comes from the same network. ``ganlib/assets/feature_net.json``
records the test accuracy, the training time and the seed of the shipped weights.

Retrain with ``python -m ganlib.features`` (10 epochs of about 27 s each on 2 idle CPU cores), then update
:data:`FEATURE_NET_SHA256` with the hash it prints: numbers computed with other weights are
not comparable with the old ones.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("KERAS_BACKEND", "tensorflow")
import keras  # noqa: E402
from keras import layers  # noqa: E402

ASSETS = Path(__file__).resolve().parent / "assets"
WEIGHTS_PATH = ASSETS / "feature_net.keras"
INFO_PATH = ASSETS / "feature_net.json"
FEATURE_NET_SHA256 = "50d63cf0de484e7ab6814899c4f9d5852855df3df18d42d07c9df0899d57cad7"
FEATURE_LAYER = "features"
FEATURE_DIM = 128
NUM_CLASSES = 10


class FeatureNetError(RuntimeError):
    """The feature network's weights are missing or are not the recorded ones."""


# ------------------------------------------------------------------------------------------
# The network and its training
# ------------------------------------------------------------------------------------------
def build_feature_net(feature_dim: int = FEATURE_DIM) -> keras.Model:
    """Three conv / batch-norm / ReLU / max-pool stages (28 -> 14 -> 7 -> 3), then the
    ``feature_dim``-d ``"features"`` layer and a 10-way softmax. Input: images in ``[-1, 1]``,
    shape ``(28, 28, 1)``."""

    def stage(x, filters: int):
        x = layers.Conv2D(filters, 3, padding="same", use_bias=False)(x)
        x = layers.BatchNormalization()(x)
        x = layers.ReLU()(x)
        return layers.MaxPooling2D()(x)

    images = keras.Input((28, 28, 1), name="images")
    x = stage(images, 32)
    x = stage(x, 64)
    x = stage(x, 128)
    x = layers.Flatten()(x)
    x = layers.Dropout(0.3)(x)
    x = layers.Dense(feature_dim, use_bias=False)(x)
    x = layers.BatchNormalization()(x)
    features = layers.ReLU(name=FEATURE_LAYER)(x)
    x = layers.Dropout(0.3)(features)
    probs = layers.Dense(NUM_CLASSES, activation="softmax", name="probs")(x)
    return keras.Model(images, probs, name="fashion_feature_net")


def _training_batches(images: np.ndarray, labels: np.ndarray, batch_size: int, seed: int):
    """Shuffled batches scaled to ``[-1, 1]``, each image flipped left-right with probability 1/2
    (garments are roughly symmetric, so flipping is a free extra training example)."""
    import tensorflow as tf

    def scale_and_flip(x, y):
        x = (tf.cast(x, tf.float32) - 127.5) / 127.5
        flip = tf.random.uniform([tf.shape(x)[0], 1, 1, 1], seed=seed) < 0.5
        return tf.where(flip, tf.reverse(x, axis=[2]), x), y

    return (
        tf.data.Dataset.from_tensor_slices((images[..., None], labels.astype(np.int32)))
        .shuffle(len(images), seed=seed, reshuffle_each_iteration=True)
        .batch(batch_size)
        .map(scale_and_flip, num_parallel_calls=tf.data.AUTOTUNE)
        .prefetch(tf.data.AUTOTUNE)
    )


def sha256_of(path: str | os.PathLike) -> str:
    """The SHA-256 hex digest of a file."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def train_feature_net(
    epochs: int = 10,
    *,
    batch_size: int = 128,
    learning_rate: float = 3e-3,
    seed: int = 0,
    path: str | os.PathLike = WEIGHTS_PATH,
    data_dir: str | os.PathLike | None = None,
    verbose: int = 2,
) -> dict:
    """Train the feature network on the **training split**, measure its test accuracy once at
    the end (no choice is made on the test split), save it to ``path`` and write a JSON record
    (accuracy, epochs, seconds, seed, sha256) next to it. Returns that record."""
    from ganlib.data import load_fashion_mnist, to_float

    (x_train, y_train), (x_test, y_test) = load_fashion_mnist(data_dir)
    keras.utils.set_random_seed(seed)
    model = build_feature_net()
    steps = epochs * int(np.ceil(len(x_train) / batch_size))
    schedule = keras.optimizers.schedules.CosineDecay(  # warm up for half an epoch, then cosine to 0
        0.0, steps, warmup_target=learning_rate, warmup_steps=len(x_train) // (2 * batch_size)
    )
    model.compile(keras.optimizers.Adam(schedule), "sparse_categorical_crossentropy", metrics=["accuracy"])
    start = time.perf_counter()
    model.fit(_training_batches(x_train, y_train, batch_size, seed), epochs=epochs, verbose=verbose)
    seconds = time.perf_counter() - start
    _, accuracy = model.evaluate(to_float(x_test), y_test, batch_size=1000, verbose=0)

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    plain = build_feature_net()  # the same network, uncompiled: the file then holds no optimizer state
    plain.set_weights(model.get_weights())
    plain.save(path)
    record = {
        "test_accuracy": round(float(accuracy), 4),
        "epochs": epochs,
        "batch_size": batch_size,
        "learning_rate": learning_rate,
        "train_seconds": round(seconds, 1),
        "seed": seed,
        "trained_on": "Fashion-MNIST training split (60,000 images); test split used once, for the accuracy",
        "keras": keras.__version__,
        "cpus": os.cpu_count(),
        "load_avg_at_end": [round(x, 2) for x in os.getloadavg()],  # 1, 5, 15 min: other jobs slow training down
        "sha256": sha256_of(path),
    }
    path.with_suffix(".json").write_text(json.dumps(record, indent=2) + "\n")
    return record


# ------------------------------------------------------------------------------------------
# Loading (with the hash check) and embedding
# ------------------------------------------------------------------------------------------
_LOADED: dict[tuple[str, str | None], keras.Model] = {}


def load_feature_net(path: str | os.PathLike = WEIGHTS_PATH, sha256: str | None = FEATURE_NET_SHA256) -> keras.Model:
    """The feature network as a model with two outputs, ``(features, probs)``.

    The file's SHA-256 must equal ``sha256`` (the recorded hash; ``None`` skips the check,
    for weights you trained yourself). Loaded with ``safe_mode=True`` and cached.
    """
    path = Path(path)
    key = (str(path), sha256)
    if key not in _LOADED:
        if not path.is_file():
            raise FeatureNetError(f"no feature-network weights at {path}; train them with `python -m ganlib.features`")
        if sha256 is not None:
            found = sha256_of(path)
            if found != sha256:
                raise FeatureNetError(
                    f"the feature network at {path} has SHA-256 {found}, not the recorded {sha256}: "
                    "metrics computed with it would not be comparable. Restore the shipped file, or pass "
                    "sha256=None to use weights you trained yourself."
                )
        model = keras.models.load_model(path, safe_mode=True, compile=False)
        _LOADED[key] = keras.Model(model.inputs[0], [model.get_layer(FEATURE_LAYER).output, model.outputs[0]])
    return _LOADED[key]


def embed(images: np.ndarray, *, batch_size: int = 1000, net: keras.Model | None = None) -> tuple[np.ndarray, np.ndarray]:
    """``(features, probs)`` of float images in ``[-1, 1]``, shape ``(N, 28, 28, 1)``:
    ``features`` is ``(N, 128)`` (``float64``, for stable statistics), ``probs`` is ``(N, 10)``."""
    net = net or load_feature_net()
    images = np.asarray(images, np.float32)
    features, probs = [], []
    for i in range(0, len(images), batch_size):
        f, p = net(images[i : i + batch_size], training=False)
        features.append(np.asarray(f))
        probs.append(np.asarray(p))
    return np.concatenate(features).astype(np.float64), np.concatenate(probs).astype(np.float64)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ganlib.features", description="Train the feature network.")
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=WEIGHTS_PATH, help="where to write the .keras file")
    parser.add_argument("--data-dir", type=Path, default=None, help="folder with the four IDX files")
    args = parser.parse_args(argv)
    record = train_feature_net(args.epochs, seed=args.seed, path=args.out, data_dir=args.data_dir)
    print(json.dumps(record, indent=2))
    if record["sha256"] != FEATURE_NET_SHA256:
        print(f"new weights: set FEATURE_NET_SHA256 = {record['sha256']!r} in ganlib/features.py")
    if record["test_accuracy"] < 0.93:
        print(f"warning: test accuracy {record['test_accuracy']:.4f} is below the 0.93 the metrics assume")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
