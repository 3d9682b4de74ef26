# %% [markdown] lang="en"
# # 6 · Comparison: vanilla GAN vs DCGAN vs improved DCGAN
#
# *How to measure a GAN honestly (FID, KID, classifier score, class coverage, precision and recall, memorisation), then the three generators of notebooks 3–5 trained on the same budget and compared on quality and speed, with conclusions computed from the numbers of the run.* · ⏱ ~5 min on a 2-core CPU
#
# {{badges}}

# %% [markdown] lang="ru"
# # 6 · Сравнение: классическая GAN, DCGAN и улучшенная DCGAN
#
# *Как честно измерить качество GAN (FID, KID, оценка классификатора, покрытие классов, точность и полнота, проверка на запоминание), а затем три генератора из блокнотов 3–5, обученные с одинаковым бюджетом и сравнённые по качеству и скорости; выводы вычисляются из чисел, полученных при запуске.* · ⏱ ~5 мин на CPU с 2 ядрами
#
# {{badges}}

# %% [markdown] lang="es"
# # 6 · Comparación: GAN clásica, DCGAN y DCGAN mejorada
#
# *Cómo medir una GAN con honestidad (FID, KID, puntuación del clasificador, cobertura de clases, precisión y exhaustividad, memorización) y, después, los tres generadores de los cuadernos 3–5 entrenados con el mismo presupuesto y comparados en calidad y velocidad, con conclusiones calculadas a partir de los números de la ejecución.* · ⏱ ~5 min en una CPU de 2 núcleos
#
# {{badges}}

# %% tags=["parameters"] smoke={"EPOCHS": 1, "SUBSET": 512, "N_EVAL": 500}
LANG = "en"  # language of figures and labels: "en", "ru" or "es"
EPOCHS = 2  # epochs for each model: the same budget for all three
SUBSET = 6400  # training images used, 100 steps per epoch (None: all 60,000)
BATCH_SIZE = 64  # images per step (the same as notebooks 4 and 5)
N_EVAL = 5000  # samples per evaluation; compare metrics only at the same N_EVAL
SEED = 0  # seed of training, sampling and evaluation

# %% [markdown] lang="en"
# Notebooks 3, 4 and 5 each trained a generator and showed a grid of its samples, and we judged them by eye: the
# vanilla GAN speckled, the DCGAN solid but gridded, the improved DCGAN smoother. Which one is actually *better*, by
# how much, and at what cost? This notebook answers with measurements:
#
# 1. why looking at samples is not a measurement;
# 2. the metrics of `ganlib.metrics.evaluate`: what each one measures, its formula, and what it misses;
# 3. **the floor**: what *real* images score, computed live, so that every number below has a reference;
# 4. **the experiment**: the three models trained with exactly the same budget (`EPOCHS`, `SUBSET`, `BATCH_SIZE`,
#    `SEED`) and evaluated on `N_EVAL` samples each;
# 5. **speed**: seconds per epoch, images per second, parameter counts;
# 6. **conclusions** printed by code from the numbers of this run, and how far to trust them;
# 7. the **pretrained** generators shipped with `ganlib`, trained far longer, when there are any.
#
# The default budget is small, so that the notebook runs in a few minutes on a CPU. No conclusion below is written in
# advance: the code states what the numbers of *this* run show, so if you change the parameters, the text follows.

# %% [markdown] lang="ru"
# В блокнотах 3, 4 и 5 мы обучили по генератору, посмотрели на сетки сгенерированных изображений и судили на глаз:
# у классической GAN — «соль и перец», у DCGAN — сплошные формы, но с сеткой, у улучшенной DCGAN — картинка глаже.
# Но какая модель на самом деле *лучше*, насколько и какой ценой? В этом блокноте отвечаем измерениями:
#
# 1. почему разглядывание сэмплов — не измерение;
# 2. метрики `ganlib.metrics.evaluate`: что измеряет каждая, её формула и чего она не видит;
# 3. **планка реальных данных**: сколько набирают *настоящие* изображения — считаем прямо здесь, чтобы у каждого
#    числа ниже была точка отсчёта;
# 4. **эксперимент**: три модели, обученные с одним и тем же бюджетом (`EPOCHS`, `SUBSET`, `BATCH_SIZE`, `SEED`) и
#    оценённые по `N_EVAL` сэмплам каждая;
# 5. **скорость**: секунды на эпоху, изображения в секунду, число параметров;
# 6. **выводы**, которые печатает код по числам этого запуска, — и насколько им можно доверять;
# 7. **предобученные** генераторы из `ganlib`, обученные гораздо дольше, если они есть.
#
# Бюджет по умолчанию маленький, чтобы блокнот выполнялся за несколько минут на CPU. Ни один вывод ниже не написан
# заранее: код формулирует то, что показывают числа *этого* запуска, поэтому при других параметрах изменится и текст.

# %% [markdown] lang="es"
# En los cuadernos 3, 4 y 5 entrenamos un generador cada vez, miramos una cuadrícula de muestras y juzgamos a ojo: la
# GAN clásica salía moteada, la DCGAN sólida pero con cuadrícula, la DCGAN mejorada más suave. Pero ¿cuál es *mejor*
# de verdad, por cuánto y a qué precio? Este cuaderno responde con mediciones:
#
# 1. por qué mirar muestras no es medir;
# 2. las métricas de `ganlib.metrics.evaluate`: qué mide cada una, su fórmula y qué se le escapa;
# 3. **el suelo**: cuánto puntúan las imágenes *reales*, calculado aquí mismo, para que cada número tenga una
#    referencia;
# 4. **el experimento**: los tres modelos entrenados con exactamente el mismo presupuesto (`EPOCHS`, `SUBSET`,
#    `BATCH_SIZE`, `SEED`) y evaluados con `N_EVAL` muestras cada uno;
# 5. **la velocidad**: segundos por época, imágenes por segundo, número de parámetros;
# 6. **las conclusiones**, que imprime el código a partir de los números de esta ejecución, y hasta qué punto fiarse;
# 7. los generadores **preentrenados** que trae `ganlib`, entrenados mucho más tiempo, si los hay.
#
# El presupuesto por defecto es pequeño para que el cuaderno tarde unos minutos en una CPU. Ninguna conclusión está
# escrita de antemano: el código dice lo que muestran los números de *esta* ejecución, así que, si cambias los
# parámetros, el texto cambia con ellos.

# %%
import ganlib  # noqa: F401  (first: it quiets TensorFlow's start-up logging)

import time

import matplotlib.pyplot as plt
import numpy as np
from keras import layers
from matplotlib.ticker import PercentFormatter

from ganlib import pretrained
from ganlib.data import load_fashion_mnist
from ganlib.i18n import class_names, label
from ganlib.metrics import COVERED_SHARE, evaluate, fid_from_features, frechet_distance, precision_recall
from ganlib.plots import show_images
from ganlib.sampling import generate
from ganlib.train import train

