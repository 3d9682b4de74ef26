"""Interactive explorers of a generator's latent space, with ipywidgets.

Five views, each one function call in a notebook::

    latent_sliders(generator, lang)    # move a latent vector along its principal directions
    interpolation(generator, lang)     # walk from one seed's vector to another's
    sample_browser(generator, lang)    # a grid of samples for any seed
    training_replay(run_dir, lang)     # the per-epoch sample grids of a training run
    class_picker(generator, lang)      # samples of one class, for a class-conditional generator

How they are built, so that a slider move shows a new picture in a few milliseconds:

* every view is an ``ipywidgets.VBox`` subclass that keeps its controls and its state as plain
  attributes (``view.image``, ``view.position``, ``view.z``...), and its callbacks as plain
  methods: setting ``view.position.value = 0.5`` in Python does exactly what dragging the
  slider does in the browser;
* each picture is **one** ``ipywidgets.Image`` whose ``.value`` is replaced by new PNG bytes
  (:func:`ganlib.images.png_bytes`); nothing is redrawn with matplotlib;
* the generator runs through :func:`compiled`, a ``tf.function`` traced once, instead of
  ``predict`` (which builds a dataset per call) or an eager call (about 10 times slower for
  one vector on a CPU).

Only widgets that exist in both ipywidgets 7.7 (Colab) and 8 are used. Where they render:
Colab has its own front end for ipywidgets 7.7.1; JupyterLab 4 needs the ``jupyterlab_widgets``
extension of the same generation: 1.1.x for ipywidgets 7.7 (pinned in constraints.txt; its
3.x shows no ipywidgets 7 widget at all), 3.x for ipywidgets 8. ``tests/test_browser.py``
checks this in a real browser.
"""

from __future__ import annotations

import json
import os
import re
import weakref
from pathlib import Path
from typing import Callable

import ipywidgets as W
import numpy as np
from PIL import Image as PILImage

os.environ.setdefault("KERAS_BACKEND", "tensorflow")
import tensorflow as tf  # noqa: E402

from ganlib.data import to_uint8  # noqa: E402
from ganlib.i18n import class_names, label  # noqa: E402
from ganlib.images import grid, png_bytes  # noqa: E402
from ganlib.sampling import interpolate, latent_dim_of, latent_vectors  # noqa: E402

SCALE = 8  # one 28x28 image is shown at 224x224 pixels
GRID_SCALE = 3  # images in grids and strips at 84x84
WIDE = {"description_width": "initial"}  # room for long (Russian) descriptions


# ------------------------------------------------------------------------------------------
# Fast generation and pictures
# ------------------------------------------------------------------------------------------
_COMPILED: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def compiled(generator) -> Callable[..., np.ndarray]:
    """``generator(inputs, training=False)`` as a ``tf.function`` traced once for any batch size.

    Returns a function of NumPy arrays (one per generator input) that returns the images as
    a NumPy array ``(N, 28, 28, 1)`` in ``[-1, 1]``. Kept per generator, so several views of
    one generator share one trace; it reads the current weights, so training on is seen.
    """
    if generator not in _COMPILED:
        _COMPILED[generator] = _compile(generator)
    return _COMPILED[generator]


def _compile(generator) -> Callable[..., np.ndarray]:
    specs = [tf.TensorSpec((None, *tensor.shape[1:]), tensor.dtype) for tensor in generator.inputs]
    model = weakref.ref(generator)  # the cache must not keep the generator alive
    if len(specs) == 1:
        graph = tf.function(lambda z: model()(z, training=False), input_signature=specs)
    else:
        graph = tf.function(lambda *inputs: model()(list(inputs), training=False), input_signature=specs)

    def run(*inputs) -> np.ndarray:
        arrays = [np.asarray(x, dtype=spec.dtype.as_numpy_dtype) for x, spec in zip(inputs, specs)]
        return graph(*arrays).numpy()

    return run


