# %% [markdown] lang="en"
# # 6 · Comparison: measuring GANs, and four generators on the same clock
#
# *The four generators that ship with `ganlib` and what each cost to train; how to measure a GAN honestly (FID, KID, classifier score, class coverage, precision and recall, memorisation, and what real data scores); then vanilla GAN, DCGAN, improved DCGAN and the fast DCGAN trained for the same number of seconds, with several seeds, and conclusions computed from the numbers.* · ⏱ ~12 min on a 2-core CPU (8 of them training) · GPU: not measured yet
#
# {{badges}}

# %% [markdown] lang="ru"
# # 6 · Сравнение: как измерять GAN и четыре генератора с одним бюджетом времени
#
# *Четыре предобученных генератора из `ganlib` и во что обошлось обучение каждого; как честно измерить качество GAN (FID, KID, IS по нашему классификатору, покрытие классов, точность и полнота, запоминание и уровень реальных данных); затем классическая GAN, DCGAN, улучшенная DCGAN и быстрая DCGAN, обученные одинаковое число секунд с несколькими зёрнами, и выводы, вычисленные из чисел.* · ⏱ ~12 мин на CPU с 2 ядрами (из них 8 — обучение) · GPU: пока не измерено
#
# {{badges}}

# %% [markdown] lang="es"
# # 6 · Comparación: cómo medir una GAN y cuatro generadores con el mismo reloj
#
# *Los cuatro generadores preentrenados incluidos en `ganlib` y lo que costó entrenar cada uno; cómo medir una GAN con honestidad (FID, KID, puntuación del clasificador, cobertura de clases, precisión y exhaustividad, memorización y la referencia de los datos reales); y, después, la GAN clásica, la DCGAN, la DCGAN mejorada y la DCGAN rápida entrenadas durante los mismos segundos, con varias semillas, y conclusiones calculadas a partir de los números.* · ⏱ ~12 min en una CPU de 2 núcleos (8 de ellos, entrenamiento) · GPU: aún sin medir
#
# {{badges}}

# %% tags=["parameters"] smoke={"BUDGET": 2, "SEEDS": [0], "N_EVAL": 200, "SUBSET": 512}
LANG = "en"  # language of figures and labels: "en", "ru" or "es"
BUDGET = 60  # seconds of training per run: the same clock for every model
SEEDS = (0, 1)  # training seeds per model
N_EVAL = 5_000  # samples per evaluation (10,000 is the usual number; 5,000 halves the cost of each evaluation)
SUBSET = None  # training images per run (None: all 60,000)
USE_DRIVE = True  # in Colab, keep the run folders on Google Drive, so a disconnect loses nothing
SEED = 0  # seed of sampling and evaluation

# %% [markdown] lang="en"
# Notebooks 3, 4 and 5 each trained one generator for a few minutes on a CPU, with its own budget and a single seed,
# and showed a grid of its samples, which we could only judge by eye. Which model is actually *better*, by how much,
# and at what cost? This notebook answers with measurements, in four steps:
#
# 1. **the shipped generators**: the four generators that come with `ganlib`, trained much longer, their samples side
#    by side and what each manifest says it cost;
# 2. **the metrics** of `ganlib.metrics.evaluate`: what each one measures, its formula and what it misses;
# 3. **the reference**: what *real* images (and pure noise) score, computed here, and the shipped generators
#    measured the same way;
# 4. **the experiment**: the four models trained for the same number of *seconds*, each with several seeds, and FID
#    measured along the way, with conclusions printed by code from the numbers of this run.
#
# A short appendix at the end explains where the speed differences come from.

# %% [markdown] lang="ru"
# В блокнотах 3, 4 и 5 мы обучили по одному генератору — несколько минут на CPU, каждый со своим бюджетом и одним
# зерном — и посмотрели на сетки сэмплов, о которых могли судить только на глаз. Какая модель на самом деле *лучше*,
# насколько и какой ценой? Этот блокнот отвечает измерениями, в четыре шага:
#
# 1. **предобученные генераторы**: четыре генератора, которые поставляются с `ganlib` и обучались гораздо дольше, —
#    их сэмплы рядом и то, во что, по словам манифестов, обошлось их обучение;
# 2. **метрики** `ganlib.metrics.evaluate`: что измеряет каждая, её формула и чего она не видит;
# 3. **уровень реальных данных**: сколько набирают *настоящие* изображения (и чистый шум) — считаем прямо здесь, — и
#    те же замеры для предобученных генераторов;
# 4. **эксперимент**: четыре модели, обученные одинаковое число *секунд*, каждая с несколькими зёрнами, и FID по ходу
#    обучения; выводы печатает код по числам этого запуска.
#
# Короткое приложение в конце объясняет, откуда берётся разница в скорости.

# %% [markdown] lang="es"
# En los cuadernos 3, 4 y 5 entrenamos un generador cada vez, durante unos minutos en una CPU, cada uno con su propio
# presupuesto y una sola semilla, y miramos una cuadrícula de sus muestras, que solo podíamos juzgar a ojo. ¿Qué
# modelo es *mejor* de verdad, por cuánto y a qué precio? Este cuaderno responde con mediciones, en cuatro pasos:
#
# 1. **los generadores preentrenados**: los cuatro que incluye `ganlib`, entrenados mucho más tiempo, sus muestras una
#    junto a otra y lo que, según su manifiesto, costó cada uno;
# 2. **las métricas** de `ganlib.metrics.evaluate`: qué mide cada una, su fórmula y qué se le escapa;
# 3. **la referencia**: cuánto puntúan las imágenes *reales* (y el ruido puro), calculado aquí mismo, y los
#    generadores preentrenados medidos de la misma manera;
# 4. **el experimento**: los cuatro modelos entrenados durante los mismos *segundos*, cada uno con varias semillas, y
#    la FID medida por el camino; las conclusiones las imprime el código a partir de los números de esta ejecución.
#
# Un breve apéndice al final explica de dónde salen las diferencias de velocidad.

# %%
import ganlib  # noqa: F401  (first: it quiets TensorFlow's start-up logging)

import json

import matplotlib.pyplot as plt
import numpy as np
from IPython.display import Markdown, display
from keras import layers
from matplotlib.ticker import PercentFormatter

from ganlib import pretrained
from ganlib.colab import run_folder
from ganlib.data import load_fashion_mnist
from ganlib.i18n import class_names, fmt, label, notebook_texts, number
from ganlib.metrics import (COVERED_SHARE, EvaluateEachEpoch, evaluate, fid_from_features, frechet_distance,
                            precision_recall)
from ganlib.models import build_gan
from ganlib.plots import show_images
from ganlib.recipes import config
from ganlib.sampling import generate
from ganlib.train import load_generator, train, train_seconds

say = notebook_texts("06", LANG)
MODELS = ("vanilla", "dcgan", "improved", "fast")
NAME = {m: say(f"name_{m}") for m in MODELS}
COLORS = {"vanilla": "tab:gray", "dcgan": "tab:blue", "improved": "tab:orange", "fast": "tab:purple",
          "real": "tab:green", "one": "tab:red", "noise": "black"}
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


(x_train, y_train), _ = load_fashion_mnist()

# %% [markdown] lang="en"
# ## 1. The shipped generators: what each model gives, and what it cost
#
# `ganlib.pretrained.load(name)` returns a generator trained on all 60,000 training images and its **manifest**: how
# it was trained (epochs, batch, seed), how many seconds it took on which machine, and its metrics from
# `ganlib.metrics.evaluate` (10,000 samples). The models are those of notebooks 3–5 and the CPU-sized "fast" DCGAN
# that `make run` trains. Each grid below is drawn from the same 36 latent vectors; its title says what the
# generator cost and its FID (lower is better; section 2 explains it).

# %% [markdown] lang="ru"
# ## 1. Предобученные генераторы: что даёт каждая модель и чего это стоило
#
# `ganlib.pretrained.load(name)` возвращает генератор, обученный на всех 60 000 обучающих изображений, и его
# **манифест**: как его обучали (эпохи, батч, зерно), сколько секунд это заняло и на какой машине, и его метрики из
# `ganlib.metrics.evaluate` (10 000 сэмплов). Модели — те же, что в блокнотах 3–5, плюс компактная «быстрая» DCGAN
# (`fast`), которую обучает `make run`. Все сетки ниже нарисованы из одних и тех же 36 латентных векторов; в
# заголовке — во что обошлось обучение генератора и его FID (чем меньше, тем лучше; что это такое, объясняет раздел 2).

# %% [markdown] lang="es"
# ## 1. Los generadores preentrenados: qué da cada modelo y cuánto costó
#
# `ganlib.pretrained.load(name)` devuelve un generador entrenado con las 60.000 imágenes de entrenamiento y su
# **manifiesto**: cómo se entrenó (épocas, lote, semilla), cuántos segundos tardó y en qué máquina, y sus métricas de
# `ganlib.metrics.evaluate` (10.000 muestras). Los modelos son los de los cuadernos 3–5 más la DCGAN pequeña, a la
# medida de la CPU («rápida», `fast`), que entrena `make run`. Todas las cuadrículas salen de los mismos 36 vectores
# latentes; el título dice lo que costó el generador y su FID (cuanto menor, mejor; la sección 2 la explica).

# %%
SHIPPED = [m for m in MODELS if m in pretrained.available()]
shipped = {m: pretrained.load(m) for m in SHIPPED}
if len(SHIPPED) < len(MODELS):
    print(say("shipped_missing", names=", ".join(NAME[m] for m in MODELS if m not in SHIPPED)))
fig, axes = plt.subplots(1, len(SHIPPED), figsize=(3.4 * len(SHIPPED), 3.9), squeeze=False)
for ax, m in zip(axes[0], SHIPPED):
    generator, info = shipped[m]
    show_images(generate(generator, n=36, seed=SEED), ncols=6, ax=ax,
                title=say("shipped_panel", model=NAME[m], epochs=info["epochs"], minutes=info["seconds"] / 60,
                          fid=info["metrics"]["fid"]))
fig.tight_layout()
plt.show()
for m in SHIPPED:
    info = shipped[m].manifest
    print(say("shipped_line", model=NAME[m], minutes=info["seconds"] / 60, epochs=info["epochs"],
              batch=info.get("batch_size", 256), fid=info["metrics"]["fid"], recall=info["metrics"]["recall"],
              covered=info["metrics"]["classes_covered"]))
display(Markdown(pretrained.table(lang=LANG)))  # every figure read from the manifests

# %% [markdown] lang="en"
# Look at the grids before reading any number: which garments can you name, which look smeared or speckled, how
# different are the 36 samples of one generator from each other? Then notice the costs: the models were not given the
# same time (from five minutes to about three quarters of an hour) nor the same number of epochs, so these grids
# compare *recipes*, not architectures on equal terms. Section 4 puts them on the same clock. First, the tools to
# measure what the eye can only guess.

# %% [markdown] lang="ru"
# Посмотрите на сетки, прежде чем читать числа: какие вещи вы можете назвать, какие выглядят размазанными или в
# крапинку, насколько 36 сэмплов одного генератора отличаются друг от друга? Потом обратите внимание на цену: моделям
# дали разное время (от пяти минут до примерно трёх четвертей часа) и разное число эпох, так что эти сетки сравнивают
# *рецепты*, а не архитектуры в равных условиях. В разделе 4 мы дадим всем одинаковый бюджет времени. Но сначала —
# инструменты, которые измеряют то, о чём глаз может только догадываться.

# %% [markdown] lang="es"
# Mira las cuadrículas antes de leer ningún número: ¿qué prendas reconoces, cuáles se ven emborronadas o moteadas,
# cuánto se parecen entre sí las 36 muestras de un mismo generador? Fíjate después en el coste: los modelos no
# recibieron el mismo tiempo (de cinco minutos a unos tres cuartos de hora) ni el mismo número de épocas, así que estas
# cuadrículas comparan *recetas*, no arquitecturas en igualdad de condiciones. La sección 4 los pone a todos con el
# mismo reloj. Antes, las herramientas para medir lo que la vista solo puede intuir.

# %% [markdown] lang="en"
# ### Why "it looks good" is not a measurement
#
# Here are two more sets of 32 images. Look at them as you would look at the samples of a generator, and decide which
# generator is better.

