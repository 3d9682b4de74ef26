"""Everything a reader sees, in the three languages of the series: words, messages and numbers.

* :func:`label` looks a figure label, widget caption or ganlib message up in one table
  (``LABELS``), so a term is translated once;
* :func:`fmt` fills a template the way ``str.format`` does, but writes every number as the
  language writes it (Babel, from the CLDR data): ``1,234.5`` in English, ``1 234,5`` in
  Russian, ``1234,5`` in Spanish; percent signs and spacing per language; and ``{n:#epoch}``
  gives the count with the right plural form («1 эпоха», «2 эпохи», «5 эпох»);
* :func:`notebook_texts` returns the strings of one notebook (``ganlib/i18n/nbNN.py``), so
  code cells stay free of Russian and Spanish tables.
"""

from __future__ import annotations

import copy
import decimal
import functools
import importlib
import re
import string

import babel
import babel.numbers
import numpy as np

LANGUAGES = ("en", "ru", "es")

CLASS_NAMES: dict[str, tuple[str, ...]] = {
    "en": (
        "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
        "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
    ),
    "ru": (
        "Футболка/топ", "Брюки", "Пуловер", "Платье", "Пальто",
        "Сандалия", "Рубашка", "Кроссовка", "Сумка", "Ботинок",
    ),
    "es": (
        "Camiseta/top", "Pantalón", "Jersey", "Vestido", "Abrigo",
        "Sandalia", "Camisa", "Zapatilla", "Bolso", "Botín",
    ),
}

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "epoch": "epoch",
        "step": "step",
        "loss": "loss",
        "d_loss": "discriminator loss",
        "g_loss": "generator loss",
        "losses": "Training losses",
        "d_real": "D(x), real images",
        "d_fake": "D(G(z)), generated images",
        "probability": "mean probability of \"real\"",
        "d_output": "Discriminator output",
        "samples": "Generated samples",
        "samples_epoch": "Samples after epoch {epoch}",
        "real": "Real images",
        "seed": "Seed",
        "new_point": "New random point",
        "direction": "Direction {i}",
        "interpolation": "Interpolation",
        "linear": "linear",
        "spherical": "spherical",
        "mode": "Path",
        "position": "Position",
        "start_seed": "Start seed",
        "end_seed": "End seed",
        "class": "Class",
        "count": "count",
        "pixel_value": "pixel value",
        "latent_directions": "Principal directions in latent space",
        "training_replay": "Training, epoch by epoch",
        # ganlib's messages
        "why_gpu_tensor_cores": "GPU with tensor cores (compute capability {capability})",
        "why_gpu": "GPU without tensor cores",
        "why_cpu_amx": "CPU with AMX bfloat16 units",
        "why_cpu": "CPU without AMX bfloat16 units",
        "why_config": "precision={precision} in the config",
        "precision_line": "precision: {precision} ({reason})",
        "found_checkpoint": "{run_dir}: found a checkpoint after epoch {epoch} ({seconds:.0f} s of training); {done}",
        "finished": "the run is finished: nothing to train",
        "resuming": "resuming at epoch {epoch}",
        "of_budget": " of {seconds:.3g}",
        "epoch_line": "epoch {epoch}/{epochs} · {epoch_s:.1f} s (clock {train_s:.0f}{budget} s) · {images_per_s:,.0f} img/s · D loss {d_loss:.3f} · G loss {g_loss:.3f} · D(x) {d_real:.2f} · D(G(z)) {d_fake:.2f}",
        "budget_spent": "the training-time budget of {seconds:.3g} s is spent: training stops",
        "eval_summary": "FID {fid:.2f} (lower is better) · classes covered {covered} / 10 · recall {recall:.3f} · precision {precision:.3f}",
        "eval_header": "{source}: {n:,} samples vs the {test:,} test images ({seconds:.1f} s)",
        "generator_named": "generator {name}",
        "class_shares": "class shares",
        "yes": "YES",
        "no": "no",
        "metric_fid": "FID (feature net)",
        "metric_fid_meaning": "lower is better; not comparable with Inception FID",
        "metric_kid": "KID",
        "metric_kid_meaning": "lower is better; ~0 for real images",
        "metric_classifier_score": "classifier score",
        "metric_classifier_score_meaning": "higher is better; at most 10",
        "metric_classes_covered": "classes covered",
        "metric_classes_covered_meaning": "classes with ≥ {share:.0%} of the samples",
        "metric_precision": "precision",
        "metric_precision_meaning": "share of samples on the real manifold",
        "metric_recall": "recall",
        "metric_recall_meaning": "share of real images on the generated manifold",
        "metric_nn_train_ratio": "nn-train ratio",
        "metric_nn_train_ratio_meaning": "≈ 1 for unseen real images; < 1 copying (or blurry)",
        "metric_close_to_train": "close to train",
        "metric_close_to_train_meaning": "≈ {share:.0%} for unseen real images",
        "metric_copies": "copies",
        "metric_copies_meaning": "samples within RMSE {rmse} of a training image",
        "metric_memorised": "memorised",
        "metric_memorised_meaning": "copies > {copies:.0%} or close to train > {close:.0%}",
        "shipped_generator": "generator",
        "shipped_epochs": "epochs",
        "shipped_batch": "batch",
        "shipped_seconds": "training wall-clock",
        "shipped_hardware": "hardware",
        "shipped_fid": "FID",
        "shipped_kid": "KID",
        "shipped_classifier_score": "classifier score",
        "shipped_classes_covered": "classes covered",
        "shipped_precision": "precision",
        "shipped_recall": "recall",
        "shipped_copies": "copies",
        "seconds_unit": "s",
        "hardware_cpu": "{cores:#cpu_core}, no GPU",
        # widgets
        "samples_epoch_clock": "Samples after epoch {epoch:d} ({seconds:.0f} s of training)",
        "no_grids": "no sample grids (samples/epoch_001.png, ...) in {path}; train with ganlib.train.train(..., run_dir=...) to write them",
        "not_conditional_one": "class_picker needs a class-conditional generator G(z, y) with two inputs (a latent vector and a class label), but {name} takes only a latent vector. ganlib ships no conditional generator yet: a conditional GAN is planned for a later notebook of the series.",
        "not_conditional": "class_picker needs a class-conditional generator G(z, y) with two inputs (a latent vector and a class label), but {name} has {n:d}. ganlib ships no conditional generator yet: a conditional GAN is planned for a later notebook of the series.",
    },
    "ru": {
        "epoch": "эпоха",
        "step": "шаг",
        "loss": "потери",
        "d_loss": "потери дискриминатора",
        "g_loss": "потери генератора",
        "losses": "Потери при обучении",
        "d_real": "D(x), настоящие изображения",
        "d_fake": "D(G(z)), сгенерированные изображения",
        "probability": "средняя вероятность ответа «настоящее»",
        "d_output": "Выход дискриминатора",
        "samples": "Сгенерированные изображения",
        "samples_epoch": "Изображения после эпохи {epoch}",
        "real": "Настоящие изображения",
        "seed": "Зерно",
        "new_point": "Новая случайная точка",
        "direction": "Направление {i}",
        "interpolation": "Интерполяция",
        "linear": "линейная",
        "spherical": "сферическая",
        "mode": "Траектория",
        "position": "Положение",
        "start_seed": "Начальное зерно",
        "end_seed": "Конечное зерно",
        "class": "Класс",
        "count": "количество",
        "pixel_value": "яркость пикселя",
        "latent_directions": "Главные направления в латентном пространстве",
        "training_replay": "Обучение, эпоха за эпохой",
        # сообщения ganlib
        "why_gpu_tensor_cores": "GPU с тензорными ядрами (compute capability {capability})",
        "why_gpu": "GPU без тензорных ядер",
        "why_cpu_amx": "CPU с блоками AMX для bfloat16",
        "why_cpu": "CPU без блоков AMX для bfloat16",
        "why_config": "в конфигурации указано precision={precision}",
        "precision_line": "точность вычислений: {precision} ({reason})",
        "found_checkpoint": "{run_dir}: найдена контрольная точка после эпохи {epoch} ({seconds:.0f} с обучения); {done}",
        "finished": "запуск уже завершён: обучать нечего",
        "resuming": "продолжаем с эпохи {epoch}",
        "of_budget": " из {seconds:.3g}",
        "epoch_line": "эпоха {epoch}/{epochs} · {epoch_s:.1f} с (обучение: {train_s:.0f}{budget} с) · {images_per_s:,.0f} изобр./с · потери D {d_loss:.3f} · потери G {g_loss:.3f} · D(x) {d_real:.2f} · D(G(z)) {d_fake:.2f}",
        "budget_spent": "бюджет времени обучения ({seconds:.3g} с) исчерпан: обучение остановлено",
        "eval_summary": "FID {fid:.2f} (чем меньше, тем лучше) · покрыто классов: {covered} из 10 · полнота {recall:.3f} · точность {precision:.3f}",
        "eval_header": "{source}: {n:#sample} в сравнении с {test:,} тестовыми изображениями ({seconds:.1f} с)",
        "generator_named": "генератор {name}",
        "class_shares": "доли классов",
        "yes": "ДА",
        "no": "нет",
        "metric_fid": "FID (наша сеть признаков)",
        "metric_fid_meaning": "чем меньше, тем лучше; нельзя сравнивать с FID на Inception",
        "metric_kid": "KID",
        "metric_kid_meaning": "чем меньше, тем лучше; ≈ 0 для настоящих изображений",
        "metric_classifier_score": "IS (наш классификатор)",
        "metric_classifier_score_meaning": "чем больше, тем лучше; не больше 10",
        "metric_classes_covered": "покрыто классов",
        "metric_classes_covered_meaning": "классы, на которые приходится ≥ {share:.0%} сэмплов",
        "metric_precision": "точность",
        "metric_precision_meaning": "доля сэмплов, лежащих на многообразии настоящих данных",
        "metric_recall": "полнота",
        "metric_recall_meaning": "доля настоящих изображений, лежащих на многообразии сгенерированных",
        "metric_nn_train_ratio": "отношение расстояний до обучающих",
        "metric_nn_train_ratio_meaning": "≈ 1 для тестовых изображений; < 1 — копирование (или размытость)",
        "metric_close_to_train": "близких к обучающим",
        "metric_close_to_train_meaning": "≈ {share:.0%} для тестовых изображений",
        "metric_copies": "копии",
        "metric_copies_meaning": "сэмплы с RMSE ≤ {rmse} до ближайшего обучающего изображения",
        "metric_memorised": "запоминание",
        "metric_memorised_meaning": "копий > {copies:.0%} или близких к обучающим > {close:.0%}",
        "shipped_generator": "генератор",
        "shipped_epochs": "эпохи",
        "shipped_batch": "батч",
        "shipped_seconds": "время обучения",
        "shipped_hardware": "оборудование",
        "shipped_fid": "FID",
        "shipped_kid": "KID",
        "shipped_classifier_score": "IS (наш классификатор)",
        "shipped_classes_covered": "покрыто классов",
        "shipped_precision": "точность",
        "shipped_recall": "полнота",
        "shipped_copies": "копии",
        "seconds_unit": "с",
        "hardware_cpu": "{cores:#cpu_core}, без GPU",
        # widgets
        "samples_epoch_clock": "Изображения после эпохи {epoch:d} ({seconds:.0f} с обучения)",
        "no_grids": "В папке {path} нет сеток изображений (samples/epoch_001.png, …); их записывает ganlib.train.train(..., run_dir=...)",
        "not_conditional_one": "Виджету class_picker нужен условный генератор G(z, y) с двумя входами (латентный вектор и метка класса), а {name} принимает только латентный вектор. Условного генератора в ganlib пока нет: условная GAN запланирована для одного из следующих блокнотов курса.",
        "not_conditional": "Виджету class_picker нужен условный генератор G(z, y) с двумя входами (латентный вектор и метка класса), а у {name} входов: {n:d}. Условного генератора в ganlib пока нет: условная GAN запланирована для одного из следующих блокнотов курса.",
    },
    "es": {
        "epoch": "época",
        "step": "paso",
        "loss": "pérdida",
        "d_loss": "pérdida del discriminador",
        "g_loss": "pérdida del generador",
        "losses": "Pérdidas durante el entrenamiento",
        "d_real": "D(x), imágenes reales",
        "d_fake": "D(G(z)), imágenes generadas",
        "probability": "probabilidad media de ser real",
        "d_output": "Salida del discriminador",
        "samples": "Muestras generadas",
        "samples_epoch": "Muestras tras la época {epoch}",
        "real": "Imágenes reales",
        "seed": "Semilla",
        "new_point": "Nuevo punto aleatorio",
        "direction": "Dirección {i}",
        "interpolation": "Interpolación",
        "linear": "lineal",
        "spherical": "esférica",
        "mode": "Trayectoria",
        "position": "Posición",
        "start_seed": "Semilla inicial",
        "end_seed": "Semilla final",
        "class": "Clase",
        "count": "recuento",
        "pixel_value": "valor del píxel",
        "latent_directions": "Direcciones principales del espacio latente",
        "training_replay": "El entrenamiento, época a época",
        # mensajes de ganlib
        "why_gpu_tensor_cores": "GPU con núcleos tensoriales (compute capability {capability})",
        "why_gpu": "GPU sin núcleos tensoriales",
        "why_cpu_amx": "CPU con unidades AMX para bfloat16",
        "why_cpu": "CPU sin unidades AMX para bfloat16",
        "why_config": "precision={precision} en la configuración",
        "precision_line": "precisión numérica: {precision} ({reason})",
        "found_checkpoint": "{run_dir}: se ha encontrado un punto de control tras la época {epoch} ({seconds:.0f} s de entrenamiento); {done}",
        "finished": "la ejecución ha terminado: no queda nada por entrenar",
        "resuming": "se reanuda a partir de la época {epoch}",
        "of_budget": " de {seconds:.3g}",
        "epoch_line": "época {epoch}/{epochs} · {epoch_s:.1f} s (entrenamiento: {train_s:.0f}{budget} s) · {images_per_s:,.0f} img/s · pérdida de D {d_loss:.3f} · pérdida de G {g_loss:.3f} · D(x) {d_real:.2f} · D(G(z)) {d_fake:.2f}",
        "budget_spent": "se ha agotado el presupuesto de tiempo ({seconds:.3g} s): el entrenamiento se detiene",
        "eval_summary": "FID {fid:.2f} (cuanto más baja, mejor) · clases cubiertas: {covered} de 10 · exhaustividad {recall:.3f} · precisión {precision:.3f}",
        "eval_header": "{source}: {n:#sample} frente a las {test:,} imágenes de prueba ({seconds:.1f} s)",
        "generator_named": "generador {name}",
        "class_shares": "proporción por clase",
        "yes": "SÍ",
        "no": "no",
        "metric_fid": "FID (nuestra red de características)",
        "metric_fid_meaning": "cuanto más baja, mejor; no comparable con la FID de Inception",
        "metric_kid": "KID",
        "metric_kid_meaning": "cuanto más baja, mejor; ≈ 0 con imágenes reales",
        "metric_classifier_score": "puntuación del clasificador",
        "metric_classifier_score_meaning": "cuanto más alta, mejor; como mucho 10",
        "metric_classes_covered": "clases cubiertas",
        "metric_classes_covered_meaning": "clases con ≥ {share:.0%} de las muestras",
        "metric_precision": "precisión",
        "metric_precision_meaning": "proporción de muestras que caen en la variedad de los datos reales",
        "metric_recall": "exhaustividad",
        "metric_recall_meaning": "proporción de imágenes reales que caen en la variedad generada",
        "metric_nn_train_ratio": "razón de distancias al entrenamiento",
        "metric_nn_train_ratio_meaning": "≈ 1 con imágenes de prueba; < 1: copia (o desenfoque)",
        "metric_close_to_train": "más cerca del entrenamiento",
        "metric_close_to_train_meaning": "≈ {share:.0%} con imágenes de prueba",
        "metric_copies": "copias",
        "metric_copies_meaning": "muestras a un RMSE ≤ {rmse} de una imagen de entrenamiento",
        "metric_memorised": "memorización",
        "metric_memorised_meaning": "copias > {copies:.0%} o cerca del entrenamiento > {close:.0%}",
        "shipped_generator": "generador",
        "shipped_epochs": "épocas",
        "shipped_batch": "lote",
        "shipped_seconds": "tiempo de entrenamiento",
        "shipped_hardware": "hardware",
        "shipped_fid": "FID",
        "shipped_kid": "KID",
        "shipped_classifier_score": "puntuación del clasificador",
        "shipped_classes_covered": "clases cubiertas",
        "shipped_precision": "precisión",
        "shipped_recall": "exhaustividad",
        "shipped_copies": "copias",
        "seconds_unit": "s",
        "hardware_cpu": "{cores:#cpu_core}, sin GPU",
        # widgets
        "samples_epoch_clock": "Muestras tras la época {epoch:d} ({seconds:.0f} s de entrenamiento)",
        "no_grids": "no hay cuadrículas de muestras (samples/epoch_001.png, …) en {path}; las escribe ganlib.train.train(..., run_dir=...)",
        "not_conditional_one": "class_picker necesita un generador condicional G(z, y) con dos entradas (un vector latente y una etiqueta de clase), pero {name} solo recibe un vector latente. ganlib aún no trae ningún generador condicional: la GAN condicional está prevista para un cuaderno posterior de la serie.",
        "not_conditional": "class_picker necesita un generador condicional G(z, y) con dos entradas (un vector latente y una etiqueta de clase), pero {name} tiene {n:d}. ganlib aún no trae ningún generador condicional: la GAN condicional está prevista para un cuaderno posterior de la serie.",
    },
}


