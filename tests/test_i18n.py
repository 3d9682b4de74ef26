"""What a reader sees is written in their language: numbers, plurals, messages."""

from __future__ import annotations

import re

import pytest

from ganlib.i18n import LABELS, LANGUAGES, NOUNS, fmt, label, notebook_texts, number, percent, plural

NBSP = "\u00a0"


@pytest.mark.parametrize("lang, expected", [
    ("en", "612,471.2 images/s"),
    ("ru", f"612{NBSP}471,2 images/s"),
    ("es", "612.471,2 images/s"),
])
def test_thousands_and_decimals_follow_the_language(lang, expected):
    assert fmt("{x:,.1f} images/s", lang, x=612471.2) == expected


def test_spanish_groups_thousands_only_from_five_digits():
    assert number(1234, "es") == "1234"
    assert number(12345, "es") == "12.345"
    assert number(1234, "ru") == f"1{NBSP}234"
    assert number(1234, "en") == "1,234"


@pytest.mark.parametrize("lang, expected", [("en", "12.5%"), ("ru", f"12,5{NBSP}%"), ("es", f"12,5{NBSP}%")])
def test_percent_signs_follow_the_language(lang, expected):
    assert percent(0.125, lang, 1) == expected
    assert fmt("{s:.1%}", lang, s=0.125) == expected


@pytest.mark.parametrize("count, form", [(1, "эпоха"), (2, "эпохи"), (4, "эпохи"), (5, "эпох"), (11, "эпох"),
                                         (21, "эпоха"), (22, "эпохи"), (25, "эпох"), (111, "эпох")])
def test_russian_counts_take_one_few_or_many(count, form):
    assert plural(count, "epoch", "ru") == form
    assert fmt("{n:#epoch}", "ru", n=count) == f"{count} {form}"


def test_english_and_spanish_counts_take_one_or_other():
    assert fmt("{a:#image}, {b:#image}", "en", a=1, b=61) == "1 image, 61 images"
    assert fmt("{a:#image}, {b:#image}", "es", a=1, b=61) == "1 imagen, 61 imágenes"


def test_widths_integers_and_significant_digits():
    assert fmt("[{x:>7.2f}]", "ru", x=3.14159) == "[   3,14]"
    assert fmt("{n:d} · {n}", "en", n=61) == "61 · 61"
    assert fmt("{x:.3g}", "ru", x=0.000123) == "0,000123"
    assert fmt("{name}: {x}", "es", name="FID", x="texto") == "FID: texto"


def test_an_unknown_spec_is_an_error_not_an_english_number():
    with pytest.raises(ValueError, match="format spec"):
        fmt("{x:e}", "ru", x=1.5)


def test_every_language_has_every_label_and_noun():
    for lang in LANGUAGES:
        assert LABELS[lang].keys() == LABELS["en"].keys(), lang
        assert NOUNS[lang].keys() == NOUNS["en"].keys(), lang


def test_every_label_fills_in_every_language():
    """Each template's placeholders are the same in the three languages (a missing one is a KeyError)."""
    fields = re.compile(r"{(\w+)")
    for key, english in LABELS["en"].items():
        for lang in LANGUAGES:
            assert set(fields.findall(LABELS[lang][key])) == set(fields.findall(english)), (lang, key)


def test_ganlib_messages_are_translated():
    line = label("epoch_line", "ru", epoch=3, epochs=50, epoch_s=12.25, train_s=45.5, budget="", images_per_s=1234.5,
                 d_loss=1.25, g_loss=0.5, d_real=0.6, d_fake=0.4)
    assert line.startswith("эпоха 3/50 · 12,2") and "1\u00a0234 изобр./с" in line and "потери D 1,250" in line


def test_every_notebook_table_has_the_same_keys_in_every_language():
    from pathlib import Path

    for module in sorted((Path(__file__).parents[1] / "ganlib" / "i18n").glob("nb[0-9][0-9].py")):
        texts = {lang: notebook_texts(module.stem[2:], lang).table for lang in LANGUAGES}
        for lang in LANGUAGES:
            assert texts[lang].keys() == texts["en"].keys(), (module.name, lang)
