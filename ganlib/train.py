"""One trainer for every GAN of the series.

Design
------
:class:`GAN` is a ``keras.Model`` whose :meth:`GAN.train_step` plays one round of the game:
``d_steps`` discriminator updates, then one generator update. Subclassing ``keras.Model``
(rather than writing our own loop) means ``fit()`` gives us, for free, the ``tf.function``
compilation of the step, Keras' progress bar, ``History`` and the whole callback system
(early stopping, TensorBoard, our sample grids and checkpoints), and it runs unchanged under a
``tf.distribute`` strategy. The notebooks first write the same step out by hand with
``tf.GradientTape``; this class is that loop, packaged.

The round is split into small methods that later models override instead of rewriting:

* :meth:`GAN.discriminator_loss` / :meth:`GAN.generator_loss` — the non-saturating BCE
  losses here; WGAN-GP replaces them (and adds a gradient penalty in
  :meth:`GAN.discriminator_step`) and sets ``d_steps=5``;
* :meth:`GAN.discriminator_step` — one discriminator update on a real and a fake batch;
* :meth:`GAN.generator_inputs` — just ``z`` here; a class-conditional GAN also passes labels.

:func:`train` is the one call the notebooks and the command line use: it builds the models,
resumes from the run folder's checkpoint if there is one, trains, and writes per-epoch
sample grids, a checkpoint (written to a temporary file, then renamed), the models in the
native ``.keras`` format, a loss plot and a GIF.
"""

from __future__ import annotations

import dataclasses
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

os.environ.setdefault("KERAS_BACKEND", "tensorflow")
import keras  # noqa: E402
import tensorflow as tf  # noqa: E402
from keras import ops  # noqa: E402

from ganlib import data as gdata  # noqa: E402
from ganlib.i18n import label  # noqa: E402
from ganlib.images import grid, load_png, save_gif, save_png  # noqa: E402
from ganlib.models import LATENT_DIM, MODEL_NAMES, build_gan  # noqa: E402
from ganlib.sampling import generate, latent_dim_of, latent_vectors  # noqa: E402

# Grappler's remapper tries to fuse Conv2D/MatMul + BiasAdd + LeakyReLU and, when the gradient
# also reads the BiasAdd, gives up with an alarming "E0000 ... remapper failed: INVALID_ARGUMENT"
# line (plus absl's "All log messages before absl::InitializeLog()" warning) that no log level
# hides. The fusion never happens for these discriminators anyway; turned off, the line is gone
# and a training step costs the same (measured on fast/improved, 150 steps, 2 runs each).
tf.config.optimizer.set_experimental_options({"remapping": False})

PRECISIONS = ("auto", "float32", "mixed_bfloat16", "mixed_float16")


def cpu_field(name: str) -> str:
    """A field of the first processor in Linux's ``/proc/cpuinfo`` (``""`` when there is none)."""
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith(name):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return ""


def cpu_flags() -> set[str]:
    """The CPU's feature flags (empty where ``/proc/cpuinfo`` does not exist)."""
    return set(cpu_field("flags").split())


def cpu_name() -> str:
    """The CPU model, e.g. ``"Intel(R) Xeon(R) Processor"``, or the machine type where unknown."""
    import platform

    return cpu_field("model name") or platform.processor() or platform.machine()


def auto_precision(lang: str = "en") -> tuple[str, str]:
    """The precision ``precision="auto"`` picks on this machine, and why (in language ``lang``).

    * a GPU with tensor cores (compute capability 7.0 or newer): ``mixed_float16``;
    * a CPU with AMX (Intel Sapphire Rapids and newer), whose tiles multiply ``bfloat16``
      matrices: ``mixed_bfloat16``;
    * anything else: ``float32`` (bfloat16 without AMX saves little, see ``make bench``).
    """
    for gpu in tf.config.list_physical_devices("GPU"):
        capability = tf.config.experimental.get_device_details(gpu).get("compute_capability")
        if capability and tuple(capability) >= (7, 0):
            return "mixed_float16", label("why_gpu_tensor_cores", lang, capability=f"{capability[0]}.{capability[1]}")
        return "float32", label("why_gpu", lang)
    if "amx_bf16" in cpu_flags():
        return "mixed_bfloat16", label("why_cpu_amx", lang)
    return "float32", label("why_cpu", lang)