# %% [markdown] lang="ru"
# ### Почему «выглядит хорошо» — не измерение
#
# Вот ещё два набора по 32 изображения. Посмотрите на них так, как смотрели бы на сэмплы генератора, и решите, какой
# генератор лучше.

# %% [markdown] lang="es"
# ### Por qué «se ve bien» no es una medida
#
# Aquí tienes otros dos conjuntos de 32 imágenes. Míralos como mirarías las muestras de un generador y decide qué
# generador es mejor.

# %%
SNEAKER = 7  # the class of set A
rng = np.random.default_rng(SEED)
one_class = x_train[y_train == SNEAKER][:N_EVAL]
real_subset = x_train[rng.choice(len(x_train), N_EVAL, replace=False)]

fig, axes = plt.subplots(1, 2, figsize=(11, 3.3))
show_images(one_class[:32], title=say("set_a"), ncols=8, ax=axes[0])
show_images(real_subset[:32], title=say("set_b"), ncols=8, ax=axes[1])
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
# CNN trained on the Fashion-MNIST training split only (`ganlib.features`, 93.6% test accuracy): its 128-dimensional
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
# * в **наборе A** одни кроссовки. У генератора, который рисует такое, **коллапс мод**: он схлопнулся в одну моду, и
#   девять классов из десяти не появляются вовсе. В 32 картинках этого легко не заметить, а глядя на сетку чужого генератора, можно даже не
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
# (`ganlib.features`, доля верных ответов (accuracy) на тестовой выборке 93,6 %): её 128-мерный предпоследний слой даёт признаки, а softmax —
# вероятности классов. Она быстро работает на CPU и знает одежду, а Inception никогда не видела изображений
# $28 \times 28$ в оттенках серого.
#
# Цена такова: **значения FID и KID в этом блокноте измерены в масштабе нашей сети признаков, и сравнивать их с
# опубликованными для Fashion-MNIST значениями Inception FID нельзя** — это вообще другие единицы. Сравнивайте их
# только между собой, посчитанные той же сетью (её SHA-256 записывается в результат каждого замера). Версия с Inception есть —
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
# **смещён вверх при малых $n$**: тот же генератор на 1 000 сэмплах получает худший FID, чем на 10 000, поэтому
# сравнивать FID можно только при одинаковом $n$. В одномерном случае формула превращается в
# $(\mu_r - \mu_g)^2 + (\sigma_r - \sigma_g)^2$:

# %% [markdown] lang="es"
# Los dos se ven impecables, porque los dos son fotos reales de Fashion-MNIST. Pero *como generadores* ambos serían un
# fracaso:
#
# * el **conjunto A** solo tiene zapatillas. Un generador que dibujara esto habría **colapsado en un único modo**:
#   nueve de las diez clases no aparecen nunca. En 32 imágenes es fácil no verlo, y ante la cuadrícula de un
#   generador ajeno puede que ni sepas qué debería haber;
# * el **conjunto B** sale directamente del conjunto de entrenamiento. Un generador que hubiera **memorizado** sus
#   datos produciría justo esto: imágenes perfectas y nada nuevo.
#
# La vista juzga un puñado de muestras, de una en una. No ve las proporciones de las clases en 10.000 muestras, ni la
# variedad que falta, ni si una imagen ya existe en el conjunto de entrenamiento; y dos personas (o la misma en dos
# días distintos) no se ponen de acuerdo. Una medida tiene que usar miles de muestras, compararlas con imágenes reales
# que no participaron en el entrenamiento, e ir acompañada de una estimación de su propio ruido.
#
# ## 2. Las métricas
#
# `ganlib.metrics.evaluate(source, n, seed)` recibe un generador (o un array de imágenes), toma `n` muestras y
# calcula todo lo que sigue en una sola llamada, comparando con las 10.000 imágenes del **conjunto de prueba**.
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
# pueden comparar con las FID de Inception publicadas para Fashion-MNIST**, que están en otras unidades. Compáralos
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
# El primer término compara dónde están las dos nubes de características; el segundo, su forma y su dispersión. Cuanto
# menor, mejor; 0 significa la misma media y la misma covarianza. La FID castiga tanto las muestras malas (se desplaza la
# media) como la falta de variedad (se encoge la covarianza), y por eso se convirtió en el número de referencia. Dos
# advertencias. Solo ve **los dos primeros momentos**: nubes con la misma media y covarianza dan 0 sea cual sea su
# forma. Y está **sesgada hacia arriba con $n$ pequeño**: el mismo generador puntúa peor con 1000 muestras que con
# 10.000, así que solo se comparan FID calculadas con el mismo $n$. En una dimensión, la fórmula se reduce a
# $(\mu_r - \mu_g)^2 + (\sigma_r - \sigma_g)^2$:

# %%
# NBVAL_CHECK_OUTPUT
print(say("gaussian_1d", v=frechet_distance(np.zeros(1), np.eye(1), np.ones(1), 4 * np.eye(1))))  # (0-1)² + (1-2)² = 2
toy = np.random.default_rng(0)
gaussian = toy.standard_normal((20_000, 2))
uniform = toy.uniform(-np.sqrt(3), np.sqrt(3), (20_000, 2))  # mean 0 and variance 1 per axis, like the Gaussian
print(say("same_moments", v=fid_from_features(gaussian, uniform)))

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
# error**. That error bar is what tells a real difference from evaluation noise: two KIDs that differ by less than about twice
# the standard error of their difference, $\sqrt{s_1^2 + s_2^2}$, cannot be told apart.
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
# $p(y)$). It ranges from 1 to 10 (the number of classes). It is 1 whenever $p(y \mid x) = p(y)$ for every $x$: when
# every sample is the same single class, but just as well when every sample is equally unsure about all ten classes.
# Real test images do not reach 10,
# because the classifier hesitates between similar classes, such as shirts and T-shirts. The score never looks at
# real images: a generator that draws one perfect image per class and nothing else scores 10. Use it next to the
# others, never alone.
#
# ### Class coverage: the mode-collapse alarm
#
# The share of samples the classifier puts in each class. Real data: 10% each. A class is **covered** when it gets
# at least 1% of the samples. A class near 0% is mode collapse seen directly: the generator (almost) never draws
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
# подвыборках (по $m = \min(n, 10\,000) / 10$ точек, не больше 1 000) и сообщает среднее **± стандартную ошибку**. Эта
# погрешность и позволяет отличить настоящую разницу от шума замера: два KID, которые отличаются меньше чем на две
# стандартные ошибки разности, $\sqrt{s_1^2 + s_2^2}$, различить нельзя.
#
# ### IS по нашему классификатору (формула Inception Score)
#
# $$
# \mathrm{IS} = \exp\Bigl(\mathbb{E}_{x \sim p_g}\,\mathrm{KL}\bigl(p(y \mid x)\,\big\|\,p(y)\bigr)\Bigr),
# \qquad p(y) = \mathbb{E}_{x \sim p_g}\, p(y \mid x),
# $$
#
# где $p(y \mid x)$ — softmax сети признаков (Salimans et al., 2016, брали softmax Inception, отсюда и название).
# IS высок, когда каждый сэмпл **уверенно относится к одному классу** (острое $p(y \mid x)$) и **используются все
# классы** (плоское $p(y)$). Он лежит между 1 и 10 (число классов). IS равен 1 всякий раз, когда $p(y \mid x) = p(y)$
# для каждого $x$: и когда все сэмплы — один и тот же класс, и когда каждый сэмпл одинаково не уверен во всех десяти
# классах. Настоящие тестовые изображения до 10 не дотягивают: классификатор колеблется между похожими классами, например рубашкой и футболкой. На настоящие
# изображения IS вообще не смотрит: генератор, который рисует по одному идеальному изображению на класс и
# больше ничего, получит 10. Используйте его вместе с остальными метриками, но не сам по себе.
#
# ### Покрытие классов: сигнал коллапса мод
#
# Доля сэмплов, которые классификатор относит к каждому классу. У настоящих данных — по 10 %. Класс **покрыт**, если
# в него попадает не меньше 1 % сэмплов. Класс с долей около 0 % — это коллапс мод в чистом виде: генератор его
# (почти) не рисует. Оговорка: классификатор отнесёт к *какому-нибудь* классу и мусор, поэтому у слабого генератора
# покрытие может выглядеть полным; читайте его вместе с точностью.
#
# ### Точность и полнота: реалистичность против разнообразия
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
# (precision) — доля сэмплов, попавших на многообразие настоящих данных: **реалистичность**, «похожи ли сэмплы на
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
# calcula en 10 subconjuntos disjuntos (de $m = \min(n, 10.000) / 10$ puntos, 1000 como mucho) y da la media **± su
# error estándar**. Esa barra de error es la que separa una diferencia real del ruido de la evaluación: dos KID que
# difieren en menos de unas dos veces el error estándar de su diferencia, $\sqrt{s_1^2 + s_2^2}$, no se pueden
# distinguir.
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
# todas las clases** ($p(y)$ plana). Va de 1 a 10 (el número de clases). Vale 1 siempre que $p(y \mid x) = p(y)$ para
# todo $x$: cuando todas las muestras son de una misma clase, pero también cuando cada muestra duda por igual entre las
# diez clases. Las imágenes reales de prueba no llegan a 10, porque el clasificador duda entre clases parecidas, como camisas y camisetas. Esta puntuación
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
    say("toy_good"): ring(2000, np.arange(8)),
    say("toy_collapsed"): ring(2000, [0, 1]),
    say("toy_blurry"): (1.4 * toy.standard_normal((2000, 2))).astype(np.float32),
}
fig, axes = plt.subplots(1, 3, figsize=(12, 4.2), sharex=True, sharey=True)
for ax, (title, fake_2d) in zip(axes, toys.items()):
    p, r = precision_recall(real_2d, fake_2d, k=3)
    ax.scatter(*real_2d.T, s=3, alpha=0.35, color=COLORS["real"], label=say("real_points"))
    ax.scatter(*fake_2d.T, s=3, alpha=0.35, color=COLORS["one"], label=say("fake_points"))
    ax.set_title(say("toy_title", title=title, p=p, r=r), fontsize=10)
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
# (**nn-train ratio**, about 1 for test images), the share of samples **closer to the training set** than 99% of
# test images are (about 1% for test images), and **copies**, samples within an RMS (root-mean-square) pixel
# distance of 0.05 (about 6 gray levels) of a training image. It sets the flag `memorised` when more than 1% of the
# samples are copies or more than 5% are that close. A ratio well below 1 means copying, or smooth, blurry samples,
# which sit close to everything in pixel distance.
#
# ## 3. The reference: what real data scores, and the shipped generators measured
#
# A number means little without a reference. What does the best possible "generator", the data itself, score? We
# evaluate `N_EVAL` random **training** images (set B) against the test split, exactly as we evaluate generators;
# set A, the real sneakers, as a caricature of mode collapse; and **pure noise** (every pixel drawn uniformly), the
# worst "generator" there is. Then the four shipped generators, at the same `n`, because FID depends on $n$: these
# FIDs are therefore not exactly those of the manifests (10,000 samples).

# %% [markdown] lang="ru"
# Схлопнувшийся генератор сохраняет высокую точность — каждая его точка лежит на настоящей моде, — но полнота низкая:
# шести мод нет. Размытый покрывает всю плоскость, поэтому большинство настоящих точек «достижимо» (полнота), но
# большая часть его точек лежит между модами, где настоящих данных не бывает (точность). Одно число смешало бы эти
# два случая.
#
# ### Запоминание
#
# Генератор мог бы получить идеальные метрики, просто возвращая обучающие изображения. `evaluate` ищет в пространстве
# пикселей ближайшее к каждому сэмплу обучающее изображение и сравнивает это расстояние с тем же расстоянием для
# *тестовых* изображений того же предсказанного класса (настоящих изображений, которых не видел ни один генератор).
# Результат: медиана отношения двух расстояний (**отношение расстояний до обучающих**, около 1 для тестовых
# изображений, которых генератор не видел), доля сэмплов, которые **ближе к обучающей выборке**, чем 99 % тестовых
# изображений (около 1 % для самих тестовых), и **копии** — сэмплы, у которых RMSE (корень из среднего квадрата
# разности пикселей) до какого-нибудь обучающего изображения не больше 0,05 (около 6 градаций серого). Флаг
# `memorised` поднимается, если копий больше 1 % или если больше 5 % сэмплов лежат так близко. Отношение заметно
# меньше 1 означает копирование — или гладкие, размытые сэмплы, которые по пиксельному расстоянию близки ко всему
# подряд.
#
# ## 3. Уровень реальных данных и замеры предобученных генераторов
#
# Число без точки отсчёта мало что значит. Сколько набирает лучший возможный «генератор» — сами данные? Оценим
# `N_EVAL` случайных **обучающих** изображений (набор B) относительно тестовой выборки — ровно так же, как оцениваем
# генераторы; набор A, настоящие кроссовки, — как карикатуру на коллапс мод; и **чистый шум** (каждый пиксель
# равномерно случаен) — худший «генератор», какой только бывает. Затем — четыре предобученных генератора при том же
# `n`, потому что FID зависит от $n$; поэтому их FID здесь не совсем те, что в манифестах (10 000 сэмплов).

