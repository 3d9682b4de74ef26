"""Generators and discriminators for the three GANs of the series.

Every builder returns ``(generator, discriminator)``:

* the generator maps a latent vector ``z`` of shape ``(latent_dim,)`` to an image of
  shape ``(28, 28, 1)`` in ``[-1, 1]`` (a ``tanh`` output);
* the discriminator maps an image to one **logit** (no sigmoid): the losses in
  :mod:`ganlib.train` use ``from_logits=True``, which is numerically safer.

The last layer of each network is kept in ``float32`` so that the models also work
under a mixed-precision policy (``mixed_bfloat16`` / ``mixed_float16``).
"""

from __future__ import annotations

from typing import Callable

import keras
from keras import layers

LATENT_DIM = 100
IMAGE_SHAPE = (28, 28, 1)


def build_vanilla(latent_dim: int = LATENT_DIM) -> tuple[keras.Model, keras.Model]:
    """A vanilla GAN: two multi-layer perceptrons, as in Goodfellow et al. (2014)."""
    generator = keras.Sequential(
        [
            keras.Input((latent_dim,)),
            layers.Dense(256),
            layers.LeakyReLU(0.2),
            layers.Dense(512),
            layers.LeakyReLU(0.2),
            layers.Dense(1024),
            layers.LeakyReLU(0.2),
            layers.Dense(28 * 28, activation="tanh", dtype="float32"),
            layers.Reshape(IMAGE_SHAPE, dtype="float32"),
        ],
        name="vanilla_generator",
    )
    discriminator = keras.Sequential(
        [
            keras.Input(IMAGE_SHAPE),
            layers.Flatten(),
            layers.Dense(512),
            layers.LeakyReLU(0.2),
            layers.Dropout(0.3),
            layers.Dense(256),
            layers.LeakyReLU(0.2),
            layers.Dropout(0.3),
            layers.Dense(1, dtype="float32"),
        ],
        name="vanilla_discriminator",
    )
    return generator, discriminator


def build_dcgan(latent_dim: int = LATENT_DIM) -> tuple[keras.Model, keras.Model]:
    """The classic DCGAN of the TensorFlow DCGAN tutorial (Radford et al., 2015, scaled to 28x28)."""
    generator = keras.Sequential(
        [
            keras.Input((latent_dim,)),
            layers.Dense(7 * 7 * 256, use_bias=False),
            layers.BatchNormalization(),
            layers.LeakyReLU(0.3),
            layers.Reshape((7, 7, 256)),
            layers.Conv2DTranspose(128, 5, strides=1, padding="same", use_bias=False),
            layers.BatchNormalization(),
            layers.LeakyReLU(0.3),
            layers.Conv2DTranspose(64, 5, strides=2, padding="same", use_bias=False),
            layers.BatchNormalization(),
            layers.LeakyReLU(0.3),
            layers.Conv2DTranspose(
                1, 5, strides=2, padding="same", use_bias=False, activation="tanh", dtype="float32"
            ),
        ],
        name="dcgan_generator",
    )
    discriminator = keras.Sequential(
        [
            keras.Input(IMAGE_SHAPE),
            layers.Conv2D(64, 5, strides=2, padding="same"),
            layers.LeakyReLU(0.3),
            layers.Dropout(0.3),
            layers.Conv2D(128, 5, strides=2, padding="same"),
            layers.LeakyReLU(0.3),
            layers.Dropout(0.3),
            layers.Flatten(),
            layers.Dense(1, dtype="float32"),
        ],
        name="dcgan_discriminator",
    )
    return generator, discriminator


def build_improved(latent_dim: int = LATENT_DIM) -> tuple[keras.Model, keras.Model]:
    """An improved DCGAN: deeper, ``he_normal`` initialisation, no bias before batch norm.

    What changes against :func:`build_dcgan`, and why:

    * **4x4 kernels with stride 2** in every up-sampling layer: the kernel size is a
      multiple of the stride, so each output pixel receives the same number of kernel
      taps, which avoids the checkerboard artefacts of 5x5/stride-2 transposed convolutions.
    * **A 3x3 convolution after each up-sampling** (deeper generator): more capacity to
      refine local texture at 14x14 and 28x28 for a modest cost.
    * **``he_normal`` initialisation** (He et al., 2015) matches the (leaky) ReLU
      activations, so signals keep their scale through the deeper stack.
    * **No bias before batch normalisation**: BN subtracts the batch mean, which cancels
      any bias; the parameter would only waste memory and compute.
    * **A third, strided convolution with batch norm in the discriminator**, so it sees
      larger structures (the whole garment) and not only strokes.
    """
    init = "he_normal"

    def up_block(filters: int) -> list[layers.Layer]:
        return [
            layers.Conv2DTranspose(filters, 4, strides=2, padding="same", use_bias=False, kernel_initializer=init),
            layers.BatchNormalization(),
            layers.ReLU(),
            layers.Conv2D(filters, 3, padding="same", use_bias=False, kernel_initializer=init),
            layers.BatchNormalization(),
            layers.ReLU(),
        ]

    generator = keras.Sequential(
        [
            keras.Input((latent_dim,)),
            layers.Dense(7 * 7 * 256, use_bias=False, kernel_initializer=init),
            layers.BatchNormalization(),
            layers.ReLU(),
            layers.Reshape((7, 7, 256)),
            *up_block(128),  # 14x14
            *up_block(64),  # 28x28
            layers.Conv2D(1, 3, padding="same", activation="tanh", dtype="float32"),
        ],
        name="improved_generator",
    )
    discriminator = keras.Sequential(
        [
            keras.Input(IMAGE_SHAPE),
            layers.Conv2D(64, 4, strides=2, padding="same", kernel_initializer=init),  # 14x14
            layers.LeakyReLU(0.2),
            layers.Conv2D(128, 4, strides=2, padding="same", use_bias=False, kernel_initializer=init),  # 7x7
            layers.BatchNormalization(),
            layers.LeakyReLU(0.2),
            layers.Conv2D(256, 3, strides=2, padding="same", use_bias=False, kernel_initializer=init),  # 4x4
            layers.BatchNormalization(),
            layers.LeakyReLU(0.2),
            layers.Flatten(),
            layers.Dropout(0.3),
            layers.Dense(1, dtype="float32"),
        ],
        name="improved_discriminator",
    )
    return generator, discriminator


BUILDERS: dict[str, Callable[[int], tuple[keras.Model, keras.Model]]] = {
    "vanilla": build_vanilla,
    "dcgan": build_dcgan,
    "improved": build_improved,
}
MODEL_NAMES = tuple(BUILDERS)


def build_gan(name: str, latent_dim: int = LATENT_DIM) -> tuple[keras.Model, keras.Model]:
    """Build ``(generator, discriminator)`` for a model name of :data:`MODEL_NAMES`."""
    if name not in BUILDERS:
        raise ValueError(f"unknown model name {name!r}; choose one of {', '.join(MODEL_NAMES)}")
    if not isinstance(latent_dim, int) or isinstance(latent_dim, bool) or latent_dim <= 0:
        raise ValueError(f"latent_dim must be a positive integer, got {latent_dim!r}")
    return BUILDERS[name](latent_dim)