def replica() -> tuple[int, object]:
    """``(replicas in sync, this replica's index)``; ``(1, 0)`` outside ``tf.distribute``."""
    context = tf.distribute.get_replica_context()
    if context is None:  # cross-replica context: not inside a training step
        return 1, 0
    return context.num_replicas_in_sync, context.replica_id_in_sync_group


def check_ema(decay):
    """``decay`` if it is a moving-average decay (strictly between 0 and 1) or None; else ValueError."""
    if decay is not None and not (isinstance(decay, (int, float)) and not isinstance(decay, bool) and 0.0 < decay < 1.0):
        raise ValueError(f"ema must be a decay between 0 and 1 (e.g. 0.995) or None, got {decay!r}")
    return decay


class GAN(keras.Model):
    """A generator and a discriminator trained against each other with ``fit()``.

    ``data`` given to ``fit`` yields batches of real images in ``[-1, 1]`` (or
    ``(images, labels)`` pairs). Metrics reported per epoch: ``d_loss``, ``g_loss``, and
    ``d_real`` / ``d_fake``, the discriminator's mean probability that real / generated
    images are real (0.5 for both is the game's equilibrium).
    """

    def __init__(self, generator: keras.Model, discriminator: keras.Model, *, seed: int = 0, d_steps: int = 1,
                 ema: float | None = None, **kwargs):
        super().__init__(**kwargs)
        self.generator = generator
        self.discriminator = discriminator
        self.latent_dim = latent_dim_of(generator)
        if tuple(discriminator.inputs[0].shape[1:]) != tuple(generator.outputs[0].shape[1:]):
            raise ValueError(
                f"the generator makes images of shape {generator.outputs[0].shape[1:]} but the "
                f"discriminator reads {discriminator.inputs[0].shape[1:]}"
            )
        self.d_steps = d_steps
        # An exponential moving average of the generator's weights (Yazici et al., 2019): a
        # second generator whose weights trail the trained ones, w_ema <- d * w_ema + (1 - d) * w
        # after every generator update. It averages out the last few hundred steps' oscillation
        # of the game, so its samples are cleaner than the raw generator's. None: no average.
        self.ema_decay = check_ema(ema)
        self.ema_generator = None
        if ema is not None:
            self.ema_generator = keras.models.clone_model(generator)
            self.ema_generator.set_weights(generator.get_weights())
        self.seed = seed
        self.noise = keras.random.SeedGenerator(seed)
        self.bce = keras.losses.BinaryCrossentropy(from_logits=True)
        self.trackers = {name: keras.metrics.Mean(name=name) for name in ("d_loss", "g_loss", "d_real", "d_fake")}
        self.built = True  # both networks are built; fit() need not trace the GAN on a batch

    def compile(self, g_optimizer: keras.optimizers.Optimizer | None = None, d_optimizer: keras.optimizers.Optimizer | None = None, **kwargs) -> None:
        """Set the two optimizers (default: Adam, learning rate 2e-4, beta_1 0.5, as in DCGAN)."""
        super().compile(**kwargs)
        self.g_optimizer = g_optimizer or keras.optimizers.Adam(2e-4, beta_1=0.5)
        self.d_optimizer = d_optimizer or keras.optimizers.Adam(2e-4, beta_1=0.5)
        self.build_optimizers()  # now, inside the caller's tf.distribute scope if there is one

    @property
    def metrics(self) -> list:
        return list(self.trackers.values())

    def call(self, z, training: bool = False):
        return self.generator(z, training=training)

    # --- the pieces of one round; subclasses override these -------------------------------
    def generator_inputs(self, batch_size, labels=None):
        """What the generator is fed: latent vectors (plus labels, for a conditional GAN).

        Under a ``tf.distribute`` strategy with ``n`` replicas, every replica draws the noise of
        the whole global batch and keeps its own slice, so replicas never share latent vectors
        and the global batch is the one a single device would draw.
        """
        replicas, index = replica()
        z = keras.random.normal((batch_size * replicas, self.latent_dim), seed=self.noise)
        return z if replicas == 1 else z[index * batch_size : (index + 1) * batch_size]

    def discriminator_loss(self, real_logits, fake_logits):
        """BCE: real images should be called real (1), generated ones fake (0)."""
        return self.bce(tf.ones_like(real_logits), real_logits) + self.bce(tf.zeros_like(fake_logits), fake_logits)

    def generator_loss(self, fake_logits):
        """Non-saturating loss: maximise log D(G(z)) instead of minimising log(1 - D(G(z)))."""
        return self.bce(tf.ones_like(fake_logits), fake_logits)

    def discriminator_step(self, real, fake, labels=None) -> dict:
        """One update of the discriminator on a batch of real and a batch of generated images."""
        with tf.GradientTape() as tape:
            real_logits = self.discriminator(real, training=True)
            fake_logits = self.discriminator(fake, training=True)
            loss = self.discriminator_loss(real_logits, fake_logits)
            scaled = self.d_optimizer.scale_loss(loss)  # float16: see generator step below
        variables = self.discriminator.trainable_variables
        self.d_optimizer.apply_gradients(zip(tape.gradient(scaled, variables), variables))
        return {
            "d_loss": loss,
            "d_real": tf.reduce_mean(tf.sigmoid(real_logits)),
            "d_fake": tf.reduce_mean(tf.sigmoid(fake_logits)),
        }

    def train_step(self, data):
        """One round: ``d_steps`` discriminator updates, then one generator update.

        The generator runs forward once per round: its batch trains the discriminator first
        (the generator's tape is paused meanwhile), then the generator is scored by the
        *updated* discriminator and follows the gradient through it. These are the alternating
        updates of Goodfellow et al. (2014), at the cost of a single generator pass.
        """
        real, labels = data if isinstance(data, tuple) else (data, None)
        batch_size = tf.shape(real)[0]
        for _ in range(self.d_steps - 1):  # extra critic steps (WGAN-GP uses 5 in all)
            fake = self.generator(self.generator_inputs(batch_size, labels), training=True)
            self.discriminator_step(real, fake, labels)
        with tf.GradientTape() as tape:
            fake = self.generator(self.generator_inputs(batch_size, labels), training=True)
            with tape.stop_recording():
                logs = self.discriminator_step(real, fake, labels)
            g_loss = self.generator_loss(self.discriminator(fake, training=True))
            # Under mixed_float16 the optimizer is a LossScaleOptimizer: small gradients would
            # underflow in float16, so the loss is multiplied by a large factor before the
            # backward pass, and apply_gradients divides it out again. Otherwise a no-op.
            scaled = self.g_optimizer.scale_loss(g_loss)
        variables = self.generator.trainable_variables
        self.g_optimizer.apply_gradients(zip(tape.gradient(scaled, variables), variables))
        if self.ema_generator is not None:
            self.update_ema()
        logs["g_loss"] = g_loss
        replicas, _ = replica()  # Keras losses are divided by the replica count (gradients are summed)
        logs["d_loss"], logs["g_loss"] = logs["d_loss"] * replicas, logs["g_loss"] * replicas
        for name, value in logs.items():
            self.trackers[name].update_state(value)
        return {name: tracker.result() for name, tracker in self.trackers.items()}

    # --- the moving average of the generator ----------------------------------------------
    def update_ema(self) -> None:
        """Move every averaged weight a step ``1 - decay`` towards the generator's weight."""
        decay = self.ema_decay
        for average, weight in zip(self.ema_generator.trainable_variables, self.generator.trainable_variables):
            average.assign(decay * average + (1.0 - decay) * ops.cast(weight, average.dtype))

    def sampling_generator(self) -> keras.Model:
        """The generator to draw samples from: the averaged one when there is one, else the trained one.

        The averaged generator's batch-norm statistics are recomputed first (see
        :func:`recalibrate_batch_norm`): an average of the running statistics of past weights is
        not the statistics that the averaged weights produce.
        """
        if self.ema_generator is None:
            return self.generator
        z = latent_vectors(RECALIBRATION_SAMPLES, self.latent_dim, seed=self.seed)
        recalibrate_batch_norm(self.ema_generator, z)
        return self.ema_generator

    # --- exact state, for checkpoints ---------------------------------------------------------
    def build_optimizers(self) -> None:
        """Create the optimizers' slots now (they are made lazily at the first step)."""
        for optimizer, model in ((self.g_optimizer, self.generator), (self.d_optimizer, self.discriminator)):
            if not optimizer.built:
                optimizer.build(model.trainable_variables)

    def state_variables(self) -> list:
        """Every variable that defines where training stands: weights, batch-norm statistics,
        dropout and latent-noise RNG states, and both optimizers' moments and step counters."""
        return [
            *self.generator.variables,
            *self.discriminator.variables,
            *self.g_optimizer.variables,
            *self.d_optimizer.variables,
            self.noise.state,
            *(self.ema_generator.variables if self.ema_generator is not None else []),
        ]


