# %% [markdown] lang="en"
# # 7 · Latent-space explorer
#
# *Walk through a generator's latent space: why Gaussian vectors live near a sphere, spherical interpolation, directions that reshape a garment, and interactive widgets to play with all of it.* · ⏱ ~3 min on a 2-core CPU when it trains its own short DCGAN, ~1 min with a shipped generator; no GPU needed
#
# {{badges}}

# %% [markdown] lang="ru"
# # 7 · Путешествие по латентному пространству
#
# *Прогулка по латентному пространству генератора: почему гауссовы векторы живут у поверхности сферы, сферическая интерполяция, направления, меняющие вещь, и интерактивные виджеты, чтобы всё это потрогать руками.* · ⏱ ~3 мин на CPU с 2 ядрами, если блокнот сам обучает короткую DCGAN, ~1 мин с предобученным генератором; GPU не нужен
#
# {{badges}}

# %% [markdown] lang="es"
# # 7 · Explorador del espacio latente
#
# *Un paseo por el espacio latente de un generador: por qué los vectores gaussianos viven cerca de una esfera, la interpolación esférica, direcciones que transforman una prenda y controles interactivos para jugar con todo ello.* · ⏱ ~3 min en una CPU de 2 núcleos si el cuaderno entrena su propia DCGAN corta, ~1 min con un generador preentrenado; no hace falta GPU
#
# {{badges}}

# %% tags=["parameters"] smoke={"EPOCHS": 1, "SUBSET": 512}
LANG = "en"  # language of figures, labels and widgets: "en", "ru" or "es"
MODEL = "improved"  # the generator to explore: ganlib's shipped one if there is one, else trained below
EPOCHS = 4  # epochs of the short training run (only when no generator is shipped)
BATCH_SIZE = 32  # images per training step
SUBSET = 4000  # training images of that run (None: all 60,000)
SEED = 0  # random seed of the training run and of the pictures

# %% [markdown] lang="en"
# A GAN generator turns a vector of 100 random numbers into a garment. Change the numbers a little and the garment
# changes a little; change them along the right direction and a shirt grows into a dress, a sandal closes into a
# sneaker. This notebook is about that space of vectors, the **latent space**: what its typical points look like
# (a surprise in 100 dimensions), how to walk from one point to another without falling off the part the generator
# knows, and how to find directions that mean something. Then come the toys: sliders, an interpolation walk, a
# sample browser and a replay of training, all **widgets** you can drag in the notebook.
#
# The plan:
#
# 1. the latent space, and why nearby vectors give similar images;
# 2. where Gaussian vectors live: the norm of $z$, checked numerically in $d = 100$ dimensions;
# 3. linear and spherical interpolation (*slerp*);
# 4. a generator to explore: a shipped one, or a short run trained right here;
# 5. neighbours and interpolations, with pictures;
# 6. the widgets: principal directions, interpolation, sample browser, training replay.
#
# Widgets need a running kernel. On GitHub or any other static view they do not appear, so after each one there is
# an ordinary figure of what it shows.

# %% [markdown] lang="ru"
# Генератор GAN превращает вектор из 100 случайных чисел в предмет одежды. Чуть измените числа — чуть изменится и
# вещь; сдвиньте их в нужном направлении — и рубашка вытянется в платье, а сандалия превратится в кроссовок. Этот
# блокнот посвящён пространству таких векторов — **латентному пространству**: как выглядят его типичные точки (в 100
# измерениях тут есть сюрприз), как пройти от одной точки к другой и не выпасть из области, которую генератор знает,
# и как найти осмысленные направления. А затем — игрушки: ползунки, интерполяция, просмотр сэмплов и повтор
# обучения. Всё это **виджеты**, которые можно двигать прямо в блокноте.
#
# План:
#
# 1. латентное пространство и почему близкие векторы дают похожие изображения;
# 2. где живут гауссовы векторы: норма $z$, проверяем численно при $d = 100$;
# 3. линейная и сферическая интерполяция (*slerp*);
# 4. генератор для исследования: предобученный из `ganlib` или наскоро обученный прямо здесь;
# 5. соседи и интерполяции в картинках;
# 6. виджеты: главные направления, интерполяция, просмотр сэмплов, повтор обучения.
#
# Виджетам нужно работающее ядро Jupyter. На GitHub и в любом другом статическом просмотре их не видно, поэтому после
# каждого виджета стоит обычный рисунок с тем, что он показывает.

# %% [markdown] lang="es"
# El generador de una GAN convierte un vector de 100 números aleatorios en una prenda. Si cambias un poco los
# números, la prenda cambia un poco; si los mueves en la dirección adecuada, una camisa se alarga hasta ser un
# vestido y una sandalia se cierra hasta parecer una zapatilla. Este cuaderno trata de ese espacio de vectores, el
# **espacio latente**: qué aspecto tienen sus puntos típicos (en 100 dimensiones hay sorpresa), cómo ir de un punto a
# otro sin salirse de la zona que el generador conoce y cómo encontrar direcciones con significado. Después llegan los
# juguetes: deslizadores, una interpolación, un explorador de muestras y una repetición del entrenamiento, todos ellos
# **controles interactivos** (*widgets*) que puedes mover en el propio cuaderno.
#
# El plan:
#
# 1. el espacio latente, y por qué vectores cercanos dan imágenes parecidas;
# 2. dónde viven los vectores gaussianos: la norma de $z$, comprobada numéricamente en $d = 100$ dimensiones;
# 3. interpolación lineal y esférica (*slerp*);
# 4. un generador que explorar: uno preentrenado de `ganlib` o uno entrenado brevemente aquí mismo;
# 5. vecinos e interpolaciones, en imágenes;
# 6. los controles interactivos: direcciones principales, interpolación, explorador de muestras y repetición del
#    entrenamiento.
#
# Los controles interactivos necesitan un *kernel* en marcha. En GitHub o en cualquier otra vista estática no
# aparecen, así que después de cada uno hay una figura normal con lo que muestra.

# %%
import ganlib  # noqa: F401  (first: it quiets TensorFlow's start-up logging)

import shutil
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np

from ganlib import pretrained, widgets
from ganlib.data import to_uint8
from ganlib.i18n import label
from ganlib.images import load_png
from ganlib.plots import show_images
from ganlib.sampling import generate, interpolate, latent_dim_of, latent_vectors
from ganlib.train import train

RUN_DIR = Path("runs/07_latent_explorer")  # this notebook's run folder, next to the notebook
shutil.rmtree(RUN_DIR, ignore_errors=True)  # start from scratch: no state left over from an earlier run

TEXT = {
    "en": {
        "stats": "norm of 10,000 samples of N(0, I), d = {d}: mean {mean:.2f} (√d = {root:.2f}), "
                 "standard deviation {std:.2f}\n"
                 "  smallest {min:.2f}, largest {max:.2f}; between √d - 2 and √d + 2: {inside:.1%}\n"
                 "angle between two independent samples: {angle:.1f}° ± {angle_std:.1f}°\n"
                 "norm of the midpoint of the straight line between them: {mid:.2f} (√(d/2) = {half:.2f}); "
                 "samples with a smaller norm: {below}",
        "norm": "norm ‖z‖", "samples_hist": "10,000 samples z", "midpoints_hist": "midpoints (z₀ + z₁) / 2",
        "hist_title": "Norms in d = {d} dimensions", "ratio": "‖z‖ / √d", "density": "density",
        "thin_title": "The shell gets thinner as d grows", "t": "position t on the path",
        "shell": "where samples lie (mean ± 2 sd)", "path_title": "Norm along five paths between samples",
        "shipped": "Shipped generator '{model}' (ganlib.pretrained):", "m_epochs": "epochs",
        "m_images": "training images", "m_time": "training time", "m_hardware": "hardware", "minutes": "{m:.0f} min",
        "training": "No shipped generator '{model}': training one for {epochs} epoch(s) on {subset} images.",
        "trained": "trained in {seconds:.0f} s; run folder: {path}",
        "original": "start", "angle": "angle {a}°", "neighbours": "Neighbours at a growing angle, on the same sphere",
        "contrast": "contrast (standard deviation of an image's pixels), mean over 200 pairs:\n"
                    "  ends {ends:.3f}   linear midpoints {linear:.3f}   spherical midpoints {spherical:.3f}",
        "share": "{share:.0%} of the variance", "walk": "Seed {start} → seed {end}",
        "replay_run": "The shipped generator has no run folder: recording a short run ({epochs} epoch(s), "
                      "{subset} images) to replay.",
    },
    "ru": {
        "stats": "норма 10 000 векторов из N(0, I), d = {d}: среднее {mean:.2f} (√d = {root:.2f}), "
                 "стандартное отклонение {std:.2f}\n"
                 "  наименьшая {min:.2f}, наибольшая {max:.2f}; от √d - 2 до √d + 2: {inside:.1%}\n"
                 "угол между двумя независимыми векторами: {angle:.1f}° ± {angle_std:.1f}°\n"
                 "норма середины отрезка между ними: {mid:.2f} (√(d/2) = {half:.2f}); "
                 "векторов с меньшей нормой: {below}",
        "norm": "норма ‖z‖", "samples_hist": "10 000 векторов z", "midpoints_hist": "середины (z₀ + z₁) / 2",
        "hist_title": "Нормы при d = {d}", "ratio": "‖z‖ / √d", "density": "плотность",
        "thin_title": "С ростом d слой становится тоньше", "t": "положение t на пути",
        "shell": "где лежат векторы (среднее ± 2 ст. откл.)", "path_title": "Норма вдоль пяти путей между векторами",
        "shipped": "Предобученный генератор «{model}» (ganlib.pretrained):", "m_epochs": "эпох",
        "m_images": "обучающих изображений", "m_time": "время обучения", "m_hardware": "оборудование",
        "minutes": "{m:.0f} мин",
        "training": "Предобученного генератора «{model}» нет: обучаем его {epochs} эпох(и) на {subset} изображениях.",
        "trained": "обучено за {seconds:.0f} с; папка запуска: {path}",
        "original": "исходное", "angle": "угол {a}°", "neighbours": "Соседи под растущим углом, на той же сфере",
        "contrast": "контраст (стандартное отклонение пикселей изображения), среднее по 200 парам:\n"
                    "  концы {ends:.3f}   середины отрезков {linear:.3f}   середины дуг {spherical:.3f}",
        "share": "{share:.0%} дисперсии", "walk": "Зерно {start} → зерно {end}",
        "replay_run": "У предобученного генератора нет папки запуска: записываем для повтора короткое обучение "
                      "({epochs} эпох(и), {subset} изображений).",
    },
    "es": {
        "stats": "norma de 10 000 muestras de N(0, I), d = {d}: media {mean:.2f} (√d = {root:.2f}), "
                 "desviación típica {std:.2f}\n"
                 "  mínima {min:.2f}, máxima {max:.2f}; entre √d - 2 y √d + 2: {inside:.1%}\n"
                 "ángulo entre dos muestras independientes: {angle:.1f}° ± {angle_std:.1f}°\n"
                 "norma del punto medio del segmento que las une: {mid:.2f} (√(d/2) = {half:.2f}); "
                 "muestras con una norma menor: {below}",
        "norm": "norma ‖z‖", "samples_hist": "10 000 muestras z", "midpoints_hist": "puntos medios (z₀ + z₁) / 2",
        "hist_title": "Normas en d = {d} dimensiones", "ratio": "‖z‖ / √d", "density": "densidad",
        "thin_title": "La capa se estrecha al crecer d", "t": "posición t en el camino",
        "shell": "donde caen las muestras (media ± 2 d. t.)", "path_title": "La norma a lo largo de cinco caminos",
        "shipped": "Generador preentrenado «{model}» (ganlib.pretrained):", "m_epochs": "épocas",
        "m_images": "imágenes de entrenamiento", "m_time": "tiempo de entrenamiento", "m_hardware": "hardware",
        "minutes": "{m:.0f} min",
        "training": "No hay un generador «{model}» preentrenado: entrenamos uno durante {epochs} época(s) "
                    "con {subset} imágenes.",
        "trained": "entrenado en {seconds:.0f} s; carpeta de ejecución: {path}",
        "original": "inicio", "angle": "ángulo {a}°", "neighbours": "Vecinos a un ángulo creciente, en la misma esfera",
        "contrast": "contraste (desviación típica de los píxeles de una imagen), media de 200 pares:\n"
                    "  extremos {ends:.3f}   puntos medios lineales {linear:.3f}   "
                    "puntos medios esféricos {spherical:.3f}",
        "share": "{share:.0%} de la varianza", "walk": "Semilla {start} → semilla {end}",
        "replay_run": "El generador preentrenado no trae carpeta de ejecución: grabamos un entrenamiento corto "
                      "({epochs} época(s), {subset} imágenes) para repetirlo.",
    },
}[LANG]