# %% [markdown] lang="es"
# El generador colapsado mantiene una precisión alta, porque cada punto que dibuja está en un modo real, pero la
# exhaustividad es baja: faltan seis modos. El borroso cubre todo el plano, así que la mayoría de los puntos reales son
# «alcanzables» (exhaustividad), pero la mayoría de sus puntos caen entre los modos, donde nunca hay datos reales
# (precisión). Un único número mezclaría los dos casos.
#
# ### Memorización
#
# Un generador también podría puntuar de maravilla devolviendo sus imágenes de entrenamiento. `evaluate` busca, en el
# espacio de píxeles, la imagen de entrenamiento más cercana a cada muestra y compara esa distancia con la misma
# distancia para imágenes de *prueba* de la misma clase predicha (imágenes reales que ningún generador ha visto).
# Informa de la mediana de la razón entre ambas distancias (**razón de distancias al entrenamiento**, cerca de 1 para
# las imágenes de prueba), de la fracción de muestras **más cerca del conjunto de entrenamiento** que el 99 % de las
# imágenes de prueba (alrededor del 1 % para las propias imágenes de prueba) y de las **copias**: muestras a una
# distancia RMS (raíz cuadrática media) de 0,05 o menos (unos 6 niveles de gris) de una imagen de entrenamiento.
# Marca el generador como `memorised` cuando más del 1 % de las muestras son copias o más del 5 % están así de cerca.
# Una razón muy por debajo de 1 indica copia, o bien muestras suaves y borrosas, que en distancia de píxeles están
# cerca de todo.
#
# ## 3. La referencia: cuánto puntúan los datos reales, y los generadores preentrenados medidos
#
# Un número sin referencia significa poco. ¿Cuánto puntúa el mejor «generador» posible, los propios datos? Evaluamos
# `N_EVAL` imágenes de **entrenamiento** al azar (el conjunto B) frente al conjunto de prueba, exactamente igual que
# evaluamos los generadores; el conjunto A, las zapatillas reales, como caricatura del colapso de modos; y **ruido
# puro** (cada píxel, uniforme al azar), el peor «generador» posible. Después, los cuatro generadores preentrenados
# con el mismo $n$, porque la FID depende de $n$; por eso sus FID no son exactamente las de los manifiestos
# (10.000 muestras).

# %%
noise = np.random.default_rng(SEED).integers(0, 256, (N_EVAL, 28, 28), dtype=np.uint8)  # every pixel uniform
columns = {"real": evaluate(real_subset, seed=SEED),  # set B: N_EVAL real training images
           "one": evaluate(one_class, seed=SEED),  # set A: real sneakers only
           "noise": evaluate(noise, seed=SEED)}
results = {m: evaluate(shipped[m].generator, n=N_EVAL, seed=SEED) for m in SHIPPED}
floor = columns["real"]

CELLS = {"fid": "{e.fid:.2f}", "kid": "{e.kid:.4f} ± {e.kid_se:.4f}", "cs": "{e.classifier_score:.2f}",
         "covered": "{e.classes_covered} / 10", "precision": "{e.precision:.3f}", "recall": "{e.recall:.3f}",
         "nn_ratio": "{e.nn_train_ratio:.2f}", "close": "{e.close_to_train:.1%}", "copies": "{e.copies:,}"}
evals = [*columns.values(), *results.values()]
rows = [[say(f"m_{key}"), *(fmt(cell, LANG, e=e) for e in evals)] for key, cell in CELLS.items()]
rows.append([say("m_memorised"), *(label("yes" if e.memorised else "no", LANG) for e in evals)])
print(say("eval_n", n=N_EVAL))
print_table([say("metric"), say("real"), say("one_class", name=CLASSES[SNEAKER]), say("noise"),
             *(NAME[m] for m in SHIPPED)], rows)
print()
print(say("noise_precision", p=columns["noise"].precision, r=columns["noise"].recall,
          covered=columns["noise"].classes_covered))

# %% [markdown] lang="en"
# How to read the table, column by column:
#
# * **Real (reference).** FID and KID of real images are near 0 but not exactly 0, since two finite samples of one
#   distribution always differ a little: this is the most any generator can hope for at this $n$
#   (`benchmarks/results/metric_floors.json` has the same measurement at $n = 10\,000$, FID about 0.08, lower because
#   of FID's bias at small $n$). The classifier score is well below 10 (about 8.6 at $n = 10\,000$): even real
#   garments are sometimes ambiguous. Precision and recall are about 0.85, not 1, because balls around a finite sample
#   miss part of the manifold, so 0.85 is the top of the scale for both. And the memorisation check flags these images,
#   as it should: they *are* training images, all of them copies.
# * **Sneakers only.** Collapse in numbers: a large FID and KID although every image is real, a classifier score near
#   1, one or two classes covered (the classifier takes a few sneakers for sandals or ankle boots), and a recall far
#   below the reference while precision stays high.
# * **Uniform noise.** FID, KID and recall are as bad as expected, but look at the precision printed under the table:
#   pure noise is nothing like a garment, yet a sizeable share of it counts as "realistic". This is the weak point of
#   $k$-NN precision: it only asks whether a sample falls inside *at least one* ball around a real image, and a real
#   image that is an **outlier** (an unusual garment, far from the others in feature space) gets a huge ball, reaching
#   its distant $k$-th neighbour. The noise images all look alike to the feature network, so their features land in
#   one small region; most likely that region lies inside a few such large balls, and then almost every noise sample
#   is accepted at once. Naeem et al. (2020) proposed **density and coverage** to fix this: density counts *how many*
#   real balls contain each sample (divided by $k$), so a sample inside a single outlier's ball counts little, and
#   coverage counts the share of real images whose ball contains at least one sample. `ganlib` does not compute them;
#   exercise 3 does. Read precision together with FID and coverage, never alone.
# * **The shipped generators.** Compare each column with the reference and with the others: how far above the
#   reference is each FID, do KID and FID order the generators the same way, are all ten classes covered, which one
#   has the higher precision and which the higher recall, and is any generator flagged for copying?
#
# The same numbers as pictures: FID on a logarithmic scale and KID with error bars of ±2 standard errors (bars that
# overlap mean the evaluation cannot separate those generators); then precision against recall, where real data sits
# top right, and the share of each class among each generator's samples (real data: 10% each; a class below the
# dotted 1% line is not covered).
# %% [markdown] lang="ru"
# Как читать таблицу, столбец за столбцом:
#
# * **Реальные данные (эталон).** FID и KID настоящих изображений близки к 0, но не равны ему: две конечные выборки из
#   одного распределения всегда немного различаются. Лучше при этом $n$ не получится ни у какого генератора
#   (в `benchmarks/results/metric_floors.json` — то же измерение при $n = 10\,000$: FID около 0,08, меньше из-за
#   смещения FID при малых $n$). IS заметно меньше 10 (около 8,6 при $n = 10\,000$): даже настоящая одежда иногда
#   неоднозначна. Точность и полнота — около 0,85, а не 1: шары вокруг конечной выборки покрывают многообразие не
#   целиком, так что верх шкалы для обеих метрик — 0,85. А проверка на запоминание отмечает эти изображения, как и
#   должна: они *и есть* обучающие, все до одного копии.
# * **Только кроссовки.** Коллапс в цифрах: большие FID и KID, хотя все изображения настоящие, IS около 1, покрыты
#   один-два класса (несколько кроссовок классификатор принимает за сандалии или ботинки) и полнота намного ниже
#   уровня реальных данных при по-прежнему высокой точности.
# * **Равномерный шум.** FID, KID и полнота плохи, как и ожидалось, но посмотрите на точность, напечатанную под
#   таблицей: шум ничуть не похож на одежду, а заметная его доля считается «реалистичной». Это слабое место точности
#   по $k$ ближайшим соседям: она спрашивает лишь, попал ли сэмпл *хотя бы в один* шар вокруг настоящего изображения,
#   а настоящее изображение-**выброс** (необычная вещь, далёкая от остальных в пространстве признаков) получает
#   огромный шар — до своего далёкого $k$-го соседа. Для сети признаков все шумовые картинки похожи друг на друга, так
#   что их признаки собираются в одной небольшой области; скорее всего, эта область лежит внутри нескольких таких
#   больших шаров — и тогда засчитываются почти все шумовые сэмплы разом. Naeem et al. (2020) предложили
#   **плотность и покрытие** (density, coverage): плотность считает, *сколько* настоящих шаров содержат сэмпл (делённое
#   на $k$), так что сэмпл внутри одного-единственного шара выброса весит мало, а покрытие — долю настоящих
#   изображений, в шаре которых есть хотя бы один сэмпл. `ganlib` их не считает; это делает упражнение 3. Читайте
#   точность вместе с FID и покрытием, но не саму по себе.
# * **Предобученные генераторы.** Сравните каждый столбец с уровнем реальных данных и с остальными: насколько каждый
#   FID выше эталона, одинаково ли упорядочивают генераторы KID и FID, покрыты ли все десять классов, у кого выше
#   точность, а у кого полнота, и не отмечен ли кто-нибудь проверкой на копирование?
#
# Те же числа в виде графиков: FID в логарифмической шкале и KID с планками погрешностей ±2 стандартные ошибки (если
# планки перекрываются, замер эти генераторы не различает); затем точность против полноты — реальные данные в правом
# верхнем углу — и доля каждого класса среди сэмплов каждого генератора (у реальных данных — по 10 %; класс ниже
# пунктирной линии 1 % не покрыт).
# %% [markdown] lang="es"
# Cómo leer la tabla, columna a columna:
#
# * **Reales (referencia).** La FID y la KID de las imágenes reales están cerca de 0, pero no son exactamente 0: dos
#   muestras finitas de una misma distribución siempre difieren un poco. Es lo máximo a lo que puede aspirar un
#   generador con este $n$ (`benchmarks/results/metric_floors.json` tiene la misma medida con $n = 10.000$: una FID
#   de unos 0,08, más baja por el sesgo de la FID con $n$ pequeño). La puntuación del clasificador queda bastante por
#   debajo de 10 (unos 8,6 con $n = 10.000$): incluso la ropa real es a veces ambigua. La precisión y la
#   exhaustividad rondan 0,85, no 1, porque las bolas alrededor de una muestra finita no cubren toda la variedad: el
#   techo de la escala de ambas es 0,85. Y la prueba de memorización marca estas imágenes, como debe: *son* imágenes de
#   entrenamiento, todas copias.
# * **Solo zapatillas.** El colapso en números: una FID y una KID grandes aunque todas las imágenes son reales, una
#   puntuación del clasificador cerca de 1, una o dos clases cubiertas (el clasificador confunde algunas zapatillas con
#   sandalias o botines) y una exhaustividad muy por debajo de la referencia con una precisión que sigue alta.
# * **Ruido uniforme.** La FID, la KID y la exhaustividad son tan malas como cabía esperar, pero mira la precisión que
#   se imprime bajo la tabla: el ruido no se parece en nada a una prenda y, aun así, una buena parte cuenta como
#   «realista». Es el punto débil de la precisión por $k$ vecinos: solo pregunta si una muestra cae dentro de *al menos
#   una* bola alrededor de una imagen real, y una imagen real **atípica** (*outlier*: una prenda rara, lejos de las
#   demás en el espacio de características) recibe una bola enorme, que llega hasta su lejano $k$-ésimo vecino. Para
#   la red de características, todas las imágenes de ruido se parecen, así que sus características caen en una región
#   pequeña; lo más probable es que esa región quede dentro de unas pocas bolas grandes de ese tipo, y entonces se
#   aceptan de golpe casi todas las muestras de ruido. Naeem et al. (2020) propusieron **densidad y cobertura**
#   (*density*, *coverage*) para corregirlo: la densidad cuenta *cuántas* bolas reales contienen cada muestra (dividido
#   entre $k$), de modo que una muestra dentro de la bola de un único atípico pesa poco, y la cobertura cuenta la
#   fracción de imágenes reales cuya bola contiene al menos una muestra. `ganlib` no las calcula; el ejercicio 3 sí.
#   Lee la precisión junto a la FID y la cobertura, nunca sola.
# * **Los generadores preentrenados.** Compara cada columna con la referencia y con las demás: cuánto por encima de la
#   referencia queda cada FID, si la KID y la FID ordenan igual los generadores, si están cubiertas las diez clases,
#   cuál tiene más precisión y cuál más exhaustividad, y si la prueba de copia marca alguno.
#
# Los mismos números, en gráficas: la FID en escala logarítmica y la KID con barras de error de ±2 errores estándar
# (si las barras se solapan, la evaluación no separa esos generadores); después, la precisión frente a la
# exhaustividad, con los datos reales arriba a la derecha, y la fracción de cada clase entre las muestras de cada
# generador (datos reales: 10 % cada una; una clase por debajo de la línea punteada del 1 % no está cubierta).
# %%
fig, (ax_fid, ax_kid) = plt.subplots(1, 2, figsize=(12, 4))
names, colors = [NAME[m] for m in SHIPPED], [COLORS[m] for m in SHIPPED]
bars = ax_fid.bar(names, [results[m].fid for m in SHIPPED], color=colors)
ax_fid.bar_label(bars, labels=[number(results[m].fid, LANG, 2) for m in SHIPPED])
ax_fid.axhline(floor.fid, color=COLORS["real"], ls="--", label=say("floor_line", v=floor.fid))
ax_fid.set_yscale("log")
ax_fid.set_ylim(min(floor.fid, *(results[m].fid for m in SHIPPED)) / 2, max(results[m].fid for m in SHIPPED) * 4)
ax_fid.set_title(say("fid_title"))
bars = ax_kid.bar(names, [results[m].kid for m in SHIPPED], color=colors,
                  yerr=[2 * results[m].kid_se for m in SHIPPED], capsize=6)
