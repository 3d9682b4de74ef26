"""Words that appear in figures and widgets, in the three languages of the series.

Notebooks pass their language (``"en"``, ``"ru"`` or ``"es"``) to the plotting and widget
functions, which look their labels up here. One table, so a term is translated once.
"""

from __future__ import annotations

LANGUAGES = ("en", "ru", "es")

CLASS_NAMES: dict[str, tuple[str, ...]] = {
    "en": (
        "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
        "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
    ),
    "ru": (
        "Футболка/топ", "Брюки", "Пуловер", "Платье", "Пальто",
        "Сандалия", "Рубашка", "Кроссовок", "Сумка", "Ботильон",
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
        "probability": "mean probability of «real»",
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
    },
    "ru": {
        "epoch": "эпоха",
        "step": "шаг",
        "loss": "функция потерь",
        "d_loss": "потери дискриминатора",
        "g_loss": "потери генератора",
        "losses": "Функции потерь при обучении",
        "d_real": "D(x), настоящие изображения",
        "d_fake": "D(G(z)), сгенерированные изображения",
        "probability": "средняя вероятность «настоящее»",
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
        "probability": "probabilidad media de «real»",
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
        "count": "cantidad",
        "pixel_value": "valor del píxel",
        "latent_directions": "Direcciones principales del espacio latente",
        "training_replay": "El entrenamiento, época a época",
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
    """The label ``key`` in language ``lang``, with ``{placeholders}`` filled from ``values``."""
    return LABELS[_check(lang)][key].format(**values)