def picture(images: np.ndarray, *, ncols: int | None = None, scale: int = GRID_SCALE) -> bytes:
    """PNG bytes of one image (no border) or of a grid of several, enlarged ``scale`` times."""
    if len(images) == 1:
        return png_bytes(to_uint8(images)[0, ..., 0], scale=scale)
    return png_bytes(grid(images, ncols=ncols), scale=scale)


def _image() -> W.Image:
    return W.Image(format="png")


def _column() -> W.Layout:
    """A column whose pictures keep their own size (a VBox stretches them to its width)."""
    return W.Layout(align_items="flex-start")


# ------------------------------------------------------------------------------------------
# Principal directions
# ------------------------------------------------------------------------------------------
def principal_directions(
    generate_fn: Callable[[np.ndarray], np.ndarray], latent_dim: int, k: int = 5, n: int = 512, seed: int = 0
) -> tuple[np.ndarray, np.ndarray]:
    """``k`` unit latent directions along which the generated images change the most.

    The recipe is GANSpace's (Härkönen et al., 2020), applied to the pixels:

    1. draw ``n`` latent vectors ``Z`` and generate their images ``X`` (flattened to 784 values);
    2. PCA of the images: the top ``k`` principal components, and each image's coordinates
       ``S`` along them (PCA in image space, because that is where a person sees change);
    3. regress the latent vectors on those coordinates, ``Z - mean(Z) ≈ S V`` (least squares):
       row ``j`` of ``V`` is the latent step that moves an image one unit along component ``j``;
    4. scale each row to length 1, so a slider value is a distance in latent space (a
       standard-normal ``z`` has about unit spread along any direction).

    Returns ``(directions, share)``: ``directions`` is ``(k, latent_dim)``, in order of
    decreasing image variance; ``share`` is the fraction of the image variance each explains.
    """
    z = latent_vectors(n, latent_dim, seed=seed)
    pixels = generate_fn(z).reshape(n, -1).astype(np.float64)
    pixels -= pixels.mean(axis=0)
    _, singular, components = np.linalg.svd(pixels, full_matrices=False)
    k = min(k, len(singular))
    scores = pixels @ components[:k].T  # (n, k): each image's coordinates on the components
    steps, *_ = np.linalg.lstsq(scores, z - z.mean(axis=0), rcond=None)  # (k, latent_dim)
    directions = steps / np.maximum(np.linalg.norm(steps, axis=1, keepdims=True), 1e-12)
    variance = singular**2
    return directions.astype(np.float32), (variance[:k] / max(variance.sum(), 1e-12)).astype(np.float32)


# ------------------------------------------------------------------------------------------
# The views
# ------------------------------------------------------------------------------------------
class LatentSliders(W.VBox):
    """Sliders that move a latent vector ``z = origin + Σ value_j · direction_j``.

    Attributes: ``sliders`` (one ``FloatSlider`` per direction), ``new_point_button``,
    ``image``, ``origin`` (the starting vector, drawn with ``point_seed``), ``directions``.
    """

    def __init__(self, generator, lang: str = "en", n_directions: int = 5, seed: int = 0,
                 *, n_samples: int = 512, span: float = 3.0):
        super().__init__(layout=_column())
        self.generate = compiled(generator)
        self.latent_dim = latent_dim_of(generator)
        self.directions, self.variance_share = principal_directions(
            self.generate, self.latent_dim, n_directions, n_samples, seed
        )
        self.point_seed = seed
        self.origin = latent_vectors(1, self.latent_dim, seed)[0]
        self.sliders = [
            W.FloatSlider(value=0.0, min=-span, max=span, step=0.1, style=WIDE,
                          description=label("direction", lang, i=i + 1))
            for i in range(len(self.directions))
        ]
        self.new_point_button = W.Button(description=label("new_point", lang))
        self.image = _image()
        self._quiet = False
        for slider in self.sliders:
            slider.observe(self.on_change, names="value")
        self.new_point_button.on_click(self.new_point)
        self.children = [
            W.Label(label("latent_directions", lang)),
            W.HBox([W.VBox([*self.sliders, self.new_point_button]), self.image]),
        ]
        self.update()

    @property
    def z(self) -> np.ndarray:
        """The latent vector shown now."""
        offsets = np.array([slider.value for slider in self.sliders], np.float32)
        return self.origin + offsets @ self.directions

    def update(self) -> None:
        self.image.value = picture(self.generate(self.z[None]), scale=SCALE)

    def on_change(self, change=None) -> None:
        if not self._quiet:
            self.update()

    def new_point(self, button=None) -> None:
        """Start from the next seed's random vector, with every slider back at 0."""
        self.point_seed += 1
        self.origin = latent_vectors(1, self.latent_dim, self.point_seed)[0]
        self._quiet = True
        try:
            for slider in self.sliders:
                slider.value = 0.0
        finally:
            self._quiet = False
        self.update()


