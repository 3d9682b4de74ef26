"""ganlib.plots: figures labelled in the notebook's language."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import numpy as np  # noqa: E402

from ganlib.images import grid  # noqa: E402
from ganlib.plots import plot_discriminator_outputs, plot_losses, show_images  # noqa: E402

HISTORY = {"epoch": [1, 2, 3], "d_loss": [1.3, 1.2, 1.25], "g_loss": [0.8, 0.9, 0.85]}


def test_loss_curves_are_labelled_in_the_notebooks_language():
    ax = plot_losses(HISTORY, lang="ru")
    assert ax.get_title() == "Потери при обучении"
    assert ax.get_xlabel() == "эпоха"
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["потери дискриминатора", "потери генератора"]
    assert list(ax.lines[0].get_xdata()) == [1, 2, 3]


def test_discriminator_outputs_are_probabilities_around_the_equilibrium_in_the_notebooks_language():
    history = {**HISTORY, "d_real": [0.7, 0.6, 0.55], "d_fake": [0.2, 0.35, 0.45]}
    ax = plot_discriminator_outputs(history, lang="es")
    assert ax.get_title() == "Salida del discriminador"
    assert ax.get_ylim() == (0, 1)
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["D(x), imágenes reales", "D(G(z)), imágenes generadas"]
    assert list(ax.lines[1].get_ydata()) == [0.2, 0.35, 0.45]
    assert list(ax.lines[2].get_ydata()) == [0.5, 0.5]  # the equilibrium


def test_loss_curves_can_be_written_to_a_file(tmp_path):
    plot_losses(HISTORY, lang="es", path=tmp_path / "losses.png")
    assert (tmp_path / "losses.png").stat().st_size > 1000


def test_images_and_already_tiled_grids_are_shown_alike():
    images = np.random.default_rng(0).uniform(-1, 1, (4, 28, 28, 1)).astype(np.float32)
    from_images = show_images(images, title="x").images[0].get_array()
    from_grid = show_images(grid(images)).images[0].get_array()
    np.testing.assert_array_equal(from_images, from_grid)