ax_kid.bar_label(bars, labels=[number(results[m].kid, LANG, 3) for m in SHIPPED], padding=3)
ax_kid.axhline(floor.kid, color=COLORS["real"], ls="--", label=say("floor_line", v=floor.kid))
top = max(results[m].kid + 2 * results[m].kid_se for m in SHIPPED)
ax_kid.set_ylim(min(0.0, floor.kid) - 0.05 * top, 1.35 * top)
ax_kid.set_title(say("kid_title"))
for ax in (ax_fid, ax_kid):
    ax.tick_params(axis="x", labelsize=9)
    ax.legend(loc="upper right", fontsize=9)
    ax.grid(axis="y", alpha=0.3)
fig.tight_layout()
plt.show()

fig, (ax_pr, ax_cov) = plt.subplots(1, 2, figsize=(14, 5), gridspec_kw={"width_ratios": [1, 1.6]})
points = [(say("real"), floor, COLORS["real"]), (say("one_class", name=CLASSES[SNEAKER]), columns["one"], COLORS["one"]),
          (say("noise"), columns["noise"], COLORS["noise"]), *((NAME[m], results[m], COLORS[m]) for m in SHIPPED)]
for name, result, color in points:
    ax_pr.scatter(result.recall, result.precision, s=110, color=color, edgecolor="black", zorder=3)
    ax_pr.annotate(name, (result.recall, result.precision), xytext=(7, 5), textcoords="offset points", fontsize=9)
ax_pr.set(xlim=(-0.03, 1.0), ylim=(-0.03, 1.0), xlabel=f"{label('metric_recall', LANG)} (→)",
          ylabel=f"{label('metric_precision', LANG)} (→)", title=say("pr_title"))
ax_pr.grid(alpha=0.3)
x, width = np.arange(10), 0.8 / len(SHIPPED)
for i, m in enumerate(SHIPPED):
    ax_cov.bar(x + (i - (len(SHIPPED) - 1) / 2) * width, list(results[m].class_shares.values()), width,
               color=COLORS[m], label=f"{NAME[m]} ({results[m].classes_covered}/10)")
ax_cov.scatter(x, list(floor.class_shares.values()), marker="_", s=700, linewidths=3, color=COLORS["real"], zorder=3,
               label=say("uniform"))
ax_cov.axhline(COVERED_SHARE, color="black", ls=":", lw=1, label=say("covered_line", p=COVERED_SHARE))
ax_cov.set_xticks(x, CLASSES, rotation=25, ha="right")
ax_cov.yaxis.set_major_formatter(PercentFormatter(1.0))
ax_cov.set(ylabel=say("share"), title=say("coverage_title", n=N_EVAL))
ax_cov.legend(fontsize=8, loc="upper right", ncols=2)
ax_cov.grid(axis="y", alpha=0.3)
fig.tight_layout()
plt.show()

# %% [markdown] lang="en"
# Finally the verdict on the shipped generators, written by code from the numbers above: the order by each metric,
# whether the gap between the two best by FID is larger than KID's evaluation noise, coverage, fidelity against
# diversity, and copying. Remember what these generators are: each trained with its own recipe for its own time, so
# the verdict is about *these generators*, not about the architectures at equal cost.

# %% [markdown] lang="ru"
# И наконец вердикт о предобученных генераторах — его пишет код по числам выше: порядок по каждой метрике, превышает
# ли разрыв между двумя лучшими по FID шум замера KID, покрытие, реалистичность против разнообразия и копирование.
# Помните, что это за генераторы: каждый обучен по своему рецепту и своё время, так что вердикт — об *этих
# генераторах*, а не об архитектурах при равной цене.

# %% [markdown] lang="es"
# Por último, el veredicto sobre los generadores preentrenados, escrito por el código a partir de los números de
# arriba: el orden según cada métrica, si la diferencia entre los dos mejores según la FID supera el ruido de
# evaluación de la KID, la cobertura, la fidelidad frente a la diversidad y las copias. Recuerda qué son estos
# generadores: cada uno se entrenó con su propia receta y durante su propio tiempo, así que el veredicto habla de
# *estos generadores*, no de las arquitecturas a igual coste.

# %%
DIGITS = {"fid": 2, "kid": 4, "classifier_score": 2, "precision": 3, "recall": 3}


def ranking(results, attribute, higher_is_better):
    """The models from best to worst by one attribute of their Evaluation, and that order as text."""
    order = sorted(results, key=lambda m: getattr(results[m], attribute), reverse=higher_is_better)
    text = (" > " if higher_is_better else " < ").join(
        f"{NAME[m]} ({number(getattr(results[m], attribute), LANG, DIGITS[attribute])})" for m in order)
    return order, text


def verdict(results, floor):
    """Print what the evaluations say: rankings, whether KID's noise allows the FID order, coverage, P/R, copies."""
    for key, attribute, higher in (("fid", "fid", False), ("kid", "kid", False), ("cs", "classifier_score", True),
                                   ("precision", "precision", True), ("recall", "recall", True)):
        print(say("by", metric=say(f"m_{key}"), order=ranking(results, attribute, higher)[1]))
    print()
    (best, second, *_), _ = ranking(results, "fid", False)
    a, b = results[best], results[second]
    print(say("best", best=NAME[best], fid=a.fid, second=NAME[second], fid2=b.fid, floor=floor.fid))
    gap, se = b.kid - a.kid, float(np.hypot(a.kid_se, b.kid_se))  # se: standard error of the difference
    key = "kid_clear" if gap > 2 * se else "kid_disagree" if gap < -2 * se else "kid_noise"
    print(say(key, best=NAME[best], second=NAME[second], d=gap if key == "kid_noise" else abs(gap), se=se))
    gaps = [m for m in results if results[m].classes_covered < 10]
    for m in gaps:
        missing = [CLASSES[k] for k, s in enumerate(results[m].class_shares.values()) if s < COVERED_SHARE]
        print(say("coverage_gap", model=NAME[m], k=results[m].classes_covered, missing=", ".join(missing)))
    if not gaps:
        print(say("coverage_full"))
    p_best, r_best = ranking(results, "precision", True)[0][0], ranking(results, "recall", True)[0][0]
    print(say("pr_same", model=NAME[p_best]) if p_best == r_best else
          say("pr_split", p_model=NAME[p_best], p=results[p_best].precision, r_model=NAME[r_best], r=results[r_best].recall))
    flagged = [NAME[m] for m in results if results[m].memorised]
    print(say("memo_flag", models=", ".join(flagged)) if flagged else say("memo_none"))


verdict(results, floor)

# %% [markdown] lang="en"
# ## 4. The experiment: four models, the same clock
#
# The shipped generators were given different times, so their table compares recipes. A fair comparison gives every
# model the same budget, and on a learner's machine the budget that matters is **seconds**, not epochs: an epoch of
# the vanilla GAN costs a small fraction of an epoch of the improved DCGAN. So each model trains for `BUDGET` seconds
# with its recipe from `ganlib.recipes` (`config(name, seconds=BUDGET, seed=s)`): batch 64, Adam with $\beta_1 = 0.5$
# at $2 \cdot 10^{-4}$ ($8 \cdot 10^{-4}$ for the fast DCGAN, the rate it was tuned with), and samples drawn from
# the **moving average of the generator's weights** (EMA, 0.995). A "model" here is therefore a network *and* the
# recipe that trains it. The `seconds` field stops the run after the first step that reaches the budget.
#
# `EvaluateEachEpoch(at_seconds=MARKS, per_epoch=False)` measures FID (and recall and coverage) when the run's
# training clock first passes each mark: a quarter, half and all of the budget. The clock counts training steps only,
# so the evaluations do not eat into the budget; it does include the first step, which also traces the training
# graph (a few seconds, more for bigger networks). Every model trains once per seed of `SEEDS`, because a GAN run is
# a noisy process and one seed is one sample of it.
#
# Each run gets its own run folder (`run_folder(f"06_{name}_seed{s}")`, on Google Drive in Colab when `USE_DRIVE`),
# and its marks are saved there as JSON. Re-running the cell, or this notebook in another language, loads finished
# runs instead of retraining them, and a larger `BUDGET` resumes them. With the defaults this is 4 × 2 × 60 s = 8
# minutes of training plus three evaluations per run. Each evaluation uses `N_EVAL` = 5,000 samples rather than the
# usual 10,000, to keep the notebook near 12 minutes on a CPU; FID is then a little higher (section 2: its bias at
# small $n$), equally for every model.

# %% [markdown] lang="ru"
# ## 4. Эксперимент: четыре модели, один бюджет времени
#
# Предобученным генераторам дали разное время, так что их таблица сравнивает рецепты. Честное сравнение даёт всем
# моделям одинаковый бюджет, а на машине учащегося важен бюджет в **секундах**, а не в эпохах: эпоха классической GAN
# стоит малую долю эпохи улучшенной DCGAN. Поэтому каждая модель обучается `BUDGET` секунд по своему рецепту из
# `ganlib.recipes` (`config(name, seconds=BUDGET, seed=s)`): батч 64, Adam с $\beta_1 = 0{,}5$ и скоростью
# обучения $2 \cdot 10^{-4}$ ($8 \cdot 10^{-4}$ у быстрой DCGAN — под эту скорость её и настраивали), а сэмплы берутся из
# **скользящего среднего весов генератора** (EMA, 0,995). Так что «модель» здесь — это сеть *вместе* с рецептом, по
# которому её обучают. Поле `seconds` останавливает запуск после первого шага, на котором бюджет исчерпан.
#
# `EvaluateEachEpoch(at_seconds=MARKS, per_epoch=False)` замеряет FID (а также полноту и покрытие), когда время
# обучения впервые проходит каждую отметку: четверть, половину и весь бюджет. Время обучения считает только шаги
# обучения, так что замеры бюджет не съедают; но в него входит первый шаг, который ещё и трассирует граф обучения
# (несколько секунд, у больших сетей дольше). Каждая модель обучается по разу с каждым зерном из `SEEDS`: запуск GAN —
# шумный процесс, и одно зерно — лишь одна его реализация.
#
# У каждого запуска своя папка (`run_folder(f"06_{name}_seed{s}")`, в Colab при `USE_DRIVE` — на Google Диске), и
# замеры на отметках сохраняются туда в JSON. Повторный запуск ячейки или этого блокнота на другом языке загружает
# законченные запуски, а не обучает их заново, а при большем `BUDGET` продолжает их. С параметрами по умолчанию это
# 4 × 2 × 60 с = 8 минут обучения и три замера на запуск. Каждый замер берёт `N_EVAL` = 5 000 сэмплов, а не обычные
# 10 000, чтобы блокнот укладывался примерно в 12 минут на CPU; FID от этого чуть выше (раздел 2: смещение при малых
# $n$), одинаково для всех моделей.