def point_on_path(z0: np.ndarray, z1: np.ndarray, t: float, *, spherical: bool = False) -> np.ndarray:
    """The point at fraction ``t`` of the way from ``z0`` to ``z1``, on the path of
    :func:`ganlib.sampling.interpolate` (a line, or a great-circle arc); exactly ``z0`` at 0
    and ``z1`` at 1."""
    z0, z1 = np.asarray(z0, np.float32), np.asarray(z1, np.float32)
    if t <= 0:
        return z0
    if t >= 1:
        return z1
    if spherical:
        cos = np.dot(z0, z1) / (np.linalg.norm(z0) * np.linalg.norm(z1))
        omega = np.arccos(np.clip(cos, -1.0, 1.0))
        if omega >= 1e-6:
            return ((np.sin((1 - t) * omega) * z0 + np.sin(t * omega) * z1) / np.sin(omega)).astype(np.float32)
    return ((1 - t) * z0 + t * z1).astype(np.float32)


class Interpolation(W.VBox):
    """A walk between the latent vectors of two seeds, linear or spherical.

    Attributes: ``start_seed`` and ``end_seed`` (``IntText``), ``mode`` (``ToggleButtons``,
    ``"linear"`` / ``"spherical"``), ``position`` (``FloatSlider`` from 0 to 1), ``strip``
    (the whole path, ``steps`` images) and ``image`` (the point at ``position``).
    """

    def __init__(self, generator, lang: str = "en", start_seed: int = 0, end_seed: int = 1, *, steps: int = 9):
        super().__init__(layout=_column())
        self.generate = compiled(generator)
        self.latent_dim = latent_dim_of(generator)
        self.steps = steps
        self.start_seed = W.IntText(value=start_seed, description=label("start_seed", lang), style=WIDE)
        self.end_seed = W.IntText(value=end_seed, description=label("end_seed", lang), style=WIDE)
        self.mode = W.ToggleButtons(
            options=[(label("linear", lang), "linear"), (label("spherical", lang), "spherical")],
            value="linear", description=label("mode", lang), style=WIDE,
        )
        self.position = W.FloatSlider(value=0.0, min=0.0, max=1.0, step=0.01,
                                      description=label("position", lang), style=WIDE)
        self.strip = _image()
        self.image = _image()
        for control in (self.start_seed, self.end_seed, self.mode):
            control.observe(self.update, names="value")
        self.position.observe(self.update_image, names="value")
        self.children = [
            W.Label(label("interpolation", lang)),
            W.HBox([self.start_seed, self.end_seed]),
            self.mode,
            self.position,
            self.strip,
            self.image,
        ]
        self.update()

    @property
    def spherical(self) -> bool:
        return self.mode.value == "spherical"

    def endpoints(self) -> tuple[np.ndarray, np.ndarray]:
        return (latent_vectors(1, self.latent_dim, self.start_seed.value)[0],
                latent_vectors(1, self.latent_dim, self.end_seed.value)[0])

    @property
    def z(self) -> np.ndarray:
        """The latent vector at ``position``."""
        return point_on_path(*self.endpoints(), self.position.value, spherical=self.spherical)

    def update(self, change=None) -> None:
        """Redraw the strip (the whole path) and the current image."""
        path = interpolate(*self.endpoints(), self.steps, spherical=self.spherical)
        self.strip.value = picture(self.generate(path), ncols=self.steps)
        self.update_image()

    def update_image(self, change=None) -> None:
        self.image.value = picture(self.generate(self.z[None]), scale=SCALE)


