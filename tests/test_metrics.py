"""Specifications of ganlib.metrics and ganlib.features, each checked against a known answer."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

from ganlib import features, metrics
from ganlib.data import load_fashion_mnist


@pytest.fixture(scope="module")
def fashion():
    return load_fashion_mnist()


# ------------------------------------------------------------------------------------------
# The feature network
# ------------------------------------------------------------------------------------------
def test_shipped_weights_are_the_recorded_ones():
    assert features.sha256_of(features.WEIGHTS_PATH) == features.FEATURE_NET_SHA256
    record = json.loads(features.INFO_PATH.read_text())
    assert record["sha256"] == features.FEATURE_NET_SHA256
    assert record["test_accuracy"] >= 0.93
    assert features.WEIGHTS_PATH.stat().st_size <= 3 * 2**20


def test_weights_with_another_hash_are_refused(tmp_path):
    changed = tmp_path / "feature_net.keras"
    shutil.copy(features.WEIGHTS_PATH, changed)
    with open(changed, "ab") as f:
        f.write(b"\0")
    with pytest.raises(features.FeatureNetError, match="SHA-256"):
        features.load_feature_net(changed)


def test_feature_net_gives_128_features_and_class_probabilities(fashion):
    _, (x_test, y_test) = fashion
    f, p = features.embed(metrics.as_images(x_test[:500]))
    assert f.shape == (500, features.FEATURE_DIM) and p.shape == (500, 10)
    np.testing.assert_allclose(p.sum(1), 1.0, atol=1e-5)
    assert np.mean(p.argmax(1) == y_test[:500]) >= 0.9


# ------------------------------------------------------------------------------------------
# Fréchet distance and KID on synthetic features
# ------------------------------------------------------------------------------------------
def test_identical_feature_sets_have_fid_zero():
    f = np.random.default_rng(0).normal(size=(3000, 32))
    assert metrics.fid_from_features(f, f) == pytest.approx(0.0, abs=1e-6)


def test_frechet_distance_of_two_gaussians_is_the_closed_form():
    # Diagonal covariances: d² = |mu1 - mu2|² + sum (sqrt(a) - sqrt(b))².
    mu1, mu2 = np.array([0.0, 1.0, 2.0]), np.array([1.0, 1.0, 0.0])
    a, b = np.array([1.0, 4.0, 9.0]), np.array([4.0, 1.0, 1.0])
    expected = 1 + 4 + (1 + 1 + 4)
    assert metrics.frechet_distance(mu1, np.diag(a), mu2, np.diag(b)) == pytest.approx(expected, rel=1e-10)


def test_frechet_distance_with_non_commuting_covariances_is_the_closed_form():
    # For 2x2 matrices, tr(M^(1/2)) = sqrt(tr M + 2 sqrt(det M)); with M = S1 S2 this holds
    # even when S1 S2 is not symmetric (S2 below is S1's ellipse turned by 30 degrees).
    s1 = np.diag([4.0, 1.0])
    c, s = np.cos(np.pi / 6), np.sin(np.pi / 6)
    turn = np.array([[c, -s], [s, c]])
    s2 = turn @ np.diag([1.0, 9.0]) @ turn.T
    trace_sqrt = np.sqrt(np.trace(s1 @ s2) + 2 * np.sqrt(np.linalg.det(s1) * np.linalg.det(s2)))
    expected = 1.0 + np.trace(s1) + np.trace(s2) - 2 * trace_sqrt  # means differ by (1, 0)
    got = metrics.frechet_distance(np.zeros(2), s1, np.array([1.0, 0.0]), s2)
    assert got == pytest.approx(expected, rel=1e-10)


def test_fid_of_samples_from_two_gaussians_approaches_the_closed_form():
    rng = np.random.default_rng(2)
    x = rng.normal([0, 0, 0], [1, 2, 3], size=(50_000, 3))
    y = rng.normal([1, 0, 0], [2, 2, 1], size=(50_000, 3))
    expected = 1 + (1 + 0 + 4)  # |mu1 - mu2|² + sum (sigma1 - sigma2)²
    assert metrics.fid_from_features(x, y) == pytest.approx(expected, rel=0.03)


def test_kid_is_about_zero_for_one_distribution_and_positive_for_two():
    rng = np.random.default_rng(3)
    x, y = rng.normal(size=(5000, 16)), rng.normal(size=(5000, 16))
    same, same_se = metrics.kid_from_features(x, y)
    assert abs(same) < 4 * same_se + 1e-3
    different, different_se = metrics.kid_from_features(x, y + 0.5)
    assert different > 10 * different_se > 0
    identical, _ = metrics.kid_from_features(x, x)
    assert abs(identical) < 4 * same_se + 1e-3


# ------------------------------------------------------------------------------------------
# evaluate() on real images: the known answers
# ------------------------------------------------------------------------------------------
def test_real_test_images_score_like_real_data(fashion):
    _, (x_test, _) = fashion
    result = metrics.evaluate(x_test[:2000])
    assert result.n == 2000
    assert result.fid < 2.0  # a subset of the reference set itself
    assert abs(result.kid) < 4 * result.kid_se + 1e-3
    assert result.classes_covered == 10
    assert result.classifier_score > 8.0
    assert result.precision == 1.0  # every sample is a point of the real manifold
    assert result.recall > 0.8
    assert 0.8 < result.nn_train_ratio < 1.2 and result.close_to_train < 0.03
    assert not result.memorised
    assert json.loads(json.dumps(result.to_dict()))["n"] == 2000


def test_one_class_covers_one_class_and_has_low_recall(fashion):
    _, (x_test, y_test) = fashion
    trousers = x_test[y_test == 1]
    result = metrics.evaluate(trousers)
    assert result.classes_covered == 1
    assert result.class_shares["Trouser"] > 0.95
    assert result.recall < 0.2
    assert result.classifier_score < 1.5


def test_training_images_copied_verbatim_are_flagged(fashion):
    (x_train, _), _ = fashion
    result = metrics.evaluate(x_train[:2000])
    assert result.copies == 2000
    assert result.close_to_train == 1.0 and result.nn_train_ratio < 0.01
    assert result.memorised


def test_noisy_training_images_are_flagged_though_none_is_an_exact_copy(fashion):
    (x_train, _), _ = fashion
    noise = np.random.default_rng(0).normal(0, 0.1, (1000, 28, 28, 1)).astype(np.float32)
    near_copies = np.clip(metrics.as_images(x_train[:1000]) + noise, -1, 1)
    result = metrics.evaluate(near_copies)
    assert result.copies == 0
    assert result.close_to_train > 0.5 and result.nn_train_ratio < 0.6
    assert result.memorised


@pytest.mark.filterwarnings("ignore:__array__ implementation:DeprecationWarning")  # inside Keras' model.save
def test_evaluate_runs_a_generator_and_the_cli_writes_json(tmp_path):
    from ganlib.__main__ import main
    from ganlib.models import build_gan

    generator, _ = build_gan("dcgan")
    result = metrics.evaluate(generator, n=300, seed=1)
    assert result.n == 300 and result.fid > 10  # an untrained generator is far from real data
    generator.save(tmp_path / "generator.keras")
    assert main(["evaluate", str(tmp_path), "--n", "300", "--json", str(tmp_path / "metrics.json")]) == 0
    saved = json.loads((tmp_path / "metrics.json").read_text())
    assert saved["n"] == 300 and {"fid", "kid", "precision", "recall", "copies"} <= set(saved)


# ------------------------------------------------------------------------------------------
# Clear errors
# ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "images, message",
    [
        (np.zeros((10, 32, 32), np.uint8), r"\(10, 32, 32\)"),
        (np.zeros((10, 28, 28, 3), np.float32), r"\(10, 28, 28, 3\)"),
        (np.zeros((0, 28, 28), np.uint8), "empty"),
        (np.full((4, 28, 28), 255.0, np.float32), "from 255 to 255"),
        (np.full((4, 28, 28), -3, np.int64), "from -3 to -3"),
        (np.full((4, 28, 28), np.nan, np.float32), "NaN"),
        (np.zeros((4, 28, 28), bool), "dtype bool"),
    ],
)
def test_wrong_shapes_and_value_ranges_are_named(images, message):
    with pytest.raises(ValueError, match=message):
        metrics.evaluate(images)


def test_inception_fid_offline_says_why_it_is_unavailable(monkeypatch, tmp_path):
    import urllib.error

    from keras.src.backend import config
    from keras.src.utils import file_utils

    def no_network(*args, **kwargs):
        raise urllib.error.URLError("[Errno -2] Name or service not known")

    monkeypatch.setattr(config, "_KERAS_DIR", str(tmp_path))  # an empty Keras cache ...
    monkeypatch.setattr(file_utils, "urlretrieve", no_network)  # ... and no network
    monkeypatch.setattr(metrics, "_INCEPTION", {})
    with pytest.raises(metrics.InceptionUnavailableError, match="unavailable because .*ImageNet weights"):
        metrics.inception_fid(np.zeros((10, 28, 28), np.uint8))


def test_inception_pipeline_gives_2048_features_per_image():
    # Random weights (weights=None): checks the resizing to 299x299x3 and the shapes, not the values.
    f = metrics.inception_features(np.zeros((2, 28, 28), np.uint8), weights=None)
    assert f.shape == (2, 2048) and np.isfinite(f).all()