# %% [markdown] lang="es"
# ## 4. El experimento: cuatro modelos, el mismo reloj
#
# Los generadores preentrenados recibieron tiempos distintos, así que su tabla compara recetas. Una comparación justa
# da a todos los modelos el mismo presupuesto, y en la máquina de quien aprende el presupuesto que importa son los
# **segundos**, no las épocas: una época de la GAN clásica cuesta una pequeña parte de una época de la DCGAN mejorada.
# Así que cada modelo se entrena durante `BUDGET` segundos con su receta de `ganlib.recipes`
# (`config(name, seconds=BUDGET, seed=s)`): lote de 64, Adam con $\beta_1 = 0{,}5$ y tasa de aprendizaje
# $2 \cdot 10^{-4}$ ($8 \cdot 10^{-4}$ en la DCGAN rápida, la tasa con la que se ajustó), y muestras tomadas de la
# **media móvil de los pesos del generador** (EMA, 0,995). Un «modelo» es aquí, por tanto, una red *y* la receta que
# la entrena. El campo `seconds` detiene la ejecución tras el primer paso que alcanza el presupuesto.
#
# `EvaluateEachEpoch(at_seconds=MARKS, per_epoch=False)` mide la FID (y la exhaustividad y la cobertura) cuando el
# tiempo de entrenamiento acumulado pasa por primera vez cada marca: un cuarto, la mitad y todo el presupuesto. Ese
# tiempo solo cuenta los pasos de entrenamiento, así que las evaluaciones no se comen el presupuesto; sí incluye el
# primer paso, que además traza el grafo de entrenamiento (unos segundos, más en las redes grandes). Cada modelo se
# entrena una vez por cada semilla de `SEEDS`, porque una ejecución de una GAN es un proceso ruidoso y una semilla es
# una sola muestra de él.
#
# Cada ejecución tiene su propia carpeta (`run_folder(f"06_{name}_seed{s}")`, en Google Drive en Colab si
# `USE_DRIVE`), y sus marcas se guardan allí en JSON. Volver a ejecutar la celda, o este cuaderno en otro idioma, carga
# las ejecuciones terminadas en lugar de volver a entrenarlas, y un `BUDGET` mayor las reanuda. Con los valores por
# defecto son 4 × 2 × 60 s = 8 minutos de entrenamiento y tres evaluaciones por ejecución. Cada evaluación usa
# `N_EVAL` = 5000 muestras en lugar de las 10.000 habituales, para que el cuaderno se quede en unos 12 minutos en una
# CPU; la FID sale entonces algo más alta (sección 2: su sesgo con $n$ pequeño), por igual en todos los modelos.

# %%
MARKS = (BUDGET / 4, BUDGET / 2, BUDGET)  # seconds of training at which FID is measured
print(say("plan", models=len(MODELS), seeds=len(SEEDS), budget=BUDGET, n=N_EVAL,
          marks=" / ".join(number(s, LANG, 0) for s in MARKS)))
curves = {}  # (model, seed) -> the evaluations at the marks: train_s, mark_s, fid, recall, classes_covered ...
for name in MODELS:
    for seed in SEEDS:
        run_dir = run_folder(f"06_{name}_seed{seed}", drive=USE_DRIVE)
        marks = EvaluateEachEpoch(n=N_EVAL, seed=SEED, at_seconds=MARKS, per_epoch=False,
                                  path=run_dir / f"fid_marks_n{N_EVAL}.json")  # read back on a re-run
        run = train(config(name, seconds=BUDGET, seed=seed, subset=SUBSET), run_dir, lang=LANG, verbose=0,
                    callbacks=[marks])
        if not marks.rows:  # a run finished before its marks were kept: measure its end once
            e = evaluate(load_generator(run_dir), n=N_EVAL, seed=SEED)
            marks.rows = [{"epoch": len(run.history["epoch"]), "train_s": train_seconds(run.history), "mark_s": BUDGET,
                           "fid": e.fid, "recall": e.recall, "classes_covered": e.classes_covered}]
            marks.path.write_text(json.dumps(marks.rows, indent=1))
        curves[name, seed] = marks.rows
        steps, seconds = sum(run.history["steps"]), train_seconds(run.history)
        fids = ", ".join(say("mark_fid", s=row["train_s"], f=row["fid"]) for row in marks.rows)
        print(say("run_line", model=NAME[name], seed=seed, steps=steps, train_s=seconds, sps=steps / seconds, fids=fids)
              + (say("run_loaded") if run.resumed_from else ""), flush=True)

# %%
def fids_at(name, mark):
    """The FIDs of all seeds of one model at one mark: each run's first evaluation at or after it (a slow step,
    such as the first one, which also traces the graph, can pass two marks at once)."""
    rows = [next((r for r in curves[name, seed] if r["train_s"] >= mark), None) for seed in SEEDS]
    return [r["fid"] for r in rows if r is not None]


def mean_at(name, mark):
    values = fids_at(name, mark)
    return float(np.mean(values)) if values else float("nan")


fig, ax = plt.subplots(figsize=(8, 4.8))
for m in MODELS:
    spans = [fids_at(m, s) or [np.nan] for s in MARKS]
    ax.fill_between(MARKS, [min(v) for v in spans], [max(v) for v in spans], color=COLORS[m], alpha=0.2)
    ax.plot(MARKS, [mean_at(m, s) for s in MARKS], "o-", color=COLORS[m], label=NAME[m])
ax.set_yscale("log")
ax.set(xlabel=say("clock_x"), ylabel=say("clock_y", n=N_EVAL), title=say("clock_title", k=len(SEEDS)))
ax.set_xticks(MARKS, [number(s, LANG, 0) for s in MARKS])
ax.legend()
ax.grid(alpha=0.3, which="both")
fig.tight_layout()
plt.show()


def cell(name, mark):
    values = fids_at(name, mark)
    if not values:
        return "–"
    if len(values) == 1:
        return say("cell_one", mean=values[0])
    return say("cell", mean=np.mean(values), lo=min(values), hi=max(values))


print_table([say("col_model"), *(say("col_mark", s=s) for s in MARKS)],
            [[NAME[m], *(cell(m, s) for s in MARKS)] for m in MODELS])

# %%
fig, axes = plt.subplots(1, len(MODELS), figsize=(3.4 * len(MODELS), 3.9))
for ax, m in zip(axes, MODELS):
    last = curves[m, SEEDS[0]][-1]  # the evaluation at the end of the budget
    show_images(generate(load_generator(run_folder(f"06_{m}_seed{SEEDS[0]}", drive=USE_DRIVE)), n=36, seed=SEED),
                ncols=6, ax=ax, title=say("sample_panel", model=NAME[m], s=last["train_s"], fid=last["fid"]))
fig.tight_layout()
plt.show()

# %%
def order_at(mark):
    """The models from best to worst by mean FID over the seeds at one mark."""
    return sorted(MODELS, key=lambda m: mean_at(m, mark))


for mark in MARKS:
    print(say("rank_at", s=mark, order=" < ".join(fmt("{m} ({f:.1f})", LANG, m=NAME[m], f=mean_at(m, mark))
                                                  for m in order_at(mark))))
final = MARKS[-1]
best, second = order_at(final)[:2]
b, s = fids_at(best, final), fids_at(second, final)
if len(SEEDS) < 2:
    print(say("gap_one_seed"))
elif max(b) < min(s):
    print(say("gap_clear", best=NAME[best], second=NAME[second], s=final, worst=max(b), other=min(s)))
else:
    print(say("gap_overlap", best=NAME[best], second=NAME[second], s=final, b_lo=min(b), b_hi=max(b), s_lo=min(s),
              s_hi=max(s), k=len(SEEDS)))
leaders = [order_at(mark)[0] for mark in MARKS]
print(say("leader_same", model=NAME[leaders[0]]) if len(set(leaders)) == 1 else
      say("leader_change", first=NAME[leaders[0]], s1=MARKS[0], last=NAME[leaders[-1]], s2=final))
print()
for m in SHIPPED:
    info = shipped[m].manifest
    print(say("vs_shipped", model=NAME[m], fid=mean_at(m, final), budget=final, sfid=info["metrics"]["fid"],
              minutes=info["seconds"] / 60, epochs=info["epochs"]))
print(say("vs_shipped_note", n=N_EVAL))

# %% [markdown] lang="en"
# ### How far to trust this
#
# The sentences above are true of these runs. How far they carry is another question:
#
# * **Few seeds.** With two seeds per model, the min–max band is a rough idea of the seed-to-seed spread, not a
#   confidence interval; the code only calls a gap established when the two models' ranges do not overlap at all
#   (exercise 2 adds a seed).
# * **One budget, one machine.** This says which model (with its recipe) gets furthest in `BUDGET` seconds on *this*
#   machine. Which model is "best" depends on the budget. The README's "Quality on the clock" table
#   (`benchmarks/bench_quality.py --clock`, 10,000 samples, a 2-core AMD EPYC) measured, after 60, 120 and 300
#   seconds: fast DCGAN 15.1, 10.0, 6.5 (mean of 3 seeds); DCGAN 33.2, 24.7, 13.8; improved DCGAN 41.6, 29.4, 16.9
#   (one seed each). Yet the shipped improved DCGAN, after about 45 minutes, is far ahead of the shipped DCGAN after
#   about 47 (section 1). On a GPU, where convolutions get much cheaper, the order at equal seconds can change again.
# * **Different recipes.** The fast DCGAN trains with a four times larger learning rate than the others, the rate it
#   was tuned with; the others were not tuned for a one-minute budget. That is a fair comparison of what each recipe
#   gives, not of the bare architectures.
# * **FID at 5,000 samples** is biased upwards compared with the manifests' 10,000, and it is only one number: the
#   marks also record recall and coverage (in each run folder's JSON), and section 3 showed why one number is not
#   enough.

# %% [markdown] lang="ru"
# ### Насколько этому можно доверять
#
# Предложения выше верны для этих запусков. Насколько далеко они распространяются — другой вопрос:
#
# * **Мало зёрен.** Когда у модели всего два запуска с разными зёрнами, полоса «мин.–макс.» даёт лишь грубое
#   представление о разбросе между зёрнами, это не доверительный интервал; код называет разрыв доказанным, только
#   если диапазоны двух моделей вообще не перекрываются (в упражнении 2 добавляется зерно).
# * **Один бюджет, одна машина.** Результат говорит, какая модель (со своим рецептом) продвигается дальше всех за
#   `BUDGET` секунд на *этой* машине. Какая модель «лучше», зависит от бюджета. Таблица «Quality on the clock» в README
#   (`benchmarks/bench_quality.py --clock`, 10 000 сэмплов, двухъядерный AMD EPYC) через 60, 120 и 300 секунд даёт:
#   быстрая DCGAN — 15,1, 10,0, 6,5 (среднее трёх запусков с разными зёрнами); DCGAN — 33,2, 24,7, 13,8; улучшенная DCGAN — 41,6, 29,4, 16,9
#   (по одному запуску). И всё же предобученная улучшенная DCGAN примерно после 45 минут обучения намного опережает
#   предобученную DCGAN примерно после 47 (раздел 1). На GPU, где свёртки становятся гораздо дешевле, порядок при
#   равном времени может снова измениться.
# * **Разные рецепты.** Быстрая DCGAN обучается со скоростью обучения вчетверо выше, чем остальные: именно с ней её и
#   настраивали; остальные модели под бюджет в одну минуту не настраивали. Это честное сравнение того, что даёт каждый
#   рецепт, а не «голых» архитектур.
# * **FID по 5 000 сэмплам** смещён вверх по сравнению с 10 000 в манифестах, и это лишь одно число: на отметках
#   записываются ещё полнота и покрытие (в JSON в папке каждого запуска), а раздел 3 показал, почему одного числа мало.