RECALIBRATION_SAMPLES = 2048  # latent vectors used to measure the averaged generator's batch-norm statistics


def recalibrate_batch_norm(generator: keras.Model, z: np.ndarray) -> keras.Model:
    """Set every batch-norm layer's moving mean and variance to what ``generator`` itself gives on ``z``.

    Layer by layer, in inference mode: each batch-norm layer receives the activations of the
    layers before it (already recalibrated) and stores their mean and variance over ``z``'s
    batch (and all spatial positions). These are the population statistics of the current
    weights, which inference needs. Works on ``keras.Sequential`` generators.
    """
    if not isinstance(generator, keras.Sequential):
        raise TypeError(f"recalibrate_batch_norm needs a keras.Sequential generator, got {type(generator).__name__}")
    h = ops.convert_to_tensor(z, dtype="float32")
    for layer in generator.layers:
        if isinstance(layer, keras.layers.BatchNormalization):
            mean, variance = ops.moments(ops.cast(h, "float32"), axes=list(range(len(h.shape) - 1)))
            layer.moving_mean.assign(mean)
            layer.moving_variance.assign(variance)
        h = layer(h, training=False)
    return generator


# ------------------------------------------------------------------------------------------
# Checkpoints
# ------------------------------------------------------------------------------------------
class CheckpointError(RuntimeError):
    """A checkpoint is missing, unreadable, or does not fit the model."""