class SampleBrowser(W.VBox):
    """A grid of ``n`` samples for a seed, chosen on a slider or typed in a box (linked).

    Attributes: ``seed_slider`` (``IntSlider``), ``seed_text`` (``IntText``), ``image``.
    """

    def __init__(self, generator, lang: str = "en", seed: int = 0, *, n: int = 16, max_seed: int = 10_000):
        super().__init__(layout=_column())
        self.generate = compiled(generator)
        self.latent_dim = latent_dim_of(generator)
        self.n = n
        self.seed_slider = W.IntSlider(value=seed, min=0, max=max_seed, description=label("seed", lang), style=WIDE)
        self.seed_text = W.IntText(value=seed, description=label("seed", lang), style=WIDE)
        self.seed_link = W.link((self.seed_slider, "value"), (self.seed_text, "value"))
        self.image = _image()
        self.seed_slider.observe(self.update, names="value")
        self.children = [W.Label(label("samples", lang)), W.HBox([self.seed_slider, self.seed_text]), self.image]
        self.update()

    def update(self, change=None) -> None:
        """Draw the grid of the slider's seed (the same images as ``generate(g, n=n, seed=seed)``)."""
        z = latent_vectors(self.n, self.latent_dim, self.seed_slider.value)
        self.image.value = picture(self.generate(z))


EPOCH_FILE = re.compile(r"epoch_(\d+)\.png$")


def epoch_grids(run_dir: str | os.PathLike) -> dict[int, Path]:
    """The per-epoch sample grids of a run folder: ``{epoch: run_dir/samples/epoch_XXX.png}``."""
    folder = Path(run_dir) / "samples"
    found = {}
    for path in folder.glob("epoch_*.png"):
        match = EPOCH_FILE.search(path.name)
        if match:
            found[int(match.group(1))] = path
    return dict(sorted(found.items()))


class TrainingReplay(W.VBox):
    """A slider through the sample grids a training run saved after each epoch.

    Attributes: ``epoch`` (``IntSlider``), ``caption`` (``Label``), ``image`` (the PNG file
    of that epoch, shown as it is), ``grids`` (``{epoch: path}``). Call :meth:`refresh` to
    pick up epochs written since (a run still training).
    """

    def __init__(self, run_dir: str | os.PathLike, lang: str = "en", *, scale: int = 2):
        super().__init__(layout=_column())
        self.run_dir = Path(run_dir)
        self.lang = lang
        self.scale = scale
        self.grids = epoch_grids(self.run_dir)
        if not self.grids:
            raise FileNotFoundError(label("no_grids", lang, path=str(self.run_dir)))
        last = max(self.grids)
        self.epoch = W.IntSlider(value=last, min=min(self.grids), max=last,
                                 description=label("epoch", lang), style=WIDE)
        self.caption = W.Label()
        self.image = _image()
        self.epoch.observe(self.update, names="value")
        self.children = [W.Label(label("training_replay", lang)), self.epoch, self.caption, self.image]
        self.update()

    def clock(self, epoch: int) -> float | None:
        """Seconds of training after ``epoch``, from the run's ``history.json`` (None without one)."""
        try:
            history = json.loads((self.run_dir / "history.json").read_text())
            return float(history["train_s"][history["epoch"].index(epoch)])
        except (OSError, ValueError, KeyError, IndexError, TypeError):
            return None

    def shown_epoch(self) -> int:
        """The slider's epoch, or the last saved one before it if that grid is missing."""
        return max(e for e in self.grids if e <= self.epoch.value)

    def update(self, change=None) -> None:
        epoch = self.shown_epoch()
        path = self.grids[epoch]
        with PILImage.open(path) as png:
            self.image.width = png.width * self.scale
        self.image.value = path.read_bytes()
        seconds = self.clock(epoch)
        self.caption.value = (label("samples_epoch", self.lang, epoch=epoch) if seconds is None
                              else label("samples_epoch_clock", self.lang, epoch=epoch, seconds=seconds))

    def refresh(self) -> None:
        """Re-read the run folder (new epochs of a run that is still training)."""
        self.grids = epoch_grids(self.run_dir)
        self.epoch.max = max(self.grids)
        self.update()


