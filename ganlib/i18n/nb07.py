"""Strings of notebook 7 (latent-space explorer), in English, Russian and Spanish.

``TEXTS`` holds what the notebook's code cells print or draw (``say = notebook_texts("07", LANG)``).
Numbers are written by :func:`ganlib.i18n.fmt` in the reader's language.
"""

TEXTS = {
    "en": {
        "stats": "norm of 10,000 samples of N(0, I), d = {d}: mean {mean:.2f} (√d = {root:.2f}), "
                 "standard deviation {std:.2f}\n"
                 "  smallest {min:.2f}, largest {max:.2f}; between √d − 2 and √d + 2: {inside:.1%}\n"
                 "angle between two independent samples: {angle:.1f}° ± {angle_std:.1f}°\n"
                 "norm of the midpoint of the straight line between them: {mid:.2f} (√(d/2) = {half:.2f}); "
                 "samples with a smaller norm: {below:d}",
        "norm": "norm ‖z‖",
        "norm_value": "‖z‖ = {n:.1f}",
        "samples_hist": "10,000 samples z",
        "midpoints_hist": "midpoints (z₀ + z₁) / 2",
        "root_line": "√d = {root:.0f}",
        "d_line": "d = {d:d}",
        "hist_title": "Norms in d = {d:d} dimensions",
        "ratio": "‖z‖ / √d",
        "density": "density",
        "thin_title": "The shell gets thinner as d grows",
        "t": "position t on the path",
        "shell": "where samples lie (mean ± 2 sd)",
        "path_title": "Norm along five paths between samples",
        "pair_norms": "pair {k:d}: ends {a:.2f} and {b:.2f} · lowest on the line {line:.2f} · "
                      "lowest on the arc {arc:.2f}",
        "band": "band where samples lie: {low:.2f} to {high:.2f}",
        "model_improved": "the improved DCGAN of notebook 5",
        "model_fast": "the CPU-sized DCGAN of the fast recipe",
        "model_dcgan": "the DCGAN of notebook 4",
        "model_vanilla": "the vanilla GAN of notebook 3",
        "shipped": "Shipped generator '{model}' ({name}), from ganlib.pretrained; its manifest says:",
        "manifest": "  trained for {epochs:#epoch} on {images:,d} images, {minutes:.0f} min of training on {hardware}",
        "cpu_only": "{cpu} with {cores:d} CPU cores, no GPU",
        "angle": "angle {a:d}°",
        "original": "start",
        "neighbours": "Neighbours at a growing angle, on the same sphere",
        "contrast": "contrast (standard deviation of an image's pixels), mean over 200 pairs:\n"
                    "  ends {ends:.3f} · linear midpoints {linear:.3f} · spherical midpoints {spherical:.3f}\n"
                    "  the linear midpoints keep {linear_share:.0%} of the ends' contrast, "
                    "the spherical ones {spherical_share:.0%}",
        "share": "{share:.0%} of the variance",
        "walk": "Seed {start:d} → seed {end:d}",
        "replay_run": "Training the run to replay: the fast recipe (ganlib.recipes) for {seconds:,.0f} s of "
                      "training on {images:,d} images ({steps:#step} of {batch:d} per epoch), in {path}",
        "replay_done": "the run: {epochs:#epoch}, {steps:#step}, {seconds:.0f} s of training "
                       "(sample grids, checkpoints and evaluation not counted)",
        "replay_finished": "(found finished in its run folder: not trained again)",
        "replay_resumed": "(its run folder held the first {epochs:#epoch}: training went on from there)",
        "replay_quality": "After {seconds:.0f} s of training, on {n:,d} samples:",
        "shipped_fast": "For comparison, the shipped 'fast' generator, the same recipe on all {images:,d} images "
                        "for {seconds:.0f} s ({minutes:.0f} min) on {hardware}, according to its manifest:",
        "grid_title": "epoch {epoch:d} · {seconds:.0f} s",
        "replay_title": "The same 64 latent vectors, at points of the training clock",
    },
    "ru": {
        "stats": "норма 10 000 векторов из N(0, I), d = {d}: среднее {mean:.2f} (√d = {root:.2f}), "
                 "стандартное отклонение {std:.2f}\n"
                 "  наименьшая {min:.2f}, наибольшая {max:.2f}; от √d − 2 до √d + 2: {inside:.1%}\n"
                 "угол между двумя независимыми векторами: {angle:.1f}° ± {angle_std:.1f}°\n"
                 "норма середины отрезка между ними: {mid:.2f} (√(d/2) = {half:.2f}); "
                 "векторов с меньшей нормой: {below:d}",
        "norm": "норма ‖z‖",
        "norm_value": "‖z‖ = {n:.1f}",
        "samples_hist": "10 000 векторов z",
        "midpoints_hist": "середины (z₀ + z₁) / 2",
        "root_line": "√d = {root:.0f}",
        "d_line": "d = {d:d}",
        "hist_title": "Нормы при d = {d:d}",
        "ratio": "‖z‖ / √d",
        "density": "плотность",
        "thin_title": "С ростом d слой становится тоньше",
        "t": "положение t на пути",
        "shell": "где лежат векторы (среднее ± 2 ст. откл.)",
        "path_title": "Норма вдоль пяти путей между векторами",
        "pair_norms": "пара {k:d}: концы {a:.2f} и {b:.2f} · минимум на отрезке {line:.2f} · минимум на дуге {arc:.2f}",
        "band": "полоса, где лежат векторы: от {low:.2f} до {high:.2f}",
        "model_improved": "улучшенная DCGAN из блокнота 5",
        "model_fast": "компактная DCGAN для CPU из рецепта fast",
        "model_dcgan": "DCGAN из блокнота 4",
        "model_vanilla": "классическая GAN из блокнота 3",
        "shipped": "Предобученный генератор «{model}» ({name}) из ganlib.pretrained; в его манифесте записано:",
        "manifest": "  {images:,d} обучающих изображений, эпох: {epochs:d}; {minutes:.0f} мин обучения на {hardware}",
        "cpu_only": "{cpu}, ядер CPU: {cores:d}, без GPU",
        "angle": "угол {a:d}°",
        "original": "исходное",
        "neighbours": "Соседи под растущим углом, на той же сфере",
        "contrast": "контраст (стандартное отклонение пикселей изображения), среднее по 200 парам:\n"
                    "  концы {ends:.3f} · середины отрезков {linear:.3f} · середины дуг {spherical:.3f}\n"
                    "  у середин отрезков остаётся {linear_share:.0%} контраста концов, "
                    "у середин дуг — {spherical_share:.0%}",
        "share": "{share:.0%} дисперсии",
        "walk": "Зерно {start:d} → зерно {end:d}",
        "replay_run": "Проводим обучение для повтора: рецепт fast (ganlib.recipes), {seconds:,.0f} с обучения на "
                      "{images:,d} изображениях (за эпоху {steps:#step} по {batch:d}), папка запуска {path}",
        "replay_done": "запуск: эпох — {epochs:d}, шагов — {steps:,d}, {seconds:.0f} с обучения "
                       "(без сеток изображений, контрольных точек и замера качества)",
        "replay_finished": "(найден завершённым в папке запуска: заново не обучался)",
        "replay_resumed": "(в папке запуска уже было эпох: {epochs:d}; обучение продолжилось с этого места)",
        "replay_quality": "После {seconds:.0f} с обучения (сэмплов: {n:,d}):",
        "shipped_fast": "Для сравнения — предобученный генератор «fast»: тот же рецепт на всех {images:,d} "
                        "изображениях, {seconds:.0f} с ({minutes:.0f} мин) на {hardware}, по его манифесту:",
        "grid_title": "эпоха {epoch:d} · {seconds:.0f} с",
        "replay_title": "Те же 64 латентных вектора в разные моменты обучения",
    },
    "es": {
        "stats": "norma de 10.000 muestras de N(0, I), d = {d}: media {mean:.2f} (√d = {root:.2f}), "
                 "desviación típica {std:.2f}\n"
                 "  mínima {min:.2f}, máxima {max:.2f}; entre √d − 2 y √d + 2: {inside:.1%}\n"
                 "ángulo entre dos muestras independientes: {angle:.1f}° ± {angle_std:.1f}°\n"
                 "norma del punto medio del segmento que las une: {mid:.2f} (√(d/2) = {half:.2f}); "
                 "muestras con una norma menor: {below:d}",
        "norm": "norma ‖z‖",
        "norm_value": "‖z‖ = {n:.1f}",
        "samples_hist": "10.000 muestras z",
        "midpoints_hist": "puntos medios (z₀ + z₁) / 2",
        "root_line": "√d = {root:.0f}",
        "d_line": "d = {d:d}",
        "hist_title": "Normas en d = {d:d} dimensiones",
        "ratio": "‖z‖ / √d",
        "density": "densidad",
        "thin_title": "La corteza esférica se estrecha al crecer d",
        "t": "posición t en el camino",
        "shell": "donde caen las muestras (media ± 2 desv. típ.)",
        "path_title": "La norma a lo largo de cinco caminos entre muestras",
        "pair_norms": "pareja {k:d}: extremos {a:.2f} y {b:.2f} · mínimo en el segmento {line:.2f} · "
                      "mínimo en el arco {arc:.2f}",
        "band": "franja donde caen las muestras: de {low:.2f} a {high:.2f}",
        "model_improved": "la DCGAN mejorada del cuaderno 5",
        "model_fast": "la DCGAN pequeña, pensada para CPU, de la receta fast",
        "model_dcgan": "la DCGAN del cuaderno 4",
        "model_vanilla": "la GAN clásica del cuaderno 3",
        "shipped": "Generador preentrenado «{model}» ({name}), de ganlib.pretrained; su manifiesto dice:",
        "manifest": "  entrenado durante {epochs:#epoch} con {images:,d} imágenes, {minutes:.0f} min de "
                    "entrenamiento en {hardware}",
        "cpu_only": "{cpu} con {cores:d} núcleos de CPU, sin GPU",
        "angle": "ángulo {a:d}°",
        "original": "inicio",
        "neighbours": "Vecinos a un ángulo creciente, en la misma esfera",
        "contrast": "contraste (desviación típica de los píxeles de una imagen), media de 200 parejas:\n"
                    "  extremos {ends:.3f} · puntos medios lineales {linear:.3f} · "
                    "puntos medios esféricos {spherical:.3f}\n"
                    "  los puntos medios lineales conservan el {linear_share:.0%} del contraste de los extremos; "
                    "los esféricos, el {spherical_share:.0%}",
        "share": "{share:.0%} de la varianza",
        "walk": "Semilla {start:d} → semilla {end:d}",
        "replay_run": "Entrenamos la ejecución que luego se reproduce: la receta fast (ganlib.recipes) durante "
                      "{seconds:,.0f} s de entrenamiento con {images:,d} imágenes ({steps:#step} de {batch:d} "
                      "por época), en {path}",
        "replay_done": "la ejecución: {epochs:#epoch}, {steps:#step}, {seconds:.0f} s de entrenamiento "
                       "(sin contar las cuadrículas, los puntos de control ni la evaluación)",
        "replay_finished": "(encontrada ya terminada en su carpeta de ejecución: no se ha vuelto a entrenar)",
        "replay_resumed": "(su carpeta de ejecución ya tenía las primeras {epochs:#epoch}: el entrenamiento ha "
                          "seguido desde ahí)",
        "replay_quality": "Tras {seconds:.0f} s de entrenamiento, con {n:#sample}:",
        "shipped_fast": "Para comparar, el generador preentrenado «fast», la misma receta con las {images:,d} "
                        "imágenes durante {seconds:.0f} s ({minutes:.0f} min) en {hardware}, según su manifiesto:",
        "grid_title": "época {epoch:d} · {seconds:.0f} s",
        "replay_title": "Los mismos 64 vectores latentes, en distintos momentos del entrenamiento",
    },
}

# Messages and captions of ganlib.widgets (keys not in ganlib.i18n.LABELS).