def save_checkpoint(gan: GAN, path: str | os.PathLike, meta: dict) -> Path:
    """Write every state variable and ``meta`` (epoch, history, config) to one ``.npz`` file.

    The file is written under a temporary name and then renamed, so a crash mid-write
    leaves the previous checkpoint intact, never a half-written one.
    """
    path = Path(path)
    gan.build_optimizers()
    arrays = {f"v{i:04d}": np.asarray(v.numpy()) for i, v in enumerate(gan.state_variables())}
    arrays["meta"] = np.frombuffer(json.dumps(meta).encode(), np.uint8)
    tmp = path.with_name(path.name + ".tmp.npz")
    with open(tmp, "wb") as f:
        np.savez(f, **arrays)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    return path


def load_checkpoint(gan: GAN, path: str | os.PathLike) -> dict:
    """Restore a checkpoint written by :func:`save_checkpoint` into ``gan``; return its ``meta``."""
    path = Path(path)
    if not path.is_file():
        raise CheckpointError(f"no checkpoint at {path}")
    try:
        with np.load(path) as stored:
            arrays = {key: stored[key] for key in stored.files}
        meta = json.loads(arrays.pop("meta").tobytes().decode())
    except Exception as err:
        raise CheckpointError(f"checkpoint {path} is corrupt or unreadable ({type(err).__name__}: {err})") from err
    gan.build_optimizers()
    variables = gan.state_variables()
    if len(arrays) != len(variables):
        raise CheckpointError(f"checkpoint {path} holds {len(arrays)} variables, the model has {len(variables)}")
    for i, variable in enumerate(variables):
        value = arrays[f"v{i:04d}"]
        if tuple(value.shape) != tuple(variable.shape):
            raise CheckpointError(
                f"checkpoint {path}: variable {variable.path} has shape {tuple(variable.shape)}, "
                f"stored {tuple(value.shape)}"
            )
        variable.assign(value)
    return meta