def show_rows(rows, row_labels, col_titles=None, title=None, scale=0.95):
    """Rows of images (each ``(N, 28, 28, 1)`` in ``[-1, 1]``), with a label left of each row."""
    ncols = max(len(row) for row in rows)
    fig, axes = plt.subplots(len(rows), ncols, figsize=(ncols * scale + 1.6, len(rows) * scale + 0.6), squeeze=False)
    for axes_row, row, name in zip(axes, rows, row_labels):
        for ax, image in zip(axes_row, to_uint8(row)[..., 0]):
            ax.imshow(image, cmap="gray", vmin=0, vmax=255)
        for ax in axes_row:
            ax.set_xticks([])
            ax.set_yticks([])
        axes_row[0].set_ylabel(name, rotation=0, ha="right", va="center", fontsize=9)
    for ax, text in zip(axes[0], col_titles or []):
        ax.set_title(text, fontsize=9)
    if title:
        fig.suptitle(title)
    fig.tight_layout()
    return fig, axes


# %% [markdown] lang="en"
# ## 1. The latent space
#
# A trained generator is a function $G : \mathbb{R}^d \to \mathbb{R}^{28 \times 28}$, with $d = 100$ in this series.
# Every point $z$ of the **latent space** $\mathbb{R}^{100}$ is a picture $G(z)$. The space of all $28 \times 28$
# images has 784 dimensions, and almost all of it is noise; $G$ draws a curved 100-dimensional surface through it, and
# training bends that surface until it passes through the garments.
#
# Two properties make this space worth exploring.
#
# * **$G$ is continuous.** It is a chain of matrix products, transposed convolutions, batch normalization (a fixed
#   affine map at inference time) and continuous activations (LeakyReLU, $\tanh$). Such a chain is Lipschitz:
#   $\|G(z + \delta) - G(z)\| \le L\,\|\delta\|$ for some constant $L$. A small step in $z$ moves the image a little,
#   so **nearby latent vectors give similar images**, and a path through the latent space plays as a smooth animation.
# * **Training organises the space.** The generator only ever sees vectors drawn from the **prior**
#   $z \sim \mathcal{N}(0, I)$, and it must turn each of them into something the discriminator accepts. No region of
#   the prior can be wasted, so the variety of the data (classes, shapes, brightness) is spread over the whole latent
#   space, and directions in it end up meaning something: the widgets below find some of them.
#
# Where do those prior samples actually lie? In 100 dimensions the answer is not what intuition from two or three
# dimensions suggests, and it decides how we should walk between two points. It needs no generator, so we start there.
#
# ## 2. Where Gaussian vectors live
#
# The density of $z \sim \mathcal{N}(0, I_d)$ is $p(z) \propto e^{-\|z\|^2/2}$: highest at the origin. Yet almost no
# sample lands near the origin. The squared norm $\|z\|^2 = \sum_{i=1}^{d} z_i^2$ is a sum of $d$ independent terms,
# each with mean 1 and variance 2 (a $\chi^2_d$ distribution), so
#
# $$\mathbb{E}\,\|z\|^2 = d, \qquad \operatorname{Var}\,\|z\|^2 = 2d, \qquad \text{hence} \qquad
# \|z\| \approx \sqrt{d} \pm \tfrac{1}{\sqrt{2}}.$$
#
# The spread of the norm stays about $0.71$ whatever the dimension, while the radius $\sqrt{d}$ grows: relative to
# the radius, the shell is $1/\sqrt{2d}$ thick. Another way to see it: the probability of a norm between $r$ and
# $r + dr$ is proportional to $r^{d-1} e^{-r^2/2}\,dr$. The density falls as $e^{-r^2/2}$, but the volume of a thin
# shell grows as $r^{d-1}$; their product peaks at $r = \sqrt{d - 1}$. In $d = 100$ nearly all the mass of the
# Gaussian sits in a thin shell of radius about 10, like a soap bubble, and the centre, where the density is highest,
# is practically empty.
#
# A second fact of high dimensions: two independent samples are **nearly orthogonal**. The cosine of the angle
# between them is close to a normal variable with variance $1/d$, so in 100 dimensions the angle is
# $90° \pm 6°$ or so.
#
# Let's check both numerically, with 10,000 samples and a fixed seed.

# %% [markdown] lang="ru"
# ## 1. Латентное пространство
#
# Обученный генератор — это функция $G : \mathbb{R}^d \to \mathbb{R}^{28 \times 28}$; во всём курсе $d = 100$. Каждая
# точка $z$ **латентного пространства** $\mathbb{R}^{100}$ — это картинка $G(z)$. Пространство всех изображений
# $28 \times 28$ имеет 784 измерения, и почти всё в нём — шум; $G$ проводит сквозь него изогнутую 100-мерную
# поверхность, а обучение сгибает её так, чтобы она прошла через одежду.
#
# Исследовать это пространство интересно благодаря двум свойствам.
#
# * **$G$ непрерывен.** Это цепочка умножений на матрицы, транспонированных свёрток, батч-нормализации (в режиме
#   инференса — фиксированное аффинное преобразование) и непрерывных активаций (LeakyReLU, $\tanh$). Такая цепочка
#   липшицева: $\|G(z + \delta) - G(z)\| \le L\,\|\delta\|$ для некоторой константы $L$. Малый шаг по $z$ немного
#   сдвигает изображение, поэтому **близкие латентные векторы дают похожие изображения**, а путь в латентном
#   пространстве превращается в плавную анимацию.
# * **Обучение упорядочивает пространство.** Генератор видит только векторы из **априорного распределения**
#   $z \sim \mathcal{N}(0, I)$ и каждый из них должен превратить во что-то, что дискриминатор примет за настоящее.
#   Ни одна область априорного распределения не может пропадать зря, поэтому всё разнообразие данных (классы, формы,
#   яркость) распределяется по всему латентному пространству, а направления в нём обретают смысл — некоторые из них
#   найдут виджеты ниже.
#
# Но где на самом деле лежат векторы из априорного распределения? В 100 измерениях ответ расходится с интуицией,
# привычной по двум-трём измерениям, и именно он определяет, как правильно идти от одной точки к другой. Генератор
# для этого не нужен, так что с этого и начнём.
#
# ## 2. Где живут гауссовы векторы
#
# Плотность $z \sim \mathcal{N}(0, I_d)$ равна $p(z) \propto e^{-\|z\|^2/2}$ и максимальна в нуле. Тем не менее почти
# ни один вектор не оказывается рядом с нулём. Квадрат нормы $\|z\|^2 = \sum_{i=1}^{d} z_i^2$ — сумма $d$ независимых
# слагаемых со средним 1 и дисперсией 2 (распределение $\chi^2_d$), поэтому
#
# $$\mathbb{E}\,\|z\|^2 = d, \qquad \operatorname{Var}\,\|z\|^2 = 2d, \qquad \text{а значит} \qquad
# \|z\| \approx \sqrt{d} \pm \tfrac{1}{\sqrt{2}}.$$
#
# Разброс нормы остаётся около $0{,}71$ при любой размерности, а радиус $\sqrt{d}$ растёт: относительно радиуса
# толщина слоя равна $1/\sqrt{2d}$. Можно посмотреть и иначе: вероятность того, что норма попадёт между $r$ и
# $r + dr$, пропорциональна $r^{d-1} e^{-r^2/2}\,dr$. Плотность убывает как $e^{-r^2/2}$, но объём тонкого
# сферического слоя растёт как $r^{d-1}$, и произведение достигает максимума при $r = \sqrt{d - 1}$. При $d = 100$
# почти вся масса гауссова распределения сосредоточена в тонком слое радиуса около 10, как в мыльном пузыре, а центр,
# где плотность больше всего, практически пуст.
#
# Второе свойство больших размерностей: два независимых вектора **почти ортогональны**. Косинус угла между ними
# распределён примерно нормально с дисперсией $1/d$, так что в 100 измерениях угол составляет около $90° \pm 6°$.
#
# Проверим и то и другое численно на 10 000 векторов с фиксированным зерном.

