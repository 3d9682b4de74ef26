"""Fashion-MNIST: loading, scaling to [-1, 1], and the ``tf.data`` input pipeline.

Where the images come from, in this order:

1. ``data_dir=...`` (an argument) or the environment variable ``GANLIB_DATA_DIR``: a folder
   holding the four IDX files (``train-images-idx3-ubyte.gz`` and friends);
2. otherwise Keras' own loader, ``keras.datasets.fashion_mnist.load_data()``, which reads
   ``~/.keras/datasets/fashion-mnist/`` and downloads the files there when they are missing.

``load_fashion_mnist(source="tfds")`` goes through TensorFlow Datasets instead (the optional
extra ``pip install "ganlib[tfds]"``): TFDS' own ``fashion_mnist`` builder turns the same
four files into a prepared TFDS dataset, cached on disk, and the arrays it returns are the
Keras path's, element for element (see :func:`_load_with_tfds`).

Offline and without the files, :func:`load_fashion_mnist` raises one
:class:`DataUnavailableError` that says how to fix it.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import tempfile
from pathlib import Path

import numpy as np

from ganlib.i18n import CLASS_NAMES, class_names  # noqa: F401  (re-exported for learners)

DATA_ENV_VAR = "GANLIB_DATA_DIR"
KERAS_CACHE = Path("~/.keras/datasets/fashion-mnist").expanduser()
FILES = {
    "train_images": "train-images-idx3-ubyte.gz",
    "train_labels": "train-labels-idx1-ubyte.gz",
    "test_images": "t10k-images-idx3-ubyte.gz",
    "test_labels": "t10k-labels-idx1-ubyte.gz",
}
IMAGE_SIZE = 28


class DataUnavailableError(RuntimeError):
    """Fashion-MNIST could be neither found locally nor downloaded."""


def _how_to_fix(reason: str) -> str:
    return (
        f"Fashion-MNIST is not available: {reason}\n"
        "Fix it in one of two ways:\n"
        f"  1. copy the four files ({', '.join(FILES.values())}) into {KERAS_CACHE}/ "
        "(Keras' cache; it then skips the download), or\n"
        f"  2. point ganlib at a folder that holds them: load_fashion_mnist(data_dir=...) "
        f"or the environment variable {DATA_ENV_VAR}=/path/to/folder.\n"
        "With internet access, Keras downloads the files by itself."
    )


def read_idx(path: str | os.PathLike) -> np.ndarray:
    """Read one (optionally gzipped) IDX file into a ``uint8`` array.

    The IDX header is 2 zero bytes, a type code (``0x08`` = unsigned byte), the number of
    dimensions, then one big-endian 32-bit size per dimension.
    """
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rb") as f:
            raw = f.read()
    except (OSError, EOFError) as err:
        raise DataUnavailableError(_how_to_fix(f"cannot read {path} ({err})")) from err
    if len(raw) < 4 or raw[0] != 0 or raw[1] != 0 or raw[2] != 0x08:
        raise DataUnavailableError(_how_to_fix(f"{path} is not an unsigned-byte IDX file"))
    ndim = raw[3]
    shape = tuple(int.from_bytes(raw[4 + 4 * i : 8 + 4 * i], "big") for i in range(ndim))
    offset = 4 + 4 * ndim
    if len(raw) - offset != int(np.prod(shape)):
        raise DataUnavailableError(_how_to_fix(f"{path} is truncated: header says {shape}"))
    return np.frombuffer(raw, np.uint8, offset=offset).reshape(shape)


def _check_folder(folder: Path) -> Path:
    """``folder``, or one :class:`DataUnavailableError` naming which of the four files it lacks."""
    missing = [name for name in FILES.values() if not (folder / name).is_file()]
    if missing:
        raise DataUnavailableError(_how_to_fix(f"{folder} lacks {', '.join(missing)}"))
    return folder


def _load_from_folder(folder: Path) -> tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]:
    _check_folder(folder)
    arrays = {key: read_idx(folder / name) for key, name in FILES.items()}
    return (arrays["train_images"], arrays["train_labels"]), (arrays["test_images"], arrays["test_labels"])


def _load_with_keras() -> tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]:
    import keras

    try:
        return keras.datasets.fashion_mnist.load_data()
    except Exception as err:  # Keras raises plain Exceptions for failed downloads
        raise DataUnavailableError(
            _how_to_fix(f"the files are not in {KERAS_CACHE} and the download failed ({type(err).__name__})")
        ) from err


TFDS_NAME = "fashion_mnist"
SOURCES = ("keras", "tfds")
TFDS_INSTALL_HINT = 'pip install "ganlib[tfds]"'


def tfds_data_dir() -> Path:
    """The root TFDS prepares datasets in: ``$TFDS_DATA_DIR``, else ``~/tensorflow_datasets``."""
    return Path(os.environ.get("TFDS_DATA_DIR") or "~/tensorflow_datasets").expanduser()


def _import_tfds():
    try:
        import tensorflow_datasets as tfds
    except ImportError as err:
        raise ImportError(
            f"load_fashion_mnist(source='tfds') needs TensorFlow Datasets, which is not installed "
            f"({err}).\nInstall the optional extra: {TFDS_INSTALL_HINT} (it leaves TensorFlow as it "
            "is), or use the default source='keras'."
        ) from err
    return tfds


def _files_digest(folder: Path) -> str:
    """A short content hash of the four files: one prepared TFDS dataset per set of files."""
    digest = hashlib.sha256()
    for name in FILES.values():
        digest.update(name.encode())
        digest.update((folder / name).read_bytes())
    return digest.hexdigest()[:16]


def _tfds_file_order(split: str, n: int) -> np.ndarray:
    """``order[j]`` = position in the IDX file of the ``j``-th example TFDS stored.

    TFDS' ``fashion_mnist`` builder keys each example by its index in the files and, when it
    writes a split, sorts the examples by the 128-bit MD5 of ``split name + str(key)``
    (``tensorflow_datasets/core/writer.py``: ``hashing.Hasher(hash_salt=split_name)``;
    ``core/hashing.py``: ``md5(salt); update(str(key))``). Sorting the keys the same way
    gives the stored order; fixed-width hex digests sort like the integers they spell.
    """
    salt = split.encode()
    digests = [hashlib.md5(salt + str(i).encode()).hexdigest() for i in range(n)]
    return np.argsort(np.array(digests), kind="stable")


def _tfds_folder(folder) -> Path | None:
    """The folder of IDX files TFDS should build from, or None to let TFDS download them."""
    if folder:
        return _check_folder(Path(folder))
    if all((KERAS_CACHE / name).is_file() for name in FILES.values()):
        return KERAS_CACHE  # the files Keras' loader would read
    return None


def _load_with_tfds(folder) -> tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]:
    """Fashion-MNIST through TFDS' own ``fashion_mnist`` builder (``tfds.builder``).

    *From files on disk* (``folder``, ``$GANLIB_DATA_DIR``, or the four files in Keras' cache),
    with no network: the builder's download manager fetches every URL it is given and, "if
    url is on a filesystem that gfile understands", copies it instead of downloading
    (``core/download/downloader.py``); it validates checksums only for URLs registered in
    TFDS (``url_checksums/fashion_mnist.txt``), and a URL without registered checksums is
    accepted unless ``DownloadConfig(force_checksums_validation=True)`` ("raises an error if
    an URL do not have checksums"). So ganlib points the builder's ``URL`` at the local folder
    and calls ``download_and_prepare(download_dir=<temporary>, download_config=
    DownloadConfig(try_download_gcs=False))``; the builder then reads the files with its own
    code. The official ``manual_dir`` route would validate the files against the official
    checksums (and files whose split membership differs fail with NonMatchingChecksumError),
    and ``register_checksums=True`` would overwrite the checksum file inside the installed
    ``tensorflow_datasets`` package, so neither is used. The prepared dataset goes to
    ``tfds_data_dir()/ganlib/<hash of the four files>/fashion_mnist/3.0.1/``, so later loads
    are offline and fast, and different files never share a prepared copy.

    *Without files*, the unmodified builder downloads the official files (checksums checked)
    into ``tfds_data_dir()``, TFDS' usual place; without network that is one
    :class:`DataUnavailableError`.

    TFDS stores the examples shuffled by a hash of their key; :func:`_tfds_file_order`
    restores the order of the files, so the arrays equal Keras' (labels as ``uint8``).
    """
    tfds = _import_tfds()
    folder = _tfds_folder(folder)
    if folder is not None:
        builder = tfds.builder(TFDS_NAME, data_dir=str(tfds_data_dir() / "ganlib" / _files_digest(folder)))
        if not builder.is_prepared():
            builder.URL = str(folder.resolve()) + "/"  # the builder joins this with each file name
            try:
                with tempfile.TemporaryDirectory(prefix="ganlib-tfds-") as download_dir:
                    builder.download_and_prepare(
                        download_dir=download_dir,
                        download_config=tfds.download.DownloadConfig(try_download_gcs=False),
                    )
            except Exception as err:
                raise DataUnavailableError(
                    _how_to_fix(f"TFDS could not build {TFDS_NAME} from {folder} ({type(err).__name__}: {err})")
                ) from err
    else:
        builder = tfds.builder(TFDS_NAME, data_dir=str(tfds_data_dir()))
        if not builder.is_prepared():
            _check_reachable(builder.URL)
            try:
                builder.download_and_prepare()
            except Exception as err:
                raise DataUnavailableError(
                    _how_to_fix(
                        f"the files are not in {KERAS_CACHE}, TFDS has not prepared {TFDS_NAME} in "
                        f"{tfds_data_dir()}, and its download failed ({type(err).__name__})"
                    )
                ) from err
    splits = tfds.as_numpy(
        builder.as_dataset(split=["train", "test"], batch_size=-1, as_supervised=True, shuffle_files=False)
    )
    arrays = []
    for split, (images, labels) in zip(("train", "test"), splits):
        images, labels = images.reshape(-1, IMAGE_SIZE, IMAGE_SIZE), labels.astype(np.uint8)
        if not builder.info.disable_shuffling:
            order = _tfds_file_order(split, len(images))
            in_file_order = np.empty_like(images), np.empty_like(labels)
            in_file_order[0][order], in_file_order[1][order] = images, labels
            images, labels = in_file_order
        arrays.append((np.ascontiguousarray(images), labels))
    return arrays[0], arrays[1]


def _check_reachable(url: str, timeout: float = 10.0) -> None:
    """Fail at once when the download server is unreachable (TFDS itself retries for minutes)."""
    import requests  # a dependency of tensorflow_datasets

    try:
        requests.head(url + FILES["test_labels"], timeout=timeout, allow_redirects=True)
    except requests.RequestException as err:
        raise DataUnavailableError(
            _how_to_fix(
                f"the files are not in {KERAS_CACHE}, TFDS has not prepared {TFDS_NAME} in "
                f"{tfds_data_dir()}, and its download server is unreachable ({type(err).__name__})"
            )
        ) from err


_CACHE: dict[str, tuple] = {}


def load_fashion_mnist(
    data_dir: str | os.PathLike | None = None,
    source: str = "keras",
) -> tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]:
    """Return ``(x_train, y_train), (x_test, y_test)`` as ``uint8`` arrays, images ``(N, 28, 28)``.

    ``data_dir`` (or ``$GANLIB_DATA_DIR``) names a folder with the four IDX files; without
    it, Keras' real loader is used. ``source="tfds"`` loads the same files through TensorFlow
    Datasets' ``fashion_mnist`` builder instead (``pip install "ganlib[tfds]"``; see
    :func:`_load_with_tfds`) and returns the same arrays. Results are cached in memory for
    the session and are read-only (use ``array.copy()`` to edit one).
    """
    if source not in SOURCES:
        raise ValueError(f"source must be one of {SOURCES}, got {source!r}")
    folder = data_dir if data_dir is not None else os.environ.get(DATA_ENV_VAR) or None
    key = str(Path(folder).resolve()) if folder else "keras"
    if source == "tfds":
        key = f"tfds:{key}"
    if key not in _CACHE:
        if source == "tfds":
            (x_train, y_train), (x_test, y_test) = _load_with_tfds(folder)
        else:
            (x_train, y_train), (x_test, y_test) = _load_from_folder(Path(folder)) if folder else _load_with_keras()
        for array in (x_train, y_train, x_test, y_test):
            array.setflags(write=False)  # shared by every caller: edit a copy, never the cache
        _CACHE[key] = (x_train, y_train), (x_test, y_test)
    return _CACHE[key]


def to_float(images: np.ndarray) -> np.ndarray:
    """Scale ``uint8`` images in ``[0, 255]`` to ``float32`` in ``[-1, 1]`` with a channel axis."""
    images = np.asarray(images)
    if images.dtype != np.uint8:
        raise TypeError(f"expected uint8 images in [0, 255], got dtype {images.dtype}")
    if images.ndim == 3:
        images = images[..., None]
    return (images.astype(np.float32) - 127.5) / 127.5


def to_uint8(images) -> np.ndarray:
    """Map images in ``[-1, 1]`` back to ``uint8`` in ``[0, 255]`` (for display and saving)."""
    images = np.asarray(images, dtype=np.float32)
    return np.clip(np.rint(images * 127.5 + 127.5), 0, 255).astype(np.uint8)


def check_images(images: np.ndarray, *, name: str = "images") -> np.ndarray:
    """Raise a clear error unless ``images`` are ``uint8`` of shape ``(N, 28, 28)`` or ``(N, 28, 28, 1)``."""
    images = np.asarray(images)
    if images.dtype != np.uint8:
        raise TypeError(f"{name} must be uint8 in [0, 255] (as loaded), got dtype {images.dtype}")
    if images.ndim == 4 and images.shape[-1] == 1:
        images = images[..., 0]
    if images.ndim != 3 or images.shape[1:] != (IMAGE_SIZE, IMAGE_SIZE):
        raise ValueError(f"{name} must have shape (N, 28, 28) or (N, 28, 28, 1), got {images.shape}")
    if len(images) == 0:
        raise ValueError(f"{name} is empty")
    return images


def subset(images: np.ndarray, labels: np.ndarray | None, size: int | None, seed: int = 0):
    """A random subset (seeded, original order kept) of ``size`` examples (all of them when ``size`` is None)."""
    if size is None or size >= len(images):
        return images, labels
    if size <= 0:
        raise ValueError(f"subset size must be positive, got {size}")
    rng = np.random.default_rng(seed)
    index = np.sort(rng.permutation(len(images))[:size])
    return images[index], (labels[index] if labels is not None else None)


def make_dataset(
    images: np.ndarray,
    batch_size: int = 256,
    *,
    labels: np.ndarray | None = None,
    seed: int = 0,
    start_epoch: int = 0,
):
    """An endless ``tf.data`` pipeline of batches scaled to ``[-1, 1]``, one pass per epoch.

    * **cached** — the ``uint8`` images live in memory once, as one tensor (47 MB for the
      training split), so no epoch re-reads or re-decodes anything;
    * **shuffled** — epoch ``e`` visits the images in the order of a permutation derived from
      ``(seed, e)`` alone, so a run resumed at epoch ``e`` sees exactly the batches of an
      uninterrupted run;
    * **batched** — ``len(images) // batch_size`` full batches per epoch (the remainder is
      dropped so every step has the same shape and the graph is traced once);
    * **prefetched** — the next batch is gathered and scaled while the current one trains.

    Use it with ``fit(..., steps_per_epoch=len(images) // batch_size)``. With ``labels``, the
    elements are ``(images, labels)`` pairs (for class-conditional models).
    """
    import tensorflow as tf

    images = check_images(images)
    if not isinstance(batch_size, int) or batch_size <= 0:
        raise ValueError(f"batch_size must be a positive integer, got {batch_size!r}")
    if batch_size > len(images):
        raise ValueError(f"batch_size {batch_size} is larger than the {len(images)} images")
    n = len(images)
    pixels = tf.constant(images[..., None])
    targets = tf.constant(np.asarray(labels, dtype=np.int32)) if labels is not None else None

    def epoch_batches(epoch):
        order = tf.random.experimental.stateless_shuffle(
            tf.range(n), seed=tf.stack([tf.cast(seed, tf.int64), epoch])
        )
        return tf.data.Dataset.from_tensor_slices(order).batch(batch_size, drop_remainder=True)

    def gather(index):
        batch = (tf.cast(tf.gather(pixels, index), tf.float32) - 127.5) / 127.5
        return batch if targets is None else (batch, tf.gather(targets, index))

    return (
        tf.data.Dataset.counter(start_epoch)
        .flat_map(epoch_batches)
        .map(gather, num_parallel_calls=tf.data.AUTOTUNE)
        .prefetch(tf.data.AUTOTUNE)
    )
