"""ganlib.models: three GANs, one contract (z of size 100 -> 28x28x1 in [-1, 1] -> one logit)."""

from __future__ import annotations

import numpy as np
import pytest
from keras import layers

from ganlib.models import LATENT_DIM, MODEL_NAMES, build_gan, print_layer_shapes
from ganlib.sampling import generate, interpolate, latent_vectors


@pytest.mark.parametrize("name", MODEL_NAMES)
def test_every_generator_maps_a_latent_vector_to_a_28x28_image_in_minus_one_one(name):
    generator, discriminator = build_gan(name)
    assert LATENT_DIM == 100 and generator.inputs[0].shape[-1] == 100
    z = latent_vectors(8, 100, seed=0) * 5  # large inputs still land inside [-1, 1]
    images = generate(generator, z)
    assert images.shape == (8, 28, 28, 1)
    assert images.min() >= -1.0 and images.max() <= 1.0
    assert discriminator(images).shape == (8, 1)


@pytest.mark.parametrize("name", MODEL_NAMES)
def test_the_latent_size_can_be_changed(name):
    generator, _ = build_gan(name, latent_dim=16)
    assert generate(generator, n=2).shape == (2, 28, 28, 1)


def test_a_precision_applies_to_the_models_built_and_leaves_the_global_policy_alone():
    import keras

    generator, discriminator = build_gan("dcgan", precision="mixed_bfloat16")
    assert generator.layers[0].compute_dtype == "bfloat16"
    assert generator.layers[0].variable_dtype == "float32"
    assert generate(generator, n=2).dtype == np.float32  # the image layer stays float32
    assert keras.mixed_precision.global_policy().name == "float32"
    assert build_gan("dcgan")[0].layers[0].compute_dtype == "float32"


def test_the_dcgan_matches_the_tensorflow_tutorial():
    generator, discriminator = build_gan("dcgan")
    assert generator.count_params() == 2_330_944  # the tutorial's make_generator_model()
    assert discriminator.count_params() == 212_865  # the tutorial's make_discriminator_model()
    kinds = [type(layer).__name__ for layer in generator.layers]
    assert kinds.count("Conv2DTranspose") == 3 and kinds[0] == "Dense"


def test_the_improved_dcgan_uses_he_normal_and_no_bias_before_batch_norm():
    for model in build_gan("improved"):
        for layer, following in zip(model.layers, model.layers[1:]):
            if isinstance(following, layers.BatchNormalization):
                assert not layer.use_bias, layer.name
            if hasattr(layer, "kernel_initializer") and layer.name != model.layers[-1].name:
                assert type(layer.kernel_initializer).__name__ == "HeNormal", layer.name
    generator, _ = build_gan("improved")
    strided = [l for l in generator.layers if isinstance(l, layers.Conv2DTranspose)]
    assert all(l.kernel_size[0] % l.strides[0] == 0 for l in strided)  # no checkerboard pattern


def test_an_unknown_model_name_is_refused_with_the_choices():
    with pytest.raises(ValueError, match="'resnet'.*vanilla, dcgan, improved"):
        build_gan("resnet")
    with pytest.raises(ValueError, match="positive integer, got 0"):
        build_gan("dcgan", latent_dim=0)


def test_latent_vectors_of_the_wrong_size_are_refused():
    generator, _ = build_gan("vanilla")
    with pytest.raises(ValueError, match=r"shape \(3, 64\).*expects \(N, 100\)"):
        generate(generator, np.zeros((3, 64), np.float32))


def test_the_same_seed_gives_the_same_samples():
    generator, _ = build_gan("dcgan")
    np.testing.assert_array_equal(generate(generator, n=4, seed=5), generate(generator, n=4, seed=5))
    assert not np.array_equal(generate(generator, n=4, seed=5), generate(generator, n=4, seed=6))


def test_interpolation_starts_and_ends_at_the_endpoints():
    z0, z1 = latent_vectors(2, 100, seed=1)
    for spherical in (False, True):
        path = interpolate(z0, z1, 7, spherical=spherical)
        assert path.shape == (7, 100)
        np.testing.assert_allclose(path[0], z0, atol=1e-5)
        np.testing.assert_allclose(path[-1], z1, atol=1e-5)
    middle_norms = [np.linalg.norm(interpolate(z0, z1, 3, spherical=s)[1]) for s in (False, True)]
    assert middle_norms[1] > middle_norms[0]  # slerp keeps the typical norm; lerp cuts through the middle


def test_layer_shapes_are_printed_layer_by_layer(capsys):
    generator, discriminator = build_gan("dcgan")
    print_layer_shapes(generator, "G")
    print_layer_shapes(discriminator, "D", batch=3)
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "G: (2, 100)"
    assert lines[1].split() == ["Dense", "->", "(2,", "12544)"]
    assert lines[len(generator.layers)].split()[-3:] == ["28,", "28,", "1)"]
    assert lines[len(generator.layers) + 1] == "D: (3, 28, 28, 1)"
    assert lines[-1].split() == ["Dense", "->", "(3,", "1)"]