# %% [markdown] lang="es"
# ## 1. El espacio latente
#
# Un generador entrenado es una función $G : \mathbb{R}^d \to \mathbb{R}^{28 \times 28}$, con $d = 100$ en toda la
# serie. Cada punto $z$ del **espacio latente** $\mathbb{R}^{100}$ es una imagen $G(z)$. El espacio de todas las
# imágenes de $28 \times 28$ tiene 784 dimensiones, y casi todo en él es ruido; $G$ traza a través de él una
# superficie curva de 100 dimensiones, y el entrenamiento la dobla hasta que pasa por las prendas.
#
# Dos propiedades hacen que merezca la pena explorar este espacio.
#
# * **$G$ es continua.** Es una cadena de productos de matrices, convoluciones traspuestas, normalización por lotes
#   (una transformación afín fija en inferencia) y activaciones continuas (LeakyReLU, $\tanh$). Una cadena así es
#   lipschitziana: $\|G(z + \delta) - G(z)\| \le L\,\|\delta\|$ para alguna constante $L$. Un paso pequeño en $z$ mueve
#   poco la imagen, así que **vectores latentes cercanos dan imágenes parecidas**, y un camino por el espacio latente
#   se convierte en una animación suave.
# * **El entrenamiento organiza el espacio.** El generador solo ve vectores de la **distribución a priori**
#   $z \sim \mathcal{N}(0, I)$, y debe convertir cada uno en algo que el discriminador acepte. Ninguna región de la
#   distribución a priori puede desperdiciarse, así que la variedad de los datos (clases, formas, brillo) se reparte
#   por todo el espacio latente, y sus direcciones acaban significando algo: los controles interactivos de más abajo
#   encuentran algunas.
#
# ¿Dónde caen de verdad esas muestras de la distribución a priori? En 100 dimensiones la respuesta no es la que
# sugiere la intuición de dos o tres dimensiones, y de ella depende cómo conviene ir de un punto a otro. No hace falta
# ningún generador, así que empezamos por ahí.
#
# ## 2. Dónde viven los vectores gaussianos
#
# La densidad de $z \sim \mathcal{N}(0, I_d)$ es $p(z) \propto e^{-\|z\|^2/2}$, máxima en el origen. Y, sin embargo,
# casi ninguna muestra cae cerca del origen. La norma al cuadrado $\|z\|^2 = \sum_{i=1}^{d} z_i^2$ es una suma de $d$
# términos independientes, cada uno con media 1 y varianza 2 (una distribución $\chi^2_d$), así que
#
# $$\mathbb{E}\,\|z\|^2 = d, \qquad \operatorname{Var}\,\|z\|^2 = 2d, \qquad \text{y por tanto} \qquad
# \|z\| \approx \sqrt{d} \pm \tfrac{1}{\sqrt{2}}.$$
#
# La dispersión de la norma se queda en torno a $0{,}71$ sea cual sea la dimensión, mientras que el radio $\sqrt{d}$
# crece: en proporción al radio, la capa tiene un grosor de $1/\sqrt{2d}$. Otra forma de verlo: la probabilidad de
# que la norma esté entre $r$ y $r + dr$ es proporcional a $r^{d-1} e^{-r^2/2}\,dr$. La densidad cae como
# $e^{-r^2/2}$, pero el volumen de una capa esférica fina crece como $r^{d-1}$, y el producto alcanza su máximo en
# $r = \sqrt{d - 1}$. Con $d = 100$, casi toda la masa de la gaussiana está en una capa fina de radio cercano a 10,
# como una pompa de jabón, y el centro, donde la densidad es máxima, está prácticamente vacío.
#
# Un segundo rasgo de las dimensiones altas: dos muestras independientes son **casi ortogonales**. El coseno del
# ángulo entre ellas sigue aproximadamente una normal de varianza $1/d$, así que en 100 dimensiones el ángulo ronda
# los $90° \pm 6°$.
#
# Comprobemos las dos cosas numéricamente, con 10 000 muestras y una semilla fija.

# %%
# NBVAL_CHECK_OUTPUT
D = 100  # the latent size of every generator in the series
rng = np.random.default_rng(0)
z = rng.standard_normal((10_000, D))
norms = np.linalg.norm(z, axis=1)
z0, z1 = z[0::2], z[1::2]  # 5,000 independent pairs
angles = np.degrees(np.arccos(np.sum(z0 * z1, axis=1) / (norms[0::2] * norms[1::2])))
midpoints = np.linalg.norm((z0 + z1) / 2, axis=1)  # the middle of the straight line from z0 to z1
print(TEXT["stats"].format(
    d=D, mean=norms.mean(), root=np.sqrt(D), std=norms.std(), min=norms.min(), max=norms.max(),
    inside=np.mean(np.abs(norms - np.sqrt(D)) < 2), angle=angles.mean(), angle_std=angles.std(),
    mid=midpoints.mean(), half=np.sqrt(D / 2), below=int(np.sum(norms < midpoints.mean())),
))

# %% [markdown] lang="en"
# The mean norm is 9.98 with a standard deviation of 0.70, as predicted; 99.6% of the samples lie between 8 and 12,
# and not one of the 10,000 has a norm below 7.29. Pairs meet at $90.0° \pm 5.8°$. The last line is the one that
# matters for what follows: **the midpoint of the straight line between two samples has a norm of 7.06 on average**,
# smaller than that of every one of the 10,000 samples. Left: the two histograms barely overlap. Right: the same
# picture in other dimensions, with the norm divided by $\sqrt{d}$; the shell narrows as $d$ grows.

# %% [markdown] lang="ru"
# Средняя норма — 9,98 при стандартном отклонении 0,70, как и предсказано; 99,6% векторов лежат между 8 и 12, и ни у
# одного из 10 000 норма не меньше 7,29. Пары векторов сходятся под углом $90{,}0° \pm 5{,}8°$. Для дальнейшего важна
# последняя строка: **у середины отрезка между двумя векторами норма в среднем 7,06**, меньше, чем у любого из 10 000
# векторов. Слева видно, что две гистограммы почти не пересекаются. Справа — та же картина в других размерностях, с
# нормой, делённой на $\sqrt{d}$: с ростом $d$ слой сужается.

# %% [markdown] lang="es"
# La norma media es 9,98 con una desviación típica de 0,70, tal como se predijo; el 99,6% de las muestras cae entre 8 y
# 12, y ninguna de las 10 000 tiene una norma menor que 7,29. Las parejas forman un ángulo de $90{,}0° \pm 5{,}8°$. La
# última línea es la que importa para lo que viene: **el punto medio del segmento entre dos muestras tiene una norma
# media de 7,06**, menor que la de todas y cada una de las 10 000 muestras. A la izquierda, los dos histogramas apenas
# se solapan. A la derecha, lo mismo en otras dimensiones, con la norma dividida por $\sqrt{d}$: la capa se
# estrecha al crecer $d$.

# %%
fig, (ax_norm, ax_ratio) = plt.subplots(1, 2, figsize=(12, 3.8))
ax_norm.hist(norms, bins=50, color="tab:blue", alpha=0.75, label=TEXT["samples_hist"])
ax_norm.hist(midpoints, bins=50, color="tab:orange", alpha=0.75, label=TEXT["midpoints_hist"])
ax_norm.axvline(np.sqrt(D), color="k", ls="--", lw=1, label=f"√d = {np.sqrt(D):.0f}")
ax_norm.set_xlabel(TEXT["norm"])
ax_norm.set_ylabel(label("count", LANG))
ax_norm.set_title(TEXT["hist_title"].format(d=D))
ax_norm.legend(fontsize=8)
for d in (2, 10, 100, 1000):
    ratio = np.linalg.norm(np.random.default_rng(1).standard_normal((5000, d)), axis=1) / np.sqrt(d)
    ax_ratio.hist(ratio, bins=80, range=(0, 2), density=True, histtype="step", lw=1.5, label=f"d = {d}")
ax_ratio.set_xlabel(TEXT["ratio"])
ax_ratio.set_ylabel(TEXT["density"])
ax_ratio.set_title(TEXT["thin_title"])
ax_ratio.legend(fontsize=8)
fig.tight_layout()
plt.show()