MODELS = ("vanilla", "dcgan", "improved")
COLORS = {"vanilla": "tab:gray", "dcgan": "tab:blue", "improved": "tab:orange", "real": "tab:green", "one": "tab:red"}
NAMES = {
    "en": {"vanilla": "vanilla GAN", "dcgan": "DCGAN", "improved": "improved DCGAN"},
    "ru": {"vanilla": "классическая GAN", "dcgan": "DCGAN", "improved": "улучшенная DCGAN"},
    "es": {"vanilla": "GAN clásica", "dcgan": "DCGAN", "improved": "DCGAN mejorada"},
}[LANG]
METRIC = {  # row names of the metric tables; ↓ lower is better, ↑ higher is better
    "en": {"fid": "FID ↓", "kid": "KID ± s.e. ↓", "cs": "classifier score ↑", "covered": "classes covered ↑",
           "precision": "precision ↑", "recall": "recall ↑", "nn_ratio": "nn-train ratio (≈1)",
           "close": "close to train (≈1%)", "copies": "copies", "memorised": "memorised"},
    "ru": {"fid": "FID ↓", "kid": "KID ± ст. ош. ↓", "cs": "оценка классификатора ↑", "covered": "покрыто классов ↑",
           "precision": "точность ↑", "recall": "полнота ↑", "nn_ratio": "отношение расст. до обуч. (≈1)",
           "close": "близко к обучающим (≈1%)", "copies": "копии", "memorised": "запоминание"},
    "es": {"fid": "FID ↓", "kid": "KID ± e.e. ↓", "cs": "puntuación del clasificador ↑", "covered": "clases cubiertas ↑",
           "precision": "precisión ↑", "recall": "exhaustividad ↑", "nn_ratio": "razón de dist. al entren. (≈1)",
           "close": "cerca del entrenamiento (≈1%)", "copies": "copias", "memorised": "memorizado"},
}[LANG]
TEXT = {
    "en": {
        "set_a": "Set A", "set_b": "Set B", "metric": "metric", "real": "real (floor)", "one_class": "real, {name} only",
        "yes": "YES", "no": "no", "gaussian_1d": "FID between N(0, 1) and N(1, 2²):", "same_moments":
        "FID between a Gaussian and a uniform cloud with the same mean and covariance:",
        "toy_good": "a good generator", "toy_collapsed": "collapsed onto 2 of 8 modes", "toy_blurry": "blurry: one wide blob",
        "real_points": "real", "fake_points": "generated", "precision": "precision", "recall": "recall",
        "training": "training the {model}: {epochs} epoch(s) × {images:,} images, batch {batch} ...",
        "trained": "  done in {s:.0f} s; last epoch: d_loss {d:.3f}, g_loss {g:.3f}",
        "eval_time": "{model}: {n:,} samples evaluated in {s:.1f} s",
        "fid_title": "FID (log scale; lower is better)", "kid_title": "KID (bars: ±2 standard errors; lower is better)",
        "floor_line": "real data ({v:.3g})", "pr_title": "Precision (fidelity) vs recall (diversity)",
        "coverage_title": "Predicted class of {n:,} samples per model", "share": "share of the samples",
        "uniform": "real data: 10% each", "covered_line": "covered: ≥ {p:.0%}",
        "samples_title": "{model} · FID {fid:.2f}", "real_samples": "Real images (training split)",
        "model": "model", "s_epoch": "s / epoch", "ips": "images/s (training)", "first": "1st epoch, s",
        "total": "total, s", "sample_ips": "images/s (sampling)",
        "first_excluded": "Seconds per epoch and images/s leave out epoch 1 (median of the others): it also pays for "
                          "tracing the training step.",
        "first_only": "Only one epoch was trained: its time includes tracing the training step, so these speeds are underestimated.",
        "speed_title": "Training throughput (images/s, higher is faster)",
        "sample_speed_title": "Sampling throughput (images/s, log scale)",
        "g_params": "G parameters", "d_params": "D parameters", "g_macs": "G mult-adds", "d_macs": "D mult-adds",
        "budget": "Budget: {epochs} epoch(s) × {images:,} images, batch {batch}, seed {seed}; {n:,} samples per evaluation.",
        "by": "By {metric}: {order}",
        "best": "Best by FID: the {best} ({fid:.2f}), then the {second} ({fid2:.2f}). Real data scores {floor:.3g}: "
                "the best model's FID is still {ratio:,.0f} times the floor.",
        "kid_clear": "KID agrees: the {best} beats the {second} by {d:.4f}, more than twice the combined standard error "
                     "({se:.4f}), so this gap is not evaluation noise.",
        "kid_noise": "By KID, the gap between the {best} and the {second} ({d:+.4f}) is within twice the combined standard "
                     "error ({se:.4f}): this evaluation cannot tell the two apart.",
        "kid_disagree": "KID disagrees: it puts the {second} ahead of the {best} by {d:.4f} (more than 2 × {se:.4f}). "
                        "With the two metrics at odds, the order of these two is undecided.",
        "coverage_full": "Every model covers all 10 classes (at least {p:.0%} of the samples each).",
        "coverage_gap": "The {model} covers only {k} of 10 classes; missing: {missing}.",
        "pair_disagree": "FID and KID disagree about the {a} and the {b}: FID puts the {a} ahead ({fa:.2f} vs {fb:.2f}), "
                         "KID the {b} ({kb:.4f} vs {ka:.4f}). That part of the ranking is undecided.",
        "recall_zero": "Recall is near zero for every model (at most {r:.3f}, against {floor:.3f} for real data): none of "
                       "them reaches yet the variety of the real images, so there is no diversity ranking to speak of.",
        "pr_same": "Highest precision and highest recall: the {model}.",
        "pr_split": "Highest precision (fidelity): the {p_model} ({p:.3f}); highest recall (diversity): the {r_model} "
                    "({r:.3f}). Neither dominates on both.",
        "memo_none": "No model is flagged by the memorisation check (nn-train ratios {ratios}).",
        "memo_flag": "Flagged by the memorisation check: {models}.",
        "memo_low": "Nearest-training-image ratios below 1 without copies ({models}) point to smooth, blurry or dark "
                    "samples, which are close to everything in pixel distance, rather than to copying.",
        "speed": "Fastest to train: the {fast} ({ips:,.0f} images/s); the {slow} is {ratio:.1f}× slower ({ips2:,.0f} images/s).",
        "trade": "The best model by FID, the {best}, is not the fastest: it trains {ratio:.1f}× slower than the {fast}.",
        "trade_none": "Here the best model by FID, the {best}, is also the fastest to train.",
        "caveat": "One run, one seed, {steps:,} steps per model: this is which model learns fastest from a short start, not "
                  "which is best when trained to convergence.",
        "no_pretrained": "No pretrained generators ship with this version of ganlib yet (ganlib.pretrained.available() is empty).",
        "p_model": "model", "p_epochs": "epochs", "p_images": "train images", "p_time": "train time", "p_n": "eval n",
        "hardware": "Trained on: {hw}", "this_run": "This notebook: {epochs} epoch(s) × {images:,} images per model.",
        "pretrained_title": "Pretrained {model} · {epochs} epochs · FID {fid:.2f}", "minutes": "{m:.0f} min",
    },
    "ru": {
        "set_a": "Набор A", "set_b": "Набор B", "metric": "метрика", "real": "настоящие (планка)",
        "one_class": "настоящие, только «{name}»", "yes": "ДА", "no": "нет",
        "gaussian_1d": "FID между N(0, 1) и N(1, 2²):",
        "same_moments": "FID между гауссовым и равномерным облаком с одинаковыми средним и ковариацией:",
        "toy_good": "хороший генератор", "toy_collapsed": "коллапс: 2 моды из 8", "toy_blurry": "размытый: одно широкое пятно",
        "real_points": "настоящие", "fake_points": "сгенерированные", "precision": "точность", "recall": "полнота",
        "training": "обучаем модель «{model}»: эпох — {epochs}, изображений — {images:,}, батч {batch} ...",
        "trained": "  готово за {s:.0f} с; последняя эпоха: d_loss {d:.3f}, g_loss {g:.3f}",
        "eval_time": "{model}: {n:,} сэмплов оценены за {s:.1f} с",
        "fid_title": "FID (лог. шкала; меньше — лучше)", "kid_title": "KID (отрезки: ±2 стандартные ошибки; меньше — лучше)",
        "floor_line": "настоящие данные ({v:.3g})", "pr_title": "Точность (достоверность) и полнота (разнообразие)",
        "coverage_title": "Предсказанный класс {n:,} сэмплов каждой модели", "share": "доля сэмплов",
        "uniform": "настоящие данные: по 10%", "covered_line": "покрыт: ≥ {p:.0%}",
        "samples_title": "{model} · FID {fid:.2f}", "real_samples": "Настоящие изображения (обучающая выборка)",
        "model": "модель", "s_epoch": "с / эпоха", "ips": "изобр./с (обучение)", "first": "1-я эпоха, с",
        "total": "всего, с", "sample_ips": "изобр./с (генерация)",
        "first_excluded": "Секунды на эпоху и изображения в секунду посчитаны без эпохи 1 (медиана по остальным): в неё "
                          "входит ещё и трассировка шага обучения.",
        "first_only": "Обучена всего одна эпоха: в её время входит трассировка шага обучения, так что скорость занижена.",
        "speed_title": "Скорость обучения (изображений/с, больше — быстрее)",
        "sample_speed_title": "Скорость генерации (изображений/с, лог. шкала)",
        "g_params": "параметры G", "d_params": "параметры D", "g_macs": "умн.-слож. G", "d_macs": "умн.-слож. D",
        "budget": "Бюджет: эпох — {epochs}, изображений — {images:,}, батч {batch}, зерно {seed}; {n:,} сэмплов на оценку.",
        "by": "По метрике «{metric}»: {order}",
        "best": "Лучшая модель по FID — «{best}» ({fid:.2f}), за ней — «{second}» ({fid2:.2f}). Настоящие данные дают "
                "{floor:.3g}: FID даже лучшей модели пока в {ratio:,.0f} раз больше планки.",
        "kid_clear": "KID согласен: «{best}» опережает модель «{second}» на {d:.4f}, это больше удвоенной общей "
                     "стандартной ошибки ({se:.4f}), так что разрыв — не шум оценки.",
        "kid_noise": "По KID разрыв между моделями «{best}» и «{second}» ({d:+.4f}) укладывается в удвоенную общую "
                     "стандартную ошибку ({se:.4f}): эта оценка не различает две модели.",
        "kid_disagree": "KID не согласен: он ставит модель «{second}» выше модели «{best}» с разрывом {d:.4f} (больше "
                        "2 × {se:.4f}). Раз метрики расходятся, порядок этих двух моделей не определён.",
        "coverage_full": "Все модели покрывают все 10 классов (в каждый попадает не меньше {p:.0%} сэмплов).",
        "coverage_gap": "Модель «{model}» покрывает лишь {k} из 10 классов; нет: {missing}.",
        "pair_disagree": "FID и KID расходятся в оценке моделей «{a}» и «{b}»: по FID впереди «{a}» ({fa:.2f} против "
                         "{fb:.2f}), по KID — «{b}» ({kb:.4f} против {ka:.4f}). Эта часть ранжирования не определена.",
        "recall_zero": "Полнота у всех моделей близка к нулю (не больше {r:.3f} против {floor:.3f} у настоящих данных): "
                       "ни одна пока не достигает разнообразия настоящих изображений, так что ранжировать по "
                       "разнообразию нечего.",
        "pr_same": "Наибольшие и точность, и полнота — у модели «{model}».",
        "pr_split": "Наибольшая точность (достоверность) — у модели «{p_model}» ({p:.3f}), наибольшая полнота "
                    "(разнообразие) — у модели «{r_model}» ({r:.3f}). Ни одна не лучше по обоим показателям.",
        "memo_none": "Проверка на запоминание не отметила ни одну модель (отношения расстояний: {ratios}).",
        "memo_flag": "Проверка на запоминание отметила: {models}.",
        "memo_low": "Отношение расстояний меньше 1 без копий ({models}) говорит скорее о гладких, размытых или тёмных "
                    "сэмплах, которые по пиксельному расстоянию близки ко всему, чем о копировании.",
        "speed": "Быстрее всех обучается модель «{fast}» ({ips:,.0f} изобр./с); модель «{slow}» медленнее в {ratio:.1f} "
                 "раза ({ips2:,.0f} изобр./с).",
        "trade": "Лучшая по FID модель, «{best}», — не самая быстрая: она обучается в {ratio:.1f} раза медленнее модели "
                 "«{fast}».",
        "trade_none": "Здесь лучшая по FID модель, «{best}», ещё и обучается быстрее всех.",
        "caveat": "Один запуск, одно зерно, {steps:,} шагов на модель: это ответ на вопрос, какая модель быстрее учится в "
                  "самом начале, а не какая лучше после обучения до сходимости.",
        "no_pretrained": "В этой версии ganlib предобученных генераторов пока нет (ganlib.pretrained.available() пуст).",
        "p_model": "модель", "p_epochs": "эпох", "p_images": "обуч. изобр.", "p_time": "время обучения", "p_n": "n оценки",
        "hardware": "Где обучали: {hw}", "this_run": "В этом блокноте: эпох — {epochs}, изображений — {images:,} на модель.",
        "pretrained_title": "Предобученная «{model}» · эпох: {epochs} · FID {fid:.2f}", "minutes": "{m:.0f} мин",
    },
    "es": {
        "set_a": "Conjunto A", "set_b": "Conjunto B", "metric": "métrica", "real": "reales (suelo)",
        "one_class": "reales, solo «{name}»", "yes": "SÍ", "no": "no",
        "gaussian_1d": "FID entre N(0, 1) y N(1, 2²):",
        "same_moments": "FID entre una nube gaussiana y una uniforme con la misma media y covarianza:",
        "toy_good": "un buen generador", "toy_collapsed": "colapsado en 2 de 8 modos", "toy_blurry": "borroso: una mancha ancha",
        "real_points": "reales", "fake_points": "generados", "precision": "precisión", "recall": "exhaustividad",
        "training": "entrenando la {model}: {epochs} época(s) × {images:,} imágenes, lote de {batch} ...",
        "trained": "  listo en {s:.0f} s; última época: d_loss {d:.3f}, g_loss {g:.3f}",
        "eval_time": "{model}: {n:,} muestras evaluadas en {s:.1f} s",
        "fid_title": "FID (escala log.; menor es mejor)", "kid_title": "KID (barras: ±2 errores estándar; menor es mejor)",
        "floor_line": "datos reales ({v:.3g})", "pr_title": "Precisión (fidelidad) frente a exhaustividad (diversidad)",
        "coverage_title": "Clase predicha de {n:,} muestras por modelo", "share": "fracción de las muestras",
        "uniform": "datos reales: 10 % cada una", "covered_line": "cubierta: ≥ {p:.0%}",
        "samples_title": "{model} · FID {fid:.2f}", "real_samples": "Imágenes reales (conjunto de entrenamiento)",
        "model": "modelo", "s_epoch": "s / época", "ips": "imág./s (entren.)", "first": "1.ª época, s",
        "total": "total, s", "sample_ips": "imág./s (muestreo)",
        "first_excluded": "Los segundos por época y las imágenes/s dejan fuera la época 1 (mediana de las demás): esa "
                          "época paga además el trazado del paso de entrenamiento.",
        "first_only": "Solo se entrenó una época: su tiempo incluye el trazado del paso de entrenamiento, así que estas velocidades se quedan cortas.",
        "speed_title": "Rendimiento de entrenamiento (imágenes/s, más es más rápido)",
        "sample_speed_title": "Rendimiento de muestreo (imágenes/s, escala log.)",
        "g_params": "parámetros G", "d_params": "parámetros D", "g_macs": "mult.-sumas G", "d_macs": "mult.-sumas D",
        "budget": "Presupuesto: {epochs} época(s) × {images:,} imágenes, lote de {batch}, semilla {seed}; {n:,} muestras por evaluación.",
        "by": "Según {metric}: {order}",
        "best": "La mejor según la FID es la {best} ({fid:.2f}), seguida de la {second} ({fid2:.2f}). Los datos reales "
                "puntúan {floor:.3g}: la FID del mejor modelo todavía es {ratio:,.0f} veces la del suelo.",
        "kid_clear": "La KID está de acuerdo: la {best} supera a la {second} por {d:.4f}, más del doble del error "
                     "estándar combinado ({se:.4f}), así que la diferencia no es ruido de la evaluación.",
        "kid_noise": "Según la KID, la diferencia entre la {best} y la {second} ({d:+.4f}) cabe en el doble del error "
                     "estándar combinado ({se:.4f}): esta evaluación no distingue los dos modelos.",
        "kid_disagree": "La KID no está de acuerdo: pone la {second} por delante de la {best} por {d:.4f} (más de "
                        "2 × {se:.4f}). Con las dos métricas enfrentadas, el orden de estos dos modelos queda sin decidir.",
        "coverage_full": "Todos los modelos cubren las 10 clases (cada una recibe al menos el {p:.0%} de las muestras).",
        "coverage_gap": "La {model} solo cubre {k} de las 10 clases; faltan: {missing}.",
        "pair_disagree": "La FID y la KID discrepan sobre la {a} y la {b}: la FID pone delante la {a} ({fa:.2f} frente a "
                         "{fb:.2f}) y la KID, la {b} ({kb:.4f} frente a {ka:.4f}). Esa parte del orden queda sin decidir.",
        "recall_zero": "La exhaustividad es casi nula en todos los modelos (como mucho {r:.3f}, frente a {floor:.3f} de los "
                       "datos reales): ninguno alcanza aún la variedad de las imágenes reales, así que no hay orden de "
                       "diversidad del que hablar.",
        "pr_same": "La mayor precisión y la mayor exhaustividad son de la {model}.",
        "pr_split": "Mayor precisión (fidelidad): la {p_model} ({p:.3f}); mayor exhaustividad (diversidad): la {r_model} "
                    "({r:.3f}). Ninguna domina en las dos.",
        "memo_none": "La prueba de memorización no marca ningún modelo (razones de distancia: {ratios}).",
        "memo_flag": "Marcados por la prueba de memorización: {models}.",
        "memo_low": "Razones de distancia por debajo de 1 sin copias ({models}) apuntan a muestras suaves, borrosas u "
                    "oscuras, que en distancia de píxeles están cerca de todo, más que a copias.",
        "speed": "La más rápida de entrenar es la {fast} ({ips:,.0f} imágenes/s); la {slow} es {ratio:.1f} veces más "
                 "lenta ({ips2:,.0f} imágenes/s).",
        "trade": "El mejor modelo según la FID, la {best}, no es el más rápido: entrena {ratio:.1f} veces más despacio que la {fast}.",
        "trade_none": "Aquí el mejor modelo según la FID, la {best}, es también el más rápido de entrenar.",
        "caveat": "Una ejecución, una semilla, {steps:,} pasos por modelo: esto dice qué modelo aprende más deprisa al "
                  "principio, no cuál es mejor entrenado hasta la convergencia.",
        "no_pretrained": "Esta versión de ganlib aún no trae generadores preentrenados (ganlib.pretrained.available() está vacío).",
        "p_model": "modelo", "p_epochs": "épocas", "p_images": "imág. entren.", "p_time": "tiempo de entren.", "p_n": "n eval.",
        "hardware": "Entrenados en: {hw}", "this_run": "Este cuaderno: {epochs} época(s) × {images:,} imágenes por modelo.",
        "pretrained_title": "{model} preentrenada · {epochs} épocas · FID {fid:.2f}", "minutes": "{m:.0f} min",
    },
}[LANG]
CLASSES = class_names(LANG)


def print_table(header, rows):
    """A plain-text table: first column left-aligned, the others right-aligned."""
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]

    def line(row):
        return "  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(row, widths)))

    print(line(header))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(line(row))


def metric_rows(evaluations):
    """One row per metric of ganlib.metrics.Evaluation, one column per evaluation."""
    cells = {
        "fid": lambda e: f"{e.fid:.2f}",
        "kid": lambda e: f"{e.kid:.4f} ± {e.kid_se:.4f}",
        "cs": lambda e: f"{e.classifier_score:.2f}",
        "covered": lambda e: f"{e.classes_covered} / 10",
        "precision": lambda e: f"{e.precision:.3f}",
        "recall": lambda e: f"{e.recall:.3f}",
        "nn_ratio": lambda e: f"{e.nn_train_ratio:.2f}",
        "close": lambda e: f"{e.close_to_train:.1%}",
        "copies": lambda e: f"{e.copies:,}",
        "memorised": lambda e: TEXT["yes"] if e.memorised else TEXT["no"],
    }
    return [[METRIC[key], *(cell(e) for e in evaluations)] for key, cell in cells.items()]


(x_train, y_train), _ = load_fashion_mnist()

# %% [markdown] lang="en"
# ## 1. Why "it looks good" is not a measurement
#
# Here are two sets of 32 images. Look at them as you would look at the samples of a generator, and decide which
# generator is better.

# %% [markdown] lang="ru"
# ## 1. Почему «выглядит хорошо» — не измерение
#
# Вот два набора по 32 изображения. Посмотрите на них так, как смотрели бы на сэмплы генератора, и решите, какой
# генератор лучше.

# %% [markdown] lang="es"
# ## 1. Por qué «se ve bien» no es una medida
#
# Aquí tienes dos conjuntos de 32 imágenes. Míralos como mirarías las muestras de un generador y decide qué generador
# es mejor.

# %%
SNEAKER = 7  # the class of set A
rng = np.random.default_rng(SEED)
one_class = x_train[y_train == SNEAKER][:N_EVAL]
real_subset = x_train[rng.choice(len(x_train), N_EVAL, replace=False)]

fig, axes = plt.subplots(1, 2, figsize=(11, 3.3))
show_images(one_class[:32], title=TEXT["set_a"], ncols=8, ax=axes[0])
show_images(real_subset[:32], title=TEXT["set_b"], ncols=8, ax=axes[1])
fig.tight_layout()
plt.show()

# %% [markdown] lang="en"
# Both look flawless, because both are real Fashion-MNIST photos. Yet as *generators* both would be failures:
#
# * **set A** holds only sneakers. A generator that drew these has **collapsed onto one mode**: nine classes out of
#   ten never appear. In 32 pictures that is easy to miss; in a grid of a generator you did not train yourself, you
#   may not even know what should be there;
# * **set B** comes straight from the training set. A generator that **memorised** its data would produce exactly
#   this: perfect pictures, and nothing new.
#
# Eyes judge a handful of samples, one at a time. They cannot see the proportions of the classes in 10,000 samples,
# the variety that is missing, or whether an image already exists in the training set; and two people (or one person
# on two days) disagree. A measurement has to use thousands of samples, compare them with real images that played no
# part in training, and come with an idea of its own noise.
#
# ## 2. The metrics
#
# `ganlib.metrics.evaluate(source, n, seed)` takes a generator (or an array of images), draws `n` samples and
# computes everything below in one call, against the 10,000 images of the **test split**.
#
# ### A feature network for Fashion-MNIST
#
# Comparing images pixel by pixel says little: the same shirt shifted by two pixels is far away in pixel space. So
# the metrics compare **features** of a classifier. Papers use ImageNet's Inception-v3 network; `ganlib` uses a small
# CNN trained on the Fashion-MNIST training split only (`ganlib.features`, 93.6 % test accuracy): its 128-dimensional
# penultimate layer gives the features, its softmax the class probabilities. It is fast on a CPU and it knows
# garments, which Inception has never seen at $28 \times 28$ in grayscale.
#
# The price: **the FID and KID values in this notebook are on the scale of our feature network and cannot be compared
# with the Inception FIDs published for Fashion-MNIST**, which are in different units altogether. Compare them only
# with each other, computed with the same network (its SHA-256 is recorded in every evaluation). The Inception
# version exists, `ganlib.metrics.inception_fid`, but it needs the ImageNet weights and takes tens of minutes on a
# CPU.
#
# ### FID: the Fréchet distance between two Gaussians
#
# Fit a Gaussian to the features of the real images (mean $\mu_r$, covariance $\Sigma_r$) and another to the features
# of the samples ($\mu_g$, $\Sigma_g$). The **Fréchet Inception Distance** (Heusel et al., 2017) is the squared
# Fréchet (2-Wasserstein) distance between the two Gaussians:
#
# $$
# \mathrm{FID} = \lVert \mu_r - \mu_g \rVert_2^2 + \operatorname{tr}\!\Bigl(\Sigma_r + \Sigma_g - 2\,\bigl(\Sigma_r \Sigma_g\bigr)^{1/2}\Bigr).
# $$
#
# The first term compares where the two clouds of features sit, the second their shape and spread. Lower is better;
# 0 means the same mean and covariance. FID punishes both bad samples (the mean moves) and missing variety (the
# covariance shrinks), which is why it became the standard single number. Two caveats. It sees **only the first two
# moments**: clouds with the same mean and covariance score 0 whatever their shape. And it is **biased upwards at
# small $n$**: the same generator scores worse with 1,000 samples than with 10,000, so compare FIDs only at the same
# $n$. In one dimension the formula reduces to $(\mu_r - \mu_g)^2 + (\sigma_r - \sigma_g)^2$:

# %% [markdown] lang="ru"
# Оба выглядят безупречно — ведь это настоящие фотографии из Fashion-MNIST. Но *как генераторы* оба провальны:
#
# * в **наборе A** одни кроссовки. Генератор, который рисует такое, пережил **коллапс мод**: девять классов из десяти
#   не появляются вовсе. В 32 картинках этого легко не заметить, а глядя на сетку чужого генератора, можно даже не
#   знать, что там должно быть;
# * **набор B** взят прямо из обучающей выборки. Именно это выдавал бы генератор, который **запомнил** свои данные:
#   идеальные картинки — и ничего нового.
#
# Глаз оценивает горстку сэмплов, по одному за раз. Он не видит долей классов в 10 000 сэмплов, не замечает, какого
# разнообразия не хватает, и не знает, есть ли изображение уже в обучающей выборке; а два человека (или один и тот же
# в разные дни) оценят по-разному. Измерение должно опираться на тысячи сэмплов, сравнивать их с настоящими
# изображениями, не участвовавшими в обучении, и давать представление о собственном шуме.
#
# ## 2. Метрики
#
# `ganlib.metrics.evaluate(source, n, seed)` принимает генератор (или массив изображений), берёт `n` сэмплов и за
# один вызов считает всё, что описано ниже, сравнивая с 10 000 изображений **тестовой выборки**.
#
# ### Сеть признаков для Fashion-MNIST
#
# Попиксельное сравнение мало что говорит: та же рубашка, сдвинутая на два пикселя, в пространстве пикселей
# оказывается далеко. Поэтому метрики сравнивают **признаки** классификатора. В статьях берут сеть Inception-v3,
# обученную на ImageNet; в `ganlib` — небольшую свёрточную сеть, обученную только на обучающей выборке Fashion-MNIST
# (`ganlib.features`, точность на тесте 93,6 %): её 128-мерный предпоследний слой даёт признаки, а softmax —
# вероятности классов. Она быстро работает на CPU и знает одежду, а Inception никогда не видела чёрно-белых
# изображений $28 \times 28$.
#
# Цена такова: **значения FID и KID в этом блокноте измерены в масштабе нашей сети признаков, и сравнивать их с
# опубликованными для Fashion-MNIST значениями Inception FID нельзя** — это вообще другие единицы. Сравнивайте их
# только между собой, посчитанные той же сетью (её SHA-256 записывается в каждую оценку). Версия с Inception есть —
# `ganlib.metrics.inception_fid`, — но ей нужны веса ImageNet, а на CPU она считает десятки минут.
#
# ### FID: расстояние Фреше между двумя гауссианами
#
# Подгоним гауссиану к признакам настоящих изображений (среднее $\mu_r$, ковариационная матрица $\Sigma_r$) и
# другую — к признакам сэмплов ($\mu_g$, $\Sigma_g$). **FID** (Fréchet Inception Distance, Heusel et al., 2017) —
# это квадрат расстояния Фреше (2-Вассерштейна) между ними:
#
# $$
# \mathrm{FID} = \lVert \mu_r - \mu_g \rVert_2^2 + \operatorname{tr}\!\Bigl(\Sigma_r + \Sigma_g - 2\,\bigl(\Sigma_r \Sigma_g\bigr)^{1/2}\Bigr).
# $$
#
# Первое слагаемое сравнивает, где находятся облака признаков, второе — их форму и разброс. Чем меньше, тем лучше;
# 0 означает совпадение средних и ковариаций. FID наказывает и плохие сэмплы (смещается среднее), и нехватку
# разнообразия (сжимается ковариация) — поэтому он и стал стандартным «одним числом». Две оговорки. Он видит
# **только первые два момента**: облака с одинаковыми средним и ковариацией дают 0, какой бы ни была их форма. И он
# **смещён вверх при малых $n$**: тот же генератор на 1000 сэмплах получает худший FID, чем на 10 000, поэтому
# сравнивать FID можно только при одинаковом $n$. В одномерном случае формула превращается в
# $(\mu_r - \mu_g)^2 + (\sigma_r - \sigma_g)^2$:

# %% [markdown] lang="es"
# Los dos se ven impecables, porque los dos son fotos reales de Fashion-MNIST. Pero *como generadores* ambos serían un
# fracaso:
#
# * el **conjunto A** solo tiene zapatillas. Un generador que dibujara esto habría sufrido un **colapso de modos**:
#   nueve de las diez clases no aparecen nunca. En 32 imágenes es fácil no verlo, y ante la cuadrícula de un
#   generador ajeno puede que ni sepas qué debería haber;
# * el **conjunto B** sale directamente del conjunto de entrenamiento. Un generador que hubiera **memorizado** sus
#   datos produciría justo esto: imágenes perfectas y nada nuevo.
#
# La vista juzga un puñado de muestras, de una en una. No ve las proporciones de las clases en 10 000 muestras, ni la
# variedad que falta, ni si una imagen ya existe en el conjunto de entrenamiento; y dos personas (o la misma en dos
# días distintos) no se ponen de acuerdo. Una medida tiene que usar miles de muestras, compararlas con imágenes reales
# que no participaron en el entrenamiento y venir con una idea de su propio ruido.
#
# ## 2. Las métricas
#
# `ganlib.metrics.evaluate(source, n, seed)` recibe un generador (o un array de imágenes), toma `n` muestras y
# calcula todo lo que sigue en una sola llamada, comparando con las 10 000 imágenes del **conjunto de prueba**.
#
# ### Una red de características para Fashion-MNIST
#
# Comparar imágenes píxel a píxel dice poco: la misma camisa desplazada dos píxeles queda lejísimos en el espacio de
# píxeles. Por eso las métricas comparan **características** de un clasificador. Los artículos usan la red
# Inception-v3 entrenada con ImageNet; `ganlib` usa una CNN pequeña entrenada solo con el conjunto de entrenamiento de
# Fashion-MNIST (`ganlib.features`, 93,6 % de exactitud en prueba): su penúltima capa, de 128 dimensiones, da las
# características y su softmax, las probabilidades de cada clase. Es rápida en una CPU y conoce la ropa, mientras que
# Inception nunca ha visto imágenes de $28 \times 28$ en escala de grises.
#
# El precio: **los valores de FID y KID de este cuaderno están en la escala de nuestra red de características y no se
# pueden comparar con los FID de Inception publicados para Fashion-MNIST**, que están en otras unidades. Compáralos
# solo entre sí, calculados con la misma red (su SHA-256 queda registrado en cada evaluación). La versión con
# Inception existe, `ganlib.metrics.inception_fid`, pero necesita los pesos de ImageNet y tarda decenas de minutos en
# una CPU.
#
# ### FID: la distancia de Fréchet entre dos gaussianas
#
# Ajustemos una gaussiana a las características de las imágenes reales (media $\mu_r$, matriz de covarianza
# $\Sigma_r$) y otra a las de las muestras ($\mu_g$, $\Sigma_g$). La **FID** (*Fréchet Inception Distance*, Heusel et
# al., 2017) es el cuadrado de la distancia de Fréchet (2-Wasserstein) entre ambas:
#
# $$
# \mathrm{FID} = \lVert \mu_r - \mu_g \rVert_2^2 + \operatorname{tr}\!\Bigl(\Sigma_r + \Sigma_g - 2\,\bigl(\Sigma_r \Sigma_g\bigr)^{1/2}\Bigr).
# $$
#
# El primer término compara dónde están las dos nubes de características; el segundo, su forma y su dispersión. Menor
# es mejor; 0 significa la misma media y la misma covarianza. La FID castiga tanto las muestras malas (se desplaza la
# media) como la falta de variedad (se encoge la covarianza), y por eso se convirtió en el número de referencia. Dos
# advertencias. Solo ve **los dos primeros momentos**: nubes con la misma media y covarianza dan 0 sea cual sea su
# forma. Y está **sesgada hacia arriba con $n$ pequeño**: el mismo generador puntúa peor con 1000 muestras que con
# 10 000, así que solo se comparan FID calculadas con el mismo $n$. En una dimensión, la fórmula se reduce a
# $(\mu_r - \mu_g)^2 + (\sigma_r - \sigma_g)^2$:

# %%
# NBVAL_CHECK_OUTPUT
print(TEXT["gaussian_1d"], frechet_distance(np.zeros(1), np.eye(1), np.ones(1), 4 * np.eye(1)))  # (0-1)² + (1-2)² = 2
toy = np.random.default_rng(0)
gaussian = toy.standard_normal((20_000, 2))
uniform = toy.uniform(-np.sqrt(3), np.sqrt(3), (20_000, 2))  # mean 0 and variance 1 per axis, like the Gaussian
print(TEXT["same_moments"], f"{fid_from_features(gaussian, uniform):.3f}")

# %% [markdown] lang="en"
# A square and a round cloud, and FID sees (almost) no difference: it cannot, by construction. With 128 features and
# real images this matters less than in two dimensions, but it is one reason to look at more than one number.
#
# ### KID: unbiased, with an error bar
#
# The **Kernel Inception Distance** (Bińkowski et al., 2018) is the squared **maximum mean discrepancy** (MMD)
# between the two feature sets, with the polynomial kernel $k(x, y) = \left(x^\top y / d + 1\right)^3$ ($d = 128$).
# For $m$ real features $x_i$ and $m$ sample features $y_j$, its unbiased estimate is
#
# $$
# \widehat{\mathrm{KID}} = \frac{1}{m(m-1)} \sum_{i \ne j} k(x_i, x_j) + \frac{1}{m(m-1)} \sum_{i \ne j} k(y_i, y_j)
# - \frac{2}{m^2} \sum_{i, j} k(x_i, y_j).
# $$
#
# The sums over $i \ne j$ leave out each point's similarity with itself, which is what makes the estimate
# **unbiased**: its expected value does not depend on $m$, so KID is fairer than FID at small $n$; and for two
# samples of the same distribution it is 0 on average, so it can come out **slightly negative**. `evaluate` computes
# it on 10 disjoint subsets (of $m = \min(n, 10\,000) / 10$ points at most 1,000) and reports the mean **± its standard
# error**. That error bar is what tells a real difference from evaluation noise: two KIDs closer than about twice
# their combined standard error cannot be told apart.
#
# ### The classifier score (the Inception Score formula)
#
# $$
# \mathrm{IS} = \exp\Bigl(\mathbb{E}_{x \sim p_g}\,\mathrm{KL}\bigl(p(y \mid x)\,\big\|\,p(y)\bigr)\Bigr),
# \qquad p(y) = \mathbb{E}_{x \sim p_g}\, p(y \mid x),
# $$
#
# with $p(y \mid x)$ the softmax of the feature network (Salimans et al., 2016, used Inception's, hence the name). It
# is high when each sample is **confidently one class** (a peaked $p(y \mid x)$) and **all classes are used** (a flat
# $p(y)$). It ranges from 1 (everything is one class) to 10 (the number of classes). Real test images do not reach 10,
# because the classifier hesitates between similar classes, such as shirts and T-shirts. The score never looks at
# real images: a generator that draws one perfect image per class and nothing else scores 10. Use it next to the
# others, never alone.
#
# ### Class coverage: the mode-collapse alarm
#
# The share of samples the classifier puts in each class. Real data: 10 % each. A class is **covered** when it gets
# at least 1 % of the samples. A class near 0 % is mode collapse seen directly: the generator (almost) never draws
# it. The caveat: the classifier assigns *some* class even to garbage, so a poor generator can look fully covered;
# read coverage together with precision.
#
# ### Precision and recall: fidelity versus diversity
#
# FID folds two different failures into one number: samples that do not look real, and real images that the generator
# never produces. Kynkäänniemi et al. (2019) separate them. Approximate the **manifold** of a set of feature vectors
# $X$ by balls around its points, each reaching the point's $k$-th nearest neighbour ($k = 3$):
#
# $$
# \mathcal{M}(X) = \bigcup_{x \in X} B\bigl(x,\ \lVert x - \mathrm{NN}_k(x) \rVert\bigr),
# \qquad
# \mathrm{precision} = \frac{1}{M} \sum_{j=1}^{M} \mathbb{1}\bigl[g_j \in \mathcal{M}(R)\bigr],
# \qquad
# \mathrm{recall} = \frac{1}{N} \sum_{i=1}^{N} \mathbb{1}\bigl[r_i \in \mathcal{M}(G)\bigr],
# $$
#
# with $R = \{r_i\}$ the $N$ real features and $G = \{g_j\}$ the $M$ sample features. **Precision** is the share of
# samples that fall on the real manifold: **fidelity**, "do the samples look real?". **Recall** is the share of real
# images that fall on the generated manifold: **diversity**, "could the generator have produced this real image?".
# Here is the idea in two dimensions, with a real distribution of 8 modes on a circle, as in notebook 1:

# %% [markdown] lang="ru"
# Квадратное облако и круглое — а FID (почти) не видит разницы: по построению и не может. Со 128 признаками и
# настоящими изображениями это важно меньше, чем в двумерном примере, но это одна из причин смотреть не на одно число.
#
# ### KID: без смещения и с погрешностью
#
# **KID** (Kernel Inception Distance, Bińkowski et al., 2018) — это квадрат **максимального среднего расхождения**
# (MMD) между двумя наборами признаков с полиномиальным ядром $k(x, y) = \left(x^\top y / d + 1\right)^3$ ($d = 128$).
# Для $m$ признаков настоящих изображений $x_i$ и $m$ признаков сэмплов $y_j$ его несмещённая оценка такова:
#
# $$
# \widehat{\mathrm{KID}} = \frac{1}{m(m-1)} \sum_{i \ne j} k(x_i, x_j) + \frac{1}{m(m-1)} \sum_{i \ne j} k(y_i, y_j)
# - \frac{2}{m^2} \sum_{i, j} k(x_i, y_j).
# $$
#
# В суммах по $i \ne j$ нет сходства точки с самой собой — именно это делает оценку **несмещённой**: её матожидание
# не зависит от $m$, так что при малых $n$ KID честнее, чем FID, а для двух выборок из одного распределения он в
# среднем равен нулю и может получиться **слегка отрицательным**. `evaluate` считает его на 10 непересекающихся
# подвыборках (по $m = \min(n, 10\,000) / 10$ точек, не больше 1000) и сообщает среднее **± стандартную ошибку**. Эта
# погрешность и позволяет отличить настоящую разницу от шума оценки: два KID, которые отличаются меньше чем на две
# общие стандартные ошибки, различить нельзя.
#
# ### Оценка классификатора (формула Inception Score)
#
# $$
# \mathrm{IS} = \exp\Bigl(\mathbb{E}_{x \sim p_g}\,\mathrm{KL}\bigl(p(y \mid x)\,\big\|\,p(y)\bigr)\Bigr),
# \qquad p(y) = \mathbb{E}_{x \sim p_g}\, p(y \mid x),
# $$
#
# где $p(y \mid x)$ — softmax сети признаков (Salimans et al., 2016, брали softmax Inception, отсюда и название).
# Оценка высока, когда каждый сэмпл **уверенно относится к одному классу** (острое $p(y \mid x)$) и **используются все
# классы** (плоское $p(y)$). Она лежит между 1 (всё — один класс) и 10 (число классов). Настоящие тестовые изображения
# до 10 не дотягивают: классификатор колеблется между похожими классами, например рубашкой и футболкой. На настоящие
# изображения эта оценка вообще не смотрит: генератор, который рисует по одному идеальному изображению на класс и
# больше ничего, получит 10. Используйте её вместе с остальными, но не саму по себе.
#
# ### Покрытие классов: сигнал коллапса мод
#
# Доля сэмплов, которые классификатор относит к каждому классу. У настоящих данных — по 10 %. Класс **покрыт**, если
# в него попадает не меньше 1 % сэмплов. Класс с долей около 0 % — это коллапс мод в чистом виде: генератор его
# (почти) не рисует. Оговорка: классификатор отнесёт к *какому-нибудь* классу и мусор, поэтому у слабого генератора
# покрытие может выглядеть полным; читайте его вместе с точностью.
#
# ### Точность и полнота: достоверность против разнообразия
#
# FID сворачивает в одно число два разных провала: сэмплы, не похожие на настоящие, и настоящие изображения, которых
# генератор никогда не выдаёт. Kynkäänniemi et al. (2019) их разделяют. Приблизим **многообразие** набора векторов
# признаков $X$ объединением шаров вокруг его точек, каждый радиусом до $k$-го ближайшего соседа точки ($k = 3$):
#
# $$
# \mathcal{M}(X) = \bigcup_{x \in X} B\bigl(x,\ \lVert x - \mathrm{NN}_k(x) \rVert\bigr),
# \qquad
# \mathrm{precision} = \frac{1}{M} \sum_{j=1}^{M} \mathbb{1}\bigl[g_j \in \mathcal{M}(R)\bigr],
# \qquad
# \mathrm{recall} = \frac{1}{N} \sum_{i=1}^{N} \mathbb{1}\bigl[r_i \in \mathcal{M}(G)\bigr],
# $$
#
# где $R = \{r_i\}$ — $N$ признаков настоящих изображений, а $G = \{g_j\}$ — $M$ признаков сэмплов. **Точность**
# (precision) — доля сэмплов, попавших на многообразие настоящих данных: **достоверность**, «похожи ли сэмплы на
# настоящие?». **Полнота** (recall) — доля настоящих изображений, попавших на многообразие сгенерированных:
# **разнообразие**, «мог ли генератор выдать это настоящее изображение?». Вот идея в двух измерениях — с настоящим
# распределением из 8 мод на окружности, как в блокноте 1:

# %% [markdown] lang="es"
# Una nube cuadrada y una redonda, y la FID (casi) no ve diferencia: por construcción, no puede. Con 128
# características e imágenes reales esto importa menos que en dos dimensiones, pero es una razón para mirar más de un
# número.
#
# ### KID: insesgada y con barra de error
#
# La **KID** (*Kernel Inception Distance*, Bińkowski et al., 2018) es el cuadrado de la **discrepancia media máxima**
# (MMD) entre los dos conjuntos de características, con el núcleo polinómico $k(x, y) = \left(x^\top y / d + 1\right)^3$
# ($d = 128$). Para $m$ características reales $x_i$ y $m$ de muestras $y_j$, su estimador insesgado es
#
# $$
# \widehat{\mathrm{KID}} = \frac{1}{m(m-1)} \sum_{i \ne j} k(x_i, x_j) + \frac{1}{m(m-1)} \sum_{i \ne j} k(y_i, y_j)
# - \frac{2}{m^2} \sum_{i, j} k(x_i, y_j).
# $$
#
# Las sumas sobre $i \ne j$ dejan fuera la similitud de cada punto consigo mismo, y eso es lo que hace **insesgado** al
# estimador: su valor esperado no depende de $m$, así que la KID es más justa que la FID con $n$ pequeño; y para dos
# muestras de la misma distribución vale 0 en promedio, por lo que puede salir **ligeramente negativa**. `evaluate` la
# calcula en 10 subconjuntos disjuntos (de $m = \min(n, 10\,000) / 10$ puntos, 1000 como mucho) y da la media **± su
# error estándar**. Esa barra de error es la que separa una diferencia real del ruido de la evaluación: dos KID más
# cercanas que unas dos veces su error estándar combinado no se pueden distinguir.
#
# ### La puntuación del clasificador (la fórmula del Inception Score)
#
# $$
# \mathrm{IS} = \exp\Bigl(\mathbb{E}_{x \sim p_g}\,\mathrm{KL}\bigl(p(y \mid x)\,\big\|\,p(y)\bigr)\Bigr),
# \qquad p(y) = \mathbb{E}_{x \sim p_g}\, p(y \mid x),
# $$
#
# donde $p(y \mid x)$ es el softmax de la red de características (Salimans et al., 2016, usaron el de Inception, de
# ahí el nombre). Es alta cuando cada muestra es **claramente de una clase** ($p(y \mid x)$ con un pico) y **se usan
# todas las clases** ($p(y)$ plana). Va de 1 (todo es una clase) a 10 (el número de clases). Las imágenes reales de
# prueba no llegan a 10, porque el clasificador duda entre clases parecidas, como camisas y camisetas. Esta puntuación
# nunca mira imágenes reales: un generador que dibuje una imagen perfecta por clase y nada más saca un 10. Úsala junto
# a las demás, nunca sola.
#
# ### Cobertura de clases: la alarma del colapso de modos
#
# La fracción de muestras que el clasificador asigna a cada clase. En los datos reales, un 10 % cada una. Una clase
# está **cubierta** cuando recibe al menos el 1 % de las muestras. Una clase cerca del 0 % es el colapso de modos a la
# vista: el generador (casi) nunca la dibuja. La advertencia: el clasificador asigna *alguna* clase incluso a la
# basura, así que un generador flojo puede parecer totalmente cubierto; lee la cobertura junto a la precisión.
#
# ### Precisión y exhaustividad: fidelidad frente a diversidad
#
# La FID mete en un solo número dos fallos distintos: muestras que no parecen reales e imágenes reales que el generador
# nunca produce. Kynkäänniemi et al. (2019) los separan. Aproximemos la **variedad** (*manifold*) de un conjunto de
# vectores de características $X$ con bolas alrededor de sus puntos, cada una de radio igual a la distancia al $k$-ésimo
# vecino más cercano del punto ($k = 3$):
#
# $$
# \mathcal{M}(X) = \bigcup_{x \in X} B\bigl(x,\ \lVert x - \mathrm{NN}_k(x) \rVert\bigr),
# \qquad
# \mathrm{precision} = \frac{1}{M} \sum_{j=1}^{M} \mathbb{1}\bigl[g_j \in \mathcal{M}(R)\bigr],
# \qquad
# \mathrm{recall} = \frac{1}{N} \sum_{i=1}^{N} \mathbb{1}\bigl[r_i \in \mathcal{M}(G)\bigr],
# $$
#
# con $R = \{r_i\}$ las $N$ características reales y $G = \{g_j\}$ las $M$ de las muestras. La **precisión** es la
# fracción de muestras que caen en la variedad real: la **fidelidad**, «¿parecen reales las muestras?». La
# **exhaustividad** (*recall*) es la fracción de imágenes reales que caen en la variedad generada: la **diversidad**,
# «¿podría el generador haber producido esta imagen real?». Esta es la idea en dos dimensiones, con una distribución
# real de 8 modos sobre una circunferencia, como en el cuaderno 1:

# %%
toy = np.random.default_rng(SEED)
centres = 2 * np.stack([np.cos(np.arange(8) * np.pi / 4), np.sin(np.arange(8) * np.pi / 4)], axis=1)


def ring(n, modes, spread=0.12):
    """n points around the chosen modes of the ring."""
    return (centres[toy.choice(modes, n)] + spread * toy.standard_normal((n, 2))).astype(np.float32)


real_2d = ring(2000, np.arange(8))
toys = {
    TEXT["toy_good"]: ring(2000, np.arange(8)),
    TEXT["toy_collapsed"]: ring(2000, [0, 1]),
    TEXT["toy_blurry"]: (1.4 * toy.standard_normal((2000, 2))).astype(np.float32),
}
fig, axes = plt.subplots(1, 3, figsize=(12, 4.2), sharex=True, sharey=True)
for ax, (title, fake_2d) in zip(axes, toys.items()):
    p, r = precision_recall(real_2d, fake_2d, k=3)
    ax.scatter(*real_2d.T, s=3, alpha=0.35, color=COLORS["real"], label=TEXT["real_points"])
    ax.scatter(*fake_2d.T, s=3, alpha=0.35, color=COLORS["one"], label=TEXT["fake_points"])
    ax.set_title(f"{title}\n{TEXT['precision']} {p:.2f} · {TEXT['recall']} {r:.2f}", fontsize=10)
    ax.set_aspect("equal")
    ax.set_xlim(-4, 4)
    ax.set_ylim(-4, 4)
axes[0].legend(markerscale=4, loc="lower left", fontsize=8)
fig.tight_layout()
plt.show()

# %% [markdown] lang="en"
# The collapsed generator keeps a high precision, since every point it draws is a real mode, but a low recall: six
# modes are missing. The blurry one covers the whole plane, so most real points are "reachable" (recall), but most of
# its points lie between the modes, where real data never is (precision). A single number would mix the two up.
#
# ### Memorisation
#
# A generator could also score perfectly by returning its training images. `evaluate` looks, in pixel space, for
# each sample's nearest training image and compares that distance with the same distance for *test* images of the
# same predicted class (real images no generator has seen). It reports the median ratio of the two distances
# (**nn-train ratio**, about 1 for unseen real images), the share of samples **closer to the training set** than 99 %
# of test images are (about 1 % for unseen real images), and **copies**, samples within an RMS distance of 0.05 (about
# 6 gray levels) of a training image. It raises the flag `memorised` when more than 1 % of the samples are copies or
# more than 5 % are that close. A ratio well below 1 means copying, or smooth, blurry samples, which sit close to
# everything in pixel distance.
#
# ## 3. The floor: what real data scores
#
# A number means little without a reference. What does the best possible "generator", the data itself, score? We
# evaluate `N_EVAL` random **training** images (set B) against the test split, exactly as we will evaluate the
# generators, and set A, the real sneakers, as a caricature of mode collapse. Both are evaluated with the same `n`
# as the generators, because FID depends on $n$.

# %% [markdown] lang="ru"
# Схлопнувшийся генератор сохраняет высокую точность — каждая его точка лежит на настоящей моде, — но полнота низкая:
# шести мод нет. Размытый покрывает всю плоскость, поэтому большинство настоящих точек «достижимо» (полнота), но
# большая часть его точек лежит между модами, где настоящих данных не бывает (точность). Одно число смешало бы эти
# два случая.
#
# ### Запоминание
#
# Генератор мог бы получить идеальные оценки, просто возвращая обучающие изображения. `evaluate` ищет в пространстве
# пикселей ближайшее к каждому сэмплу обучающее изображение и сравнивает это расстояние с тем же расстоянием для
# *тестовых* изображений того же предсказанного класса (настоящих изображений, которых не видел ни один генератор).
# Результат: медиана отношения двух расстояний (**отношение расстояний до обучающих**, около 1 для невиданных настоящих
# изображений), доля сэмплов, которые **ближе к обучающей выборке**, чем 99 % тестовых изображений (около 1 % для
# невиданных настоящих), и **копии** — сэмплы на среднеквадратичном расстоянии не больше 0,05 (около 6 градаций
# серого) от какого-нибудь обучающего изображения. Флаг `memorised` поднимается, если копий больше 1 % или если
# больше 5 % сэмплов лежат так близко. Отношение заметно меньше 1 означает копирование — или гладкие, размытые
# сэмплы, которые по пиксельному расстоянию близки ко всему подряд.
#
# ## 3. Планка: сколько набирают настоящие данные
#
# Число без точки отсчёта мало что значит. Сколько набирает лучший возможный «генератор» — сами данные? Оценим
# `N_EVAL` случайных **обучающих** изображений (набор B) относительно тестовой выборки — ровно так же, как будем
# оценивать генераторы, — и набор A, настоящие кроссовки, как карикатуру на коллапс мод. Оба набора оцениваются при
# том же `n`, что и генераторы, потому что FID зависит от $n$.

# %% [markdown] lang="es"
# El generador colapsado mantiene una precisión alta, porque cada punto que dibuja está en un modo real, pero la
# exhaustividad es baja: faltan seis modos. El borroso cubre todo el plano, así que casi todos los puntos reales son
# «alcanzables» (exhaustividad), pero la mayoría de sus puntos caen entre los modos, donde nunca hay datos reales
# (precisión). Un único número mezclaría los dos casos.
#
# ### Memorización
#
# Un generador también podría puntuar de maravilla devolviendo sus imágenes de entrenamiento. `evaluate` busca, en el
# espacio de píxeles, la imagen de entrenamiento más cercana a cada muestra y compara esa distancia con la misma
# distancia para imágenes de *prueba* de la misma clase predicha (imágenes reales que ningún generador ha visto).
# Informa de la mediana de la razón entre ambas distancias (**razón de distancias al entrenamiento**, cerca de 1 para
# imágenes reales no vistas), de la fracción de muestras **más cerca del conjunto de entrenamiento** que el 99 % de las
# imágenes de prueba (alrededor del 1 % para imágenes reales no vistas) y de las **copias**, muestras a una distancia
# cuadrática media de 0,05 o menos (unos 6 niveles de gris) de una imagen de entrenamiento. Levanta la bandera
# `memorised` cuando más del 1 % de las muestras son copias o más del 5 % están así de cerca. Una razón muy por debajo
# de 1 indica copia, o bien muestras suaves y borrosas, que en distancia de píxeles están cerca de todo.
#
# ## 3. El suelo: cuánto puntúan los datos reales
#
# Un número sin referencia significa poco. ¿Cuánto puntúa el mejor «generador» posible, los propios datos? Evaluamos
# `N_EVAL` imágenes de **entrenamiento** al azar (el conjunto B) frente al conjunto de prueba, exactamente como
# evaluaremos los generadores, y el conjunto A, las zapatillas reales, como caricatura del colapso de modos. Los dos se
# evalúan con el mismo `n` que los generadores, porque la FID depende de $n$.

# %%
floor = evaluate(real_subset, seed=SEED)  # set B: N_EVAL real training images
collapsed = evaluate(one_class, seed=SEED)  # set A: real sneakers only
print_table([TEXT["metric"], TEXT["real"], TEXT["one_class"].format(name=CLASSES[SNEAKER])], metric_rows([floor, collapsed]))

# %% [markdown] lang="en"
# How to read the floor column:
#
# * **FID and KID** of real images are near 0 but not exactly 0, since two finite samples of one distribution always
#   differ a little. This is the best any generator can hope for at this $n$; `benchmarks/results/metric_floors.json`
#   has the same measurement at $n = 10\,000$ (FID about 0.08), lower because of FID's bias at small $n$.
# * The **classifier score** of real data is well below 10 (about 8.6 at $n = 10\,000$, a little less at small $n$):
#   even real garments are sometimes ambiguous.
# * **Precision and recall** of real data are about 0.85, not 1: balls around a finite sample miss part of the
#   manifold. So 0.85, not 1, is the top of the scale for both.
# * The **memorisation check flags the real images**: they *are* training images, nearest distance 0, all of them
#   copies. The check does its job; a generator must never look like this.
#
# The sneakers column shows collapse in numbers: a large FID and KID although every image is real, a classifier score
# near 1, one or two classes covered out of ten (the classifier takes a few sneakers for sandals or ankle boots), and a
# recall far below the floor's (nine classes of real images are nowhere near the samples) with a precision that stays
# high. Keep both columns in mind when reading the generators' numbers.
#
# ## 4. The experiment: three models, one budget
#
# A fair comparison changes one thing only: the architecture. All three models get the same `EPOCHS` passes over the
# same `SUBSET` training images, in batches of `BATCH_SIZE`, with the same `SEED`, the same optimizer (Adam,
# $2 \cdot 10^{-4}$, $\beta_1 = 0.5$) and the same non-saturating loss: the `ganlib.train.train` call of notebooks
# 3–5, with only `model=` changing. No run folder this time, since we keep the models in memory.

