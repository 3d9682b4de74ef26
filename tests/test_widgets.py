"""The latent-space explorers, used as a person would: set a control, look at the picture.

Setting ``widget.value`` in Python runs the same callbacks as moving the control in the
browser, so each test changes controls and checks the ``Image`` the view shows.
"""

from __future__ import annotations

import io

import ipywidgets as W
import keras
import numpy as np
import pytest
from keras import layers
from PIL import Image

from ganlib import widgets
from ganlib.i18n import class_names, label
from ganlib.images import grid, save_png
from ganlib.models import build_gan
from ganlib.sampling import generate, latent_vectors

LATENT = 16
# ipywidgets 7.7 (Colab's) creates its comms the way ipykernel 7 deprecates; not our concern here.
pytestmark = pytest.mark.filterwarnings("ignore:The `ipykernel.comm.Comm` class has been deprecated")


def decode(png: bytes) -> np.ndarray:
    """The picture a PNG shows, as a ``uint8`` array (and a check that it is a PNG)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    with Image.open(io.BytesIO(png)) as picture:
        return np.asarray(picture.convert("L"))


def close(a: np.ndarray, b: np.ndarray) -> bool:
    """Same picture, up to one grey level (graph and eager runs may round differently)."""
    return a.shape == b.shape and int(np.abs(a.astype(int) - b.astype(int)).max()) <= 1


@pytest.fixture(scope="module")
def generator() -> keras.Model:
    """A tiny untrained generator whose pictures clearly depend on z."""
    keras.utils.set_random_seed(0)
    return keras.Sequential(
        [
            keras.Input((LATENT,)),
            layers.Dense(28 * 28, activation="tanh", kernel_initializer=keras.initializers.RandomNormal(stddev=0.5)),
            layers.Reshape((28, 28, 1)),
        ],
        name="tiny_generator",
    )


@pytest.fixture(scope="module")
def conditional_generator() -> keras.Model:
    """A tiny class-conditional generator G(z, label), as the series' conditional GAN will be."""
    keras.utils.set_random_seed(1)
    z = keras.Input((LATENT,), name="z")
    label_in = keras.Input((1,), dtype="int32", name="label")
    embedded = layers.Flatten()(layers.Embedding(10, 8)(label_in))
    hidden = layers.Concatenate()([z, layers.Dense(LATENT, kernel_initializer=keras.initializers.RandomNormal(stddev=3.0))(embedded)])
    pixels = layers.Dense(28 * 28, activation="tanh", kernel_initializer=keras.initializers.RandomNormal(stddev=0.5))(hidden)
    return keras.Model([z, label_in], layers.Reshape((28, 28, 1))(pixels), name="tiny_conditional_generator")


def all_widgets(widget) -> list:
    found = [widget]
    for child in getattr(widget, "children", ()):
        found += all_widgets(child)
    return found


def texts(widget) -> str:
    """Every word the view shows: descriptions, labels, button and option captions."""
    words = []
    for w in all_widgets(widget):
        words += [str(getattr(w, name, "")) for name in ("description", "value") if isinstance(getattr(w, name, None), str)]
        words += [str(option) for option in getattr(w, "_options_labels", ())]
    return " | ".join(words)


# ------------------------------------------------------------------------------------------
# latent_sliders
# ------------------------------------------------------------------------------------------
def test_moving_a_direction_slider_shows_a_new_224_pixel_picture(generator):
    view = widgets.latent_sliders(generator, n_directions=3)
    assert isinstance(view, W.VBox) and len(view.sliders) == 3
    before = view.image.value
    assert decode(before).shape == (224, 224)

    view.sliders[0].value = 2.0

    assert view.image.value != before
    assert decode(view.image.value).shape == (224, 224)


def test_the_picture_is_the_generator_output_for_the_vector_the_sliders_describe(generator):
    view = widgets.latent_sliders(generator, n_directions=2)
    view.sliders[1].value = -1.5
    expected = view.origin - 1.5 * view.directions[1]
    np.testing.assert_allclose(view.z, expected, atol=1e-6)
    shown = decode(view.image.value)[::8, ::8]  # undo the 8x enlargement
    assert close(shown, grid(generate(generator, expected[None]), pad=0))