# Nouns that are counted in messages, with their CLDR plural forms (Russian: one / few / many).
NOUNS: dict[str, dict[str, dict[str, str]]] = {
    "en": {
        "epoch": {"one": "epoch", "other": "epochs"},
        "step": {"one": "step", "other": "steps"},
        "image": {"one": "image", "other": "images"},
        "sample": {"one": "sample", "other": "samples"},
        "second": {"one": "second", "other": "seconds"},
        "minute": {"one": "minute", "other": "minutes"},
        "class": {"one": "class", "other": "classes"},
        "array": {"one": "array", "other": "arrays"},
        "variable": {"one": "variable", "other": "variables"},
        "mode": {"one": "mode", "other": "modes"},
        "seed": {"one": "seed", "other": "seeds"},
        "parameter": {"one": "parameter", "other": "parameters"},
        "cpu_core": {"one": "CPU core", "other": "CPU cores"},
    },
    "ru": {
        "epoch": {"one": "эпоха", "few": "эпохи", "many": "эпох", "other": "эпохи"},
        "step": {"one": "шаг", "few": "шага", "many": "шагов", "other": "шага"},
        "image": {"one": "изображение", "few": "изображения", "many": "изображений", "other": "изображения"},
        "sample": {"one": "сэмпл", "few": "сэмпла", "many": "сэмплов", "other": "сэмпла"},
        "second": {"one": "секунда", "few": "секунды", "many": "секунд", "other": "секунды"},
        "minute": {"one": "минута", "few": "минуты", "many": "минут", "other": "минуты"},
        "class": {"one": "класс", "few": "класса", "many": "классов", "other": "класса"},
        "array": {"one": "массив", "few": "массива", "many": "массивов", "other": "массива"},
        "variable": {"one": "переменная", "few": "переменные", "many": "переменных", "other": "переменной"},
        "mode": {"one": "мода", "few": "моды", "many": "мод", "other": "моды"},
        "seed": {"one": "зерно", "few": "зерна", "many": "зёрен", "other": "зерна"},
        "parameter": {"one": "параметр", "few": "параметра", "many": "параметров", "other": "параметра"},
        "cpu_core": {"one": "ядро CPU", "few": "ядра CPU", "many": "ядер CPU", "other": "ядра CPU"},
    },
    "es": {
        "epoch": {"one": "época", "other": "épocas"},
        "step": {"one": "paso", "other": "pasos"},
        "image": {"one": "imagen", "other": "imágenes"},
        "sample": {"one": "muestra", "other": "muestras"},
        "second": {"one": "segundo", "other": "segundos"},
        "minute": {"one": "minuto", "other": "minutos"},
        "class": {"one": "clase", "other": "clases"},
        "array": {"one": "array", "other": "arrays"},
        "variable": {"one": "variable", "other": "variables"},
        "mode": {"one": "modo", "other": "modos"},
        "seed": {"one": "semilla", "other": "semillas"},
        "parameter": {"one": "parámetro", "other": "parámetros"},
        "cpu_core": {"one": "núcleo de CPU", "other": "núcleos de CPU"},
    },
}