# %% [markdown] lang="en"
# ## 3. Linear or spherical interpolation
#
# To morph one image into another we walk from $z_0$ to $z_1$ and generate an image at every step. The obvious path is
# the straight line, **linear interpolation**:
#
# $$\operatorname{lerp}(z_0, z_1; t) = (1 - t)\,z_0 + t\,z_1, \qquad t \in [0, 1].$$
#
# Its midpoint has norm $\tfrac12\sqrt{\|z_0\|^2 + \|z_1\|^2 + 2\,z_0 \cdot z_1} \approx \tfrac12\sqrt{2d} =
# \sqrt{d/2} \approx 7.07$, because $z_0$ and $z_1$ are nearly orthogonal. In fact $(z_0 + z_1)/2$ is a sample of
# $\mathcal{N}(0, \tfrac12 I)$, not of the prior: the generator never met such a vector in training. The middle of a
# linear path is *out of distribution*, and its images often look it: fainter, blurrier, more "average" than either
# end.
#
# **Spherical linear interpolation** (*slerp*; Shoemake, 1985, for rotations; proposed for generative models by
# White, 2016) walks along the great-circle arc from $z_0$ to $z_1$ instead. With $\Omega$ the angle between them,
# $\cos\Omega = \dfrac{z_0 \cdot z_1}{\|z_0\|\,\|z_1\|}$:
#
# $$\operatorname{slerp}(z_0, z_1; t) = \frac{\sin\big((1 - t)\,\Omega\big)}{\sin\Omega}\,z_0
# + \frac{\sin(t\,\Omega)}{\sin\Omega}\,z_1.$$
#
# At $t = 0$ and $t = 1$ it gives $z_0$ and $z_1$; when the two ends have the same norm, every point of the path keeps
# it exactly, and when they differ slightly, as two samples do, the norm moves smoothly from one to the other. The whole
# path stays in the shell where the generator was trained. (`ganlib.sampling.interpolate(z0, z1, steps,
# spherical=True)` implements it, falling back to the straight line when $\Omega$ is almost 0.)
#
# Here are the norms along both paths for one pair of our samples, at $t = 0, \tfrac14, \tfrac12, \tfrac34, 1$, and
# then for five pairs:

# %% [markdown] lang="ru"
# ## 3. Линейная или сферическая интерполяция
#
# Чтобы одно изображение плавно перетекло в другое, мы идём от $z_0$ к $z_1$ и на каждом шаге генерируем картинку.
# Очевидный путь — прямой отрезок, **линейная интерполяция**:
#
# $$\operatorname{lerp}(z_0, z_1; t) = (1 - t)\,z_0 + t\,z_1, \qquad t \in [0, 1].$$
#
# Норма его середины равна $\tfrac12\sqrt{\|z_0\|^2 + \|z_1\|^2 + 2\,z_0 \cdot z_1} \approx \tfrac12\sqrt{2d} =
# \sqrt{d/2} \approx 7{,}07$, потому что $z_0$ и $z_1$ почти ортогональны. По сути, $(z_0 + z_1)/2$ — это вектор из
# $\mathcal{N}(0, \tfrac12 I)$, а не из априорного распределения: при обучении генератор таких векторов не встречал.
# Середина линейного пути лежит *вне распределения*, и изображения там часто это выдают: они бледнее, размытее, более
# «усреднённые», чем на обоих концах.
#
# **Сферическая линейная интерполяция** (*slerp*; Shoemake, 1985, — для поворотов; для генеративных моделей её
# предложил White, 2016) идёт вместо этого по дуге большого круга от $z_0$ к $z_1$. Если $\Omega$ — угол между ними,
# $\cos\Omega = \dfrac{z_0 \cdot z_1}{\|z_0\|\,\|z_1\|}$, то
#
# $$\operatorname{slerp}(z_0, z_1; t) = \frac{\sin\big((1 - t)\,\Omega\big)}{\sin\Omega}\,z_0
# + \frac{\sin(t\,\Omega)}{\sin\Omega}\,z_1.$$
#
# При $t = 0$ и $t = 1$ получаются $z_0$ и $z_1$; если нормы концов равны, каждая точка пути в точности её сохраняет,
# а если немного различаются, как у двух случайных векторов, норма плавно переходит от одной к другой. Весь путь
# остаётся в том слое, где обучался генератор. (Её реализует `ganlib.sampling.interpolate(z0, z1, steps,
# spherical=True)`; когда $\Omega$ почти 0, функция переходит на прямой отрезок.)
#
# Вот нормы вдоль обоих путей для одной пары наших векторов при $t = 0, \tfrac14, \tfrac12, \tfrac34, 1$, а затем для
# пяти пар:

# %% [markdown] lang="es"
# ## 3. Interpolación lineal o esférica
#
# Para transformar una imagen en otra, caminamos de $z_0$ a $z_1$ y generamos una imagen en cada paso. El camino obvio
# es el segmento recto, la **interpolación lineal**:
#
# $$\operatorname{lerp}(z_0, z_1; t) = (1 - t)\,z_0 + t\,z_1, \qquad t \in [0, 1].$$
#
# Su punto medio tiene norma $\tfrac12\sqrt{\|z_0\|^2 + \|z_1\|^2 + 2\,z_0 \cdot z_1} \approx \tfrac12\sqrt{2d} =
# \sqrt{d/2} \approx 7{,}07$, porque $z_0$ y $z_1$ son casi ortogonales. De hecho, $(z_0 + z_1)/2$ es una muestra de
# $\mathcal{N}(0, \tfrac12 I)$, no de la distribución a priori: el generador nunca vio un vector así durante el
# entrenamiento. El centro de un camino lineal queda *fuera de la distribución*, y sus imágenes suelen delatarlo: más
# tenues, más borrosas, más «promedio» que cualquiera de los extremos.
#
# La **interpolación lineal esférica** (*slerp*; Shoemake, 1985, para rotaciones; White la propuso en 2016 para modelos
# generativos) recorre en cambio el arco de círculo máximo que va de $z_0$ a $z_1$. Si $\Omega$ es el ángulo entre
# ambos, $\cos\Omega = \dfrac{z_0 \cdot z_1}{\|z_0\|\,\|z_1\|}$:
#
# $$\operatorname{slerp}(z_0, z_1; t) = \frac{\sin\big((1 - t)\,\Omega\big)}{\sin\Omega}\,z_0
# + \frac{\sin(t\,\Omega)}{\sin\Omega}\,z_1.$$
#
# En $t = 0$ y $t = 1$ da $z_0$ y $z_1$; si los dos extremos tienen la misma norma, todos los puntos del camino la
# conservan exactamente, y si difieren un poco, como ocurre con dos muestras, la norma pasa suavemente de una a otra.
# Todo el camino se queda en la capa donde se entrenó el generador. (La implementa `ganlib.sampling.interpolate(z0,
# z1, steps, spherical=True)`, que recurre al segmento recto cuando $\Omega$ es casi 0.)
#
# Estas son las normas a lo largo de los dos caminos para una pareja de nuestras muestras, en
# $t = 0, \tfrac14, \tfrac12, \tfrac34, 1$, y después para cinco parejas:

# %%
# NBVAL_CHECK_OUTPUT
for mode in ("linear", "spherical"):
    path = interpolate(z[0], z[1], 5, spherical=mode == "spherical")
    print(f"{label(mode, LANG):>10s}:", "  ".join(f"{n:5.2f}" for n in np.linalg.norm(path, axis=1)))

# %%
t = np.linspace(0, 1, 41)
fig, ax = plt.subplots(figsize=(7, 3.6))
ax.axhspan(norms.mean() - 2 * norms.std(), norms.mean() + 2 * norms.std(), color="tab:blue", alpha=0.15,
           label=TEXT["shell"])
for k in range(5):
    for mode, colour in (("linear", "tab:orange"), ("spherical", "tab:green")):
        path = interpolate(z[2 * k], z[2 * k + 1], len(t), spherical=mode == "spherical")
        ax.plot(t, np.linalg.norm(path, axis=1), color=colour, lw=1.5, label=label(mode, LANG) if k == 0 else None)
ax.set_xlabel(TEXT["t"])
ax.set_ylabel(TEXT["norm"])
ax.set_title(TEXT["path_title"])
ax.legend(fontsize=8, loc="lower left")
fig.tight_layout()
plt.show()

# %% [markdown] lang="en"
# The straight lines sag to about 7 in the middle, far below the band where samples live; the arcs stay inside it all
# the way.
#
# ## 4. A generator to explore
#
# Now we need a generator. `ganlib.pretrained` is where `ganlib` ships generators trained for the series, each a
# `.keras` file plus a **manifest** that says how it was trained: epochs, training images, wall-clock time, hardware and
# quality metrics (notebook 6 explains FID and the others). If one called `MODEL` ships with your `ganlib`, the next
# cell loads it and prints its manifest, and you explore a well-trained generator right away.
#
# If none ships, the cell trains a short run of `MODEL` (notebooks 3–5) here: `EPOCHS` epochs on `SUBSET` images, a few minutes
# on a CPU, into the run folder `RUN_DIR`. Such a short run gives rough garments, but the geometry of this notebook
# does not depend on how good the pictures are, and the training replay at the end has the run's own epochs to play
# back. For the full experience, train longer: `EPOCHS = 20` and `SUBSET = None`, best on a GPU.

# %% [markdown] lang="ru"
# Отрезки к середине проседают примерно до 7 — далеко ниже полосы, где лежат векторы; дуги остаются внутри неё на
# всём пути.
#
# ## 4. Генератор для исследования
#
# Теперь нужен генератор. Вместе с `ganlib` могут поставляться предобученные для курса генераторы
# (`ganlib.pretrained`): каждый — это файл `.keras` и **манифест**, в котором записано, как его обучали: число эпох,
# обучающих изображений, время обучения, оборудование и метрики качества (FID и остальные разобраны в блокноте 6). Если
# в вашем `ganlib` есть генератор с именем `MODEL`, следующая ячейка загрузит его и напечатает манифест, и исследовать
# хорошо обученный генератор можно сразу.
#
# Если предобученного генератора нет, ячейка коротко обучит здесь модель `MODEL` (блокноты 3–5): `EPOCHS` эпох на `SUBSET`
# изображениях, несколько минут на CPU, с папкой запуска `RUN_DIR`. После такого короткого обучения одежда получается
# грубой, но геометрия, о которой этот блокнот, от качества картинок не зависит, а для повтора обучения в конце
# найдутся эпохи этого самого запуска. Чтобы увидеть всё во всей красе, обучайте дольше: `EPOCHS = 20` и
# `SUBSET = None`, лучше на GPU.