# ------------------------------------------------------------------------------------------
# Callbacks
# ------------------------------------------------------------------------------------------
class SampleGrid(keras.callbacks.Callback):
    """After every epoch, draw the same latent vectors and keep the grid (for a GIF).

    Grids are kept in ``.grids`` (``uint8`` arrays) and, with ``folder``, saved as
    ``epoch_001.png``, ``epoch_002.png``, ...
    """

    def __init__(self, z: np.ndarray, folder: str | os.PathLike | None = None):
        super().__init__()
        self.z = z
        self.folder = Path(folder) if folder else None
        self.grids: list[np.ndarray] = []

    def on_epoch_end(self, epoch: int, logs=None) -> None:
        image = grid(generate(self.model.sampling_generator(), self.z))
        self.grids.append(image)
        if self.folder:
            save_png(image, self.folder / f"epoch_{epoch + 1:03d}.png")


def train_seconds(history: dict) -> float:
    """Seconds of training steps a run's history records so far (0 for a new run)."""
    if history.get("train_s"):
        return float(history["train_s"][-1])
    return float(sum(history.get("epoch_s", [])))  # histories written before the clock was kept


class RunRecorder(keras.callbacks.Callback):
    """The run's clock and diary.

    It times every training step (from just before to just after it, so that the work other
    callbacks do between steps, such as sample grids, checkpoints or evaluations, is not
    counted) and keeps the total in ``train_s``; with ``seconds``, it stops training after the
    first step that reaches that many training seconds. Per epoch it adds ``epoch_s`` (training
    seconds of the epoch), ``train_s`` (of the whole run) and ``images_per_s`` to the logs (so
    the progress bar shows them), records everything in ``history``, and (with ``checkpoint``)
    saves the exact training state.
    """

    def __init__(self, history: dict, batch_size: int, checkpoint: Path | None = None, meta: dict | None = None,
                 seconds: float | None = None):
        super().__init__()
        self.history = history
        self.batch_size = batch_size
        self.checkpoint = checkpoint
        self.meta = meta or {}
        self.seconds = seconds
        self.train_s = train_seconds(history)

    def on_epoch_begin(self, epoch: int, logs=None) -> None:
        self.epoch_s, self.steps = 0.0, 0

    def on_train_batch_begin(self, batch: int, logs=None) -> None:
        self.start = time.perf_counter()

    def on_train_batch_end(self, batch: int, logs=None) -> None:
        seconds = time.perf_counter() - self.start
        self.epoch_s += seconds
        self.train_s += seconds
        self.steps += 1
        if logs is not None:  # for the callbacks after this one (e.g. EvaluateEachEpoch's marks)
            logs["train_s"] = self.train_s
        if self.seconds is not None and self.train_s >= self.seconds:
            self.model.stop_training = True

    def on_epoch_end(self, epoch: int, logs=None) -> None:
        if logs is not None:  # shown by Keras' progress bar, which runs after this callback
            logs["epoch_s"] = self.epoch_s
            logs["train_s"] = self.train_s
            logs["images_per_s"] = self.steps * self.batch_size / max(self.epoch_s, 1e-9)
        row = {"epoch": epoch + 1, **{k: float(v) for k, v in (logs or {}).items()}}
        row["steps"] = self.steps
        for key, value in row.items():
            self.history.setdefault(key, []).append(value)
        if self.checkpoint:
            save_checkpoint(self.model, self.checkpoint, {**self.meta, "epoch": epoch + 1, "history": self.history})


