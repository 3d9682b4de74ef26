"""Quality metrics for Fashion-MNIST generators, in the feature space of :mod:`ganlib.features`.

One call, :func:`evaluate`, compares ``n`` generated images (10,000 by default) with the
10,000 images of the **test split** and returns every metric at once:

* **FID** — the Fréchet distance between Gaussians fitted to the two feature sets (lower is
  better, 0 = same mean and covariance). Computed on *our* 128-d feature network, so it is
  **not comparable with the Inception FID numbers of papers**; see :func:`inception_fid`.
  FID is biased upwards for small ``n``: compare generators at the same ``n``.
* **KID** — the unbiased squared MMD with the cubic polynomial kernel
  ``k(x, y) = (x·y / d + 1)^3``, averaged over disjoint subsets, with its standard error
  (lower is better; about 0 for real images, and unbiased, so it can be slightly negative).
  Its scale, too, is that of our features, not Inception's.
* **classifier score** — the Inception Score formula ``exp(E_x KL(p(y|x) || p(y)))`` with the
  feature network's softmax: high when each image is clearly one class and all classes
  appear (at most 10).
* **class coverage** — the share of samples per predicted class; a class is *covered* when it
  gets at least 1% of the samples (10% of its uniform share of 10%).
* **precision / recall** — Kynkäänniemi et al. (2019): each feature set, with a ball around
  every point reaching its 3rd nearest neighbour, approximates a manifold; precision is the
  share of samples inside the real manifold (quality), recall the share of real images inside
  the generated one (diversity).
* **memorisation** — for each sample, the RMS pixel distance (images in ``[-1, 1]``) to its
  nearest *training* image, compared with the same distance for the test images of the same
  predicted class, which no generator has seen. Reported: the median ratio of the two (about
  1 for real unseen images; a generator that reproduces its training set scores well below
  1, but so, less markedly, do smooth, blurry samples, which are nearer to everything in
  pixel distance), the share of samples closer to the training set than 99% of those test
  images are (about 1% for real unseen images), and **copies**: samples within an RMS
  distance of 0.05 (about 6 grey levels) of a training image (0.2% of the test images are
  such copies: the dataset has a few duplicates). ``memorised`` is raised when more than 1%
  of the samples are copies or more than 5% are that close to the training set. The search runs in pixel space: candidates are found in a
  64-d PCA projection of the pixels, and the 10 best are compared pixel by pixel (exact for
  copies; for other images it finds the exact nearest training image 96% of the time, see
  :func:`nearest_training_images`).

The reference statistics (the test split's features, the training split's PCA codes, the test
images' distances to the training set) are computed once per process and cached.
"""

from __future__ import annotations

import dataclasses
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

import keras
import numpy as np

from ganlib import data as gdata
from ganlib.features import FEATURE_NET_SHA256, embed
from ganlib.i18n import CLASS_NAMES, class_names, fmt, label

COVERED_SHARE = 0.01  # a class is covered when at least 1% of the samples are predicted in it
COPY_RMSE = 0.05  # a copy: within this RMS pixel distance (images in [-1, 1]) of a training image
PCA_DIM = 64  # the memorisation search looks for candidates in this many principal directions ...
CANDIDATES = 10  # ... and compares this many candidates pixel by pixel
CLOSE_PERCENTILE = 1.0  # "close to the training set" = closer than this percentile of test images
MEMORISED_SHARE = 0.01  # flag a generator when more than 1% of its samples are copies ...
CLOSE_SHARE_FLAG = 0.05  # ... or more than 5% are closer to the training set than 99% of test images