# %% [markdown] lang="es"
# Los segmentos se hunden hasta cerca de 7 en el centro, muy por debajo de la franja donde viven las muestras; los arcos
# se quedan dentro de ella durante todo el camino.
#
# ## 4. Un generador que explorar
#
# Ahora necesitamos un generador. `ganlib` puede traer generadores ya entrenados para la serie (`ganlib.pretrained`),
# cada uno con un archivo `.keras` y un **manifiesto** que cuenta cómo se entrenó: épocas, imágenes de entrenamiento,
# tiempo de reloj, hardware y métricas de calidad (el cuaderno 6 explica la FID y las demás). Si tu `ganlib` trae uno
# llamado `MODEL`, la celda siguiente lo carga e imprime su manifiesto, y puedes explorar un generador bien entrenado
# desde el primer momento.
#
# Si no trae ninguno, la celda entrena aquí brevemente el modelo `MODEL` (cuadernos 3–5): `EPOCHS` épocas con `SUBSET` imágenes, unos
# minutos en una CPU, en la carpeta de ejecución `RUN_DIR`. Un entrenamiento tan corto da prendas toscas, pero la
# geometría de este cuaderno no depende de lo buenas que sean las imágenes, y la repetición del entrenamiento del final
# tendrá las épocas de esta misma ejecución. Para la experiencia completa, entrena más: `EPOCHS = 20` y
# `SUBSET = None`, mejor en una GPU.

# %%
shipped = MODEL in pretrained.available()
if shipped:
    generator, manifest = pretrained.load(MODEL)
    print(TEXT["shipped"].format(model=MODEL))
    rows = [
        (TEXT["m_epochs"], manifest["epochs"]),
        (TEXT["m_images"], manifest.get("training_images", "?")),
        (TEXT["m_time"], TEXT["minutes"].format(m=manifest["seconds"] / 60)),
        (TEXT["m_hardware"], manifest["hardware"]),
    ]
    metrics = manifest.get("metrics") or {}
    rows += [(name, f"{metrics[name]:.3g}") for name in ("fid", "kid", "classifier_score", "precision", "recall")
             if isinstance(metrics.get(name), (int, float))]
    for name, value in rows:
        print(f"  {name}: {value}")
else:
    print(TEXT["training"].format(model=MODEL, epochs=EPOCHS, subset=SUBSET or 60_000), flush=True)
    run = train(model=MODEL, epochs=EPOCHS, batch_size=BATCH_SIZE, subset=SUBSET, seed=SEED, run_dir=RUN_DIR,
                verbose=2)
    generator = run.gan.generator
    print(TEXT["trained"].format(seconds=sum(run.history["epoch_s"]), path=RUN_DIR))
LATENT_DIM = latent_dim_of(generator)
show_images(generate(generator, n=32, seed=SEED), title=label("samples", LANG), ncols=8, scale=0.6)
plt.show()

# %% [markdown] lang="en"
# ## 5. Neighbours and paths, in pictures
#
# **Nearby vectors, similar images.** We take one latent vector $z$ and, for each angle $\alpha$, seven neighbours
# $z' = \cos\alpha\,z + \sin\alpha\,u$, where $u$ is a random direction perpendicular to $z$ with the same norm. All of
# them lie on the sphere of $z$ (no norm effects to worry about); only the angle changes. At $10°$ the neighbours are
# near copies, at $45°$ they are relatives, and at $90°$ they are as unrelated as two independent samples, which, as
# we saw, meet at about $90°$.

# %% [markdown] lang="ru"
# ## 5. Соседи и пути в картинках
#
# **Близкие векторы — похожие изображения.** Возьмём один латентный вектор $z$ и для каждого угла $\alpha$ — семь его
# соседей $z' = \cos\alpha\,z + \sin\alpha\,u$, где $u$ — случайное направление, перпендикулярное $z$, с той же
# нормой. Все они лежат на сфере, где лежит $z$ (о влиянии нормы думать не нужно), меняется только угол. При $10°$
# соседи — почти копии, при $45°$ — родственники, а при $90°$ они так же не связаны с $z$, как два независимых
# вектора, которые, как мы видели, и расходятся примерно на $90°$.

# %% [markdown] lang="es"
# ## 5. Vecinos y caminos, en imágenes
#
# **Vectores cercanos, imágenes parecidas.** Tomamos un vector latente $z$ y, para cada ángulo $\alpha$, siete vecinos
# $z' = \cos\alpha\,z + \sin\alpha\,u$, donde $u$ es una dirección aleatoria perpendicular a $z$ y con su misma norma.
# Todos están en la esfera de $z$ (la norma no interviene); solo cambia el ángulo. A $10°$ los vecinos son casi copias,
# a $45°$ son parientes y a $90°$ no tienen más relación con $z$ que dos muestras independientes, que, como vimos,
# forman un ángulo de unos $90°$.

# %%
base = latent_vectors(1, LATENT_DIM, seed=SEED)[0]
rng = np.random.default_rng(SEED)
rows, row_labels = [], []
for alpha in (10, 25, 45, 90):
    u = rng.standard_normal((7, LATENT_DIM)).astype(np.float32)
    u -= np.outer(u @ base, base) / (base @ base)  # perpendicular to base
    u *= np.linalg.norm(base) / np.linalg.norm(u, axis=1, keepdims=True)  # with the norm of base
    a = np.radians(alpha)
    rows.append(generate(generator, np.vstack([base, np.cos(a) * base + np.sin(a) * u])))
    row_labels.append(TEXT["angle"].format(a=alpha))
show_rows(rows, row_labels, col_titles=[TEXT["original"]], title=TEXT["neighbours"])
plt.show()

# %% [markdown] lang="en"
# **Linear against spherical.** Three pairs of samples, nine steps from one to the other: straight lines on the left,
# great-circle arcs on the right. Look at the middle columns. The linear paths pass through the low-norm middle of the
# distribution, and their middle images tend to be fainter and less defined than the ends; the arcs keep the contrast
# of the ends all the way. The numbers under the figure measure it over 200 pairs, with the contrast of an image taken
# as the standard deviation of its pixels.

# %% [markdown] lang="ru"
# **Линейная против сферической.** Три пары векторов, девять шагов от одного к другому: слева — отрезки, справа —
# дуги большого круга. Посмотрите на средние столбцы. Линейные пути проходят через середину распределения с малой
# нормой, и изображения там обычно бледнее и размытее, чем на концах; дуги сохраняют контраст концов на всём пути.
# Числа под рисунком измеряют это на 200 парах; контраст изображения — стандартное отклонение его пикселей.

# %% [markdown] lang="es"
# **Lineal frente a esférica.** Tres parejas de muestras, nueve pasos de una a otra: segmentos a la izquierda y arcos
# de círculo máximo a la derecha. Fíjate en las columnas centrales. Los caminos lineales atraviesan el centro de la
# distribución, de norma baja, y sus imágenes centrales suelen ser más tenues y menos definidas que los extremos; los
# arcos mantienen el contraste de los extremos todo el camino. Los números bajo la figura lo miden con 200 parejas,
# tomando como contraste de una imagen la desviación típica de sus píxeles.

# %%
STEPS = 9
pairs = [(1, 2), (3, 4), (5, 6)]  # seeds of the two ends
fig, axes = plt.subplots(1, 2, figsize=(13, 4.2))
for ax, mode in zip(axes, ("linear", "spherical")):
    strips = [generate(generator, interpolate(latent_vectors(1, LATENT_DIM, seed=s0)[0],
                                              latent_vectors(1, LATENT_DIM, seed=s1)[0],
                                              STEPS, spherical=mode == "spherical"))
              for s0, s1 in pairs]
    show_images(np.concatenate(strips), title=f"{label('interpolation', LANG)}: {label(mode, LANG)}",
                ncols=STEPS, ax=ax)
fig.tight_layout()
plt.show()

ends = latent_vectors(400, LATENT_DIM, seed=SEED + 1)
starts, stops = ends[:200], ends[200:]
middles = {
    "linear": (starts + stops) / 2,
    "spherical": np.stack([interpolate(p, q, 3, spherical=True)[1] for p, q in zip(starts, stops)]),
}


def contrast(latents):
    return float(generate(generator, latents).reshape(len(latents), -1).std(axis=1).mean())


print(TEXT["contrast"].format(ends=contrast(ends), linear=contrast(middles["linear"]),
                              spherical=contrast(middles["spherical"])))

# %% [markdown] lang="en"
# ## 6. The widgets
#
# Each widget below is one call, `widgets.<name>(generator, LANG)`, that returns a panel of controls and a picture.
# Every change redraws the picture in a few milliseconds: the generator is compiled once with `tf.function`, and the
# new image replaces the old one as PNG bytes. Run the cells and play; the figure after each widget shows what it
# does, for readers without a kernel.
#
# ### 6.1 Sliders along principal directions
#
# A random direction in the latent space usually changes many things at once. `widgets.latent_sliders` offers five
# directions along which the *images* change the most, found with the recipe of **GANSpace** (Härkönen et al., 2020),
# applied here to the pixels (see the docstring of `ganlib.widgets.principal_directions`):
#
# 1. draw 512 latent vectors $Z$ and generate their images $X$, each flattened to 784 pixel values;
# 2. run **principal component analysis** (PCA) on the images: the top $k$ principal components, the directions of
#    pixel space along which the images vary the most, and each image's coordinates $S$ along them;
# 3. map the components back to the latent space by **least squares**, $Z - \bar Z \approx S\,V$: row $j$ of $V$ is
#    the latent step that moves an image one unit along component $j$;
# 4. scale each row to length 1, so a slider value is a distance in latent space (a standard-normal $z$ varies by
#    about $\pm 1$ along any unit direction, so $\pm 3$ reaches the edge of the prior).
#
# Why PCA in image space and not in latent space? The prior is isotropic: its principal components are all equal, and
# PCA of $Z$ would find nothing. The images are where a person sees change. GANSpace itself runs PCA on the
# intermediate features of large generators (an early layer of BigGAN, the $w$ space of StyleGAN); on a small
# generator, pixels work well enough.
#
# **Try this:** drag *Direction 1* from $-3$ to $3$ and name what it does (size? brightness? tops into trousers?).
# Combine two sliders. Then press *New random point*: the sliders return to 0 around a new vector. Do the directions
# mean the same thing there? Mostly yes: they are global, straight directions, a first-order summary of a curved map,
# so expect exceptions.