class ProgressLog(keras.callbacks.Callback):
    """One line per epoch in the reader's language: time, speed, both losses and D's outputs.

    It runs after :class:`RunRecorder`, whose ``epoch_s``, ``train_s`` and ``images_per_s`` it reads
    from the logs; the numbers are written the way ``lang`` writes them.
    """

    def __init__(self, epochs: int, seconds: float | None = None, lang: str = "en"):
        super().__init__()
        self.epochs, self.seconds, self.lang = epochs, seconds, lang

    def on_epoch_end(self, epoch: int, logs=None) -> None:
        logs = {k: float(v) for k, v in (logs or {}).items()}
        budget = "" if self.seconds is None else label("of_budget", self.lang, seconds=self.seconds)
        print(label("epoch_line", self.lang, epoch=epoch + 1, epochs=self.epochs, epoch_s=logs.get("epoch_s", 0.0),
                    train_s=logs.get("train_s", 0.0), budget=budget, images_per_s=logs.get("images_per_s", 0.0),
                    d_loss=logs.get("d_loss", float("nan")), g_loss=logs.get("g_loss", float("nan")),
                    d_real=logs.get("d_real", float("nan")), d_fake=logs.get("d_fake", float("nan"))), flush=True)
        if self.model.stop_training and self.seconds is not None:
            print(label("budget_spent", self.lang, seconds=self.seconds), flush=True)


# ------------------------------------------------------------------------------------------
# The one call
# ------------------------------------------------------------------------------------------
@dataclass
class TrainConfig:
    """Every hyper-parameter of a run. All have defaults; override any of them."""

    model: str = "dcgan"
    epochs: int = 5
    batch_size: int = 256
    latent_dim: int = LATENT_DIM
    learning_rate: float = 2e-4
    d_learning_rate: float | None = None  # the discriminator's own rate (two time-scale rule); None: learning_rate
    beta_1: float = 0.5
    d_steps: int = 1
    seed: int = 0
    subset: int | None = None
    precision: str = "float32"
    grid_size: int = 64
    ema: float | None = None  # decay of the generator's moving average (e.g. 0.995); None: no average
    seconds: float | None = None  # stop after this many seconds of training steps (None: after `epochs`)

    def __post_init__(self) -> None:
        if self.model not in MODEL_NAMES:
            raise ValueError(f"unknown model name {self.model!r}; choose one of {', '.join(MODEL_NAMES)}")
        for name in ("epochs", "batch_size", "latent_dim", "d_steps", "grid_size"):
            value = getattr(self, name)
            if not isinstance(value, (int, np.integer)) or isinstance(value, bool) or value <= 0:
                raise ValueError(f"{name} must be a positive integer, got {value!r}")
        if self.subset is not None and (not isinstance(self.subset, (int, np.integer)) or self.subset <= 0):
            raise ValueError(f"subset must be a positive integer or None, got {self.subset!r}")
        for name in ("learning_rate", "d_learning_rate"):
            value = getattr(self, name)
            if name == "d_learning_rate" and value is None:
                continue  # the discriminator takes learning_rate
            if not (isinstance(value, (int, float)) and value > 0):
                raise ValueError(f"{name} must be a positive number, got {value!r}")
        if self.precision not in PRECISIONS:
            raise ValueError(f"unknown precision {self.precision!r}; choose one of {', '.join(PRECISIONS)}")
        check_ema(self.ema)
        if self.seconds is not None and not (isinstance(self.seconds, (int, float)) and 0 < self.seconds < float("inf")):
            raise ValueError(f"seconds must be a positive number of training seconds or None, got {self.seconds!r}")

    def same_run(self, other: "TrainConfig") -> list[str]:
        """Names of the settings (other than the budget, ``epochs`` and ``seconds``) in which two configs differ."""
        mine, theirs = dataclasses.asdict(self), dataclasses.asdict(other)
        return [k for k in mine if k not in ("epochs", "seconds") and mine[k] != theirs[k]]