# ------------------------------------------------------------------------------------------
# Input checks
# ------------------------------------------------------------------------------------------
def as_images(images, *, name: str = "images") -> np.ndarray:
    """Check and convert images to ``float32`` in ``[-1, 1]``, shape ``(N, 28, 28, 1)``.

    Accepted: ``uint8`` (or other integer) images in ``[0, 255]`` or float images in
    ``[-1, 1]``, shaped ``(N, 28, 28)`` or ``(N, 28, 28, 1)``. Anything else raises a
    ``ValueError`` that names the offending shape, dtype or value range.
    """
    images = np.asarray(images)
    if images.shape[1:] not in ((28, 28), (28, 28, 1)):
        raise ValueError(f"{name} must have shape (N, 28, 28) or (N, 28, 28, 1), got {images.shape}")
    images = images.reshape(-1, 28, 28, 1)
    if len(images) == 0:
        raise ValueError(f"{name} is empty: shape {images.shape}")
    if images.dtype == np.uint8:
        return gdata.to_float(images)
    if np.issubdtype(images.dtype, np.integer):
        low, high = int(images.min()), int(images.max())
        if low < 0 or high > 255:
            raise ValueError(f"integer {name} must lie in [0, 255], got values from {low} to {high}")
        return gdata.to_float(images.astype(np.uint8))
    if not np.issubdtype(images.dtype, np.floating):
        raise ValueError(f"{name} must be uint8 in [0, 255] or floats in [-1, 1], got dtype {images.dtype}")
    images = images.astype(np.float32)
    if not np.isfinite(images).all():
        raise ValueError(f"{name} contain NaN or infinite values")
    low, high = float(images.min()), float(images.max())
    if low < -1.001 or high > 1.001:
        raise ValueError(
            f"float {name} must lie in [-1, 1] (a generator's tanh output), got values from {low:.4g} to {high:.4g}; "
            "pass images in [0, 255] as uint8"
        )
    return np.clip(images, -1.0, 1.0)


def _samples(source, n: int, seed: int) -> tuple[np.ndarray, str]:
    """``(images, description)`` from a Keras generator, a run folder / ``.keras`` file, or an array."""
    from ganlib.sampling import generate

    if isinstance(source, (str, os.PathLike)):
        from ganlib.train import load_generator

        generator, description = load_generator(source), str(source)
    elif hasattr(source, "inputs") and callable(source):  # a Keras model
        generator, description = source, f"generator {source.name!r}"
    else:
        images = as_images(source)
        return images, f"{len(images)} images"
    return as_images(generate(generator, n=n, seed=seed), name="generated images"), description


# ------------------------------------------------------------------------------------------
# The metrics, one plain function each (features are (N, d) arrays, probs (N, 10))
# ------------------------------------------------------------------------------------------
def frechet_distance(mu1: np.ndarray, sigma1: np.ndarray, mu2: np.ndarray, sigma2: np.ndarray) -> float:
    """``||mu1 - mu2||^2 + tr(S1) + tr(S2) - 2 tr((S1 S2)^(1/2))``, the Fréchet (2-Wasserstein)
    distance between two Gaussians, squared.

    ``tr((S1 S2)^(1/2))`` is computed as ``tr((R S2 R)^(1/2))`` with ``R = S1^(1/2)``: the
    matrix ``R S2 R`` is symmetric positive semi-definite, so its square root comes from a
    symmetric eigen-decomposition (no complex numbers, no ``scipy.linalg.sqrtm`` iterations);
    round-off negatives are clipped to 0.
    """
    mu1, mu2 = np.asarray(mu1, np.float64), np.asarray(mu2, np.float64)
    sigma1, sigma2 = np.atleast_2d(np.asarray(sigma1, np.float64)), np.atleast_2d(np.asarray(sigma2, np.float64))
    values, vectors = np.linalg.eigh(sigma1)
    root1 = (vectors * np.sqrt(np.clip(values, 0, None))) @ vectors.T
    middle = root1 @ sigma2 @ root1
    trace_sqrt = np.sqrt(np.clip(np.linalg.eigvalsh((middle + middle.T) / 2), 0, None)).sum()
    distance = np.sum((mu1 - mu2) ** 2) + np.trace(sigma1) + np.trace(sigma2) - 2 * trace_sqrt
    return float(max(distance, 0.0))


def fid_from_features(features1: np.ndarray, features2: np.ndarray) -> float:
    """The Fréchet distance between Gaussians fitted (mean, covariance) to two feature sets."""
    f1, f2 = np.asarray(features1, np.float64), np.asarray(features2, np.float64)
    return frechet_distance(f1.mean(0), np.cov(f1, rowvar=False), f2.mean(0), np.cov(f2, rowvar=False))