# %% [markdown] lang="ru"
# ## 6. Виджеты
#
# Каждый виджет ниже — один вызов `widgets.<имя>(generator, LANG)`, который возвращает панель с элементами управления и
# картинкой. После любого изменения картинка перерисовывается за несколько миллисекунд: генератор один раз компилируется
# через `tf.function`, а новое изображение просто заменяет старое в виде байтов PNG. Запустите ячейки и поиграйте;
# рисунок после каждого виджета показывает, что он делает, — для тех, кто читает без ядра.
#
# ### 6.1 Ползунки вдоль главных направлений
#
# Случайное направление в латентном пространстве обычно меняет много всего сразу. `widgets.latent_sliders` предлагает
# пять направлений, вдоль которых сильнее всего меняются *изображения*. Они находятся по рецепту **GANSpace**
# (Härkönen et al., 2020), применённому к пикселям (см. docstring функции `ganlib.widgets.principal_directions`):
#
# 1. берём 512 латентных векторов $Z$ и генерируем их изображения $X$, каждое — вектор из 784 яркостей пикселей;
# 2. применяем к изображениям **метод главных компонент** (PCA): первые $k$ главных компонент — направления в
#    пространстве пикселей, вдоль которых изображения различаются сильнее всего, — и координаты $S$ каждого
#    изображения вдоль них;
# 3. переводим компоненты обратно в латентное пространство **методом наименьших квадратов**, $Z - \bar Z \approx S\,V$:
#    строка $j$ матрицы $V$ — шаг в латентном пространстве, сдвигающий изображение на единицу вдоль компоненты $j$;
# 4. нормируем каждую строку на длину 1, чтобы значение ползунка было расстоянием в латентном пространстве
#    (стандартный нормальный $z$ вдоль любого единичного направления меняется примерно на $\pm 1$, так что $\pm 3$ —
#    это край априорного распределения).
#
# Почему PCA в пространстве изображений, а не латентном? Априорное распределение изотропно: все его главные компоненты
# одинаковы, и PCA векторов $Z$ ничего бы не нашёл. А изменения человек видит именно в изображениях. Сам GANSpace
# делает PCA по промежуточным признакам больших генераторов (один из первых слоёв BigGAN, пространство $w$ в
# StyleGAN); для маленького генератора хватает и пикселей.
#
# **Попробуйте:** протащите *Направление 1* от $-3$ до $3$ и сформулируйте, что оно делает (размер? яркость? футболка
# превращается в брюки?). Подвигайте два ползунка вместе. Потом нажмите *Новая случайная точка*: ползунки вернутся в 0
# вокруг нового вектора. Значат ли направления там то же самое? В основном да: это глобальные прямые направления,
# приближение первого порядка к изогнутому отображению, так что исключения будут.

# %% [markdown] lang="es"
# ## 6. Los controles interactivos
#
# Cada control de abajo es una llamada, `widgets.<nombre>(generator, LANG)`, que devuelve un panel con controles y una
# imagen. Cada cambio vuelve a dibujar la imagen en pocos milisegundos: el generador se compila una sola vez con
# `tf.function` y la imagen nueva sustituye a la anterior como bytes PNG. Ejecuta las celdas y juega; la figura que
# sigue a cada control muestra lo que hace, para quien lee sin *kernel*.
#
# ### 6.1 Deslizadores a lo largo de las direcciones principales
#
# Una dirección cualquiera del espacio latente suele cambiar muchas cosas a la vez. `widgets.latent_sliders` ofrece
# cinco direcciones a lo largo de las cuales las *imágenes* cambian más, halladas con la receta de **GANSpace**
# (Härkönen et al., 2020) aplicada a los píxeles (consulta el *docstring* de `ganlib.widgets.principal_directions`):
#
# 1. tomamos 512 vectores latentes $Z$ y generamos sus imágenes $X$, cada una aplanada en 784 valores de píxel;
# 2. aplicamos a las imágenes un **análisis de componentes principales** (PCA): las $k$ primeras componentes
#    principales, las direcciones del espacio de píxeles en las que más varían las imágenes, y las coordenadas $S$ de
#    cada imagen en ellas;
# 3. llevamos las componentes de vuelta al espacio latente por **mínimos cuadrados**, $Z - \bar Z \approx S\,V$: la
#    fila $j$ de $V$ es el paso latente que mueve una imagen una unidad a lo largo de la componente $j$;
# 4. escalamos cada fila a longitud 1, para que el valor de un deslizador sea una distancia en el espacio latente (un
#    $z$ normal estándar varía unas $\pm 1$ unidades en cualquier dirección unitaria, así que $\pm 3$ llega al borde de
#    la distribución a priori).
#
# ¿Por qué PCA en el espacio de imágenes y no en el latente? La distribución a priori es isótropa: todas sus componentes
# principales son iguales y un PCA de $Z$ no encontraría nada. Los cambios, una persona los ve en las imágenes. GANSpace
# propiamente dicho hace el PCA sobre las características intermedias de generadores grandes (una de las primeras
# capas de BigGAN, el espacio $w$ de StyleGAN); con un generador pequeño, los píxeles bastan.
#
# **Prueba esto:** arrastra *Dirección 1* de $-3$ a $3$ y ponle nombre a lo que hace (¿tamaño? ¿brillo? ¿una camiseta
# que se vuelve pantalón?). Combina dos deslizadores. Después pulsa *Nuevo punto aleatorio*: los deslizadores vuelven a
# 0 alrededor de un vector nuevo. ¿Significan lo mismo las direcciones allí? Casi siempre sí: son direcciones globales y
# rectas, una aproximación de primer orden a una función curva, así que habrá excepciones.

# %%
sliders = widgets.latent_sliders(generator, LANG)
sliders

# %% [markdown] lang="en"
# Without a kernel: each row moves the widget's starting point along one direction, from $-3$ to $3$, the span of its
# sliders. On the left, the share of the image variance each principal component explains.

# %% [markdown] lang="ru"
# Без ядра: каждая строка сдвигает начальную точку виджета вдоль одного направления от $-3$ до $3$, во всём диапазоне
# ползунка. Слева — доля дисперсии изображений, которую объясняет соответствующая главная компонента.

# %% [markdown] lang="es"
# Sin *kernel*: cada fila mueve el punto de partida del control a lo largo de una dirección, de $-3$ a $3$, todo el
# recorrido de sus deslizadores. A la izquierda, la fracción de la varianza de las imágenes que explica cada
# componente principal.

# %%
values = np.linspace(-3, 3, 7)
rows = [generate(generator, sliders.origin + values[:, None] * direction) for direction in sliders.directions]
row_labels = [f"{label('direction', LANG, i=j + 1)}\n{TEXT['share'].format(share=share)}"
              for j, share in enumerate(sliders.variance_share)]
show_rows(rows, row_labels, col_titles=[f"{v:+.0f}" for v in values], title=label("latent_directions", LANG))
plt.show()

# %% [markdown] lang="en"
# ### 6.2 Interpolation
#
# `widgets.interpolation` walks from the latent vector of one seed to that of another. Choose the two seeds, the path
# (*linear* or *spherical*), and drag *Position* from 0 to 1; the strip shows the whole path in nine steps, the large
# image the point you are at.
#
# **Try this:** switch between *linear* and *spherical* and watch the middle of the strip. Look for two seeds whose
# images are different classes, a shirt and a dress, a sandal and a boot (the sample browser below helps), and watch
# one turn into the other. Does the change happen gradually, or in a jump somewhere along the path?

# %% [markdown] lang="ru"
# ### 6.2 Интерполяция
#
# `widgets.interpolation` идёт от латентного вектора одного зерна к вектору другого. Выберите два зерна, траекторию
# (*линейная* или *сферическая*) и протащите *Положение* от 0 до 1; лента показывает весь путь за девять шагов, а
# большое изображение — точку, в которой вы находитесь.
#
# **Попробуйте:** переключайтесь между *линейной* и *сферической* и следите за серединой ленты. Найдите два зерна,
# изображения которых относятся к разным классам — рубашка и платье, сандалия и ботильон (поможет просмотр сэмплов
# ниже), — и посмотрите, как одно превращается в другое. Меняется ли картинка постепенно или где-то на пути
# происходит скачок?

# %% [markdown] lang="es"
# ### 6.2 Interpolación
#
# `widgets.interpolation` camina del vector latente de una semilla al de otra. Elige las dos semillas, la trayectoria
# (*lineal* o *esférica*) y arrastra *Posición* de 0 a 1; la tira muestra todo el camino en nueve pasos, y la imagen
# grande, el punto en el que estás.
#
# **Prueba esto:** alterna entre *lineal* y *esférica* y observa el centro de la tira. Busca dos semillas cuyas imágenes
# sean de clases distintas, una camisa y un vestido, una sandalia y un botín (el explorador de muestras de abajo
# ayuda), y mira cómo una se convierte en la otra. ¿El cambio es gradual o hay un salto en algún punto del camino?

# %%
walk = widgets.interpolation(generator, LANG)
walk

# %% [markdown] lang="en"
# Without a kernel: the widget's strip for its two seeds, in both modes, with the norm of each latent vector under its
# image.

# %% [markdown] lang="ru"
# Без ядра: лента виджета для его двух зёрен в обоих режимах; под каждым изображением — норма его латентного вектора.