@dataclass
class TrainResult:
    gan: GAN
    history: dict
    grids: list
    run_dir: Path | None
    resumed_from: int


def build_trainer(config: TrainConfig, lang: str = "en") -> GAN:
    """Build and compile the :class:`GAN` a config describes (models made under its precision)."""
    precision, why = auto_precision(lang) if config.precision == "auto" else (config.precision, "chosen")
    generator, discriminator = build_gan(config.model, config.latent_dim, precision)
    gan = GAN(generator, discriminator, seed=config.seed, d_steps=config.d_steps, ema=config.ema,
              name=f"{config.model}_gan")

    def adam(learning_rate):
        optimizer = keras.optimizers.Adam(learning_rate, beta_1=config.beta_1)
        return keras.optimizers.LossScaleOptimizer(optimizer) if precision == "mixed_float16" else optimizer

    gan.compile(g_optimizer=adam(config.learning_rate), d_optimizer=adam(config.d_learning_rate or config.learning_rate))
    gan.precision = precision
    gan.precision_reason = why if config.precision == "auto" else label("why_config", lang, precision=repr(precision))
    return gan


def train(
    config: TrainConfig | None = None,
    run_dir: str | os.PathLike | None = None,
    *,
    images: np.ndarray | None = None,
    data_dir: str | os.PathLike | None = None,
    callbacks: list | None = None,
    verbose: int = 1,
    strategy: tf.distribute.Strategy | None = None,
    lang: str = "en",
    **overrides,
) -> TrainResult:
    """Train a GAN; with ``run_dir``, checkpoint every epoch and resume from the last one.

    ``config`` (or keyword ``overrides`` such as ``model="improved", epochs=10``) sets the
    hyper-parameters. ``images`` (``uint8``, ``(N, 28, 28)``) replaces the Fashion-MNIST
    training split. Calling again with the same ``run_dir`` resumes where the last call
    stopped; a finished run is not retrained.

    ``seconds`` in the config is a budget of training time: the run stops after the first
    step that reaches it (or after ``epochs``, whichever comes first), mid-epoch if need be. A
    run stopped by its budget is finished; resumed with a larger budget, it goes on with the
    next epoch's order of the images.

    ``strategy`` (a ``tf.distribute`` strategy, e.g. ``MirroredStrategy()`` over several GPUs)
    builds the models under its scope; ``batch_size`` is then the global batch, split evenly
    across the replicas.

    ``verbose=1`` prints one line per epoch (:class:`ProgressLog`) and the run's messages in
    language ``lang``; ``verbose=0`` prints nothing.
    """
    config = dataclasses.replace(config or TrainConfig(), **overrides)
    if images is None:
        (images, labels), _ = gdata.load_fashion_mnist(data_dir)
    images = gdata.check_images(images, name="training images")
    images, _ = gdata.subset(images, None, config.subset, seed=config.seed)
    if config.batch_size > len(images):
        raise ValueError(f"batch_size {config.batch_size} is larger than the {len(images)} training images")

    keras.utils.set_random_seed(config.seed)
    with (strategy or tf.distribute.get_strategy()).scope():
        gan = build_trainer(config, lang)
    if verbose:
        print(label("precision_line", lang, precision=gan.precision, reason=gan.precision_reason), flush=True)
    history: dict = {}
    start_epoch = 0
    checkpoint = None
    if run_dir is not None:
        run_dir = Path(run_dir)
        run_dir.mkdir(parents=True, exist_ok=True)
        checkpoint = run_dir / "checkpoint.npz"
        config_file = run_dir / "config.json"
        if config_file.exists():
            saved = TrainConfig(**json.loads(config_file.read_text()))
            differ = saved.same_run(config)
            if differ:
                raise ValueError(
                    f"{run_dir} holds a run with different settings ({', '.join(differ)}); "
                    "use another folder, or the same settings to resume it"
                )
        if checkpoint.exists():
            meta = load_checkpoint(gan, checkpoint)
            start_epoch, history = meta["epoch"], meta["history"]
        (run_dir / "config.json").write_text(json.dumps(dataclasses.asdict(config), indent=2))

    z = latent_vectors(config.grid_size, config.latent_dim, seed=config.seed)
    sample_dir = run_dir / "samples" if run_dir else None
    grids = [load_png(sample_dir / f"epoch_{e:03d}.png") for e in range(1, start_epoch + 1)
             if sample_dir and (sample_dir / f"epoch_{e:03d}.png").exists()]
    sampler = SampleGrid(z, sample_dir)
    sampler.grids = grids
    finished = start_epoch >= config.epochs or (config.seconds is not None and train_seconds(history) >= config.seconds)
    if verbose and start_epoch:
        done = label("finished", lang) if finished else label("resuming", lang, epoch=start_epoch + 1)
        print(label("found_checkpoint", lang, run_dir=str(run_dir), epoch=start_epoch, seconds=train_seconds(history),
                    done=done), flush=True)
    if not finished:
        steps = len(images) // config.batch_size
        dataset = gdata.make_dataset(images, config.batch_size, seed=config.seed, start_epoch=start_epoch)
        recorder = RunRecorder(history, config.batch_size, checkpoint,
                               {"config": dataclasses.asdict(config), "precision": gan.precision}, config.seconds)
        progress = [ProgressLog(config.epochs, config.seconds, lang)] if verbose else []
        gan.fit(dataset, epochs=config.epochs, initial_epoch=start_epoch, steps_per_epoch=steps,
                callbacks=[sampler, recorder, *progress, *(callbacks or [])], verbose=0)
    if run_dir is not None:
        write_outputs(gan, history, sampler.grids, run_dir)
    return TrainResult(gan, history, sampler.grids, run_dir, start_epoch)