def kid_from_features(features1: np.ndarray, features2: np.ndarray, subsets: int = 10, seed: int = 0) -> tuple[float, float]:
    """Kernel Inception Distance: ``(mean, standard error)`` of the unbiased MMD² over
    ``subsets`` disjoint random subsets of equal size (at most 1,000) of each set."""
    f1, f2 = np.asarray(features1, np.float64), np.asarray(features2, np.float64)
    size = min(len(f1), len(f2), subsets * 1000) // subsets
    if size < 2:
        raise ValueError(f"KID needs at least 2 points per subset: {len(f1)} and {len(f2)} points, {subsets} subsets")
    rng = np.random.default_rng(seed)
    order1, order2 = rng.permutation(len(f1)), rng.permutation(len(f2))
    d = f1.shape[1]
    estimates = []
    for s in range(subsets):
        x = f1[order1[s * size : (s + 1) * size]]
        y = f2[order2[s * size : (s + 1) * size]]
        k_xx, k_yy, k_xy = ((x @ x.T) / d + 1) ** 3, ((y @ y.T) / d + 1) ** 3, ((x @ y.T) / d + 1) ** 3
        within = (k_xx.sum() - np.trace(k_xx) + k_yy.sum() - np.trace(k_yy)) / (size * (size - 1))
        estimates.append(within - 2 * k_xy.mean())
    estimates = np.array(estimates)
    se = estimates.std(ddof=1) / np.sqrt(subsets) if subsets > 1 else float("nan")
    return float(estimates.mean()), float(se)


def classifier_score(probs: np.ndarray, splits: int = 10) -> tuple[float, float]:
    """The Inception Score formula ``exp(E_x KL(p(y|x) || p(y)))`` with the feature network's
    softmax, as ``(mean, std)`` over ``splits`` equal parts (1 = one class only, 10 = the best)."""
    probs = np.clip(np.asarray(probs, np.float64), 1e-12, 1.0)
    scores = []
    for part in np.array_split(probs, splits):
        marginal = part.mean(0, keepdims=True)
        scores.append(np.exp(np.mean(np.sum(part * (np.log(part) - np.log(marginal)), axis=1))))
    return float(np.mean(scores)), float(np.std(scores))


def class_coverage(probs: np.ndarray, min_share: float = COVERED_SHARE) -> tuple[np.ndarray, int]:
    """``(shares, covered)``: the share of samples predicted in each class, and the number of
    classes that get at least ``min_share`` of them."""
    predicted = np.argmax(probs, axis=1)
    shares = np.bincount(predicted, minlength=np.shape(probs)[1]) / len(predicted)
    return shares, int(np.sum(shares >= min_share))


def _squared_distances(a, b):
    """All squared Euclidean distances between the rows of ``a`` and of ``b``, as a TensorFlow
    tensor: ``|a|^2 + |b|^2 - 2 a.b``, one matrix product (TensorFlow uses every core)."""
    import tensorflow as tf

    a, b = tf.cast(a, tf.float32), tf.cast(b, tf.float32)
    d = tf.reduce_sum(a * a, 1)[:, None] + tf.reduce_sum(b * b, 1)[None, :] - 2 * tf.matmul(a, b, transpose_b=True)
    return tf.maximum(d, 0.0)