# %% [markdown] lang="es"
# ### Hasta qué punto fiarse
#
# Las frases de arriba son ciertas para estas ejecuciones. Hasta dónde llegan es otra cuestión:
#
# * **Pocas semillas.** Con dos semillas por modelo, la banda mín.–máx. da una idea aproximada de la dispersión entre
#   semillas, no un intervalo de confianza; el código solo da por demostrada una diferencia cuando los intervalos de
#   los dos modelos no se solapan en absoluto (el ejercicio 2 añade una semilla).
# * **Un presupuesto, una máquina.** Esto dice qué modelo (con su receta) llega más lejos en `BUDGET` segundos en
#   *esta* máquina. Qué modelo es «el mejor» depende del presupuesto. La tabla «Quality on the clock» del README
#   (`benchmarks/bench_quality.py --clock`, 10.000 muestras, un AMD EPYC de 2 núcleos) midió, tras 60, 120 y 300
#   segundos: DCGAN rápida, 15,1, 10,0 y 6,5 (media de 3 semillas); DCGAN, 33,2, 24,7 y 13,8; DCGAN mejorada, 41,6,
#   29,4 y 16,9 (una semilla cada una). Y, sin embargo, la DCGAN mejorada preentrenada, tras unos 45 minutos, queda muy
#   por delante de la DCGAN preentrenada tras unos 47 (sección 1). En una GPU, donde las convoluciones salen mucho más
#   baratas, el orden a igual tiempo puede volver a cambiar.
# * **Recetas distintas.** La DCGAN rápida se entrena con una tasa de aprendizaje cuatro veces mayor que las demás, la
#   tasa con la que se ajustó; las otras no se ajustaron para un presupuesto de un minuto. Es una comparación justa de
#   lo que da cada receta, no de las arquitecturas desnudas.
# * **La FID con 5000 muestras** está sesgada hacia arriba respecto a las 10.000 de los manifiestos, y es un solo
#   número: las marcas registran también la exhaustividad y la cobertura (en el JSON de la carpeta de cada ejecución),
#   y la sección 3 mostró por qué un número no basta.

# %% [markdown] lang="en"
# ## Summary
#
# * The shipped generators (`ganlib.pretrained`) show what each model gives and, in their manifests, what it cost;
#   they were trained for different times, so they compare recipes, not architectures at equal cost.
# * Judging samples by eye is not a measurement: it cannot see class proportions, missing variety or copies of the
#   training set. Evaluate thousands of samples against held-out real images.
# * `ganlib.metrics.evaluate` computes, in the feature space of a Fashion-MNIST classifier: **FID** (Fréchet distance
#   between Gaussians fitted to the features; biased at small $n$; on our network, so not comparable with Inception
#   FIDs from papers), **KID** (unbiased MMD² with a standard error), the **classifier score** (the Inception Score
#   formula, 1 to 10; 1 whenever $p(y \mid x) = p(y)$), **class coverage** (mode collapse), **precision** and
#   **recall** (fidelity and diversity, from $k$-NN balls), and a **memorisation** check.
# * **Measure the reference**: real images do not score perfectly (precision and recall about 0.85), training images
#   are, correctly, flagged as memorised, and pure noise can get a sizeable $k$-NN precision, because outliers among
#   the real images have huge balls (density and coverage, Naeem et al. 2020, fix that).
# * A fair comparison gives every model the same budget, in the unit that matters (here: seconds of training), with
#   several seeds, and evaluates at the same $n$; the conclusions are computed from the numbers, with the seed spread
#   in view, and they hold for that budget and that machine.
#
# ## Exercises
#
# 1. **The $n$ bias.** Evaluate set B (`real_subset`) with 500, 2,000 and 5,000 images. How do FID and KID change?
#    Which one would you trust to compare a model evaluated with 1,000 samples with one evaluated with 10,000?
#
#    <details><summary>Solution</summary>
#
#    ```python
#    for n in (500, 2000, 5000):
#        e = evaluate(real_subset[:n], seed=SEED)
#        print(n, round(e.fid, 3), round(e.kid, 4), round(e.kid_se, 4))
#    ```
#
#    The FID of real images falls as $n$ grows (its bias shrinks roughly like $1/n$): in one run with seed 0, about 1.3 with 500
#    images, 0.3 with 2,000 and 0.12 with 5,000, and about 0.08 at 10,000 (`benchmarks/results/metric_floors.json`);
#    the exact values depend on the seed. KID stays near 0, within about two standard errors, at every $n$, because it is unbiased. So compare
#    FIDs only at equal $n$; across different $n$, use KID with its error bar.
#
#    </details>
#
# 2. **One more seed.** Set `SEEDS = (0, 1, 2)` and re-run section 4. Which runs train, and which are loaded? Does the
#    band get wider? Does the printed verdict about the gap change?
#
#    <details><summary>Solution</summary>
#
#    Only the four runs with seed 2 train (about 4 minutes); the others are found finished in their run folders and
#    their marks are read from JSON. A min–max band over three seeds can only be as wide or wider than over two of
#    them, so "ahead in every seed" becomes a stronger claim, and a gap called established with two seeds may turn
#    into an overlap. Which one happens depends on your runs: read the printed lines.
#
#    </details>
#
# 3. **Density and coverage.** Implement the metrics of Naeem et al. (2020) on the test split's features and compare
#    uniform noise with real images. Does noise still look "realistic"?
#
#    <details><summary>Solution</summary>
#
#    ```python
#    from ganlib.data import to_float
#    from ganlib.features import embed
#    from ganlib.metrics import knn_radii, reference
#
#
#    def density_coverage(images, k=3):
#        """Density and coverage (Naeem et al., 2020) of uint8 images against the test split's features."""
#        real = reference().test_features
#        radii = knn_radii(real, k)
#        fake, _ = embed(to_float(images))
#        count, covered = 0, np.zeros(len(real), bool)
#        for chunk in np.array_split(fake, max(1, len(fake) // 500)):
#            d2 = (chunk**2).sum(1)[:, None] + (real**2).sum(1)[None, :] - 2 * chunk @ real.T
#            inside = d2 <= radii[None, :] ** 2  # sample j inside the ball of real image i
#            count += inside.sum()
#            covered |= inside.any(axis=0)
#        return count / (k * len(fake)), covered.mean()
#
#
#    print(density_coverage(noise[:2000]), density_coverage(real_subset[:2000]))
#    ```
#
#    In one run with 2,000 images (seed 0), noise got a density of about 0.36 and a coverage of about 0.004, real
#    training images about 0.98 and 0.42 (coverage grows with the number of samples). Density gives noise about a third of
#    the real images' value, and coverage exposes it: its samples pile up in a few balls and reach almost none of the real images.
#
#    </details>
#
# 4. **Break a metric.** Build an image set with a high classifier score but a bad FID. Then one with a good
#    precision and a terrible recall. What do they teach you about reading a single number?
#
#    <details><summary>Hint and solution</summary>
#
#    One real image per class, repeated:
#
#    ```python
#    picks = np.stack([x_train[y_train == c][0] for c in range(10)])
#    print(evaluate(np.tile(picks, (200, 1, 1)), seed=SEED).table(LANG))  # tile: 0, 1, ..., 9, 0, 1, ...
#    ```
#
#    Each image is confidently one class and the classes are used equally, so the score is high while FID is large and
#    recall 0: ten points cover none of the variety. In one run (seed 0, the first training image of each class, 2,000
#    images) the score was about 7.3 (the classifier put two of the ten picks in other classes, so 8 classes were
#    covered), FID about 31, precision 0.9, recall 0, and the set was flagged as memorised, since the picks are
#    training images. With `np.repeat(picks, 200, axis=0)` instead of `np.tile` the score drops to 1: `evaluate` computes it on 10
#    consecutive splits of the samples, and each split would hold a single class. Set A (one class of real images) is
#    the second case: high precision, recall far below the reference. No single number sees both fidelity and
#    diversity.
#
#    </details>
#
# 5. **A copying generator.** Write a "generator" that returns random training images with Gaussian noise of
#    standard deviation `sigma` gray levels (`np.clip(x + noise, 0, 255)`). For which `sigma` does `memorised` turn
#    off? What happens to FID meanwhile?
#
#    <details><summary>Solution</summary>
#
#    ```python
#    rng = np.random.default_rng(SEED)
#    for sigma in (2, 8, 16, 32, 64):
#        base = x_train[rng.choice(len(x_train), 2000)].astype(np.float32)
#        fake = np.clip(base + rng.normal(0, sigma, base.shape), 0, 255).astype(np.uint8)
#        e = evaluate(fake, seed=SEED)
#        print(sigma, e.copies, f"{e.close_to_train:.1%}", round(e.nn_train_ratio, 2), e.memorised, round(e.fid, 1))
#    ```
#
#    A copy is within an RMS distance of 0.05 on the $[-1, 1]$ scale, about 6 gray levels, so the copies disappear
#    once `sigma` passes roughly that, a little later because clipping removes part of the noise on the black
#    background. The flag stays on longer through the other test, "closer to the training set than 99% of test
#    images": a noisy copy is still nearest to its original. In one run with 2,000 images (seed 0) there were 510
#    copies at `sigma` = 8 and none at 16, the flag went off between 16 and 32 (nn-train ratio 0.44, then 0.85), and
#    FID rose all along: 0.4 at 2, 5.4 at 16, 17 at 32, 42 at 64. Copying hides well behind a little noise.
#
#    </details>
#
# 6. **A longer clock.** Set `BUDGET = 300` and re-run section 4 (the runs resume from their 60 s checkpoints; about
#    32 more minutes on a 2-core CPU, much less on a GPU). Does the ranking change between the marks? Compare with the
#    README's "Quality on the clock" table.
#
#    <details><summary>Expected outcome</summary>
#
#    The marks become 75, 150 and 300 s. The README's measurement (10,000 samples, 2-core AMD EPYC) had, at 300 s,
#    the fast DCGAN at 6.5, the DCGAN at 13.8 and the improved DCGAN at 16.9, with the fast DCGAN ahead at every mark;
#    expect a similar order but not the same numbers, since your machine, `N_EVAL` and seeds differ. The improved
#    DCGAN pays off only with far longer budgets: the shipped one reaches FID 4.1 after about 45 minutes (the shipped
#    fast DCGAN: 6.3 after 5; nobody has trained the fast DCGAN for 45 minutes here).
#
#    </details>