# %% [markdown] lang="ru"
# Как читать столбец с планкой:
#
# * **FID и KID** настоящих изображений близки к 0, но не равны ему: две конечные выборки из одного распределения
#   всегда немного различаются. Лучше при этом $n$ не получится ни у какого генератора;
#   в `benchmarks/results/metric_floors.json` то же измерение при $n = 10\,000$ (FID около 0,08) — меньше из-за
#   смещения FID при малых $n$.
# * **Оценка классификатора** настоящих данных заметно меньше 10 (около 8,6 при $n = 10\,000$ и чуть меньше при
#   малых $n$): даже настоящая одежда иногда неоднозначна.
# * **Точность и полнота** настоящих данных — около 0,85, а не 1: шары вокруг конечной выборки покрывают
#   многообразие не целиком. Так что верх шкалы для обеих метрик — 0,85, а не 1.
# * **Проверка на запоминание отмечает настоящие изображения**: они *и есть* обучающие, расстояние до ближайшего —
#   0, все до одного копии. Проверка работает как надо; генератор так выглядеть не должен никогда.
#
# Столбец с кроссовками показывает коллапс в цифрах: большие FID и KID, хотя все изображения настоящие, оценка
# классификатора около 1, покрыты один-два класса из десяти (несколько кроссовок классификатор принимает за сандалии
# или ботильоны) и полнота намного ниже планки (девять классов настоящих изображений далеко от сэмплов) при по-прежнему
# высокой точности. Держите оба столбца в голове, когда будете читать числа генераторов.
#
# ## 4. Эксперимент: три модели, один бюджет
#
# Честное сравнение меняет только одно — архитектуру. Все три модели получают одинаковые `EPOCHS` проходов по одним и
# тем же `SUBSET` обучающим изображениям, батчами по `BATCH_SIZE`, с тем же `SEED`, тем же оптимизатором (Adam,
# $2 \cdot 10^{-4}$, $\beta_1 = 0.5$) и той же ненасыщающейся функцией потерь: это вызов `ganlib.train.train` из
# блокнотов 3–5, в котором меняется только `model=`. Папка запуска на этот раз не нужна — модели остаются в памяти.

# %% [markdown] lang="es"
# Cómo leer la columna del suelo:
#
# * La **FID y la KID** de las imágenes reales están cerca de 0, pero no son exactamente 0: dos muestras finitas de una
#   misma distribución siempre difieren un poco. Es lo mejor que puede aspirar a sacar un generador con este $n$;
#   `benchmarks/results/metric_floors.json` tiene la misma medida con $n = 10\,000$ (FID de unos 0,08), más baja por el
#   sesgo de la FID con $n$ pequeño.
# * La **puntuación del clasificador** de los datos reales queda bastante por debajo de 10 (unos 8,6 con
#   $n = 10\,000$, algo menos con $n$ pequeño): incluso la ropa real es a veces ambigua.
# * La **precisión y la exhaustividad** de los datos reales rondan 0,85, no 1: las bolas alrededor de una muestra
#   finita no cubren toda la variedad. Así que el techo de la escala de ambas es 0,85, no 1.
# * La **prueba de memorización marca las imágenes reales**: *son* imágenes de entrenamiento, a distancia 0 de la más
#   cercana, todas copias. La prueba hace su trabajo; un generador nunca debería salir así.
#
# La columna de las zapatillas muestra el colapso en números: una FID y una KID grandes aunque todas las imágenes son
# reales, una puntuación del clasificador cerca de 1, una o dos clases cubiertas de diez (el clasificador confunde
# algunas zapatillas con sandalias o botines) y una exhaustividad muy por debajo de la del suelo (nueve clases de
# imágenes reales quedan lejos de las muestras) con una precisión que sigue alta. Ten presentes las dos columnas al
# leer los números de los generadores.
#
# ## 4. El experimento: tres modelos, un presupuesto
#
# Una comparación justa cambia una sola cosa: la arquitectura. Los tres modelos reciben las mismas `EPOCHS` pasadas
# sobre las mismas `SUBSET` imágenes de entrenamiento, en lotes de `BATCH_SIZE`, con la misma `SEED`, el mismo
# optimizador (Adam, $2 \cdot 10^{-4}$, $\beta_1 = 0.5$) y la misma pérdida no saturante: la llamada a
# `ganlib.train.train` de los cuadernos 3–5, en la que solo cambia `model=`. Esta vez no hace falta carpeta de
# ejecución: los modelos se quedan en memoria.

# %%
n_images = SUBSET or len(x_train)
runs, wall = {}, {}
for name in MODELS:
    print(TEXT["training"].format(model=NAMES[name], epochs=EPOCHS, images=n_images, batch=BATCH_SIZE), flush=True)
    start = time.perf_counter()
    runs[name] = train(model=name, epochs=EPOCHS, subset=SUBSET, batch_size=BATCH_SIZE, seed=SEED, verbose=0)
    wall[name] = time.perf_counter() - start
    history = runs[name].history
    print(TEXT["trained"].format(s=wall[name], d=history["d_loss"][-1], g=history["g_loss"][-1]), flush=True)
generators = {name: run.gan.generator for name, run in runs.items()}

# %% [markdown] lang="en"
# ## 5. Quality
#
# Each generator now draws `N_EVAL` samples from the same latent seed, and `evaluate` scores them against the test
# split, exactly like the floor.

# %% [markdown] lang="ru"
# ## 5. Качество
#
# Теперь каждый генератор рисует `N_EVAL` сэмплов с одним и тем же зерном латентных векторов, а `evaluate` оценивает
# их относительно тестовой выборки — ровно так же, как планку.

# %% [markdown] lang="es"
# ## 5. Calidad
#
# Ahora cada generador dibuja `N_EVAL` muestras con la misma semilla latente y `evaluate` las puntúa frente al conjunto
# de prueba, exactamente igual que el suelo.

# %%
evaluations = {}
for name in MODELS:
    evaluations[name] = evaluate(generators[name], n=N_EVAL, seed=SEED)
    print(TEXT["eval_time"].format(model=NAMES[name], n=evaluations[name].n, s=evaluations[name].seconds))
print()
print(TEXT["budget"].format(epochs=EPOCHS, images=n_images, batch=BATCH_SIZE, seed=SEED, n=N_EVAL))
print_table([TEXT["metric"], TEXT["real"], *(NAMES[m] for m in MODELS)], metric_rows([floor, *evaluations.values()]))

# %% [markdown] lang="en"
# The same numbers as pictures. On the left, FID on a logarithmic scale, because generators after a short training
# sit orders of magnitude above the floor; on the right, KID with error bars of ±2 standard errors: bars that overlap
# mean the evaluation cannot separate those models.

# %% [markdown] lang="ru"
# Те же числа в виде графиков. Слева FID в логарифмической шкале — после короткого обучения генераторы на порядки
# выше планки; справа KID с отрезками ±2 стандартные ошибки: если отрезки перекрываются, оценка эти модели не
# различает.

# %% [markdown] lang="es"
# Los mismos números, en gráficas. A la izquierda, la FID en escala logarítmica, porque tras un entrenamiento corto los
# generadores quedan órdenes de magnitud por encima del suelo; a la derecha, la KID con barras de error de ±2 errores
# estándar: si las barras se solapan, la evaluación no separa esos modelos.

# %%
model_names = [NAMES[m] for m in MODELS]
model_colors = [COLORS[m] for m in MODELS]
fig, (ax_fid, ax_kid) = plt.subplots(1, 2, figsize=(12, 4))
bars = ax_fid.bar(model_names, [evaluations[m].fid for m in MODELS], color=model_colors)
ax_fid.bar_label(bars, fmt="%.2f")
ax_fid.axhline(floor.fid, color=COLORS["real"], ls="--", label=TEXT["floor_line"].format(v=floor.fid))
ax_fid.set_yscale("log")
ax_fid.set_ylim(min(floor.fid, *(evaluations[m].fid for m in MODELS)) / 2, max(evaluations[m].fid for m in MODELS) * 8)
ax_fid.set_title(TEXT["fid_title"])
bars = ax_kid.bar(model_names, [evaluations[m].kid for m in MODELS], color=model_colors,
                  yerr=[2 * evaluations[m].kid_se for m in MODELS], capsize=6)
ax_kid.bar_label(bars, fmt="%.3f", padding=3)
ax_kid.axhline(floor.kid, color=COLORS["real"], ls="--", label=TEXT["floor_line"].format(v=floor.kid))
top = max(evaluations[m].kid + 2 * evaluations[m].kid_se for m in MODELS)
ax_kid.set_ylim(min(0.0, floor.kid) - 0.05 * top, 1.35 * top)
ax_kid.set_title(TEXT["kid_title"])
for ax in (ax_fid, ax_kid):
    ax.legend(loc="upper right", fontsize=9)
    ax.grid(axis="y", alpha=0.3)
fig.tight_layout()
plt.show()

# %% [markdown] lang="en"
# Precision against recall separates the two ways of failing. The top right corner is where real data sits (the
# green point); the red point is set A, the collapsed "generator" of real sneakers.

# %% [markdown] lang="ru"
# Точность против полноты разделяет два способа провалиться. Правый верхний угол — там, где настоящие данные
# (зелёная точка); красная точка — набор A, «схлопнувшийся генератор» из настоящих кроссовок.

# %% [markdown] lang="es"
# La precisión frente a la exhaustividad separa las dos maneras de fallar. La esquina superior derecha es donde están
# los datos reales (el punto verde); el punto rojo es el conjunto A, el «generador» colapsado de zapatillas reales.

# %%
fig, ax = plt.subplots(figsize=(6.5, 5.5))
points = [(TEXT["real"], floor, COLORS["real"]),
          (TEXT["one_class"].format(name=CLASSES[SNEAKER]), collapsed, COLORS["one"]),
          *((NAMES[m], evaluations[m], COLORS[m]) for m in MODELS)]
for name, result, color in points:
    ax.scatter(result.recall, result.precision, s=120, color=color, edgecolor="black", zorder=3)
    ax.annotate(name, (result.recall, result.precision), xytext=(7, 5), textcoords="offset points", fontsize=9)
ax.set_xlim(-0.03, 1.0)
ax.set_ylim(-0.03, 1.0)
ax.set_xlabel(f"{TEXT['recall']} (→)")
ax.set_ylabel(f"{TEXT['precision']} (→)")
ax.set_title(TEXT["pr_title"])
ax.grid(alpha=0.3)
fig.tight_layout()
plt.show()

# %% [markdown] lang="en"
# Which classes does each generator draw? The classifier of the feature network labels every sample; real data puts
# 10 % in each class (the green marks), and a class below the dotted 1 % line counts as not covered. The legend gives
# each model's number of covered classes.

# %% [markdown] lang="ru"
# Какие классы рисует каждый генератор? Классификатор сети признаков ставит метку каждому сэмплу; у настоящих данных
# в каждом классе по 10 % (зелёные отметки), а класс ниже пунктирной линии 1 % считается непокрытым. В легенде —
# число покрытых классов у каждой модели.

# %% [markdown] lang="es"
# ¿Qué clases dibuja cada generador? El clasificador de la red de características etiqueta cada muestra; los datos
# reales ponen un 10 % en cada clase (las marcas verdes) y una clase por debajo de la línea punteada del 1 % cuenta como
# no cubierta. La leyenda da el número de clases cubiertas de cada modelo.

# %%
x = np.arange(10)
width = 0.8 / len(MODELS)
fig, ax = plt.subplots(figsize=(12, 4.5))
for i, m in enumerate(MODELS):
    shares = list(evaluations[m].class_shares.values())  # in class order
    ax.bar(x + (i - (len(MODELS) - 1) / 2) * width, shares, width, color=COLORS[m],
           label=f"{NAMES[m]} ({evaluations[m].classes_covered}/10)")
ax.scatter(x, list(floor.class_shares.values()), marker="_", s=900, linewidths=3, color=COLORS["real"], zorder=3,
           label=TEXT["uniform"])
ax.axhline(COVERED_SHARE, color="black", ls=":", lw=1, label=TEXT["covered_line"].format(p=COVERED_SHARE))
ax.set_xticks(x, CLASSES, rotation=25, ha="right")
ax.yaxis.set_major_formatter(PercentFormatter(1.0))
ax.set_ylabel(TEXT["share"])
ax.set_title(TEXT["coverage_title"].format(n=N_EVAL))
ax.legend(fontsize=9, loc="upper left", bbox_to_anchor=(1.01, 1.0), markerscale=0.5)
ax.grid(axis="y", alpha=0.3)
fig.tight_layout()
plt.show()

# %% [markdown] lang="en"
# And, last, what the numbers are about: 32 samples of each generator, from the same latent vectors, next to 32 real
# images. Now that you have the numbers, look again at the pictures and check whether your eyes agree with them.

# %% [markdown] lang="ru"
# И наконец то, о чём все эти числа: по 32 сэмпла каждого генератора из одних и тех же латентных векторов рядом с
# 32 настоящими изображениями. Теперь, когда числа перед вами, посмотрите на картинки ещё раз и проверьте, согласен ли
# с ними ваш глаз.

# %% [markdown] lang="es"
# Y, por último, aquello de lo que hablan los números: 32 muestras de cada generador, a partir de los mismos vectores
# latentes, junto a 32 imágenes reales. Ahora que tienes los números, vuelve a mirar las imágenes y comprueba si tu
# vista está de acuerdo con ellos.

# %%
fig, axes = plt.subplots(2, 2, figsize=(12, 6.6))
show_images(real_subset[32:64], title=TEXT["real_samples"], ncols=8, ax=axes[0, 0])
for ax, m in zip(axes.flat[1:], MODELS):
    show_images(generate(generators[m], n=32, seed=SEED), ncols=8, ax=ax,
                title=TEXT["samples_title"].format(model=NAMES[m], fid=evaluations[m].fid))
fig.tight_layout()
plt.show()

# %% [markdown] lang="en"
# ## 6. Speed
#
# Quality is half of the comparison; the other half is what it costs. `train` records the wall-clock time of every
# epoch in its history (`epoch_s`) and the throughput, `images_per_s`. The first epoch also pays for **tracing** the
# training step into a TensorFlow graph (and for warming up the input pipeline), so the table below takes the median
# over the later epochs and shows the first one separately; with a single epoch, there is nothing else to use and the
# cell says so. Tracing takes a few seconds: a lot next to a short epoch, lost in the noise of a shared machine next
# to a long one. Sampling speed, the cost of *using* a generator, is measured by timing 1,000 samples.

# %% [markdown] lang="ru"
# ## 6. Скорость
#
# Качество — половина сравнения; вторая половина — его цена. `train` записывает в историю время по часам каждой эпохи
# (`epoch_s`) и пропускную способность (`images_per_s`). Первая эпоха дополнительно платит за **трассировку** шага
# обучения в граф TensorFlow (и за разогрев конвейера входных данных), поэтому таблица ниже берёт медиану по следующим
# эпохам, а первую показывает отдельно; если эпоха всего одна, брать больше нечего, и ячейка об этом предупредит.
# Трассировка занимает несколько секунд: много рядом с короткой эпохой и теряется в шуме общей машины рядом с длинной.
# Скорость генерации — цену *использования* генератора — измеряем по времени на 1000 сэмплов.