def _rows_per_chunk(columns: int) -> int:
    return max(1, 20_000_000 // columns)  # about 80 MB of float32 per chunk


def k_nearest(queries: np.ndarray, points: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """``(distances, indices)``, both ``(N, k)``: each query's ``k`` nearest points, nearest first.

    ``|q - p|^2 = |q|^2 - 2 (q.p - |p|^2 / 2)``: for a given query, the nearest points are those
    with the largest ``q.p - |p|^2 / 2``, one matrix product and a top-k per chunk of queries.
    """
    import tensorflow as tf

    points = tf.constant(points, tf.float32)
    half_norms = 0.5 * tf.reduce_sum(points * points, axis=1)
    distances, indices = [], []
    step = _rows_per_chunk(len(points))
    for i in range(0, len(queries), step):
        q = tf.constant(queries[i : i + step], tf.float32)
        best, index = tf.math.top_k(tf.matmul(q, points, transpose_b=True) - half_norms, k)
        squared = tf.reduce_sum(q * q, axis=1, keepdims=True) - 2 * best
        distances.append(np.sqrt(np.maximum(squared.numpy(), 0)))
        indices.append(index.numpy())
    return np.concatenate(distances), np.concatenate(indices)


def knn_radii(points: np.ndarray, k: int = 3) -> np.ndarray:
    """Distance from each point to its ``k``-th nearest *other* point."""
    if len(points) <= k:
        raise ValueError(f"k-NN radii with k={k} need more than {k} points, got {len(points)}")
    distances, _ = k_nearest(points, points, k + 1)  # the nearest is the point itself
    return distances[:, k]


def precision_recall(
    real: np.ndarray, fake: np.ndarray, k: int = 3, real_radii: np.ndarray | None = None
) -> tuple[float, float]:
    """Improved precision and recall (Kynkäänniemi et al., 2019) with ``k``-NN balls.

    Precision: share of ``fake`` points within the ``k``-NN radius of some ``real`` point.
    Recall: share of ``real`` points within the ``k``-NN radius of some ``fake`` point.
    """
    real_radii = knn_radii(real, k) if real_radii is None else real_radii
    fake_radii = knn_radii(fake, k)
    in_real = np.zeros(len(fake), bool)
    in_fake = np.zeros(len(real), bool)
    step = _rows_per_chunk(len(real))
    for i in range(0, len(fake), step):
        d = np.sqrt(_squared_distances(fake[i : i + step], real).numpy())
        in_real[i : i + step] = np.any(d <= real_radii[None, :], axis=1)
        in_fake |= np.any(d <= fake_radii[i : i + step, None], axis=0)
    return float(in_real.mean()), float(in_fake.mean())


# ------------------------------------------------------------------------------------------
# Reference statistics of the real data, computed once per process
# ------------------------------------------------------------------------------------------
@dataclass
class Reference:
    """What every evaluation compares with: the test split's features and predictions, and the
    training split in the form the memorisation check searches."""

    test_features: np.ndarray
    test_probs: np.ndarray
    train_images: np.ndarray  # uint8 (60000, 28, 28)
    pca_mean: np.ndarray  # (784,) mean training image
    pca_basis: np.ndarray  # (784, 64) top principal directions of the training pixels
    train_codes: np.ndarray  # (60000, 64) training images projected on them
    test_to_train: np.ndarray | None = None  # each test image's RMS distance to its nearest training image
    radii: dict = dataclasses.field(default_factory=dict)  # k -> k-NN radii of the test features


_REFERENCES: dict[str, Reference] = {}


def reference(data_dir: str | os.PathLike | None = None) -> Reference:
    """The cached :class:`Reference` for the Fashion-MNIST files of ``data_dir`` (see
    :func:`ganlib.data.load_fashion_mnist`)."""
    key = str(data_dir or os.environ.get(gdata.DATA_ENV_VAR) or "keras")
    if key not in _REFERENCES:
        (x_train, _), (x_test, _) = gdata.load_fashion_mnist(data_dir)
        test_features, test_probs = embed(gdata.to_float(x_test))
        pixels = gdata.to_float(x_train).reshape(len(x_train), -1)
        mean = pixels.mean(0)
        pixels -= mean
        _, vectors = np.linalg.eigh(pixels.T @ pixels)  # eigenvalues in ascending order
        basis = np.ascontiguousarray(vectors[:, ::-1][:, :PCA_DIM])
        ref = Reference(test_features, test_probs, x_train, mean, basis, pixels @ basis)
        ref.test_to_train, _ = nearest_training_images(gdata.to_float(x_test), ref)
        _REFERENCES[key] = ref
    return _REFERENCES[key]


def nearest_training_images(images: np.ndarray, ref: Reference) -> tuple[np.ndarray, np.ndarray]:
    """``(rmse, index)``: each image's RMS pixel distance to its nearest training image.

    Brute force over 60,000 images x 784 pixels takes 10-20 s for 10,000 images on 2 CPU
    cores, so the search has two steps: the :data:`CANDIDATES` training images nearest in the
    64-d PCA projection (which keeps most of the pixel variance), then exact pixel distances
    to those. A projection never increases distances, so a copy (distance 0) is always found;
    for 96% of 500 test images checked against brute force it found the exact nearest
    training image, and otherwise one at most 17% farther.
    """
    flat = np.asarray(images, np.float32).reshape(len(images), -1)
    codes = (flat - ref.pca_mean) @ ref.pca_basis
    _, candidates = k_nearest(codes, ref.train_codes, CANDIDATES)
    rmse, index = np.empty(len(flat)), np.empty(len(flat), np.int64)
    for i in range(0, len(flat), 1000):  # exact pixel distances to the candidates
        chunk = candidates[i : i + 1000]
        pixels = gdata.to_float(ref.train_images[chunk]).reshape(*chunk.shape, -1)
        errors = np.sqrt(np.mean((pixels - flat[i : i + 1000, None, :]) ** 2, axis=2))
        best = np.argmin(errors, axis=1)
        rmse[i : i + 1000], index[i : i + 1000] = errors[np.arange(len(chunk)), best], chunk[np.arange(len(chunk)), best]
    return rmse, index


def memorisation(images: np.ndarray, probs: np.ndarray, ref: Reference) -> dict:
    """The memorisation check of :func:`evaluate` (see the module docstring).

    Each sample is compared with the test images of its own predicted class: some classes
    (trousers) lie much closer to their training images than others (shirts), so a generator
    that favours easy classes must not look like a copier.
    """
    rmse, _ = nearest_training_images(images, ref)
    test_classes = np.argmax(ref.test_probs, axis=1)
    by_class = [ref.test_to_train[test_classes == c] for c in range(ref.test_probs.shape[1])]
    median = np.array([np.median(d) for d in by_class])
    close = np.array([np.percentile(d, CLOSE_PERCENTILE) for d in by_class])
    classes = np.argmax(probs, axis=1)
    copies = int(np.sum(rmse <= COPY_RMSE))
    close_share = float(np.mean(rmse < close[classes]))
    return {
        "nn_train_ratio": float(np.median(rmse / median[classes])),
        "close_to_train": close_share,
        "copies": copies,
        "memorised": bool(copies > MEMORISED_SHARE * len(images) or close_share > CLOSE_SHARE_FLAG),
    }


# ------------------------------------------------------------------------------------------
# The one call
# ------------------------------------------------------------------------------------------
@dataclass
class Evaluation:
    """Every metric of :func:`evaluate`; ``to_dict()`` gives the JSON-able form."""

    source: str
    n: int
    fid: float
    kid: float
    kid_se: float
    classifier_score: float
    classifier_score_std: float
    classes_covered: int
    class_shares: dict
    precision: float
    recall: float
    nn_train_ratio: float
    close_to_train: float
    copies: int
    memorised: bool
    seconds: float
    feature_net: str = FEATURE_NET_SHA256[:12]

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)

    def to_json(self, path: str | os.PathLike | None = None) -> str:
        text = json.dumps(self.to_dict(), indent=2)
        if path is not None:
            Path(path).write_text(text + "\n")
        return text

    def summary(self, lang: str = "en") -> str:
        """One line with the figures a learner looks at first, in language ``lang``."""
        return label("eval_summary", lang, fid=self.fid, covered=self.classes_covered, recall=self.recall,
                     precision=self.precision)

    def table(self, lang: str = "en") -> str:
        """A plain-text table in language ``lang``: metric, value, and which way is better."""
        def row(key: str, value: str, **values) -> tuple[str, str, str]:
            return label(f"metric_{key}", lang), value, label(f"metric_{key}_meaning", lang, **values)

        rows = [
            row("fid", fmt("{x:.3f}", lang, x=self.fid)),
            row("kid", fmt("{x:.5f} ± {se:.5f}", lang, x=self.kid, se=self.kid_se)),
            row("classifier_score", fmt("{x:.3f} ± {sd:.3f}", lang, x=self.classifier_score, sd=self.classifier_score_std)),
            row("classes_covered", f"{self.classes_covered} / 10", share=COVERED_SHARE),
            row("precision", fmt("{x:.3f}", lang, x=self.precision)),
            row("recall", fmt("{x:.3f}", lang, x=self.recall)),
            row("nn_train_ratio", fmt("{x:.3f}", lang, x=self.nn_train_ratio)),
            row("close_to_train", fmt("{x:.3%}", lang, x=self.close_to_train), share=CLOSE_PERCENTILE / 100),
            row("copies", fmt("{x:d}", lang, x=self.copies), rmse=COPY_RMSE),
            row("memorised", label("yes" if self.memorised else "no", lang), copies=MEMORISED_SHARE,
                close=CLOSE_SHARE_FLAG),
        ]
        names = dict(zip(CLASS_NAMES["en"], class_names(lang)))
        shares = "  ".join(fmt("{name}: {share:.1%}", lang, name=names.get(name, name), share=share)
                           for name, share in self.class_shares.items())
        source = self.source
        if source.startswith("generator "):
            source = label("generator_named", lang, name=source[len("generator "):])
        width = max(len(r[1]) for r in rows)
        names_width = max(len(r[0]) for r in rows)
        lines = [label("eval_header", lang, source=source, n=self.n, test=10_000, seconds=self.seconds)]
        lines += [f"  {name:<{names_width}} {value:>{width}}   {meaning}" for name, value, meaning in rows]
        lines.append(f"  {label('class_shares', lang)}: {shares}")
        return "\n".join(lines)


def evaluate(
    source,
    n: int = 10_000,
    seed: int = 0,
    *,
    k: int = 3,
    kid_subsets: int = 10,
    data_dir: str | os.PathLike | None = None,
) -> Evaluation:
    """Every metric for ``n`` samples of ``source`` against the Fashion-MNIST test split.

    ``source`` is a Keras generator, a run folder (or a generator ``.keras`` file), or an array
    of images (``uint8`` in ``[0, 255]`` or floats in ``[-1, 1]``, shape ``(N, 28, 28)`` or
    ``(N, 28, 28, 1)``; used whole, ``n`` then does not apply). ``seed`` draws the latent
    vectors and the KID subsets. ``k`` is the neighbour count of precision/recall.
    """
    start = time.perf_counter()
    images, description = _samples(source, n, seed)
    ref = reference(data_dir)
    features, probs = embed(images)
    if k not in ref.radii:
        ref.radii[k] = knn_radii(ref.test_features, k)
    kid, kid_se = kid_from_features(features, ref.test_features, kid_subsets, seed)
    score, score_std = classifier_score(probs)
    shares, covered = class_coverage(probs)
    precision, recall = precision_recall(ref.test_features, features, k, ref.radii[k])
    return Evaluation(
        source=description,
        n=len(images),
        fid=fid_from_features(features, ref.test_features),
        kid=kid,
        kid_se=kid_se,
        classifier_score=score,
        classifier_score_std=score_std,
        classes_covered=covered,
        class_shares={name: float(s) for name, s in zip(CLASS_NAMES["en"], shares)},
        precision=precision,
        recall=recall,
        **memorisation(images, probs, ref),
        seconds=time.perf_counter() - start,
    )


class EvaluateEachEpoch(keras.callbacks.Callback):
    """Evaluate the generator during training: learning curves and time to quality.

    It evaluates after every epoch and, with ``at_seconds`` (e.g. ``(30, 60, 120)``), also
    after the first step at which the run's training clock reaches each of those seconds.
    The clock is the ``train_s`` that :func:`ganlib.train.train` keeps: training steps only,
    so evaluations are not counted. ``per_epoch=False`` keeps only the marks (and the epochs
    after the last mark). It evaluates what the run samples from: the moving average of the
    generator when the run keeps one.

    ``rows`` gets one dict per evaluation: ``epoch``, ``train_s``, ``mark_s`` (the mark it
    was taken for, ``None`` at an epoch's end), ``fid``, ``kid``, ``precision``, ``recall``,
    ``classes_covered`` and ``eval_s``. With ``stop_below``, training stops after the first
    evaluation whose FID is below it. With ``path``, the rows are also written there (JSON)
    after every evaluation, and read back first, so a resumed run continues its curve.
    """

    def __init__(self, n: int = 10_000, seed: int = 0, *, stop_below: float | None = None,
                 data_dir: str | os.PathLike | None = None, path: str | os.PathLike | None = None,
                 at_seconds: tuple[float, ...] = (), per_epoch: bool = True):
        super().__init__()
        self.n, self.seed, self.stop_below, self.data_dir = n, seed, stop_below, data_dir
        self.path = Path(path) if path else None
        self.rows: list[dict] = json.loads(self.path.read_text()) if self.path and self.path.exists() else []
        done = {row.get("mark_s") for row in self.rows}
        self.marks = sorted(float(s) for s in at_seconds if float(s) not in done)
        self.last_mark = max((float(s) for s in at_seconds), default=0.0)
        self.per_epoch = per_epoch
        self.epoch = 0

    def on_epoch_begin(self, epoch: int, logs=None) -> None:
        self.epoch = epoch

    def on_train_batch_end(self, batch: int, logs=None) -> None:
        train_s = (logs or {}).get("train_s")
        if self.marks and train_s is not None and train_s >= self.marks[0]:
            mark = self.marks.pop(0)
            while self.marks and train_s >= self.marks[0]:  # a slow step can pass two marks
                self.marks.pop(0)
            self._evaluate(self.epoch + 1, float(train_s), mark)

    def on_epoch_end(self, epoch: int, logs=None) -> None:
        train_s = float((logs or {}).get("train_s", float("nan")))
        if self.rows and self.rows[-1]["train_s"] >= train_s:
            return  # this very step was just evaluated for a mark
        if self.per_epoch or train_s > self.last_mark:
            self._evaluate(epoch + 1, train_s, None)

    def _evaluate(self, epoch: int, train_s: float, mark: float | None) -> None:
        result = evaluate(self.model.sampling_generator(), self.n, self.seed, data_dir=self.data_dir)
        row = {"epoch": epoch, "train_s": train_s, "mark_s": mark}
        row.update({k: getattr(result, k) for k in ("fid", "kid", "precision", "recall", "classes_covered")})
        row["eval_s"] = result.seconds
        self.rows = [r for r in self.rows if r["train_s"] < train_s] + [row]
        if self.path:
            self.path.write_text(json.dumps(self.rows, indent=1))
        if self.stop_below is not None and result.fid < self.stop_below:
            self.model.stop_training = True


# ------------------------------------------------------------------------------------------
# Inception FID, the number papers report (optional, slow on a CPU, needs ImageNet weights)
# ------------------------------------------------------------------------------------------
class InceptionUnavailableError(RuntimeError):
    """Inception FID cannot be computed here (typically: the ImageNet weights cannot be downloaded)."""


INCEPTION_WEIGHTS = "inception_v3_weights_tf_dim_ordering_tf_kernels_notop.h5"
_INCEPTION: dict[str, object] = {}


def inception_network(weights: str | None = "imagenet"):
    """``keras.applications.InceptionV3`` without its top, average-pooled to 2048 features.

    Raises :class:`InceptionUnavailableError` when the ImageNet weights are neither in Keras'
    cache (``~/.keras/models/``) nor downloadable.
    """
    key = str(weights)
    if key not in _INCEPTION:
        import keras

        try:
            _INCEPTION[key] = keras.applications.InceptionV3(
                include_top=False, pooling="avg", weights=weights, input_shape=(299, 299, 3)
            )
        except Exception as err:  # Keras raises a plain Exception when the download fails
            raise InceptionUnavailableError(
                "Inception FID is unavailable because the ImageNet weights of InceptionV3 could not be "
                f"loaded ({type(err).__name__}: {err}). Offline, copy {INCEPTION_WEIGHTS} into "
                "~/.keras/models/ (Keras then skips the download), or use evaluate(), whose FID needs "
                "no download."
            ) from err
    return _INCEPTION[key]


def inception_features(images, *, batch_size: int = 50, weights: str | None = "imagenet") -> np.ndarray:
    """2048-d Inception features: grayscale repeated to 3 channels, resized to 299x299
    (bilinear), values kept in ``[-1, 1]`` (what InceptionV3's preprocessing produces)."""
    import tensorflow as tf

    net = inception_network(weights)
    images = as_images(images)
    parts = []
    for i in range(0, len(images), batch_size):
        batch = tf.image.resize(tf.repeat(images[i : i + batch_size], 3, axis=-1), (299, 299), method="bilinear")
        parts.append(np.asarray(net(batch, training=False), np.float64))
    return np.concatenate(parts)


_INCEPTION_TEST: dict[str, np.ndarray] = {}


def inception_fid(source, n: int = 10_000, seed: int = 0, *, data_dir: str | os.PathLike | None = None) -> float:
    """FID with ImageNet's InceptionV3, following Lucic et al. (2018): ``n`` samples against
    the 10,000 test images, grayscale repeated to 3 channels, resized to 299x299, pooled
    2048-d features. Comparable with published Fashion-MNIST FIDs, but slow on a CPU (tens of
    minutes for 2 x 10,000 images) and it needs the ImageNet weights: offline, without them,
    it raises :class:`InceptionUnavailableError` (before any other work is done).
    """
    inception_network()  # fail fast, with the clear error, when the weights are unavailable
    images, _ = _samples(source, n, seed)
    key = str(data_dir or os.environ.get(gdata.DATA_ENV_VAR) or "keras")
    if key not in _INCEPTION_TEST:
        _, (x_test, _) = gdata.load_fashion_mnist(data_dir)
        _INCEPTION_TEST[key] = inception_features(x_test)
    return fid_from_features(inception_features(images), _INCEPTION_TEST[key])