# %% [markdown] lang="ru"
# ## Итоги
#
# * Предобученные генераторы (`ganlib.pretrained`) показывают, что даёт каждая модель, а их манифесты — чего это
#   стоило; обучали их разное время, так что они сравнивают рецепты, а не архитектуры при равной цене.
# * Разглядывание сэмплов — не измерение: глаз не видит долей классов, недостающего разнообразия и копий обучающей
#   выборки. Оценивайте тысячи сэмплов относительно настоящих изображений, не участвовавших в обучении.
# * `ganlib.metrics.evaluate` считает в пространстве признаков классификатора Fashion-MNIST: **FID** (расстояние
#   Фреше между гауссианами, подогнанными к признакам; смещён при малых $n$; посчитан нашей сетью, поэтому не
#   сравним с Inception FID из статей), **KID** (несмещённая оценка MMD² со стандартной ошибкой), **IS по нашему
#   классификатору** (формула Inception Score, от 1 до 10; равен 1, когда $p(y \mid x) = p(y)$), **покрытие классов**
#   (коллапс мод), **точность** и **полноту** (реалистичность и разнообразие по шарам $k$ ближайших соседей) и
#   **проверку на запоминание**.
# * **Измеряйте уровень реальных данных**: настоящие изображения не набирают идеальных значений (точность и полнота
#   около 0,85), обучающие изображения проверка справедливо отмечает как запомненные, а чистый шум может получить
#   заметную точность по $k$ соседям, потому что у выбросов среди настоящих изображений огромные шары (это исправляют
#   плотность и покрытие, Naeem et al., 2020).
# * Честное сравнение даёт всем моделям одинаковый бюджет в той единице, которая важна (здесь — секунды обучения), с
#   несколькими зёрнами, и замеряет при одинаковом $n$; выводы вычисляются из чисел с оглядкой на разброс между
#   зёрнами и верны для этого бюджета и этой машины.
#
# ## Упражнения
#
# 1. **Смещение по $n$.** Оцените набор B (`real_subset`) по 500, 2 000 и 5 000 изображений. Как меняются FID и KID?
#    Какому из них вы бы доверили сравнение модели, оценённой по 1 000 сэмплам, с моделью, оценённой по 10 000?
#
#    <details><summary>Решение</summary>
#
#    ```python
#    for n in (500, 2000, 5000):
#        e = evaluate(real_subset[:n], seed=SEED)
#        print(n, round(e.fid, 3), round(e.kid, 4), round(e.kid_se, 4))
#    ```
#
#    FID настоящих изображений падает с ростом $n$ (смещение убывает примерно как $1/n$): в одном запуске с зерном 0 — около 1,3 при
#    500 изображениях, 0,3 при 2 000 и 0,12 при 5 000, а при 10 000 — около 0,08 (`benchmarks/results/metric_floors.json`);
#    точные значения зависят от зерна. KID при любом $n$ остаётся около 0, в пределах примерно двух стандартных ошибок, потому
#    что он несмещённый. Так что FID сравнивают только при одинаковом $n$, а при разных $n$ — KID с его погрешностью.
#
#    </details>
#
# 2. **Ещё одно зерно.** Поставьте `SEEDS = (0, 1, 2)` и перезапустите раздел 4. Какие запуски обучаются, а какие
#    загружаются? Становится ли полоса шире? Меняется ли напечатанный вывод о разрыве?
#
#    <details><summary>Решение</summary>
#
#    Обучаются только четыре запуска с зерном 2 (около 4 минут); остальные находятся законченными в своих папках, а их
#    замеры читаются из JSON. Полоса «мин.–макс.» по трём зёрнам может быть только такой же или шире, чем по двум из
#    них, так что «впереди при каждом зерне» становится более сильным утверждением, и разрыв, доказанный при двух
#    зёрнах, может превратиться в перекрытие. Что именно произойдёт, зависит от ваших запусков: читайте напечатанное.
#
#    </details>
#
# 3. **Плотность и покрытие.** Реализуйте метрики Naeem et al. (2020) на признаках тестовой выборки и сравните
#    равномерный шум с настоящими изображениями. Выглядит ли шум всё ещё «реалистичным»?
#
#    <details><summary>Решение</summary>
#
#    ```python
#    from ganlib.data import to_float
#    from ganlib.features import embed
#    from ganlib.metrics import knn_radii, reference
#
#
#    def density_coverage(images, k=3):
#        """Density and coverage (Naeem et al., 2020) of uint8 images against the test split's features."""
#        real = reference().test_features
#        radii = knn_radii(real, k)
#        fake, _ = embed(to_float(images))
#        count, covered = 0, np.zeros(len(real), bool)
#        for chunk in np.array_split(fake, max(1, len(fake) // 500)):
#            d2 = (chunk**2).sum(1)[:, None] + (real**2).sum(1)[None, :] - 2 * chunk @ real.T
#            inside = d2 <= radii[None, :] ** 2  # sample j inside the ball of real image i
#            count += inside.sum()
#            covered |= inside.any(axis=0)
#        return count / (k * len(fake)), covered.mean()
#
#
#    print(density_coverage(noise[:2000]), density_coverage(real_subset[:2000]))
#    ```
#
#    В одном запуске с 2 000 изображений (зерно 0) шум получил плотность около 0,36 и покрытие около 0,004, настоящие
#    обучающие изображения — около 0,98 и 0,42 (покрытие растёт с числом сэмплов). Плотность у шума — около трети от значения
#    для настоящих изображений, а покрытие его разоблачает: его сэмплы скапливаются в нескольких шарах и почти не достают до настоящих изображений.
#
#    </details>
#
# 4. **Сломайте метрику.** Соберите набор изображений с высоким IS, но плохим FID. Затем — набор с хорошей точностью
#    и ужасной полнотой. Чему они учат насчёт чтения одного-единственного числа?
#
#    <details><summary>Подсказка и решение</summary>
#
#    Одно настоящее изображение на класс, повторённое много раз:
#
#    ```python
#    picks = np.stack([x_train[y_train == c][0] for c in range(10)])
#    print(evaluate(np.tile(picks, (200, 1, 1)), seed=SEED).table(LANG))  # tile: 0, 1, ..., 9, 0, 1, ...
#    ```
#
#    Каждое изображение уверенно относится к одному классу, и классы используются поровну, так что IS высок, а FID
#    большой и полнота 0: десять точек не покрывают никакого разнообразия. В одном запуске (зерно 0, первое обучающее
#    изображение каждого класса, 2 000 изображений) IS был около 7,3 (две из десяти картинок классификатор отнёс к другим
#    классам, так что покрыто 8 классов), FID около 31, точность 0,9, полнота 0, и набор отмечен как запомненный — это
#    ведь обучающие изображения. С `np.repeat(picks, 200, axis=0)` вместо `np.tile` IS падает до 1: `evaluate` считает его на 10
#    последовательных частях сэмплов, и в каждой оказался бы один класс. Второй случай — набор A (один класс настоящих
#    изображений): высокая точность, полнота намного ниже уровня реальных данных. Ни одно число само по себе не видит и
#    реалистичность, и разнообразие.
#
#    </details>
#
# 5. **Генератор-копировщик.** Напишите «генератор», который возвращает случайные обучающие изображения с гауссовым
#    шумом со стандартным отклонением `sigma` градаций серого (`np.clip(x + noise, 0, 255)`). При каком `sigma` флаг
#    `memorised` гаснет? Что при этом происходит с FID?
#
#    <details><summary>Решение</summary>
#
#    ```python
#    rng = np.random.default_rng(SEED)
#    for sigma in (2, 8, 16, 32, 64):
#        base = x_train[rng.choice(len(x_train), 2000)].astype(np.float32)
#        fake = np.clip(base + rng.normal(0, sigma, base.shape), 0, 255).astype(np.uint8)
#        e = evaluate(fake, seed=SEED)
#        print(sigma, e.copies, f"{e.close_to_train:.1%}", round(e.nn_train_ratio, 2), e.memorised, round(e.fid, 1))
#    ```
#
#    Копия — это RMSE не больше 0,05 в шкале $[-1, 1]$, около 6 градаций серого, так что копии исчезают, когда `sigma`
#    превышает примерно это значение, — чуть позже, потому что обрезка убирает часть шума на чёрном фоне. Флаг
#    держится дольше благодаря второму критерию — «ближе к обучающей выборке, чем 99 % тестовых изображений»:
#    зашумлённая копия всё ещё ближе всего к своему оригиналу. В одном запуске с 2 000 изображений (зерно 0) при
#    `sigma` = 8 было 510 копий, при 16 — ни одной, флаг погас между 16 и 32 (отношение расстояний 0,44, затем 0,85), а
#    FID всё время рос: 0,4 при 2, 5,4 при 16, 17 при 32, 42 при 64. Немного шума хорошо маскирует копирование.
#
#    </details>
#
# 6. **Бюджет побольше.** Поставьте `BUDGET = 300` и перезапустите раздел 4 (запуски продолжатся со своих контрольных
#    точек на 60 с; примерно 32 минуты дополнительно на CPU с 2 ядрами, на GPU гораздо меньше). Меняется ли порядок
#    моделей от отметки к отметке? Сравните с таблицей «Quality on the clock» в README.
#
#    <details><summary>Ожидаемый результат</summary>
#
#    Отметки станут 75, 150 и 300 с. В замере из README (10 000 сэмплов, двухъядерный AMD EPYC) через 300 с быстрая
#    DCGAN была на 6,5, DCGAN — на 13,8, улучшенная DCGAN — на 16,9, и быстрая DCGAN лидировала на каждой отметке;
#    ожидайте похожего порядка, но не тех же чисел: у вас другие машина, `N_EVAL` и зёрна. Улучшенная DCGAN
#    окупается только при гораздо большем бюджете: предобученная доходит до FID 4,1 примерно за 45 минут (предобученная
#    быстрая DCGAN — до 6,3 за 5 минут; 45 минут быструю DCGAN здесь никто не обучал).
#
#    </details>