# %% [markdown] lang="es"
# Sin *kernel*: la tira del control para sus dos semillas, en los dos modos, con la norma de cada vector latente bajo
# su imagen.

# %%
z_start, z_end = walk.endpoints()
paths = [interpolate(z_start, z_end, walk.steps, spherical=mode == "spherical") for mode in ("linear", "spherical")]
fig, axes = show_rows([generate(generator, path) for path in paths],
                      [label("linear", LANG), label("spherical", LANG)],
                      title=TEXT["walk"].format(start=walk.start_seed.value, end=walk.end_seed.value), scale=1.2)
for axes_row, path in zip(axes, paths):
    for ax, n in zip(axes_row, np.linalg.norm(path, axis=1)):
        ax.set_xlabel(f"‖z‖ = {n:.1f}", fontsize=8)
fig.tight_layout()
plt.show()

# %% [markdown] lang="en"
# ### 6.3 Sample browser
#
# `widgets.sample_browser` shows 16 samples for any seed; drag the slider or type a number. The grid for seed $s$ is
# exactly `generate(generator, n=16, seed=s)`, so a seed you like can be reproduced anywhere. A useful detail: the
# **top-left** image of the grid for seed $s$ is the image the interpolation widget uses for seed $s$ (both draw their
# first vector from the same random stream). Browse for a shirt at the top left of one seed and a dress at the top left
# of another, and enter the two seeds in the interpolation widget above.

# %% [markdown] lang="ru"
# ### 6.3 Просмотр сэмплов
#
# `widgets.sample_browser` показывает 16 изображений для любого зерна: двигайте ползунок или введите число. Сетка для
# зерна $s$ — это ровно `generate(generator, n=16, seed=s)`, так что понравившееся зерно можно воспроизвести где
# угодно. Полезная деталь: **левое верхнее** изображение сетки для зерна $s$ — то самое, которое виджет интерполяции
# использует для зерна $s$ (оба берут первый вектор из одного и того же потока случайных чисел). Найдите зерно с
# рубашкой в левом верхнем углу и другое — с платьем, и введите оба в виджет интерполяции выше.

# %% [markdown] lang="es"
# ### 6.3 Explorador de muestras
#
# `widgets.sample_browser` muestra 16 muestras para cualquier semilla: arrastra el deslizador o escribe un número. La
# cuadrícula de la semilla $s$ es exactamente `generate(generator, n=16, seed=s)`, así que una semilla que te guste se
# puede reproducir en cualquier parte. Un detalle útil: la imagen de **arriba a la izquierda** de la cuadrícula de la
# semilla $s$ es la que usa el control de interpolación para la semilla $s$ (los dos sacan su primer vector del mismo
# flujo aleatorio). Busca una semilla con una camisa arriba a la izquierda y otra con un vestido, y escribe las dos en
# el control de interpolación de arriba.

# %%
browser = widgets.sample_browser(generator, LANG)
browser

# %% [markdown] lang="en"
# Without a kernel: the browser's grids for seeds 0, 1 and 2.

# %% [markdown] lang="ru"
# Без ядра: сетки просмотра для зёрен 0, 1 и 2.

# %% [markdown] lang="es"
# Sin *kernel*: las cuadrículas del explorador para las semillas 0, 1 y 2.

# %%
fig, axes = plt.subplots(1, 3, figsize=(11, 4))
for ax, seed in zip(axes, (0, 1, 2)):
    show_images(generate(generator, n=browser.n, seed=seed), title=f"{label('seed', LANG)} {seed}", ncols=4, ax=ax)
fig.tight_layout()
plt.show()

# %% [markdown] lang="en"
# ### 6.4 Training replay
#
# `widgets.training_replay(run_dir, LANG)` is a slider through the sample grids that `ganlib.train.train` saved after
# every epoch in `run_dir/samples/`: the same 64 latent vectors, epoch after epoch, so you watch each garment take
# shape. It needs a run folder. When this notebook trained its own generator, `RUN_DIR` is that run. A shipped
# generator comes without its run folder, so in that case the next cell first records a short run of its own (at most
# 2 epochs on at most 2,048 images) to have something to replay; the replay then shows that run, not the shipped
# generator's history.
#
# **Try this:** drag the slider back to epoch 1. Which classes appear first? Does a vector keep its class from one
# epoch to the next, or does it jump? (While a run is still training, `replay.refresh()` picks up new epochs.)

# %% [markdown] lang="ru"
# ### 6.4 Повтор обучения
#
# `widgets.training_replay(run_dir, LANG)` — ползунок по сеткам изображений, которые `ganlib.train.train` сохраняла
# после каждой эпохи в `run_dir/samples/`: одни и те же 64 латентных вектора, эпоха за эпохой, так что видно, как
# каждая вещь обретает форму. Виджету нужна папка запуска. Если блокнот обучил генератор сам, `RUN_DIR` — это и есть
# тот запуск. У предобученного генератора папки запуска нет, поэтому в этом случае следующая ячейка сначала записывает
# собственное короткое обучение (не больше 2 эпох и не больше 2048 изображений), чтобы было что повторять; тогда
# виджет показывает этот запуск, а не историю предобученного генератора.
#
# **Попробуйте:** верните ползунок на эпоху 1. Какие классы появляются первыми? Сохраняет ли вектор свой класс от
# эпохи к эпохе или перескакивает? (Если обучение ещё идёт, `replay.refresh()` подхватит новые эпохи.)

# %% [markdown] lang="es"
# ### 6.4 Repetición del entrenamiento
#
# `widgets.training_replay(run_dir, LANG)` es un deslizador que recorre las cuadrículas de muestras que
# `ganlib.train.train` guardó tras cada época en `run_dir/samples/`: los mismos 64 vectores latentes, época tras época,
# para ver cómo toma forma cada prenda. Necesita una carpeta de ejecución. Si este cuaderno entrenó su propio
# generador, `RUN_DIR` es esa ejecución. Un generador preentrenado llega sin su carpeta de ejecución, así que en ese
# caso la celda siguiente graba antes un entrenamiento corto propio (2 épocas y 2048 imágenes como máximo) para
# tener algo que repetir; la repetición muestra entonces esa ejecución, no la historia del generador
# preentrenado.
#
# **Prueba esto:** lleva el deslizador a la época 1. ¿Qué clases aparecen primero? ¿Un vector conserva su clase de una
# época a la siguiente o salta? (Mientras una ejecución sigue entrenando, `replay.refresh()` recoge las épocas nuevas.)

# %%
if shipped:  # no run folder comes with a shipped generator: record a short run to replay
    replay_epochs, replay_subset = min(EPOCHS, 2), min(SUBSET or 60_000, 2048)
    print(TEXT["replay_run"].format(epochs=replay_epochs, subset=replay_subset), flush=True)
    train(model=MODEL, epochs=replay_epochs, batch_size=BATCH_SIZE, subset=replay_subset, seed=SEED, run_dir=RUN_DIR,
          verbose=2)
replay = widgets.training_replay(RUN_DIR, LANG)
replay

# %% [markdown] lang="en"
# Without a kernel: the grids of the first, the last and (up to two) intermediate epochs.

# %% [markdown] lang="ru"
# Без ядра: сетки первой, последней и (не больше двух) промежуточных эпох.

# %% [markdown] lang="es"
# Sin *kernel*: las cuadrículas de la primera época, de la última y de (como mucho) dos intermedias.

# %%
grids = widgets.epoch_grids(RUN_DIR)
epochs = list(grids)
shown = [epochs[i] for i in sorted(set(np.linspace(0, len(epochs) - 1, min(len(epochs), 4)).round().astype(int)))]
fig, axes = plt.subplots(1, len(shown), figsize=(3.4 * len(shown), 3.8), squeeze=False)
for ax, epoch in zip(axes[0], shown):
    ax.imshow(load_png(grids[epoch]), cmap="gray", vmin=0, vmax=255)
    ax.set_axis_off()
    ax.set_title(label("samples_epoch", LANG, epoch=epoch), fontsize=10)
fig.suptitle(label("training_replay", LANG))
fig.tight_layout()
plt.show()

# %% [markdown] lang="en"
# ### 6.5 Coming later: the class picker
#
# Every widget so far works with any generator that takes a latent vector. `widgets.class_picker(generator, LANG)`
# needs more: a **conditional GAN**, whose generator takes a class label as well, $G(z, y)$. It shows a class dropdown
# (T-shirt/top, Trouser, ..., Ankle boot) next to the seed slider, and fills the grid with that class only. It arrives
# with the conditional GAN later in the series; on our unconditional DCGAN it refuses to start and says why.
#
# ## Summary
#
# * The **latent space** is the input space of the generator, $\mathbb{R}^{100}$ here. $G$ is continuous, so nearby
#   latent vectors give similar images and a path through the space plays as an animation.
# * Samples of the prior $\mathcal{N}(0, I_d)$ lie in a thin shell around the sphere of radius $\sqrt{d}$: $\|z\|^2$
#   has mean $d$ and variance $2d$, so $\|z\| \approx \sqrt{d} \pm 0.71$. In $d = 100$ the norms of 10,000 samples
#   ran from 7.29 to 12.83, and two independent samples meet at about $90°$.
# * The midpoint of a straight line between two samples has norm about $\sqrt{d/2} \approx 7.07$, smaller than every
#   sample's: **linear interpolation** passes through a region the generator never saw, and its middle images tend to
#   be faint. **Slerp**, $\frac{\sin((1-t)\Omega)}{\sin\Omega} z_0 + \frac{\sin(t\Omega)}{\sin\Omega} z_1$, follows
#   the great circle and stays in the shell.
# * Meaningful directions can be found without labels: PCA of generated images, mapped back to the latent space by
#   least squares (GANSpace's recipe). `widgets.latent_sliders` puts them on sliders.
# * `ganlib.widgets` gives one-line explorers: `latent_sliders`, `interpolation`, `sample_browser`, `training_replay`
#   (and `class_picker` for a conditional GAN). `ganlib.pretrained.load(name)` returns a shipped generator and its
#   manifest.
#
# ## Exercises
#
# 1. **Other dimensions.** Repeat the norm check for $d = 2, 10$ and $1000$. From which $d$ on does the linear midpoint
#    have a smaller norm than every one of 10,000 samples?
# 2. **Repair the straight line.** Rescale every point of a linear path to the norm $\sqrt{d}$ ("normalised lerp").
#    Compare its strips and its midpoint contrast with slerp's. Where do the two paths differ?
# 3. **The truncation trick.** Generate 64 images from $z$, $0.7\,z$ and $0.4\,z$. What happens to quality and to
#    variety as the vectors move towards the centre? Compare with the linear midpoints of section 5. (BigGAN, Brock et
#    al., 2018, uses a version of this trick.)
# 4. **Vector arithmetic.** With the sample browser, collect about ten latent vectors of trousers and ten of tops
#    (`latent_vectors(16, 100, seed)[k]` is image `k` of the grid for `seed`). Add the difference of their means to a
#    few other vectors. Does it turn tops into trousers (Radford et al., 2015, did this with faces)?
# 5. **Are directions global?** For direction 1 of `sliders.directions`, measure the mean pixel change that a step of
#    $+2$ causes at 100 random starting points. Is it the same everywhere?
# 6. **Another generator.** Set `MODEL = "dcgan"` or `MODEL = "vanilla"` (both ship too) and explore again. Which
#    directions survive, which get blurrier? Compare with the FID and recall in their manifests.