def label_input(generator, lang: str = "en") -> int:
    """Which input of a class-conditional generator takes the class: the integer one,
    else the second. Any other generator is refused with a message in language ``lang``."""
    if len(generator.inputs) != 2:
        n = len(generator.inputs)
        raise ValueError(label("not_conditional_one" if n == 1 else "not_conditional", lang,
                                 name=repr(generator.name), n=n))
    integer = [i for i, t in enumerate(generator.inputs) if "int" in str(t.dtype)]
    return integer[0] if integer else 1


class ClassPicker(W.VBox):
    """Samples of one class, for a class-conditional generator ``G(z, label)``.

    Attributes: ``class_dropdown`` (``Dropdown`` of the class names in ``lang``, values 0-9),
    ``seed_slider`` (``IntSlider``), ``image`` (a grid of ``n`` samples of that class).
    """

    def __init__(self, generator, lang: str = "en", seed: int = 0, *, n: int = 16, max_seed: int = 10_000):
        super().__init__(layout=_column())
        self.label_index = label_input(generator, lang)
        self.label_shape = tuple(generator.inputs[self.label_index].shape[1:])
        self.latent_dim = int(generator.inputs[1 - self.label_index].shape[-1])
        self.generate = compiled(generator)
        self.n = n
        self.class_dropdown = W.Dropdown(options=[(name, i) for i, name in enumerate(class_names(lang))],
                                         value=0, description=label("class", lang), style=WIDE)
        self.seed_slider = W.IntSlider(value=seed, min=0, max=max_seed, description=label("seed", lang), style=WIDE)
        self.image = _image()
        self.class_dropdown.observe(self.update, names="value")
        self.seed_slider.observe(self.update, names="value")
        self.children = [W.HBox([self.class_dropdown, self.seed_slider]), self.image]
        self.update()

    def inputs(self) -> list[np.ndarray]:
        """The generator's inputs for the chosen class and seed, in the generator's order."""
        z = latent_vectors(self.n, self.latent_dim, self.seed_slider.value)
        labels = np.full((self.n, *self.label_shape), self.class_dropdown.value, np.int32)
        return [labels, z] if self.label_index == 0 else [z, labels]

    def update(self, change=None) -> None:
        self.image.value = picture(self.generate(*self.inputs()))


# ------------------------------------------------------------------------------------------
# The calls the notebooks make
# ------------------------------------------------------------------------------------------
def latent_sliders(generator, lang: str = "en", n_directions: int = 5, seed: int = 0) -> LatentSliders:
    """Sliders along the ``n_directions`` principal directions of the latent space (see
    :func:`principal_directions`), a live image, and a button for a new random point."""
    return LatentSliders(generator, lang, n_directions, seed)


def interpolation(generator, lang: str = "en", start_seed: int = 0, end_seed: int = 1) -> Interpolation:
    """Walk between two seeds' latent vectors, linearly or along a great circle (slerp)."""
    return Interpolation(generator, lang, start_seed, end_seed)


def sample_browser(generator, lang: str = "en", seed: int = 0) -> SampleBrowser:
    """A grid of 16 samples for a seed, set on a slider or typed in a box."""
    return SampleBrowser(generator, lang, seed)


def training_replay(run_dir: str | os.PathLike, lang: str = "en") -> TrainingReplay:
    """A slider through the sample grids ``run_dir/samples/epoch_XXX.png`` of a training run."""
    return TrainingReplay(run_dir, lang)


def class_picker(generator, lang: str = "en", seed: int = 0) -> ClassPicker:
    """For a class-conditional generator ``G(z, label)``: a class dropdown and a sample grid."""
    return ClassPicker(generator, lang, seed)