# %% [markdown] lang="es"
# ## Resumen
#
# * Los generadores preentrenados (`ganlib.pretrained`) muestran qué da cada modelo y, en sus manifiestos, cuánto
#   costó; se entrenaron durante tiempos distintos, así que comparan recetas, no arquitecturas a igual coste.
# * Juzgar las muestras a ojo no es medir: la vista no ve las proporciones de las clases, la variedad que falta ni las
#   copias del conjunto de entrenamiento. Evalúa miles de muestras frente a imágenes reales que no se usaron para
#   entrenar.
# * `ganlib.metrics.evaluate` calcula, en el espacio de características de un clasificador de Fashion-MNIST: la **FID**
#   (distancia de Fréchet entre gaussianas ajustadas a las características; sesgada con $n$ pequeño; con nuestra red,
#   así que no es comparable con las FID de Inception de los artículos), la **KID** (MMD² insesgada, con error
#   estándar), la **puntuación del clasificador** (la fórmula del Inception Score, de 1 a 10; vale 1 cuando
#   $p(y \mid x) = p(y)$), la **cobertura de clases** (colapso de modos), la **precisión** y la **exhaustividad**
#   (fidelidad y diversidad, a partir de bolas de $k$ vecinos) y una prueba de **memorización**.
# * **Mide la referencia**: las imágenes reales no puntúan a la perfección (precisión y exhaustividad de unos 0,85),
#   las imágenes de entrenamiento quedan, con razón, marcadas como memorizadas, y el ruido puro puede sacar una
#   precisión por $k$ vecinos apreciable, porque las imágenes reales atípicas tienen bolas enormes (la densidad y la
#   cobertura de Naeem et al., 2020, lo corrigen).
# * Una comparación justa da a todos los modelos el mismo presupuesto, en la unidad que importa (aquí, segundos de
#   entrenamiento), con varias semillas, y evalúa con el mismo $n$; las conclusiones se calculan a partir de los
#   números, sin perder de vista la dispersión entre semillas, y valen para ese presupuesto y esa máquina.
#
# ## Ejercicios
#
# 1. **El sesgo de $n$.** Evalúa el conjunto B (`real_subset`) con 500, 2000 y 5000 imágenes. ¿Cómo cambian la FID y
#    la KID? ¿En cuál confiarías para comparar un modelo evaluado con 1000 muestras con otro evaluado con 10.000?
#
#    <details><summary>Solución</summary>
#
#    ```python
#    for n in (500, 2000, 5000):
#        e = evaluate(real_subset[:n], seed=SEED)
#        print(n, round(e.fid, 3), round(e.kid, 4), round(e.kid_se, 4))
#    ```
#
#    La FID de las imágenes reales baja al crecer $n$ (su sesgo se reduce más o menos como $1/n$): en una ejecución con la semilla 0, unos
#    1,3 con 500 imágenes, 0,3 con 2000 y 0,12 con 5000, y unos 0,08 con 10.000 (`benchmarks/results/metric_floors.json`);
#    los valores exactos dependen de la semilla. La KID se queda cerca de 0, dentro de unos dos errores estándar, con cualquier
#    $n$, porque es insesgada. Así que las FID solo se comparan con el mismo $n$; con $n$ distintos, usa la KID con su
#    barra de error.
#
#    </details>
#
# 2. **Una semilla más.** Pon `SEEDS = (0, 1, 2)` y vuelve a ejecutar la sección 4. ¿Qué ejecuciones se entrenan y
#    cuáles se cargan? ¿Se ensancha la banda? ¿Cambia la conclusión impresa sobre la diferencia?
#
#    <details><summary>Solución</summary>
#
#    Solo se entrenan las cuatro ejecuciones con la semilla 2 (unos 4 minutos); las demás aparecen terminadas en sus
#    carpetas y sus marcas se leen del JSON. Una banda mín.–máx. sobre tres semillas solo puede ser igual de ancha o más
#    que sobre dos de ellas, así que «por delante con todas las semillas» pasa a ser una afirmación más fuerte, y una
#    diferencia demostrada con dos semillas puede convertirse en un solapamiento. Lo que ocurra depende de tus
#    ejecuciones: lee lo que se imprime.
#
#    </details>
#
# 3. **Densidad y cobertura.** Implementa las métricas de Naeem et al. (2020) sobre las características del conjunto
#    de prueba y compara el ruido uniforme con imágenes reales. ¿Sigue pareciendo «realista» el ruido?
#
#    <details><summary>Solución</summary>
#
#    ```python
#    from ganlib.data import to_float
#    from ganlib.features import embed
#    from ganlib.metrics import knn_radii, reference
#
#
#    def density_coverage(images, k=3):
#        """Density and coverage (Naeem et al., 2020) of uint8 images against the test split's features."""
#        real = reference().test_features
#        radii = knn_radii(real, k)
#        fake, _ = embed(to_float(images))
#        count, covered = 0, np.zeros(len(real), bool)
#        for chunk in np.array_split(fake, max(1, len(fake) // 500)):
#            d2 = (chunk**2).sum(1)[:, None] + (real**2).sum(1)[None, :] - 2 * chunk @ real.T
#            inside = d2 <= radii[None, :] ** 2  # sample j inside the ball of real image i
#            count += inside.sum()
#            covered |= inside.any(axis=0)
#        return count / (k * len(fake)), covered.mean()
#
#
#    print(density_coverage(noise[:2000]), density_coverage(real_subset[:2000]))
#    ```
#
#    En una ejecución con 2000 imágenes (semilla 0), el ruido obtuvo una densidad de unos 0,36 y una cobertura de unos
#    0,004, y las imágenes reales de entrenamiento, unos 0,98 y 0,42 (la cobertura crece con el número de muestras). La
#    densidad del ruido es un tercio de la de las imágenes reales y la cobertura lo delata: sus muestras se amontonan en unas pocas
#    bolas y casi no alcanzan ninguna imagen real.
#
#    </details>
#
# 4. **Rompe una métrica.** Construye un conjunto de imágenes con una puntuación del clasificador alta pero una FID
#    mala. Después, uno con buena precisión y una exhaustividad pésima. ¿Qué te enseñan sobre leer un único número?
#
#    <details><summary>Pista y solución</summary>
#
#    Una imagen real por clase, repetida:
#
#    ```python
#    picks = np.stack([x_train[y_train == c][0] for c in range(10)])
#    print(evaluate(np.tile(picks, (200, 1, 1)), seed=SEED).table(LANG))  # tile: 0, 1, ..., 9, 0, 1, ...
#    ```
#
#    Cada imagen es claramente de una clase y las clases se usan por igual, así que la puntuación es alta, mientras que
#    la FID es grande y la exhaustividad, 0: diez puntos no cubren nada de la variedad. En una ejecución (semilla 0, la
#    primera imagen de entrenamiento de cada clase, 2000 imágenes) la puntuación fue de unos 7,3 (el clasificador puso
#    dos de las diez imágenes en otras clases, así que quedaron 8 clases cubiertas), la FID de unos 31, la precisión
#    0,9 y la exhaustividad 0, y el conjunto quedó marcado como memorizado, porque son imágenes de entrenamiento. Con
#    `np.repeat(picks, 200, axis=0)` en lugar de `np.tile` la puntuación cae a 1: `evaluate` la calcula en 10 partes consecutivas de las
#    muestras, y cada una tendría una sola clase. El conjunto A (una sola clase de imágenes reales) es el segundo caso:
#    precisión alta y exhaustividad muy por debajo de la referencia. Ningún número por sí solo ve a la vez la fidelidad
#    y la diversidad.
#
#    </details>
#
# 5. **Un generador que copia.** Escribe un «generador» que devuelva imágenes de entrenamiento al azar con ruido
#    gaussiano de desviación típica `sigma` niveles de gris (`np.clip(x + noise, 0, 255)`). ¿Con qué `sigma` se desactiva
#    `memorised`? ¿Qué le pasa mientras tanto a la FID?
#
#    <details><summary>Solución</summary>
#
#    ```python
#    rng = np.random.default_rng(SEED)
#    for sigma in (2, 8, 16, 32, 64):
#        base = x_train[rng.choice(len(x_train), 2000)].astype(np.float32)
#        fake = np.clip(base + rng.normal(0, sigma, base.shape), 0, 255).astype(np.uint8)
#        e = evaluate(fake, seed=SEED)
#        print(sigma, e.copies, f"{e.close_to_train:.1%}", round(e.nn_train_ratio, 2), e.memorised, round(e.fid, 1))
#    ```
#
#    Una copia está a una distancia RMS de 0,05 o menos en la escala $[-1, 1]$, unos 6 niveles de gris, así que las
#    copias desaparecen cuando `sigma` pasa más o menos de ese valor, algo después porque el recorte elimina parte del
#    ruido sobre el fondo negro. El indicador sigue activo más tiempo por la otra prueba, «más cerca del conjunto de
#    entrenamiento que el 99 % de las imágenes de prueba»: una copia con ruido sigue teniendo su original como imagen
#    más cercana. En una ejecución con 2000 imágenes (semilla 0) hubo 510 copias con `sigma` = 8 y ninguna con 16, el
#    indicador se desactivó entre 16 y 32 (razón de distancias 0,44 y luego 0,85) y la FID subió todo el rato: 0,4 con
#    2, 5,4 con 16, 17 con 32 y 42 con 64. Un poco de ruido esconde bien una copia.
#
#    </details>
#
# 6. **Un reloj más largo.** Pon `BUDGET = 300` y vuelve a ejecutar la sección 4 (las ejecuciones se reanudan desde sus
#    puntos de control de 60 s; unos 32 minutos más en una CPU de 2 núcleos, mucho menos en una GPU). ¿Cambia el orden
#    de una marca a otra? Compáralo con la tabla «Quality on the clock» del README.
#
#    <details><summary>Resultado esperado</summary>
#
#    Las marcas pasan a ser 75, 150 y 300 s. La medida del README (10.000 muestras, un AMD EPYC de 2 núcleos) daba, a
#    los 300 s, 6,5 para la DCGAN rápida, 13,8 para la DCGAN y 16,9 para la DCGAN mejorada, con la DCGAN rápida en
#    cabeza en todas las marcas; espera un orden parecido, pero no los mismos números, porque cambian la máquina,
#    `N_EVAL` y las semillas. La DCGAN mejorada solo compensa con presupuestos mucho mayores: la
#    preentrenada llega a una FID de 4,1 tras unos 45 minutos (la DCGAN rápida preentrenada, a 6,3 tras 5; nadie ha
#    entrenado aquí la DCGAN rápida durante 45 minutos).
#
#    </details>

# %% [markdown] lang="en"
# ## Appendix: where the speed differences come from
#
# At equal seconds, what decides is how many useful updates a model makes per second, and that follows from the size
# and shape of its networks. The table gives each network's parameters and the **multiply-adds** of one forward pass
# for one image, in the dense and convolution layers, which do almost all the work. Both are fixed by the
# architecture, so this cell's output never changes:

# %% [markdown] lang="ru"
# ## Приложение: откуда берётся разница в скорости
#
# При равном времени решает, сколько полезных обновлений модель делает в секунду, а это следует из размера и устройства
# её сетей. В таблице — число параметров каждой сети и число **умножений-сложений** за один прямой проход для одного
# изображения в полносвязных и свёрточных слоях, которые делают почти всю работу. И то и другое задаётся архитектурой,
# так что вывод этой ячейки не меняется никогда:

# %% [markdown] lang="es"
# ## Apéndice: de dónde salen las diferencias de velocidad
#
# A igual tiempo, lo que decide es cuántas actualizaciones útiles hace un modelo por segundo, y eso se deriva del
# tamaño y la forma de sus redes. La tabla da los parámetros de cada red y las **multiplicaciones-sumas** de una pasada
# hacia delante para una imagen, en las capas densas y de convolución, que hacen casi todo el trabajo. Las dos cosas
# las fija la arquitectura, así que la salida de esta celda no cambia nunca:

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
    g, d = build_gan(m)
    rows.append([NAME[m], fmt("{n:,}", LANG, n=g.count_params()), fmt("{n:,}", LANG, n=d.count_params()),
                 say("millions", x=multiply_adds(g) / 1e6), say("millions", x=multiply_adds(d) / 1e6)])
print_table([say("col_model"), say("g_params"), say("d_params"), say("g_macs"), say("d_macs")], rows)

# %% [markdown] lang="en"
# Parameters are not the whole story. A dense layer uses each weight once per image; a convolution reuses its kernel
# at every position of the feature map. So the vanilla generator does one
# multiply-add per weight, about 1.5 million per image; the DCGAN and the improved DCGAN, with about as many
# parameters, do about 52 and 55 million; and the fast DCGAN, a narrower network, about 7 million, which is one reason
# it makes several times more steps per second than the DCGAN. A training step runs the
# generator forward and backward and the discriminator on a real and a generated batch, so its cost follows these
# counts, though not in proportion: tiny layers leave a CPU partly idle on the fixed cost of each operation. The
# steps per second printed in section 4 are the measured result.
#
# How to make training itself faster on a CPU (batch size, bfloat16 on the CPU's matrix units, XLA compilation) is
# measured in the README, section *Training speed* (`make bench`, `benchmarks/bench_levers.py`), with the trade-offs:
# for example, bfloat16 makes each step cheaper but, on the DCGAN, each epoch worth less. Its "Quality on the clock"
# table (`benchmarks/bench_quality.py --clock`) is the long version of section 4's experiment.

# %% [markdown] lang="ru"
# Число параметров — ещё не всё. Полносвязный слой использует каждый вес один раз на изображение, а свёртка применяет
# своё ядро в каждой позиции карты признаков. Поэтому классический генератор делает по одному
# умножению-сложению на вес, около 1,5 миллиона на изображение; DCGAN и улучшенная DCGAN при сопоставимом числе
# параметров — около 52 и 55 миллионов, а быстрая DCGAN, сеть поуже, — около 7 миллионов. Это одна из причин, по
# которым она делает в несколько раз больше шагов в секунду, чем DCGAN. Шаг обучения прогоняет генератор
# вперёд и назад, а дискриминатор — на батче настоящих и батче сгенерированных изображений, так что его цена растёт
# вместе с этими числами, хотя и не пропорционально: на крошечных слоях CPU частично простаивает из-за постоянных
# накладных расходов на каждую операцию. Измеренный результат — число шагов в секунду, напечатанное в разделе 4.
#
# Как ускорить само обучение на CPU (размер батча, bfloat16 на матричных блоках процессора, компиляция XLA), измерено в
# README, в разделе *Training speed* (`make bench`, `benchmarks/bench_levers.py`), вместе с ценой каждого приёма:
# например, bfloat16 удешевляет каждый шаг, но у DCGAN и пользы от каждой эпохи становится меньше. Таблица «Quality on
# the clock» оттуда же (`benchmarks/bench_quality.py --clock`) — длинная версия эксперимента из раздела 4.

# %% [markdown] lang="es"
# Los parámetros no lo son todo. Una capa densa usa cada peso una vez por imagen; una convolución reutiliza su núcleo
# (*kernel*) en cada posición del mapa de características. Por eso el generador clásico hace una
# multiplicación-suma por peso, unos 1,5 millones por imagen; la DCGAN y la DCGAN mejorada, con un número de parámetros
# parecido, unos 52 y 55 millones, y la DCGAN rápida, una red más estrecha, unos 7 millones: es una de las razones por
# las que da varias veces más pasos por segundo que la DCGAN.
# Un paso de entrenamiento pasa el generador hacia delante y hacia atrás y el discriminador por un lote real y otro
# generado, así que su coste crece con esas cifras, aunque no en proporción: con capas diminutas la CPU queda en parte
# ociosa por el coste fijo de cada operación. Los pasos por segundo que imprime la sección 4 son el resultado medido.
#
# Cómo acelerar el propio entrenamiento en una CPU (el tamaño del lote, bfloat16 en las unidades matriciales del
# procesador, la compilación con XLA) está medido en el README, en la sección *Training speed* (`make bench`,
# `benchmarks/bench_levers.py`), con lo que cuesta cada opción: por ejemplo, bfloat16 abarata cada paso, pero en la
# DCGAN cada época aporta menos. Su tabla «Quality on the clock» (`benchmarks/bench_quality.py --clock`) es la versión
# larga del experimento de la sección 4.
