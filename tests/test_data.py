"""ganlib.data: real Fashion-MNIST, scaling, the input pipeline, and clear errors."""

from __future__ import annotations

import gzip
import os
import shutil
import sys
from pathlib import Path

import numpy as np
import pytest

from ganlib import data
from ganlib.i18n import CLASS_NAMES, LANGUAGES, class_names, label


@pytest.fixture(scope="module")
def fashion():
    return data.load_fashion_mnist()


def test_the_real_dataset_has_60000_training_and_10000_test_images(fashion):
    (x_train, y_train), (x_test, y_test) = fashion
    assert x_train.shape == (60000, 28, 28) and x_train.dtype == np.uint8
    assert x_test.shape == (10000, 28, 28) and x_test.dtype == np.uint8
    assert np.bincount(y_train).tolist() == [6000] * 10
    assert np.bincount(y_test).tolist() == [1000] * 10
    assert 60 < x_train.mean() < 90  # garments on a black background
    with pytest.raises(ValueError, match="read-only"):
        x_train[0, 0, 0] = 1  # the cached arrays are shared: nobody can corrupt them for others


def test_a_folder_of_idx_files_gives_the_same_arrays_as_keras(tmp_path, monkeypatch):
    if not all((data.KERAS_CACHE / name).is_file() for name in data.FILES.values()):
        pytest.skip(f"the Keras cache {data.KERAS_CACHE} does not hold the files (.ci/run puts them there)")
    monkeypatch.delenv(data.DATA_ENV_VAR, raising=False)
    (x_keras, _), (_, y_keras) = data.load_fashion_mnist()  # Keras' own loader, reading its cache
    for name in data.FILES.values():
        shutil.copy(data.KERAS_CACHE / name, tmp_path / name)
    (x_dir, _), (_, y_dir) = data.load_fashion_mnist(data_dir=tmp_path)
    np.testing.assert_array_equal(x_dir, x_keras)
    np.testing.assert_array_equal(y_dir, y_keras)
    monkeypatch.setenv(data.DATA_ENV_VAR, str(tmp_path))
    (x_env, _), _ = data.load_fashion_mnist()
    np.testing.assert_array_equal(x_env, x_keras)


def test_missing_files_give_one_error_that_names_both_fixes(tmp_path):
    with pytest.raises(data.DataUnavailableError) as info:
        data.load_fashion_mnist(data_dir=tmp_path)
    message = str(info.value)
    assert "train-images-idx3-ubyte.gz" in message
    assert ".keras/datasets/fashion-mnist" in message and "GANLIB_DATA_DIR" in message


@pytest.fixture(scope="session")
def tfds_root(tmp_path_factory):
    """A TFDS data dir for this test session: the tfds tests build Fashion-MNIST once (~20 s)."""
    root = tmp_path_factory.mktemp("tensorflow_datasets")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TFDS_DATA_DIR", str(root))
        yield root


def _local_files_or_skip():
    folder = os.environ.get(data.DATA_ENV_VAR) or data.KERAS_CACHE
    if not all((Path(folder) / name).is_file() for name in data.FILES.values()):
        pytest.skip(f"neither ${data.DATA_ENV_VAR} nor {data.KERAS_CACHE} holds the four files")
    return Path(folder)


@pytest.mark.slow
def test_tfds_builds_from_the_local_files_and_gives_the_keras_arrays(fashion, tfds_root):
    tfds = pytest.importorskip("tensorflow_datasets")
    folder = _local_files_or_skip()
    (x_train, y_train), (x_test, y_test) = data.load_fashion_mnist(source="tfds")
    (xk_train, yk_train), (xk_test, yk_test) = fashion  # the Keras path (or the folder), same files
    for got, want in ((x_train, xk_train), (y_train, yk_train), (x_test, xk_test), (y_test, yk_test)):
        assert got.dtype == want.dtype == np.uint8 and got.shape == want.shape
        np.testing.assert_array_equal(got, want)  # same content, same order
    with pytest.raises(ValueError, match="read-only"):
        x_train[0, 0, 0] = 1
    # The prepared copy that later sessions read (offline, without building again).
    prepared_root = tfds_root / "ganlib" / data._files_digest(folder)
    assert (prepared_root / "fashion_mnist" / "3.0.1" / "dataset_info.json").is_file()
    assert tfds.builder("fashion_mnist", data_dir=str(prepared_root)).is_prepared()


def test_tfds_order_is_the_one_tfds_writes():
    hashing = pytest.importorskip("tensorflow_datasets.core.hashing")
    for split in ("train", "test"):
        hasher = hashing.Hasher(split)
        expected = sorted(range(500), key=hasher.hash_key)
        assert data._tfds_file_order(split, 500).tolist() == expected


def test_tfds_without_files_or_network_gives_one_error_that_names_both_fixes(tmp_path, monkeypatch):
    pytest.importorskip("tensorflow_datasets")
    monkeypatch.setattr(data, "_CACHE", {})
    with pytest.raises(data.DataUnavailableError, match="train-images-idx3-ubyte.gz"):
        data.load_fashion_mnist(data_dir=tmp_path, source="tfds")  # a folder without the files
    # No folder, no files in Keras' cache, nothing prepared, no network (a proxy that refuses).
    monkeypatch.delenv(data.DATA_ENV_VAR, raising=False)
    monkeypatch.setattr(data, "KERAS_CACHE", tmp_path / "keras")
    monkeypatch.setenv("TFDS_DATA_DIR", str(tmp_path / "tfds"))
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.setenv(var, "http://127.0.0.1:9")
    for var in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(var, raising=False)
    with pytest.raises(data.DataUnavailableError) as info:
        data.load_fashion_mnist(source="tfds")
    message = str(info.value)
    assert "train-images-idx3-ubyte.gz" in message and "GANLIB_DATA_DIR" in message
    assert "unreachable" in message