def save_model(model: keras.Model, path: str | os.PathLike) -> Path:
    """Save in the native ``.keras`` format, atomically (temporary file, then rename)."""
    path = Path(path)
    tmp = path.with_name(path.stem + ".tmp.keras")
    model.save(tmp)
    os.replace(tmp, path)
    return path


def load_model(path: str | os.PathLike) -> keras.Model:
    """Load a ``.keras`` model with ``safe_mode=True`` (no arbitrary code is deserialised)."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"no saved model at {path}")
    return keras.models.load_model(path, safe_mode=True, compile=False)


def load_generator(run_dir: str | os.PathLike, *, raw: bool = False) -> keras.Model:
    """The generator of a training run folder (or of a ``.keras`` file given directly).

    A run trained with ``ema`` saves two: ``generator.keras``, the moving average (used by
    default, also by ``sample`` and ``evaluate``), and ``generator_raw.keras``, the trained
    weights themselves, which ``raw=True`` loads.
    """
    path = Path(run_dir)
    if not path.is_dir():
        return load_model(path)
    raw_file = path / "generator_raw.keras"  # only there when the run kept a moving average
    return load_model(raw_file if raw and raw_file.is_file() else path / "generator.keras")


def write_outputs(gan: GAN, history: dict, grids: list, run_dir: Path) -> None:
    """Models (``.keras``: the generator to sample from, the raw one when that is an average,
    the discriminator), the loss history (JSON), a loss plot, the last sample grid and a GIF."""
    from ganlib.plots import plot_losses

    save_model(gan.sampling_generator(), run_dir / "generator.keras")
    if gan.ema_generator is not None:
        save_model(gan.generator, run_dir / "generator_raw.keras")
    save_model(gan.discriminator, run_dir / "discriminator.keras")
    (run_dir / "history.json").write_text(json.dumps(history, indent=1))
    if history:
        plot_losses(history, path=run_dir / "losses.png")
    if grids:
        save_png(grids[-1], run_dir / "samples.png", scale=2)
        save_gif(grids, run_dir / "training.gif")