# %% [markdown] lang="es"
# ## 6. Velocidad
#
# La calidad es la mitad de la comparación; la otra mitad es lo que cuesta. `train` registra en su historial el tiempo
# de reloj de cada época (`epoch_s`) y el rendimiento (`images_per_s`). La primera época paga además el **trazado**
# del paso de entrenamiento como grafo de TensorFlow (y el arranque de la canalización de datos), así que la tabla
# toma la mediana de las épocas siguientes y muestra la primera aparte; con una sola época no hay otra cosa que usar,
# y la celda lo advierte. El trazado lleva unos segundos: mucho al lado de una época corta, y nada que se note entre
# el ruido de una máquina compartida al lado de una larga. La velocidad de muestreo, lo que cuesta *usar* un
# generador, se mide cronometrando 1000 muestras.

# %%
speed = {}
for m in MODELS:
    history = runs[m].history
    later = slice(1, None) if len(history["epoch_s"]) > 1 else slice(None)
    start = time.perf_counter()
    generate(generators[m], n=1000, seed=SEED + 1)
    speed[m] = {
        "epoch_s": float(np.median(history["epoch_s"][later])),
        "ips": float(np.median(history["images_per_s"][later])),
        "first_s": history["epoch_s"][0],
        "sample_ips": 1000 / (time.perf_counter() - start),
    }
print_table(
    [TEXT["model"], TEXT["s_epoch"], TEXT["ips"], TEXT["first"], TEXT["total"], TEXT["sample_ips"]],
    [[NAMES[m], f"{s['epoch_s']:.1f}", f"{s['ips']:,.0f}", f"{s['first_s']:.1f}", f"{wall[m]:.0f}",
      f"{s['sample_ips']:,.0f}"] for m, s in speed.items()],
)
print()
print(TEXT["first_excluded"] if EPOCHS > 1 else TEXT["first_only"])

# %% [markdown] lang="en"
# Speed follows from the size and shape of the networks. The next table gives each network's parameters and the
# **multiply-adds** of one forward pass for one image (in the dense and convolution layers, which do almost all the
# work). Both are fixed by the architecture, so this cell's output never changes:

# %% [markdown] lang="ru"
# Скорость следует из размера и устройства сетей. В следующей таблице — число параметров каждой сети и число
# **умножений-сложений** за один прямой проход для одного изображения (в полносвязных и свёрточных слоях, которые
# делают почти всю работу). И то и другое задаётся архитектурой, так что вывод этой ячейки не меняется никогда:

# %% [markdown] lang="es"
# La velocidad se deriva del tamaño y la forma de las redes. La tabla siguiente da los parámetros de cada red y las
# **multiplicaciones-sumas** de una pasada hacia delante para una imagen (en las capas densas y de convolución, que
# hacen casi todo el trabajo). Las dos cosas las fija la arquitectura, así que la salida de esta celda no cambia
# nunca:

# %%
# NBVAL_CHECK_OUTPUT
def multiply_adds(model):
    """Multiply-adds of one forward pass for one image, in the dense and convolution layers."""
    total = 0
    for layer in model.layers:
        if isinstance(layer, layers.Dense):
            total += int(np.prod(layer.kernel.shape))
        elif isinstance(layer, layers.Conv2DTranspose):  # every input pixel stamps the whole kernel
            total += int(np.prod(layer.input.shape[1:3]) * np.prod(layer.kernel.shape))
        elif isinstance(layer, layers.Conv2D):  # the kernel is applied at every output pixel
            total += int(np.prod(layer.output.shape[1:3]) * np.prod(layer.kernel.shape))
    return total


rows = []
for m in MODELS:
    g, d = runs[m].gan.generator, runs[m].gan.discriminator
    rows.append([NAMES[m], f"{g.count_params():,}", f"{d.count_params():,}",
                 f"{multiply_adds(g) / 1e6:,.1f} M", f"{multiply_adds(d) / 1e6:,.1f} M"])
print_table([TEXT["model"], TEXT["g_params"], TEXT["d_params"], TEXT["g_macs"], TEXT["d_macs"]], rows)

# %%
fig, (ax_train, ax_sample) = plt.subplots(1, 2, figsize=(12, 4))
bars = ax_train.barh(model_names, [speed[m]["ips"] for m in MODELS], color=model_colors)
ax_train.bar_label(bars, fmt="%.0f", padding=3)
ax_train.set_title(TEXT["speed_title"])
bars = ax_sample.barh(model_names, [speed[m]["sample_ips"] for m in MODELS], color=model_colors)
ax_sample.bar_label(bars, fmt="%.0f", padding=3)
ax_sample.set_xscale("log")
ax_sample.set_title(TEXT["sample_speed_title"])
for ax in (ax_train, ax_sample):
    ax.invert_yaxis()
    ax.grid(axis="x", alpha=0.3)
    ax.margins(x=0.2)
fig.tight_layout()
plt.show()

# %% [markdown] lang="en"
# Parameters are not the whole story: the three models have between 2.0 and 2.6 million in all, yet their speeds
# differ by more than an order of magnitude. A dense layer uses each weight once per image; a convolution reuses its
# kernel at every position of the feature map. So the vanilla generator does about 1.5 million multiply-adds per
# image, the DCGAN's about 52 million and the improved DCGAN's about 55 million: it adds its extra 3×3 convolution at
# $7 \times 7$, where there are 16 times fewer positions than at $28 \times 28$. A training step runs the generator
# forward and backward and the discriminator on a real and a generated batch, so its cost follows those counts. The
# measured throughputs come in the same order, though not in proportion: tiny layers leave a CPU partly idle on the
# fixed cost of each operation, so the vanilla GAN gains less from its small count than the numbers suggest, and the
# improved DCGAN's extra layers and batch normalizations cost time that multiply-adds do not count. On a GPU all three
# get much faster and the gaps usually shrink, because convolutions are exactly what GPUs are built for.
#
# How much faster can training get on the same machine? `make bench` times a training step of each model against the
# plain loop of the TensorFlow DCGAN tutorial (batch 256), in one process, and reports ratios. On a 2-core Intel Xeon
# with AMX matrix units, nothing else running:
#
# | run (batch 256) | images/s | × tutorial loop |
# | --- | --- | --- |
# | tutorial loop, DCGAN, float32 | 507 | 1.00 |
# | `ganlib` DCGAN, float32 | 463 | 0.91 |
# | `ganlib` DCGAN, `mixed_bfloat16` | 547 | 1.08 |
# | `ganlib` improved DCGAN, float32 | 324 | 0.64 |
# | `ganlib` improved DCGAN, `mixed_bfloat16` | 414 | 0.82 |
#
# `ganlib` is a little slower than the tutorial in float32 because it plays the textbook alternating game: the
# generator follows the discriminator *after* its update, which costs one more discriminator pass.
#
# Half precision (bfloat16, on the CPU's AMX matrix units) makes the tutorial's own step 1.20× faster. No other lever
# we measured does better: batch size leaves images/s almost unchanged (0.92–0.99× from 64 to 512), and XLA compilation
# is *slower* here (0.68×). Speed is also not the whole story. Over three seeds, the DCGAN's FID after 3 epochs was
# 31.2–34.1 in float32 but 35.3–36.1 in bfloat16: each epoch gets cheaper but also worth less. That is why `ganlib`
# trains in float32 unless you ask for `precision="auto"`. A bigger lever for the shipped improved DCGAN was the batch
# size: at 64 images a step took a quarter of the time of a 256-image step, so an hour bought almost four times as
# many updates.
#
# Speed alone can mislead, so `benchmarks/bench_quality.py` also measures **time to quality**: training seconds until
# the FID (10,000 samples) first falls below 30, with each model's shipped recipe, on the same machine:
#
# | model (batch) | epochs to FID < 30 | training seconds |
# | --- | --- | --- |
# | vanilla GAN (256) | 17 | 111 |
# | DCGAN (256) | more than 3 | more than 374 (FID 32.2 after 3 epochs, mean of 3 seeds) |
# | improved DCGAN (64) | 2 | 354 (FID 17.7) |
#
# The MLP crosses the line first because its epochs are 15 times cheaper, but it crawls afterwards (26.4 after 30
# epochs); the improved DCGAN is the first to be *good*.
#
# **Quality on the clock.** A learner's budget is minutes, not epochs, so `bench_quality.py --clock` also trains each
# recipe of `ganlib.recipes` for 300 seconds of training on all 60,000 images and measures FID (10,000 samples) when its
# training clock first passes 60, 120 and 300 seconds (evaluations are not counted). On a 2-core AMD EPYC:
#
# | recipe | seeds | FID after 60 s | FID after 120 s | FID after 300 s | recall at 300 s | classes at 300 s |
# | --- | --- | --- | --- | --- | --- | --- |
# | `fast`: CPU-sized DCGAN, batch 64, Adam 8e-4, EMA | 3 | 15.1 (14.6–15.5) | 10.0 (9.5–10.4) | 6.5 (6.2–6.7) | 0.58 | 10 |
# | `improved`: improved DCGAN, batch 64, 2e-4, EMA | 1 | 41.6 | 29.4 | 16.9 | 0.23 | 10 |
# | `dcgan`: tutorial DCGAN, batch 64, 2e-4, EMA | 1 | 33.2 | 24.7 | 13.8 | 0.19 | 10 |
# | `classic`: tutorial DCGAN, batch 256, 2e-4 (`TrainConfig`'s defaults) | 1 | 62.5 | 45.4 | 37.8 | 0.00 | 7 |
#
# The small `fast` DCGAN wins at every mark, and it is what `make run` trains: on a CPU, **updates per second matter more
# than width**. It makes about 30 steps per second, the tutorial's network 10 at the same batch of 64 and 2.5 at a batch
# of 256. The same tutorial network gets from 37.8 to 13.8 in the same five minutes just by the recipe (batch 64, so
# four times the updates, and samples from a moving average of its weights, explained in the README).
# The improved DCGAN, the best model after 45 minutes, is *not* the best in the first five: its steps are the most
# expensive. Which model is "best" depends on the budget you give it.
#
# ## 7. What the numbers say
#
# Now the verdict, written by code from the numbers above: the ranking by each metric, whether the gap between the
# two best models by FID is larger than KID's evaluation noise, coverage, the fidelity–diversity trade-off,
# memorisation, and speed.

# %% [markdown] lang="ru"
# Число параметров — ещё не всё: у трёх моделей их от 2,0 до 2,6 миллиона на обе сети, а скорость различается больше
# чем на порядок. Полносвязный слой использует каждый вес один раз на изображение, а свёртка применяет своё ядро в
# каждой позиции карты признаков. Поэтому классический генератор делает около 1,5 миллиона умножений-сложений на
# изображение, генератор DCGAN — около 52 миллионов, а улучшенной DCGAN — около 55 миллионов: свою дополнительную
# свёртку 3×3 она ставит на $7 \times 7$, где позиций в 16 раз меньше, чем на $28 \times 28$. Шаг обучения прогоняет
# генератор вперёд и назад, а дискриминатор — на батче настоящих и батче сгенерированных изображений, так что его цена
# следует этим числам. Измеренная скорость идёт в том же порядке, хотя и не пропорционально: на крошечных слоях CPU
# частично простаивает из-за постоянных накладных расходов на каждую операцию, поэтому классическая GAN выигрывает от
# своих маленьких чисел меньше, чем они обещают, а дополнительные слои и батч-нормализации улучшенной DCGAN отнимают
# время, которое умножения-сложения не учитывают. На GPU все три модели заметно ускоряются, а разрыв обычно
# сокращается: свёртки — именно то, для чего GPU созданы.
#
# Насколько быстрее можно обучать на той же машине? `make bench` в одном процессе замеряет шаг обучения каждой модели
# и, для сравнения, простой цикл из туториала TensorFlow по DCGAN (батч 256) и приводит отношения скоростей. На
# двухъядерном Intel Xeon с матричными блоками AMX, без другой нагрузки:
#
# | запуск (батч 256) | изображений/с | × цикл туториала |
# | --- | --- | --- |
# | цикл туториала, DCGAN, float32 | 507 | 1,00 |
# | DCGAN из `ganlib`, float32 | 463 | 0,91 |
# | DCGAN из `ganlib`, `mixed_bfloat16` | 547 | 1,08 |
# | улучшенная DCGAN из `ganlib`, float32 | 324 | 0,64 |
# | улучшенная DCGAN из `ganlib`, `mixed_bfloat16` | 414 | 0,82 |
#
# В float32 `ganlib` немного медленнее туториала, потому что играет в игру по учебнику, поочерёдно: генератор
# подстраивается под дискриминатор *после* его обновления, а это лишний проход дискриминатора.
#
# Половинная точность (bfloat16 на матричных блоках AMX процессора) ускоряет сам шаг туториала в 1,20 раза. Ни один
# другой рычаг из тех, что мы замерили, не даёт большего: от размера батча число изображений в секунду почти не
# зависит (0,92–0,99× при батчах от 64 до 512), а компиляция XLA здесь даже *замедляет* шаг (0,68×). Да и скорость —
# ещё не всё. На трёх зёрнах FID у DCGAN после 3 эпох составил 31,2–34,1 в float32 и 35,3–36,1 в bfloat16: каждая
# эпоха становится дешевле, но и пользы от неё меньше. Поэтому `ganlib` обучает модели в float32, пока вы сами не
# попросите `precision="auto"`. Для поставляемой улучшенной DCGAN сильнее сработал другой рычаг — размер батча: шаг
# на батче из 64 изображений занимал в четыре раза меньше времени, чем на 256, и за час модель успевала сделать почти
# вчетверо больше обновлений.
#
# Сама по себе скорость может ввести в заблуждение, поэтому `benchmarks/bench_quality.py` измеряет ещё и
# **время до качества**: сколько секунд обучения нужно, чтобы FID (10 000 сэмплов) впервые опустился ниже 30. Каждая
# модель обучается по рецепту своего поставляемого генератора, на той же машине:
#
# | модель (батч) | эпох до FID < 30 | секунд обучения |
# | --- | --- | --- |
# | классическая GAN (256) | 17 | 111 |
# | DCGAN (256) | больше 3 | больше 374 (FID 32,2 после 3 эпох, среднее по 3 зёрнам) |
# | улучшенная DCGAN (64) | 2 | 354 (FID 17,7) |
#
# Многослойный перцептрон первым преодолевает порог — его эпохи в 15 раз дешевле, — но дальше еле ползёт (26,4 после
# 30 эпох). А первой *хорошей* моделью становится улучшенная DCGAN.
#
# **Качество по часам.** Бюджет учащегося — минуты, а не эпохи, поэтому `bench_quality.py --clock` обучает каждый
# рецепт из `ganlib.recipes` 300 секунд на всех 60 000 изображений и измеряет FID (10 000 сэмплов), когда часы обучения
# впервые проходят отметки 60, 120 и 300 секунд (время оценки не считается). На двухъядерном AMD EPYC:
#
# | рецепт | зёрен | FID через 60 с | FID через 120 с | FID через 300 с | полнота через 300 с | классов через 300 с |
# | --- | --- | --- | --- | --- | --- | --- |
# | `fast`: DCGAN под CPU, батч 64, Adam 8e-4, EMA | 3 | 15,1 (14,6–15,5) | 10,0 (9,5–10,4) | 6,5 (6,2–6,7) | 0,58 | 10 |
# | `improved`: улучшенная DCGAN, батч 64, 2e-4, EMA | 1 | 41,6 | 29,4 | 16,9 | 0,23 | 10 |
# | `dcgan`: DCGAN туториала, батч 64, 2e-4, EMA | 1 | 33,2 | 24,7 | 13,8 | 0,19 | 10 |
# | `classic`: DCGAN туториала, батч 256, 2e-4 (значения `TrainConfig` по умолчанию) | 1 | 62,5 | 45,4 | 37,8 | 0,00 | 7 |
#
# Маленькая DCGAN `fast` выигрывает на каждой отметке, и именно её обучает `make run`: на CPU **число обновлений в
# секунду важнее ширины сети**. Она делает около 30 шагов в секунду, сеть из туториала — 10 на том же батче из 64
# изображений и 2,5 на батче из 256. Та же сеть из туториала за те же пять минут улучшается с 37,8 до 13,8 только за
# счёт рецепта (батч 64, то есть больше обновлений, и сэмплы из скользящего среднего её весов, о котором рассказывает
# README). Улучшенная DCGAN, лучшая модель после 45 минут, в первые пять минут *не* лучшая: её шаги самые дорогие.
# Какая модель «лучше», зависит от бюджета, который вы ей даёте.
#
# ## 7. Что говорят числа
#
# Теперь вердикт — его пишет код по числам выше: ранжирование по каждой метрике, превышает ли разрыв между двумя
# лучшими по FID моделями шум оценки KID, покрытие, компромисс между достоверностью и разнообразием, запоминание и
# скорость.