def _check(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    return lang


def class_names(lang: str = "en") -> tuple[str, ...]:
    """The ten Fashion-MNIST class names, in label order, in language ``lang``."""
    return CLASS_NAMES[_check(lang)]


def label(key: str, lang: str = "en", **values) -> str:
    """The label or message ``key`` in language ``lang``, its ``{placeholders}`` filled by :func:`fmt`."""
    return fmt(LABELS[_check(lang)][key], lang, **values)


# --- numbers -------------------------------------------------------------------------------

LOCALES = {"en": "en_US", "ru": "ru_RU", "es": "es_ES"}  # Spanish of Spain (see the glossary)
_SPEC = re.compile(r"^(?P<align>[<>^]?)(?P<width>\d*)(?P<comma>,?)(?:\.(?P<digits>\d+))?(?P<kind>[fdg%]?)$")


@functools.lru_cache(maxsize=None)
def _locale(lang: str) -> babel.Locale:
    return babel.Locale.parse(LOCALES[_check(lang)])


def _apply(pattern: str, value: float, lang: str, digits: int | None) -> str:
    parsed = copy.copy(babel.numbers.parse_pattern(pattern))
    if digits is not None:
        parsed.frac_prec = (digits, digits)
    # The float's exact binary value, so that rounding agrees with Python's own "{:.3f}".
    text = parsed.apply(decimal.Decimal(float(value)) if not isinstance(value, int) else value, _locale(lang))
    if lang == "es" and 1000 <= abs(value) < 10_000:
        # CLDR's minimumGroupingDigits is 2 for Spanish (1234, but 12.345: RAE), which Babel does not apply.
        text = text.replace(_locale(lang).number_symbols["latn"]["group"], "", 1)
    return text


def number(value: float, lang: str = "en", digits: int | None = None) -> str:
    """``value`` as language ``lang`` writes it, with ``digits`` decimals (None: as many as needed, up to 3)."""
    return _apply(_locale(lang).decimal_formats[None].pattern, value, lang, digits)


def percent(share: float, lang: str = "en", digits: int = 0) -> str:
    """``share`` (0.25 for a quarter) as a percentage the way language ``lang`` writes it: 25%, 25 %."""
    return _apply(_locale(lang).percent_formats[None].pattern, share, lang, digits)


def plural(count: float, noun: str, lang: str = "en") -> str:
    """The form of ``noun`` (a key of ``NOUNS``) that goes with ``count``: epoch/epochs, эпоха/эпохи/эпох."""
    forms = NOUNS[_check(lang)][noun]
    return forms.get(_locale(lang).plural_form(count), forms["other"])


class _Formatter(string.Formatter):
    def __init__(self, lang: str):
        self.lang = _check(lang)

    def format_field(self, value, spec: str) -> str:
        if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
            return super().format_field(value, spec)
        if spec.startswith("#"):  # {n:#epoch}: the count and its noun
            return f"{number(value, self.lang)} {plural(value, spec[1:], self.lang)}"
        match = _SPEC.match(spec)
        if match is None:
            raise ValueError(f"format spec {spec!r} is not one fmt() writes in a language's style")
        digits = None if match["digits"] is None else int(match["digits"])
        if match["kind"] == "%":
            text = percent(float(value), self.lang, digits or 0)
        elif match["kind"] == "d" or (match["kind"] == "" and digits is None and isinstance(value, (int, np.integer))):
            text = number(int(value), self.lang, 0)
        elif match["kind"] == "g":  # significant digits, written without an exponent where that reads well
            short = f"{float(value):.{digits or 6}g}"  # Python's choice of digits (trailing zeros dropped)
            rounded = float(short)
            if not rounded or abs(rounded) < 1e-4:
                text = short  # zero, or so small that only an exponent reads
            elif "e" in f"{rounded:g}":
                text = number(rounded, self.lang)  # large: written out in full, grouped
            else:
                text = number(rounded, self.lang, len(short.split("e")[0].partition(".")[2]))
        else:
            text = number(float(value), self.lang, digits)
        return super().format_field(text, f"{match['align']}{match['width']}")


def fmt(template: str, lang: str = "en", /, **values) -> str:
    """``template.format(**values)`` with every number written as language ``lang`` writes it.

    Number fields take the familiar specs ``{x:.2f}``, ``{n:,}``, ``{n:d}``, ``{share:.1%}``,
    ``{x:.3g}`` and widths (``{x:>8.2f}``); ``{n:#noun}`` writes the count and the plural form of a
    noun from ``NOUNS``. Other values are formatted as ``str.format`` would.
    """
    return _Formatter(lang).vformat(template, (), values)


class Texts:
    """The strings of one notebook in one language: ``say("key", n=3)`` formats one with :func:`fmt`."""

    def __init__(self, table: dict[str, str], lang: str):
        self.table, self.lang = table, _check(lang)

    def __call__(self, key: str, /, **values) -> str:
        return fmt(self.table[key], self.lang, **values)


def notebook_texts(notebook: str, lang: str = "en") -> Texts:
    """The strings notebook ``notebook`` (``"06"``) prints or draws, in language ``lang``.

    They live in ``ganlib/i18n/nbNN.py`` as ``TEXTS = {"en": {...}, "ru": {...}, "es": {...}}``.
    """
    module = importlib.import_module(f"ganlib.i18n.nb{notebook}")
    return Texts(module.TEXTS[_check(lang)], lang)