def test_tfds_missing_or_a_bad_source_is_named(monkeypatch):
    monkeypatch.setattr(data, "_CACHE", {})
    monkeypatch.setitem(sys.modules, "tensorflow_datasets", None)  # as if not installed
    with pytest.raises(ImportError, match=r'pip install "ganlib\[tfds\]"'):
        data.load_fashion_mnist(source="tfds")
    with pytest.raises(ValueError, match="'torch'"):
        data.load_fashion_mnist(source="torch")


def test_a_truncated_idx_file_is_reported_not_misread(tmp_path):
    with gzip.open(tmp_path / "bad.gz", "wb") as f:
        f.write(bytes([0, 0, 8, 3]) + (100).to_bytes(4, "big") + (28).to_bytes(4, "big") * 2 + b"\0" * 50)
    with pytest.raises(data.DataUnavailableError, match="truncated"):
        data.read_idx(tmp_path / "bad.gz")


def test_images_are_scaled_to_minus_one_one_and_back():
    images = np.array([[[0, 255], [127, 128]]], np.uint8)
    scaled = data.to_float(images)
    assert scaled.shape == (1, 2, 2, 1) and scaled.dtype == np.float32
    assert scaled.min() == -1.0 and scaled.max() == 1.0
    np.testing.assert_array_equal(data.to_uint8(scaled)[..., 0], images)


def test_wrong_dtype_or_shape_is_refused_with_the_value_named():
    with pytest.raises(TypeError, match="float64"):
        data.check_images(np.zeros((2, 28, 28)))
    with pytest.raises(ValueError, match=r"\(2, 32, 32\)"):
        data.check_images(np.zeros((2, 32, 32), np.uint8))
    with pytest.raises(TypeError, match="float32"):
        data.to_float(np.zeros((2, 28, 28), np.float32))


def test_the_pipeline_visits_every_image_once_per_epoch_in_a_new_order():
    images = np.arange(10, dtype=np.uint8).repeat(28 * 28).reshape(10, 28, 28)
    batches = list(data.make_dataset(images, batch_size=5, seed=3).take(4).as_numpy_iterator())
    assert all(b.shape == (5, 28, 28, 1) and b.dtype == np.float32 for b in batches)
    assert all(-1.0 <= b.min() and b.max() <= 1.0 for b in batches)
    ids = [np.rint(data.to_uint8(b)[:, 0, 0, 0]).astype(int) for b in batches]
    first, second = np.concatenate(ids[:2]), np.concatenate(ids[2:])
    assert sorted(first) == sorted(second) == list(range(10))
    assert not np.array_equal(first, second)


def test_a_pipeline_started_at_epoch_e_repeats_epoch_e_exactly():
    images = np.random.default_rng(0).integers(0, 255, (12, 28, 28), dtype=np.uint8)
    uninterrupted = list(data.make_dataset(images, 4, seed=7).take(9).as_numpy_iterator())
    resumed = list(data.make_dataset(images, 4, seed=7, start_epoch=2).take(3).as_numpy_iterator())
    for a, b in zip(uninterrupted[6:], resumed):
        np.testing.assert_array_equal(a, b)


def test_pairs_of_images_and_labels_stay_together():
    images = np.arange(8, dtype=np.uint8).repeat(28 * 28).reshape(8, 28, 28)
    labels = np.arange(8)
    for x, y in data.make_dataset(images, 4, labels=labels, seed=1).take(2).as_numpy_iterator():
        np.testing.assert_array_equal(data.to_uint8(x)[:, 0, 0, 0], y)


def test_bad_batch_sizes_are_refused():
    images = np.zeros((10, 28, 28), np.uint8)
    with pytest.raises(ValueError, match="batch_size must be a positive integer, got 0"):
        data.make_dataset(images, 0)
    with pytest.raises(ValueError, match="larger than the 10 images"):
        data.make_dataset(images, 11)


def test_a_subset_is_seeded_and_of_the_requested_size(fashion):
    (x, y), _ = fashion
    a, la = data.subset(x, y, 500, seed=1)
    b, _ = data.subset(x, y, 500, seed=1)
    assert a.shape == (500, 28, 28) and la.shape == (500,)
    np.testing.assert_array_equal(a, b)
    assert data.subset(x, y, None)[0] is x


def test_class_names_exist_in_all_three_languages():
    assert LANGUAGES == ("en", "ru", "es")
    for lang in LANGUAGES:
        names = class_names(lang)
        assert len(names) == len(set(names)) == 10
    assert class_names("en")[0] == "T-shirt/top" and class_names("ru")[3] == "Платье" and class_names("es")[9] == "Botín"
    assert set(CLASS_NAMES) == set(LANGUAGES)
    with pytest.raises(ValueError, match="'de'"):
        class_names("de")


def test_every_label_is_translated():
    from ganlib.i18n import LABELS

    keys = set(LABELS["en"])
    assert all(set(LABELS[lang]) == keys for lang in LANGUAGES)
    assert label("samples_epoch", "es", epoch=3) == "Muestras tras la época 3"