def test_directions_are_unit_vectors_ordered_by_the_image_variance_they_explain(generator):
    view = widgets.latent_sliders(generator, n_directions=4)
    np.testing.assert_allclose(np.linalg.norm(view.directions, axis=1), 1.0, rtol=1e-5)
    assert np.all(np.diff(view.variance_share) <= 0) and view.variance_share.sum() <= 1


def test_new_point_button_draws_the_next_seed_and_sets_the_sliders_back_to_zero(generator):
    view = widgets.latent_sliders(generator, seed=5)
    view.sliders[0].value = 1.0
    before = view.image.value

    view.new_point_button.click()

    assert view.image.value != before
    assert [s.value for s in view.sliders] == [0.0] * len(view.sliders)
    np.testing.assert_array_equal(view.z, latent_vectors(1, LATENT, seed=6)[0])


# ------------------------------------------------------------------------------------------
# interpolation
# ------------------------------------------------------------------------------------------
def seed_picture(generator, seed: int) -> np.ndarray:
    return grid(generate(generator, latent_vectors(1, LATENT, seed)), pad=0)


def test_interpolation_starts_at_the_start_seed_and_ends_at_the_end_seed(generator):
    view = widgets.interpolation(generator, start_seed=3, end_seed=7)
    for mode in ("linear", "spherical"):
        view.mode.value = mode
        view.position.value = 0.0
        assert close(decode(view.image.value)[::8, ::8], seed_picture(generator, 3))
        view.position.value = 1.0
        assert close(decode(view.image.value)[::8, ::8], seed_picture(generator, 7))


def test_linear_and_spherical_paths_differ_in_the_middle(generator):
    view = widgets.interpolation(generator)
    view.position.value = 0.5
    linear_image, linear_strip = view.image.value, view.strip.value
    linear_norm = np.linalg.norm(view.z)

    view.mode.value = "spherical"

    assert view.image.value != linear_image and view.strip.value != linear_strip
    assert np.linalg.norm(view.z) > linear_norm  # the arc keeps away from the low-norm middle


def test_the_strip_shows_the_whole_path_and_follows_the_seeds(generator):
    view = widgets.interpolation(generator)
    strip = decode(view.strip.value)
    assert strip.shape == (3 * (28 + 4), 3 * (9 * 30 + 2))  # 9 images in one row, enlarged 3x
    before = view.strip.value

    view.end_seed.value = 42

    assert view.strip.value != before


def test_moving_the_position_changes_the_current_image(generator):
    view = widgets.interpolation(generator)
    before = view.image.value
    view.position.value = 0.3
    assert view.image.value != before


# ------------------------------------------------------------------------------------------
# sample_browser
# ------------------------------------------------------------------------------------------
def test_sample_browser_seed_slider_and_text_box_stay_linked(generator):
    view = widgets.sample_browser(generator)
    before = view.image.value

    view.seed_text.value = 17  # typed in the box
    assert view.seed_slider.value == 17
    assert view.image.value != before

    view.seed_slider.value = 4  # dragged on the slider
    assert view.seed_text.value == 4


def test_sample_browser_shows_the_same_samples_as_generate(generator):
    view = widgets.sample_browser(generator, seed=9)
    expected = grid(generate(generator, n=16, seed=9))
    shown = decode(view.image.value)
    assert shown.shape == (expected.shape[0] * 3, expected.shape[1] * 3)
    assert close(shown[::3, ::3], expected)


# ------------------------------------------------------------------------------------------
# training_replay
# ------------------------------------------------------------------------------------------
@pytest.fixture
def run_dir(tmp_path):
    """A run folder as ganlib.train writes it: samples/epoch_001.png ... epoch_003.png."""
    for epoch in (1, 2, 3):
        save_png(np.full((30, 30), 80 * epoch, np.uint8), tmp_path / "samples" / f"epoch_{epoch:03d}.png")
    return tmp_path