# %% [markdown] lang="es"
# Los parámetros no lo son todo: los tres modelos tienen entre 2,0 y 2,6 millones entre las dos redes y, sin embargo,
# su velocidad difiere en más de un orden de magnitud. Una capa densa usa cada peso una vez por imagen; una
# convolución reutiliza su núcleo en cada posición del mapa de características. Así, el generador clásico hace unos
# 1,5 millones de multiplicaciones-sumas por imagen, el de la DCGAN unos 52 millones y el de la DCGAN mejorada unos
# 55 millones: su convolución de 3×3 adicional va a $7 \times 7$, donde hay 16 veces menos posiciones que a
# $28 \times 28$. Un paso de entrenamiento pasa el generador hacia delante y hacia atrás y el discriminador por un lote
# real y otro generado, así que su coste sigue esas cifras. El rendimiento medido sale en el mismo orden, aunque no en
# proporción: con capas diminutas la CPU queda en parte ociosa por el coste fijo de cada operación, así que la GAN
# clásica gana con sus cifras pequeñas menos de lo que prometen, y las normalizaciones por lotes y las capas extra de
# la DCGAN mejorada consumen un tiempo que las multiplicaciones-sumas no cuentan.
# En una GPU los tres se aceleran mucho y las diferencias suelen reducirse, porque las convoluciones son justo aquello
# para lo que están hechas las GPU.
#
# ¿Cuánto más rápido se puede entrenar en la misma máquina? `make bench` mide, en un mismo proceso, un paso de
# entrenamiento de cada modelo y, como referencia, el bucle sencillo del tutorial de DCGAN de TensorFlow (lote de 256),
# y da los cocientes. En un Intel Xeon de 2 núcleos con unidades matriciales AMX y sin otra carga:
#
# | ejecución (lote de 256) | imágenes/s | × bucle del tutorial |
# | --- | --- | --- |
# | bucle del tutorial, DCGAN, float32 | 507 | 1,00 |
# | DCGAN de `ganlib`, float32 | 463 | 0,91 |
# | DCGAN de `ganlib`, `mixed_bfloat16` | 547 | 1,08 |
# | DCGAN mejorada de `ganlib`, float32 | 324 | 0,64 |
# | DCGAN mejorada de `ganlib`, `mixed_bfloat16` | 414 | 0,82 |
#
# En float32, `ganlib` va algo más lenta que el tutorial porque juega la partida de manual, por turnos: el generador
# sigue al discriminador *después* de que este se actualice, lo que cuesta una pasada más del discriminador.
#
# La media precisión (bfloat16, en las unidades matriciales AMX de la CPU) acelera 1,20 veces el propio paso del
# tutorial. Ninguna otra palanca de las que medimos da más: el tamaño del lote apenas cambia las imágenes por segundo
# (entre 0,92× y 0,99× con lotes de 64 a 512), y compilar con XLA aquí incluso *frena* el paso (0,68×). Además, la
# velocidad no lo es todo. Con tres semillas, la FID de la DCGAN tras 3 épocas fue de 31,2–34,1 en float32 y de
# 35,3–36,1 en bfloat16: cada época sale más barata, pero también rinde menos. Por eso `ganlib` entrena en float32
# salvo que pidas `precision="auto"`. Para la DCGAN mejorada que viene preentrenada pesó más otra palanca: el tamaño
# del lote. Un paso con 64 imágenes tardaba la cuarta parte de lo que tardaba uno con 256, así que en una hora cabían
# casi cuatro veces más actualizaciones.
#
# La velocidad por sí sola puede engañar, así que `benchmarks/bench_quality.py` mide también el
# **tiempo hasta la calidad**: los segundos de entrenamiento hasta que la FID (10 000 muestras) baja por primera vez
# de 30, con la receta de cada generador preentrenado y en la misma máquina:
#
# | modelo (lote) | épocas hasta FID < 30 | segundos de entrenamiento |
# | --- | --- | --- |
# | GAN clásica (256) | 17 | 111 |
# | DCGAN (256) | más de 3 | más de 374 (FID 32,2 tras 3 épocas, media de 3 semillas) |
# | DCGAN mejorada (64) | 2 | 354 (FID 17,7) |
#
# El perceptrón multicapa es el primero en bajar del umbral porque sus épocas son 15 veces más baratas, pero luego
# avanza a paso de tortuga (26,4 tras 30 épocas); la primera en ser *buena* es la DCGAN mejorada.
#
# **La calidad frente al reloj.** El presupuesto de quien aprende son minutos, no épocas, así que `bench_quality.py
# --clock` entrena además cada receta de `ganlib.recipes` durante 300 segundos con las 60 000 imágenes y mide la FID
# (10 000 muestras) cuando su reloj de entrenamiento pasa por primera vez los 60, 120 y 300 segundos (las evaluaciones no
# cuentan). En un AMD EPYC de 2 núcleos:
#
# | receta | semillas | FID a los 60 s | FID a los 120 s | FID a los 300 s | exhaustividad a los 300 s | clases a los 300 s |
# | --- | --- | --- | --- | --- | --- | --- |
# | `fast`: DCGAN a la medida de la CPU, lote 64, Adam 8e-4, EMA | 3 | 15,1 (14,6–15,5) | 10,0 (9,5–10,4) | 6,5 (6,2–6,7) | 0,58 | 10 |
# | `improved`: DCGAN mejorada, lote 64, 2e-4, EMA | 1 | 41,6 | 29,4 | 16,9 | 0,23 | 10 |
# | `dcgan`: DCGAN del tutorial, lote 64, 2e-4, EMA | 1 | 33,2 | 24,7 | 13,8 | 0,19 | 10 |
# | `classic`: DCGAN del tutorial, lote 256, 2e-4 (los valores por defecto de `TrainConfig`) | 1 | 62,5 | 45,4 | 37,8 | 0,00 | 7 |
#
# La DCGAN pequeña `fast` gana en todas las marcas, y es la que entrena `make run`: en una CPU **importan más las
# actualizaciones por segundo que la anchura de la red**. Da unos 30 pasos por segundo; la red del tutorial, 10 con el
# mismo lote de 64 imágenes y 2,5 con un lote de 256. La misma red del tutorial pasa de 37,8 a 13,8 en los mismos cinco
# minutos solo por la receta (lote de 64, es decir, más actualizaciones, y muestras de una media móvil de sus pesos, que
# explica el README). La DCGAN mejorada, la mejor tras 45 minutos, *no* es la mejor en los cinco primeros: sus pasos son
# los más caros. Qué modelo es «el mejor» depende del presupuesto que le des.
#
# ## 7. Qué dicen los números
#
# Ahora el veredicto, escrito por el código a partir de los números de arriba: el orden según cada métrica, si la
# diferencia entre los dos mejores modelos según FID supera el ruido de evaluación de la KID, la cobertura, el
# compromiso entre fidelidad y diversidad, la memorización y la velocidad.

# %%
NEAR_ZERO = 0.05  # a precision or recall below this is "near zero" (real data scores about 0.85)


def ranked(key, higher_is_better):
    """The models from best to worst by one attribute of their Evaluation."""
    return sorted(MODELS, key=lambda m: getattr(evaluations[m], key), reverse=higher_is_better)


for key, attribute, higher, fmt in (("fid", "fid", False, ".2f"), ("kid", "kid", False, ".4f"),
                                    ("cs", "classifier_score", True, ".2f"), ("precision", "precision", True, ".3f"),
                                    ("recall", "recall", True, ".3f")):
    values = [(m, f"{getattr(evaluations[m], attribute):{fmt}}") for m in ranked(attribute, higher)]
    order = f"{NAMES[values[0][0]]} ({values[0][1]})"
    for (_, before), (m, value) in zip(values, values[1:]):  # "=" where the printed values tie
        order += (" = " if value == before else " > " if higher else " < ") + f"{NAMES[m]} ({value})"
    print(TEXT["by"].format(metric=METRIC[key], order=order))
print()

best, second = ranked("fid", False)[:2]
e1, e2 = evaluations[best], evaluations[second]
print(TEXT["best"].format(best=NAMES[best], fid=e1.fid, second=NAMES[second], fid2=e2.fid, floor=floor.fid,
                          ratio=e1.fid / max(floor.fid, 1e-9)))
gap, noise = e2.kid - e1.kid, float(np.hypot(e1.kid_se, e2.kid_se))
verdict = "kid_clear" if gap > 2 * noise else "kid_disagree" if gap < -2 * noise else "kid_noise"
print(TEXT[verdict].format(best=NAMES[best], second=NAMES[second], d=abs(gap) if verdict != "kid_noise" else gap,
                           se=noise))
fid_order = ranked("fid", False)
for i, a in enumerate(fid_order):  # the other pairs on which FID and KID disagree (a is ahead by FID)
    for b in fid_order[i + 1:]:
        if (a, b) != (best, second) and evaluations[b].kid < evaluations[a].kid:
            ea, eb = evaluations[a], evaluations[b]
            print(TEXT["pair_disagree"].format(a=NAMES[a], b=NAMES[b], fa=ea.fid, fb=eb.fid, ka=ea.kid, kb=eb.kid))

gaps = [m for m in MODELS if evaluations[m].classes_covered < 10]
if not gaps:
    print(TEXT["coverage_full"].format(p=COVERED_SHARE))
for m in gaps:
    missing = [CLASSES[k] for k, share in enumerate(evaluations[m].class_shares.values()) if share < COVERED_SHARE]
    print(TEXT["coverage_gap"].format(model=NAMES[m], k=evaluations[m].classes_covered, missing=", ".join(missing)))

p_best, r_best = ranked("precision", True)[0], ranked("recall", True)[0]
top_recall = evaluations[r_best].recall
if top_recall < NEAR_ZERO:
    print(TEXT["recall_zero"].format(r=top_recall, floor=floor.recall))
elif p_best == r_best:
    print(TEXT["pr_same"].format(model=NAMES[p_best]))
else:
    print(TEXT["pr_split"].format(p_model=NAMES[p_best], p=evaluations[p_best].precision,
                                  r_model=NAMES[r_best], r=top_recall))

flagged = [NAMES[m] for m in MODELS if evaluations[m].memorised]
ratios = ", ".join(f"{NAMES[m]} {evaluations[m].nn_train_ratio:.2f}" for m in MODELS)
print(TEXT["memo_flag"].format(models=", ".join(flagged)) if flagged else TEXT["memo_none"].format(ratios=ratios))
low = [NAMES[m] for m in MODELS if not evaluations[m].memorised and evaluations[m].nn_train_ratio < 0.9]
if low:
    print(TEXT["memo_low"].format(models=", ".join(low)))

fast, slow = max(MODELS, key=lambda m: speed[m]["ips"]), min(MODELS, key=lambda m: speed[m]["ips"])
print(TEXT["speed"].format(fast=NAMES[fast], ips=speed[fast]["ips"], slow=NAMES[slow],
                           ratio=speed[fast]["ips"] / speed[slow]["ips"], ips2=speed[slow]["ips"]))
if best == fast:
    print(TEXT["trade_none"].format(best=NAMES[best]))
else:
    print(TEXT["trade"].format(best=NAMES[best], fast=NAMES[fast], ratio=speed[fast]["ips"] / speed[best]["ips"]))