# %% [markdown] lang="ru"
# ### 6.5 Впереди: выбор класса
#
# Все виджеты выше работают с любым генератором, который принимает латентный вектор. Виджету
# `widgets.class_picker(generator, LANG)` нужно большее — **условная GAN**, генератор которой получает ещё и метку
# класса, $G(z, y)$. Рядом с ползунком зерна появляется выпадающий список классов (футболка/топ, брюки, …, ботильон), и
# сетка заполняется только этим классом. Он появится вместе с условной GAN дальше в курсе; с нашей безусловной DCGAN он
# не запускается и объясняет почему.
#
# ## Итоги
#
# * **Латентное пространство** — пространство входов генератора, у нас $\mathbb{R}^{100}$. $G$ непрерывен, поэтому
#   близкие латентные векторы дают похожие изображения, а путь в этом пространстве превращается в анимацию.
# * Векторы из априорного распределения $\mathcal{N}(0, I_d)$ лежат в тонком слое у сферы радиуса $\sqrt{d}$: у
#   $\|z\|^2$ среднее $d$ и дисперсия $2d$, поэтому $\|z\| \approx \sqrt{d} \pm 0{,}71$. При $d = 100$ нормы 10 000
#   векторов заняли диапазон от 7,29 до 12,83, а два независимых вектора расходятся примерно на $90°$.
# * Норма середины отрезка между двумя векторами — около $\sqrt{d/2} \approx 7{,}07$, меньше, чем у любого из
#   векторов: **линейная интерполяция** проходит через область, которую генератор никогда не видел, и изображения в
#   середине пути обычно бледные. **Slerp**, $\frac{\sin((1-t)\Omega)}{\sin\Omega} z_0 +
#   \frac{\sin(t\Omega)}{\sin\Omega} z_1$, идёт по большому кругу и остаётся в слое.
# * Осмысленные направления можно найти без разметки: PCA сгенерированных изображений, переведённый обратно в
#   латентное пространство методом наименьших квадратов (рецепт GANSpace). `widgets.latent_sliders` выносит их на
#   ползунки.
# * `ganlib.widgets` даёт исследователей в одну строку: `latent_sliders`, `interpolation`, `sample_browser`,
#   `training_replay` (и `class_picker` для условной GAN). `ganlib.pretrained.load(name)` возвращает предобученный
#   генератор и его манифест.
#
# ## Упражнения
#
# 1. **Другие размерности.** Повторите проверку норм для $d = 2, 10$ и $1000$. Начиная с какого $d$ норма середины
#    отрезка меньше, чем у каждого из 10 000 векторов?
# 2. **Починить отрезок.** Отмасштабируйте каждую точку линейного пути до нормы $\sqrt{d}$ («нормированный lerp»).
#    Сравните его ленты и контраст в середине пути со slerp. Где два пути расходятся?
# 3. **Приём усечения.** Сгенерируйте 64 изображения из $z$, $0{,}7\,z$ и $0{,}4\,z$. Что происходит с качеством и
#    разнообразием, когда векторы сдвигаются к центру? Сравните с серединами отрезков из раздела 5. (Вариант этого
#    приёма использует BigGAN, Brock et al., 2018.)
# 4. **Арифметика векторов.** С помощью просмотра сэмплов соберите около десяти латентных векторов брюк и десяти —
#    футболок (`latent_vectors(16, 100, seed)[k]` — это изображение `k` в сетке для `seed`). Прибавьте разность их
#    средних к нескольким другим векторам. Превращаются ли футболки в брюки (Radford et al., 2015, проделали такое с
#    лицами)?
# 5. **Глобальны ли направления?** Для направления 1 из `sliders.directions` измерьте среднее изменение пикселей при
#    шаге $+2$ в 100 случайных начальных точках. Одинаково ли оно везде?
# 6. **Другой генератор.** Поставьте `MODEL = "dcgan"` или `MODEL = "vanilla"` (они тоже входят в поставку) и
#    исследуйте заново. Какие направления сохраняются, какие расплываются? Сверьтесь с FID и полнотой в их манифестах.

# %% [markdown] lang="es"
# ### 6.5 Más adelante: el selector de clase
#
# Todos los controles hasta aquí funcionan con cualquier generador que reciba un vector latente.
# `widgets.class_picker(generator, LANG)` necesita algo más: una **GAN condicional**, cuyo generador recibe también una
# etiqueta de clase, $G(z, y)$. Muestra una lista desplegable de clases (camiseta/top, pantalón, …, botín) junto al
# deslizador de la semilla y llena la cuadrícula solo con esa clase. Llegará con la GAN condicional, más adelante en la
# serie; con nuestra DCGAN no condicional se niega a arrancar y explica por qué.
#
# ## Resumen
#
# * El **espacio latente** es el espacio de entrada del generador, aquí $\mathbb{R}^{100}$. $G$ es continua, así que
#   vectores latentes cercanos dan imágenes parecidas y un camino por el espacio se ve como una animación.
# * Las muestras de la distribución a priori $\mathcal{N}(0, I_d)$ caen en una capa fina alrededor de la esfera de
#   radio $\sqrt{d}$: $\|z\|^2$ tiene media $d$ y varianza $2d$, luego $\|z\| \approx \sqrt{d} \pm 0{,}71$. En
#   $d = 100$, las normas de 10 000 muestras fueron de 7,29 a 12,83, y dos muestras independientes forman unos $90°$.
# * El punto medio del segmento entre dos muestras tiene norma cercana a $\sqrt{d/2} \approx 7{,}07$, menor que la de
#   cualquier muestra: la **interpolación lineal** atraviesa una región que el generador nunca vio, y sus imágenes
#   centrales tienden a salir tenues. **Slerp**, $\frac{\sin((1-t)\Omega)}{\sin\Omega} z_0 +
#   \frac{\sin(t\Omega)}{\sin\Omega} z_1$, sigue el círculo máximo y se queda en la capa.
# * Se pueden encontrar direcciones con significado sin etiquetas: PCA de las imágenes generadas, llevado de vuelta al
#   espacio latente por mínimos cuadrados (la receta de GANSpace). `widgets.latent_sliders` las pone en deslizadores.
# * `ganlib.widgets` ofrece exploradores de una línea: `latent_sliders`, `interpolation`, `sample_browser`,
#   `training_replay` (y `class_picker` para una GAN condicional). `ganlib.pretrained.load(name)` devuelve un
#   generador preentrenado y su manifiesto.
#
# ## Ejercicios
#
# 1. **Otras dimensiones.** Repite la comprobación de normas con $d = 2, 10$ y $1000$. ¿A partir de qué $d$ el punto
#    medio lineal tiene menor norma que todas y cada una de las 10 000 muestras?
# 2. **Arreglar el segmento.** Reescala cada punto de un camino lineal a norma $\sqrt{d}$ («lerp normalizado»).
#    Compara sus tiras y el contraste de su punto medio con los de slerp. ¿Dónde difieren los dos caminos?
# 3. **El truco de truncamiento.** Genera 64 imágenes a partir de $z$, $0{,}7\,z$ y $0{,}4\,z$. ¿Qué les pasa a la
#    calidad y a la variedad cuando los vectores se acercan al centro? Compáralo con los puntos medios lineales de la
#    sección 5. (BigGAN, Brock et al., 2018, usa una versión de este truco.)
# 4. **Aritmética de vectores.** Con el explorador de muestras, reúne unos diez vectores latentes de pantalones y diez
#    de camisetas (`latent_vectors(16, 100, seed)[k]` es la imagen `k` de la cuadrícula de `seed`). Suma la diferencia
#    de sus medias a otros vectores. ¿Se convierten las camisetas en pantalones (Radford et al., 2015, lo hicieron con
#    caras)?
# 5. **¿Son globales las direcciones?** Para la dirección 1 de `sliders.directions`, mide el cambio medio de los
#    píxeles que produce un paso de $+2$ en 100 puntos de partida aleatorios. ¿Es igual en todas partes?
# 6. **Otro generador.** Pon `MODEL = "dcgan"` o `MODEL = "vanilla"` (también vienen preentrenados) y vuelve a
#    explorar. ¿Qué direcciones se mantienen y cuáles se desdibujan? Compáralo con la FID y la exhaustividad de sus
#    manifiestos.