def test_training_replay_shows_the_chosen_epochs_grid(run_dir):
    view = widgets.training_replay(run_dir)
    assert view.epoch.min == 1 and view.epoch.max == 3 and view.epoch.value == 3  # starts at the end

    view.epoch.value = 2

    assert view.image.value == (run_dir / "samples" / "epoch_002.png").read_bytes()
    assert view.caption.value == label("samples_epoch", "en", epoch=2)


def test_training_replay_picks_up_new_epochs_on_refresh(run_dir):
    view = widgets.training_replay(run_dir)
    save_png(np.zeros((30, 30), np.uint8), run_dir / "samples" / "epoch_004.png")
    view.refresh()
    view.epoch.value = 4
    assert view.image.value == (run_dir / "samples" / "epoch_004.png").read_bytes()


def test_training_replay_without_sample_grids_says_how_to_make_them(tmp_path):
    with pytest.raises(FileNotFoundError, match="run_dir"):
        widgets.training_replay(tmp_path)


# ------------------------------------------------------------------------------------------
# class_picker
# ------------------------------------------------------------------------------------------
def test_class_picker_offers_the_ten_classes_and_redraws_for_another_class(conditional_generator):
    view = widgets.class_picker(conditional_generator)
    assert [name for name, _ in view.class_dropdown.options] == list(class_names("en"))
    before = view.image.value

    view.class_dropdown.value = 7  # "Sneaker"

    assert view.image.value != before
    assert decode(view.image.value).shape == (3 * 122, 3 * 122)  # a 4x4 grid, enlarged 3x


def test_class_picker_feeds_the_chosen_class_to_the_generator(conditional_generator):
    view = widgets.class_picker(conditional_generator, seed=2)
    view.class_dropdown.value = 3
    z = latent_vectors(16, LATENT, 2)
    expected = conditional_generator([z, np.full((16, 1), 3, np.int32)], training=False)
    assert close(decode(view.image.value)[::3, ::3], grid(np.asarray(expected)))


def test_class_picker_refuses_a_generator_without_a_class_input(generator):
    with pytest.raises(ValueError, match="two inputs"):
        widgets.class_picker(generator)


# ------------------------------------------------------------------------------------------
# Languages and compatibility
# ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["ru", "es"])
def test_labels_follow_the_language(lang, generator, conditional_generator, run_dir):
    shown = " | ".join(
        texts(view)
        for view in (
            widgets.latent_sliders(generator, lang, n_directions=2),
            widgets.interpolation(generator, lang),
            widgets.sample_browser(generator, lang),
            widgets.training_replay(run_dir, lang),
            widgets.class_picker(conditional_generator, lang),
        )
    )
    for key in ("new_point", "start_seed", "end_seed", "spherical", "linear", "position", "seed", "class",
                "latent_directions", "training_replay"):
        assert label(key, lang) in shown, key
    assert label("direction", lang, i=1) in shown
    assert class_names(lang)[9] in shown
    assert label("new_point", "en") not in shown


COMMON_TO_7_AND_8 = {"VBox", "HBox", "IntSlider", "FloatSlider", "Button", "ToggleButtons",
                     "Dropdown", "IntText", "Image", "Label"}


def test_views_use_only_widgets_common_to_ipywidgets_7_and_8(generator, conditional_generator, run_dir):
    for view in (widgets.latent_sliders(generator), widgets.interpolation(generator),
                 widgets.sample_browser(generator), widgets.training_replay(run_dir),
                 widgets.class_picker(conditional_generator)):
        for w in all_widgets(view)[1:]:
            assert type(w).__name__ in COMMON_TO_7_AND_8, type(w).__name__
        assert isinstance(view, W.VBox)


def test_the_dcgan_generator_works_in_every_view():
    generator = build_gan("dcgan", latent_dim=LATENT)[0]
    view = widgets.latent_sliders(generator, n_directions=2)
    before = view.image.value
    view.sliders[0].value = 3.0
    assert decode(view.image.value).shape == (224, 224) and view.image.value != before