print()
print(TEXT["caveat"].format(steps=EPOCHS * (n_images // BATCH_SIZE)))

# %% [markdown] lang="en"
# ### How far to trust this
#
# The sentences above are true of this run. Whether they are true of the *models* is another question:
#
# * **The budget is tiny.** The defaults give each model 200 steps: the very beginning of training. A model that
#   starts fast is not necessarily the one that ends best: deeper networks often need more steps before they pull
#   ahead, while some faults are built into an architecture (the vanilla GAN has no notion of neighbouring pixels)
#   and do not go away with training. For a verdict on the architectures, compare models trained to (near)
#   convergence, like the pretrained ones below.
# * **One seed is one sample.** GAN training is noisy: the same model trained with another `SEED` can land at a
#   noticeably different FID, often by more than the evaluation noise. The KID standard error only measures the noise
#   of the *evaluation* (which samples were drawn), not that of *training*. A careful comparison trains each model
#   with several seeds and reports the mean and the spread (exercise 2).
# * **The metrics disagree sometimes.** FID and KID usually agree on large gaps; on small ones they may not, and
#   precision and recall can pull in opposite directions. When they disagree, say so rather than pick the number you
#   like.
# * **Speed depends on the machine.** These timings come from 2 CPU cores that may be shared with other jobs; the
#   *ratios* between models are more stable than the absolute numbers, and on a GPU both change.
#
# ## 8. Pretrained generators: the long run
#
# `ganlib` can ship generators trained on all 60,000 training images for much longer
# (`scripts/train_pretrained.py`), each with a **manifest** that records how it was trained (epochs, images, time,
# hardware) and its metrics from `evaluate`. `ganlib.pretrained.available()` lists those present in your version;
# the cell below builds the table from whatever is there, so it works with none, some or all of them. Note the
# column **eval n**: FID depends on $n$, so compare these FIDs with each other, and with ours only if the $n$ match.

# %% [markdown] lang="ru"
# ### Насколько этому можно доверять
#
# Предложения выше верны для этого запуска. Верны ли они для *моделей* — другой вопрос:
#
# * **Бюджет крошечный.** По умолчанию каждая модель делает 200 шагов — это самое начало обучения. Модель, которая
#   быстро стартует, не обязательно окажется лучшей в конце: более глубоким сетям часто нужно больше шагов, чтобы
#   вырваться вперёд, а некоторые недостатки заложены в саму архитектуру (классическая GAN ничего не знает о соседних
#   пикселях) и с обучением не уходят. Для вердикта об архитектурах сравнивайте модели, обученные до (почти)
#   сходимости, — например, предобученные ниже.
# * **Одно зерно — одна реализация.** Обучение GAN шумное: та же модель с другим `SEED` может прийти к заметно другому
#   FID, и часто разброс больше шума оценки. Стандартная ошибка KID измеряет только шум *оценки* (какие сэмплы
#   выпали), но не шум *обучения*. В аккуратном сравнении каждую модель обучают с несколькими зёрнами и приводят
#   среднее и разброс (упражнение 2).
# * **Метрики иногда расходятся.** На больших разрывах FID и KID обычно согласны, на малых — не всегда, а точность и
#   полнота могут тянуть в разные стороны. Если метрики расходятся, так и скажите, а не выбирайте число, которое
#   больше нравится.
# * **Скорость зависит от машины.** Эти замеры сделаны на 2 ядрах CPU, которые могли делить с другими задачами;
#   *отношения* между моделями устойчивее абсолютных чисел, а на GPU меняются и те, и другие.
#
# ## 8. Предобученные генераторы: длинная дистанция
#
# `ganlib` может поставляться с генераторами, обученными на всех 60 000 обучающих изображений гораздо дольше
# (`scripts/train_pretrained.py`), и у каждого есть **манифест**: как его обучали (эпохи, изображения, время, железо)
# и его метрики из `evaluate`. `ganlib.pretrained.available()` перечисляет те, что есть в вашей версии; ячейка ниже
# строит таблицу из того, что найдётся, так что работает и без них, и с частью, и со всеми. Обратите внимание на
# столбец **n оценки**: FID зависит от $n$, поэтому сравнивайте эти FID между собой, а с нашими — только при
# одинаковом $n$.

# %% [markdown] lang="es"
# ### Hasta qué punto fiarse
#
# Las frases de arriba son ciertas para esta ejecución. Si lo son para los *modelos* es otra cuestión:
#
# * **El presupuesto es minúsculo.** Con los valores por defecto, cada modelo da 200 pasos: el principio del
#   entrenamiento. El modelo que arranca más deprisa no tiene por qué ser el que mejor termina: las redes más profundas
#   suelen necesitar más pasos para tomar ventaja, mientras que algunos defectos vienen de la propia arquitectura (la
#   GAN clásica no sabe qué píxeles son vecinos) y no desaparecen al entrenar más. Para juzgar las arquitecturas,
#   compara modelos entrenados hasta (casi) la convergencia, como los preentrenados de abajo.
# * **Una semilla es una sola muestra.** El entrenamiento de una GAN es ruidoso: el mismo modelo con otra `SEED` puede
#   acabar con una FID bastante distinta, a menudo por más que el ruido de la evaluación. El error estándar de la KID
#   solo mide el ruido de la *evaluación* (qué muestras salieron), no el del *entrenamiento*. Una comparación cuidadosa
#   entrena cada modelo con varias semillas y da la media y la dispersión (ejercicio 2).
# * **A veces las métricas no coinciden.** La FID y la KID suelen coincidir cuando las diferencias son grandes; con
#   diferencias pequeñas puede que no, y la precisión y la exhaustividad pueden tirar en sentidos opuestos. Si no
#   coinciden, dilo, en lugar de quedarte con el número que más te guste.
# * **La velocidad depende de la máquina.** Estos tiempos vienen de 2 núcleos de CPU que pueden estar compartidos con
#   otros trabajos; las *razones* entre modelos son más estables que los valores absolutos, y en una GPU cambian unas y
#   otros.
#
# ## 8. Generadores preentrenados: la carrera larga
#
# `ganlib` puede traer generadores entrenados con las 60 000 imágenes de entrenamiento durante mucho más tiempo
# (`scripts/train_pretrained.py`), cada uno con un **manifiesto** que registra cómo se entrenó (épocas, imágenes,
# tiempo, hardware) y sus métricas de `evaluate`. `ganlib.pretrained.available()` enumera los que hay en tu versión; la
# celda de abajo construye la tabla con lo que encuentre, así que funciona con ninguno, con algunos o con todos. Fíjate
# en la columna **n eval.**: la FID depende de $n$, así que compara estas FID entre sí, y con las nuestras solo si el
# $n$ coincide.

# %%
shipped = pretrained.available()
print(TEXT["this_run"].format(epochs=EPOCHS, images=n_images))
if not shipped:
    print(TEXT["no_pretrained"])
else:
    rows, hardware = [], set()
    for name in shipped:
        info = pretrained.manifest(name)
        scores = info["metrics"]
        hardware.add(info.get("hardware", "?"))
        images = info.get("training_images")
        rows.append([NAMES.get(info.get("model"), name), info["epochs"], f"{images:,}" if images else "—",
                     TEXT["minutes"].format(m=info["seconds"] / 60), f"{scores['n']:,}", f"{scores['fid']:.2f}",
                     f"{scores['kid']:.4f}", f"{scores['classifier_score']:.2f}", f"{scores['classes_covered']}/10",
                     f"{scores['precision']:.3f}", f"{scores['recall']:.3f}"])
    print_table([TEXT["p_model"], TEXT["p_epochs"], TEXT["p_images"], TEXT["p_time"], TEXT["p_n"], "FID ↓", "KID ↓",
                 METRIC["cs"], METRIC["covered"], METRIC["precision"], METRIC["recall"]], rows)
    for hw in sorted(hardware):
        print(TEXT["hardware"].format(hw=hw))

    fig, axes = plt.subplots(1, len(shipped), figsize=(4.2 * len(shipped), 2.6), squeeze=False)
    for ax, name in zip(axes[0], shipped):
        generator, info = pretrained.load(name)
        show_images(generate(generator, n=32, seed=SEED), ncols=8, ax=ax,
                    title=TEXT["pretrained_title"].format(model=NAMES.get(info.get("model"), name),
                                                          epochs=info["epochs"], fid=info["metrics"]["fid"]))
    fig.tight_layout()
    plt.show()

# %% [markdown] lang="en"
# Read this table the same way as ours. The training times in the manifests are measured, on the hardware they name;
# the models were not necessarily given the same number of epochs, so compare them by time as well as by epochs. If
# some models are missing, train them with `python scripts/train_pretrained.py --models ...`, and this cell will pick
# them up.
#
# ## Summary
#
# * Judging samples by eye is not a measurement: it cannot see class proportions, missing variety or copies of the
#   training set. Evaluate thousands of samples against held-out real images.
# * `ganlib.metrics.evaluate` computes, in the feature space of a Fashion-MNIST classifier: **FID** (Fréchet distance
#   between Gaussians fitted to the features; biased at small $n$; on our network, so not comparable with Inception
#   FIDs from papers), **KID** (unbiased MMD² with a standard error), the **classifier score** (the Inception Score
#   formula, 1 to 10), **class coverage** (mode collapse), **precision** and **recall** (fidelity and diversity, from
#   $k$-NN manifolds), and a **memorisation** check.
# * **Measure the floor**: real images do not score perfectly (precision and recall about 0.85, classifier score
#   about 8.6, FID small but not 0 and larger at small $n$), and training images are, correctly, flagged as memorised.
# * A fair comparison gives every model the same budget and evaluates at the same $n$ and seed; conclusions are
#   computed from the numbers, with the evaluation noise (KID's standard error) in view.
# * Speed is part of the comparison: seconds per epoch and images per second from the training history (without the
#   first epoch's tracing), sampling speed and parameter counts.
# * A short run shows which model learns fastest at the start; training-seed noise and the tiny budget limit what it
#   says about the architectures. Longer runs, several seeds, and the pretrained manifests say more.
#
# ## Exercises
#
# 1. **The $n$ bias.** Evaluate the floor (set B) at $n$ = 500, 2,000 and 10,000. How do FID and KID change? Which
#    one would you trust to compare a model evaluated with 1,000 samples with one evaluated with 10,000?
# 2. **Seed-to-seed spread.** Train the DCGAN with `SEED` = 0, 1, 2 and the same budget, and evaluate each. Compare
#    the spread of FID across seeds with the gap between the models in section 5. Is the ranking still clear?
# 3. **A longer budget.** Set `EPOCHS = 10` (and `SUBSET = None` on a GPU) and rerun the notebook. Does the ranking
#    change? Does the gap to the floor shrink for every model at the same rate?
# 4. **Break a metric.** Build an image set that gets a classifier score close to 10 but a bad FID (hint: one real
#    image per class, repeated). Then one that gets a good precision and a terrible recall. What do they teach you
#    about reading a single number?
# 5. **A copying generator.** Write a "generator" that returns random training images with a little noise added
#    (`np.clip(x + noise, 0, 255)`). How much noise does it take before `memorised` turns off? What happens to FID
#    meanwhile?
# 6. **Inception FID.** If you can download the ImageNet weights (Colab can), compute
#    `ganlib.metrics.inception_fid(generator, n=2000)` for the three generators. Does the ranking match our feature
#    network's? Why are the values so different?

# %% [markdown] lang="ru"
# Читайте эту таблицу так же, как нашу. Время обучения в манифестах измерено, на указанном там железе; эпох модели
# получили не обязательно поровну, поэтому сравнивайте их и по времени, и по числу эпох. Если каких-то моделей нет,
# обучите их командой `python scripts/train_pretrained.py --models ...` — эта ячейка их подхватит.
#
# ## Итоги
#
# * Разглядывание сэмплов — не измерение: глаз не видит долей классов, недостающего разнообразия и копий обучающей
#   выборки. Оценивайте тысячи сэмплов относительно настоящих изображений, не участвовавших в обучении.
# * `ganlib.metrics.evaluate` считает в пространстве признаков классификатора Fashion-MNIST: **FID** (расстояние
#   Фреше между гауссианами, подогнанными к признакам; смещён при малых $n$; посчитан нашей сетью, поэтому не
#   сравним с Inception FID из статей), **KID** (несмещённая оценка MMD² со стандартной ошибкой), **оценку
#   классификатора** (формула Inception Score, от 1 до 10), **покрытие классов** (коллапс мод), **точность** и
#   **полноту** (достоверность и разнообразие по многообразиям из $k$ ближайших соседей) и **проверку на запоминание**.
# * **Измеряйте планку**: настоящие изображения не набирают идеальных оценок (точность и полнота около 0,85, оценка
#   классификатора около 8,6, FID маленький, но не 0 и больше при малых $n$), а обучающие изображения проверка
#   справедливо отмечает как запомненные.
# * Честное сравнение даёт всем моделям одинаковый бюджет и оценивает их при одинаковых $n$ и зерне; выводы
#   вычисляются из чисел с оглядкой на шум оценки (стандартную ошибку KID).
# * Скорость — часть сравнения: секунды на эпоху и изображения в секунду из истории обучения (без трассировки в первой
#   эпохе), скорость генерации и число параметров.
# * Короткий запуск показывает, какая модель быстрее учится в начале; шум обучения между зёрнами и крошечный бюджет
#   ограничивают то, что он говорит об архитектурах. Больше скажут длинные запуски, несколько зёрен и манифесты
#   предобученных моделей.
#
# ## Упражнения
#
# 1. **Смещение по $n$.** Оцените планку (набор B) при $n$ = 500, 2000 и 10 000. Как меняются FID и KID? Какой из них
#    вы бы доверили сравнение модели, оценённой по 1000 сэмплам, с моделью, оценённой по 10 000?
# 2. **Разброс между зёрнами.** Обучите DCGAN с `SEED` = 0, 1, 2 и тем же бюджетом и оцените каждую. Сравните
#    разброс FID между зёрнами с разрывом между моделями в разделе 5. Остаётся ли ранжирование очевидным?
# 3. **Бюджет побольше.** Поставьте `EPOCHS = 10` (и `SUBSET = None` на GPU) и перезапустите блокнот. Меняется ли
#    ранжирование? С одинаковой ли скоростью сокращается отставание от планки у всех моделей?
# 4. **Сломайте метрику.** Соберите набор изображений с оценкой классификатора около 10, но плохим FID (подсказка:
#    одно настоящее изображение на класс, повторённое много раз). Затем — набор с хорошей точностью и ужасной
#    полнотой. Чему они учат насчёт чтения одного-единственного числа?
# 5. **Генератор-копировщик.** Напишите «генератор», который возвращает случайные обучающие изображения с небольшим
#    шумом (`np.clip(x + noise, 0, 255)`). Сколько шума нужно, чтобы флаг `memorised` погас? Что при этом происходит
#    с FID?
# 6. **Inception FID.** Если у вас есть доступ к весам ImageNet (в Colab есть), посчитайте
#    `ganlib.metrics.inception_fid(generator, n=2000)` для трёх генераторов. Совпадает ли ранжирование с тем, что
#    дала наша сеть признаков? Почему значения так различаются?

# %% [markdown] lang="es"
# Lee esta tabla igual que la nuestra. Los tiempos de entrenamiento de los manifiestos están medidos, en el hardware
# que indican; los modelos no recibieron necesariamente el mismo número de épocas, así que compáralos por tiempo además
# de por épocas. Si falta algún modelo, entrénalo con `python scripts/train_pretrained.py --models ...` y esta celda lo
# recogerá.
#
# ## Resumen
#
# * Juzgar las muestras a ojo no es medir: la vista no ve las proporciones de las clases, la variedad que falta ni las
#   copias del conjunto de entrenamiento. Evalúa miles de muestras frente a imágenes reales que no se usaron para
#   entrenar.
# * `ganlib.metrics.evaluate` calcula, en el espacio de características de un clasificador de Fashion-MNIST: la **FID**
#   (distancia de Fréchet entre gaussianas ajustadas a las características; sesgada con $n$ pequeño; con nuestra red,
#   así que no es comparable con las FID de Inception de los artículos), la **KID** (MMD² insesgada, con error
#   estándar), la **puntuación del clasificador** (la fórmula del Inception Score, de 1 a 10), la **cobertura de
#   clases** (colapso de modos), la **precisión** y la **exhaustividad** (fidelidad y diversidad, a partir de
#   variedades de $k$ vecinos más cercanos) y una prueba de **memorización**.
# * **Mide el suelo**: las imágenes reales no puntúan a la perfección (precisión y exhaustividad de unos 0,85,
#   puntuación del clasificador de unos 8,6, una FID pequeña pero no nula y mayor con $n$ pequeño), y las imágenes de
#   entrenamiento quedan, con razón, marcadas como memorizadas.
# * Una comparación justa da a todos los modelos el mismo presupuesto y evalúa con el mismo $n$ y la misma semilla; las
#   conclusiones se calculan a partir de los números, sin perder de vista el ruido de la evaluación (el error estándar
#   de la KID).
# * La velocidad forma parte de la comparación: segundos por época e imágenes por segundo del historial de
#   entrenamiento (sin el trazado de la primera época), velocidad de muestreo y número de parámetros.
# * Una ejecución corta muestra qué modelo aprende más deprisa al principio; el ruido entre semillas y el presupuesto
#   minúsculo limitan lo que dice de las arquitecturas. Dicen más las ejecuciones largas, varias semillas y los
#   manifiestos de los modelos preentrenados.
#
# ## Ejercicios
#
# 1. **El sesgo de $n$.** Evalúa el suelo (el conjunto B) con $n$ = 500, 2000 y 10 000. ¿Cómo cambian la FID y la KID?
#    ¿En cuál confiarías para comparar un modelo evaluado con 1000 muestras con otro evaluado con 10 000?
# 2. **Dispersión entre semillas.** Entrena la DCGAN con `SEED` = 0, 1, 2 y el mismo presupuesto, y evalúa cada una.
#    Compara la dispersión de la FID entre semillas con la diferencia entre modelos de la sección 5. ¿Sigue siendo
#    claro el orden?
# 3. **Un presupuesto mayor.** Pon `EPOCHS = 10` (y `SUBSET = None` en una GPU) y vuelve a ejecutar el cuaderno.
#    ¿Cambia el orden? ¿Se acorta la distancia al suelo al mismo ritmo para todos los modelos?
# 4. **Rompe una métrica.** Construye un conjunto de imágenes con una puntuación del clasificador cercana a 10 pero una
#    FID mala (pista: una imagen real por clase, repetida). Después, uno con buena precisión y una exhaustividad
#    pésima. ¿Qué te enseñan sobre leer un único número?
# 5. **Un generador que copia.** Escribe un «generador» que devuelva imágenes de entrenamiento al azar con un poco de
#    ruido (`np.clip(x + noise, 0, 255)`). ¿Cuánto ruido hace falta para que `memorised` se apague? ¿Qué le pasa
#    mientras tanto a la FID?
# 6. **FID de Inception.** Si puedes descargar los pesos de ImageNet (en Colab se puede), calcula
#    `ganlib.metrics.inception_fid(generator, n=2000)` para los tres generadores. ¿Coincide el orden con el de nuestra
#    red de características? ¿Por qué los valores son tan distintos?
