"""Training speed: images/s and seconds per epoch of each model, against the tutorial's loop.

The baseline is the plain training loop of the public TensorFlow DCGAN tutorial, written out
here: the same DCGAN architecture, batch 256, Adam(1e-4), a ``tf.function`` step, float32, and
its input pipeline (``from_tensor_slices(...).shuffle(60000).batch(256)``). In the same process,
``ganlib``'s ``GAN.fit`` trains each model. Measurements alternate (baseline, candidate,
baseline, ...) over several rounds and the report gives medians and the ratio to the baseline,
which holds on a shared, noisy machine where absolute numbers do not.

    python benchmarks/bench_train.py [--steps 20] [--rounds 3] [--json benchmarks/results/train_speed.json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
import keras  # noqa: E402
import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402

from ganlib import data  # noqa: E402
from ganlib.models import MODEL_NAMES, build_gan  # noqa: E402
from ganlib.train import TrainConfig, build_trainer  # noqa: E402

BATCH = 256
WARM = 2  # steps run before the clock starts, in every measurement
TRAIN_IMAGES = 60_000


def tutorial_loop(images: np.ndarray, precision: str = "float32", batch: int = BATCH, jit: bool = False):
    """The TensorFlow DCGAN tutorial's loop, verbatim in spirit: returns ``run(steps) -> seconds``.

    The defaults are the tutorial's. ``precision``, ``batch`` and ``jit`` (XLA) each change one
    lever, for ``bench_levers.py``; ``run.batch`` is the batch size.
    """
    generator, discriminator = build_gan("dcgan", precision=precision)
    cross_entropy = keras.losses.BinaryCrossentropy(from_logits=True)
    generator_optimizer = keras.optimizers.Adam(1e-4)
    discriminator_optimizer = keras.optimizers.Adam(1e-4)
    train_images = (images.reshape(-1, 28, 28, 1).astype("float32") - 127.5) / 127.5
    dataset = tf.data.Dataset.from_tensor_slices(train_images).shuffle(60000).batch(batch)

    @tf.function(jit_compile=jit)
    def train_step(images):
        noise = tf.random.normal([batch, 100])
        with tf.GradientTape() as gen_tape, tf.GradientTape() as disc_tape:
            generated_images = generator(noise, training=True)
            real_output = discriminator(images, training=True)
            fake_output = discriminator(generated_images, training=True)
            gen_loss = cross_entropy(tf.ones_like(fake_output), fake_output)
            disc_loss = cross_entropy(tf.ones_like(real_output), real_output) + cross_entropy(
                tf.zeros_like(fake_output), fake_output
            )
        generator_optimizer.apply_gradients(
            zip(gen_tape.gradient(gen_loss, generator.trainable_variables), generator.trainable_variables)
        )
        discriminator_optimizer.apply_gradients(
            zip(disc_tape.gradient(disc_loss, discriminator.trainable_variables), discriminator.trainable_variables)
        )
        return gen_loss

    batches = iter(dataset.repeat())

    def run(steps: int) -> float:
        for _ in range(WARM):
            loss = train_step(next(batches))
        float(loss)
        start = time.perf_counter()
        for _ in range(steps):
            loss = train_step(next(batches))
        float(loss)
        return time.perf_counter() - start

    run.batch = batch
    return run


class BatchClock(keras.callbacks.Callback):
    """Timestamps at the end of every training batch."""

    def on_train_begin(self, logs=None):
        self.times = []

    def on_train_batch_end(self, batch, logs=None):
        self.times.append(time.perf_counter())


def ganlib_fit(images: np.ndarray, model: str, precision: str):
    """``GAN.fit`` on ganlib's pipeline: returns ``run(steps) -> seconds`` for ``steps`` steps.

    One ``fit`` call runs ``steps + WARM`` steps and the clock covers the last ``steps`` only:
    a real epoch is a single ``fit`` pass of 234 steps, so the few hundred milliseconds that
    ``fit`` spends starting up (iterator, callbacks) belong to the epoch, not to each step.
    """
    gan = build_trainer(TrainConfig(model=model, batch_size=BATCH, precision=precision))
    dataset = data.make_dataset(images, BATCH)
    clock = BatchClock()

    def run(steps: int) -> float:
        gan.fit(dataset, epochs=1, steps_per_epoch=steps + WARM, verbose=0, callbacks=[clock])
        return clock.times[-1] - clock.times[WARM - 1]

    return run


def hardware() -> dict:
    """What the figures were measured on."""
    from ganlib.train import auto_precision, cpu_flags, cpu_name

    return {
        "cpu": cpu_name(),
        "cpu_count": os.cpu_count(),
        "amx_bf16": "amx_bf16" in cpu_flags(),
        "avx512_bf16": "avx512_bf16" in cpu_flags(),
        "gpus": [d.name for d in tf.config.list_physical_devices("GPU")],
        "auto_precision": auto_precision()[0],
        "tensorflow": tf.__version__,
        "keras": keras.__version__,
    }


def measure(candidates: dict, steps: int, rounds: int, images: int | None = None) -> dict:
    """Warm every candidate up, then time them in alternation; median images/s of each.

    Each measurement runs ``steps`` steps or, with ``images``, as many steps of the candidate's
    own batch size (``run.batch``, default 256) as make that many images.
    """
    batch = {name: getattr(run, "batch", BATCH) for name, run in candidates.items()}
    n = {name: steps if images is None else max(2, images // batch[name]) for name in candidates}
    for run in candidates.values():
        run(2)  # trace and warm up
    seconds = {name: [] for name in candidates}
    for _ in range(rounds):
        for name, run in candidates.items():
            seconds[name].append(run(n[name]))
    return {name: n[name] * batch[name] / statistics.median(times) for name, times in seconds.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--models", nargs="*", default=list(MODEL_NAMES))
    parser.add_argument("--precisions", nargs="*", default=["float32", "mixed_bfloat16"],
                        help="float32, mixed_bfloat16, mixed_float16 or auto (what precision='auto' picks here)")
    parser.add_argument("--json", type=Path, default=Path("benchmarks/results/train_speed.json"))
    parser.add_argument("--plot", type=Path, default=Path("images/train_speed.png"))
    args = parser.parse_args()
    from ganlib.train import auto_precision

    precisions = list(dict.fromkeys(auto_precision()[0] if p == "auto" else p for p in args.precisions))

    (images, _), _ = data.load_fashion_mnist()
    candidates = {"baseline (tutorial loop, dcgan, fp32)": tutorial_loop(images)}
    for model in args.models:
        for precision in precisions:
            candidates[f"ganlib {model} {precision}"] = ganlib_fit(images, model, precision)
    rates = measure(candidates, args.steps, args.rounds)
    baseline = rates["baseline (tutorial loop, dcgan, fp32)"]
    rows = [
        {"name": name, "images_per_s": rate, "seconds_per_epoch": TRAIN_IMAGES / rate, "vs_baseline": rate / baseline}
        for name, rate in rates.items()
    ]
    print(f"{'run':42s} {'images/s':>9s} {'s/epoch':>8s} {'× baseline':>10s}")
    for row in rows:
        print(f"{row['name']:42s} {row['images_per_s']:9.0f} {row['seconds_per_epoch']:8.1f} {row['vs_baseline']:10.2f}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"hardware": hardware(), "batch_size": BATCH, "steps": args.steps,
                                     "rounds": args.rounds, "rows": rows}, indent=2))
    plot(rows, args.plot, hardware()["cpu"])
    print(f"wrote {args.json} and {args.plot}")


def plot(rows: list[dict], path: Path, cpu: str) -> None:
    """Bars of images/s relative to the tutorial loop."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 0.45 * len(rows) + 1.2))
    names = [row["name"] for row in rows][::-1]
    ratios = [row["vs_baseline"] for row in rows][::-1]
    ax.barh(names, ratios, color=["tab:gray" if n.startswith("baseline") else "tab:blue" for n in names])
    for y, ratio in enumerate(ratios):
        ax.text(ratio, y, f" {ratio:.2f}×", va="center", fontsize=8)
    ax.axvline(1, color="black", linewidth=1)
    ax.axvline(2, color="tab:red", linestyle="--", linewidth=1, label="2× the tutorial's loop")
    ax.set_xscale("log")  # the MLP is ~15× faster than the convolutional models
    ax.set_xlim(0.3, 3 * max(ratios))
    ax.set_xlabel("images/s ÷ the tutorial loop's (batch 256, log scale)")
    ax.legend(loc="lower right", fontsize=8)
    ax.set_title(f"Training speed on {cpu}, {os.cpu_count()} cores", fontsize=9)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)


if __name__ == "__main__":
    main()
