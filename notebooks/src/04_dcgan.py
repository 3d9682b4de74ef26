# %% [markdown] lang="en"
# # 4 · DCGAN
#
# *Convolutions on both sides: transposed convolutions, batch normalization and LeakyReLU; then training with a run folder, checkpoints, resuming, and a generator saved in the `.keras` format.* · ⏱ ~4.5–5 min on a 2-core CPU
#
# {{badges}}

# %% [markdown] lang="ru"
# # 4 · DCGAN
#
# *Свёртки с обеих сторон: транспонированные свёртки, батч-нормализация и LeakyReLU; затем обучение с папкой запуска, контрольные точки, возобновление и генератор, сохранённый в формате `.keras`.* · ⏱ ~4,5–5 мин на CPU с 2 ядрами
#
# {{badges}}

# %% [markdown] lang="es"
# # 4 · DCGAN
#
# *Convoluciones en ambos lados: convoluciones traspuestas, normalización por lotes y LeakyReLU; después, entrenamiento con carpeta de ejecución, puntos de control, reanudación y un generador guardado en formato `.keras`.* · ⏱ ~4,5–5 min en una CPU de 2 núcleos
#
# {{badges}}

# %% tags=["parameters"] smoke={"EPOCHS": 1, "SUBSET": 512, "BATCH_SIZE": 64}
LANG = "en"  # language of figures and labels: "en", "ru" or "es"
EPOCHS = 3  # epochs of the first training run (the resumed run adds one)
BATCH_SIZE = 64  # images per step
SUBSET = 10000  # training images used (None: all 60,000)
SEED = 0  # random seed

# %% [markdown] lang="en"
# The vanilla GAN of notebook 3 treated an image as a list of 784 unrelated numbers, and its samples showed it.
# **DCGAN** (*Deep Convolutional GAN*, Radford, Metz and Chintala, 2015) puts convolutions in both networks:
#
# * the discriminator is an ordinary convolutional classifier whose strided convolutions **halve** the resolution;
# * the generator runs the other way, with **transposed convolutions** that **double** it, from a $7 \times 7$ map
#   to the $28 \times 28$ image;
# * batch normalization in the generator, LeakyReLU in the discriminator, Adam with learning rate $2 \cdot 10^{-4}$
#   and $\beta_1 = 0.5$: the recipe of the paper.
#
# We use the architecture of the TensorFlow DCGAN tutorial. Here is the plan: how a transposed convolution upsamples
# (and where checkerboard artefacts come from), batch normalization and LeakyReLU, the two networks, training into a
# **run folder**, the samples of every epoch and their GIF, resuming from a **checkpoint**, and saving and loading the
# generator.
#
# On two CPU cores one DCGAN epoch over the full training split takes minutes, so the defaults train `EPOCHS` epochs on
# `SUBSET` images: enough to see garments appear, not enough for good ones. More epochs and `SUBSET = None` (all 60,000
# images) give much better pictures; on a GPU, 20 to 50 epochs of the full split are cheap.

# %% [markdown] lang="ru"
# Классическая GAN из блокнота 3 видела в изображении набор из 784 не связанных между собой чисел, и это было заметно
# по результатам. **DCGAN** (*Deep Convolutional GAN*, Radford, Metz, Chintala, 2015) ставит свёртки в обе сети:
#
# * дискриминатор — обычный свёрточный классификатор, свёртки с шагом 2 **вдвое уменьшают** разрешение;
# * генератор работает в обратную сторону: **транспонированные свёртки вдвое увеличивают** разрешение, от карты
#   $7 \times 7$ до изображения $28 \times 28$;
# * батч-нормализация в генераторе, LeakyReLU в дискриминаторе, Adam со скоростью обучения $2 \cdot 10^{-4}$ и
#   $\beta_1 = 0.5$ — рецепт из статьи.
#
# Мы берём архитектуру из руководства TensorFlow по DCGAN. План такой: как транспонированная свёртка повышает
# разрешение (и откуда берутся артефакты «шахматной доски»), батч-нормализация и LeakyReLU, устройство обеих сетей,
# обучение с **папкой запуска**, изображения после каждой эпохи и GIF из них, возобновление с **контрольной точки**,
# сохранение и загрузка генератора.
#
# На двух ядрах CPU одна эпоха DCGAN по всей обучающей выборке занимает минуты, поэтому по умолчанию мы обучаем `EPOCHS`
# эпох на `SUBSET` изображениях: этого хватает, чтобы увидеть, как появляется одежда, но не хватает, чтобы она стала
# хорошей. Больше эпох и `SUBSET = None` (все 60 000 изображений) дают гораздо лучшие картинки; на GPU 20–50 эпох по
# всей выборке обходятся дёшево.

# %% [markdown] lang="es"
# La GAN clásica del cuaderno 3 trataba la imagen como una lista de 784 números sin relación entre sí, y se notaba en
# sus muestras. **DCGAN** (*Deep Convolutional GAN*, Radford, Metz y Chintala, 2015) pone convoluciones en las dos redes:
#
# * el discriminador es un clasificador convolucional corriente, cuyas convoluciones con paso 2 **reducen a la mitad**
#   la resolución;
# * el generador va en sentido contrario, con **convoluciones traspuestas** que la **duplican**, desde un mapa de
#   $7 \times 7$ hasta la imagen de $28 \times 28$;
# * normalización por lotes en el generador, LeakyReLU en el discriminador y Adam con tasa de aprendizaje
#   $2 \cdot 10^{-4}$ y $\beta_1 = 0.5$: la receta del artículo.
#
# Usamos la arquitectura del tutorial de DCGAN de TensorFlow. El plan: cómo sobremuestrea una convolución traspuesta
# (y de dónde salen los artefactos de tablero de ajedrez), la normalización por lotes y LeakyReLU, las dos redes, el
# entrenamiento en una **carpeta de ejecución**, las muestras de cada época y su GIF, la reanudación desde un **punto
# de control** y, por último, guardar y cargar el generador.
#
# Con dos núcleos de CPU, una época de DCGAN sobre todo el conjunto de entrenamiento lleva minutos, así que por defecto
# entrenamos `EPOCHS` épocas con `SUBSET` imágenes: basta para ver aparecer las prendas, no para que salgan bien. Más
# épocas y `SUBSET = None` (las 60 000 imágenes) dan resultados mucho mejores; en una GPU, de 20 a 50 épocas sobre el
# conjunto completo salen baratas.

# %%
import ganlib  # noqa: F401  (first: it quiets TensorFlow's start-up logging)

import json
import shutil
import zipfile
from pathlib import Path

import keras
import matplotlib.pyplot as plt
import numpy as np
from IPython.display import Image, display
from keras import layers

from ganlib.data import load_fashion_mnist
from ganlib.i18n import label
from ganlib.models import build_gan, print_layer_shapes
from ganlib.plots import plot_losses, show_images
from ganlib.sampling import generate
from ganlib.train import load_generator, train

RUN_DIR = Path("runs/04_dcgan")  # this notebook's run folder, next to the notebook
shutil.rmtree(RUN_DIR, ignore_errors=True)  # start from scratch: no state left over from an earlier run

TEXT = {
    "en": {
        "kernel": "{k}×{k} kernel, stride 2",
        "taps": "Constant 7×7 input after two transposed convolutions with all-ones kernels",
        "files": "Files in {path}:",
        "variables": "{n} arrays: every variable of the training state",
        "meta": "saved after epoch {epoch}, settings: {config}",
        "loaded": "Generator loaded from {path}",
        "same": "same images as the generator in memory: {same} (largest difference {diff:g})",
        "new_seed": "New latent vectors (seed {seed})",
        "last_layer": "last layer",
    },
    "ru": {
        "kernel": "ядро {k}×{k}, шаг 2",
        "taps": "Постоянный вход 7×7 после двух транспонированных свёрток с единичными ядрами",
        "files": "Файлы в {path}:",
        "variables": "{n} массивов: все переменные состояния обучения",
        "meta": "сохранена после эпохи {epoch}, настройки: {config}",
        "loaded": "Генератор, загруженный из {path}",
        "same": "те же изображения, что у генератора в памяти: {same} (наибольшее расхождение {diff:g})",
        "new_seed": "Новые латентные векторы (зерно {seed})",
        "last_layer": "последний слой",
    },
    "es": {
        "kernel": "núcleo {k}×{k}, paso 2",
        "taps": "Entrada constante de 7×7 tras dos convoluciones traspuestas con núcleos de unos",
        "files": "Archivos en {path}:",
        "variables": "{n} arrays: todas las variables del estado de entrenamiento",
        "meta": "guardado tras la época {epoch}, configuración: {config}",
        "loaded": "Generador cargado desde {path}",
        "same": "mismas imágenes que el generador en memoria: {same} (diferencia máxima {diff:g})",
        "new_seed": "Vectores latentes nuevos (semilla {seed})",
        "last_layer": "última capa",
    },
}[LANG]

keras.utils.set_random_seed(SEED)

# %% [markdown] lang="en"
# ## 1. Transposed convolutions
#
# A convolution with stride 2 slides its kernel two pixels at a time and halves the resolution. A **transposed
# convolution** with stride 2 goes the other way: every input value multiplies the whole kernel and *stamps* it onto
# the output, the stamps two pixels apart; where stamps overlap, they add up. With input $x$, kernel $w$ of size $k$
# and stride $s$:
#
# $$y_j = \sum_{i \,:\, 0 \le j - s\,i < k} x_i \, w_{j - s\,i}.$$
#
# (Equivalently: insert $s - 1$ zeros between the input values, then run an ordinary convolution.) A one-dimensional
# example, with input $(1, 2, 3)$ and the kernel $(1, 10, 100)$, chosen so that every stamp can be read off the result:

# %% [markdown] lang="ru"
# ## 1. Транспонированные свёртки
#
# Свёртка с шагом 2 сдвигает ядро на два пикселя за раз и вдвое уменьшает разрешение. **Транспонированная свёртка** с
# шагом 2 делает обратное: каждое входное значение умножается на всё ядро и *отпечатывается* на выходе, причём
# отпечатки стоят через два пикселя; там, где они перекрываются, значения складываются. Для входа $x$, ядра $w$
# размера $k$ и шага $s$:
#
# $$y_j = \sum_{i \,:\, 0 \le j - s\,i < k} x_i \, w_{j - s\,i}.$$
#
# (То же самое можно получить, вставив $s - 1$ нулей между входными значениями и применив обычную свёртку.)
# Одномерный пример: вход $(1, 2, 3)$ и ядро $(1, 10, 100)$, подобранное так, чтобы каждый отпечаток читался в
# результате:

# %% [markdown] lang="es"
# ## 1. Convoluciones traspuestas
#
# Una convolución con paso 2 desliza su núcleo de dos en dos píxeles y reduce la resolución a la mitad. Una
# **convolución traspuesta** con paso 2 hace lo contrario: cada valor de entrada multiplica el núcleo entero y lo
# *estampa* en la salida, con las estampas separadas dos píxeles; donde se solapan, se suman. Con entrada $x$,
# núcleo $w$ de tamaño $k$ y paso $s$:
#
# $$y_j = \sum_{i \,:\, 0 \le j - s\,i < k} x_i \, w_{j - s\,i}.$$
#
# (Es lo mismo que intercalar $s - 1$ ceros entre los valores de entrada y aplicar una convolución normal.) Un
# ejemplo en una dimensión, con entrada $(1, 2, 3)$ y el núcleo $(1, 10, 100)$, elegido para que cada estampa se pueda
# leer en el resultado:

# %%
# NBVAL_CHECK_OUTPUT
x = np.array([1.0, 2.0, 3.0], np.float32).reshape(1, 3, 1)  # (batch, length, channels)
upsample = layers.Conv1DTranspose(1, kernel_size=3, strides=2, padding="valid", use_bias=False)
upsample.build(x.shape)
upsample.set_weights([np.array([1.0, 10.0, 100.0], np.float32).reshape(3, 1, 1)])
print(np.asarray(upsample(x))[0, :, 0])

# %% [markdown] lang="en"
# $x_0 = 1$ stamps $1, 10, 100$ at positions 0–2, $x_1 = 2$ stamps $2, 20, 200$ at positions 2–4, $x_2 = 3$ stamps
# $3, 30, 300$ at positions 4–6. Positions 2 and 4 receive two stamps ($100 + 2$, $200 + 3$), the others one. The
# output has $(n - 1)s + k = 7$ values; with `padding="same"` Keras crops it to exactly $s \cdot n$.
#
# That uneven overlap is the source of **checkerboard artefacts** (Odena, Dumoulin and Olah, 2016). Feed a constant
# input of ones through an all-ones kernel: each output value is then simply *the number of kernel taps that reach
# it*. With stride 2:

# %% [markdown] lang="ru"
# $x_0 = 1$ отпечатывает $1, 10, 100$ в позициях 0–2, $x_1 = 2$ — $2, 20, 200$ в позициях 2–4, $x_2 = 3$ —
# $3, 30, 300$ в позициях 4–6. В позиции 2 и 4 попадает по два отпечатка ($100 + 2$, $200 + 3$), в остальные — по
# одному. На выходе $(n - 1)s + k = 7$ значений; с `padding="same"` Keras обрезает выход ровно до $s \cdot n$.
#
# Именно из-за неравномерного перекрытия возникают **артефакты «шахматной доски»** (Odena, Dumoulin, Olah, 2016).
# Подадим постоянный вход из единиц на ядро из единиц: тогда каждое выходное значение — это просто *число элементов
# ядра, которые до него дотянулись*. С шагом 2:

# %% [markdown] lang="es"
# $x_0 = 1$ estampa $1, 10, 100$ en las posiciones 0–2, $x_1 = 2$ estampa $2, 20, 200$ en las 2–4 y $x_2 = 3$,
# $3, 30, 300$ en las 4–6. Las posiciones 2 y 4 reciben dos estampas ($100 + 2$, $200 + 3$); las demás, una. La salida
# tiene $(n - 1)s + k = 7$ valores; con `padding="same"`, Keras la recorta a exactamente $s \cdot n$.
#
# Ese solapamiento desigual es el origen de los **artefactos de tablero de ajedrez** (Odena, Dumoulin y Olah, 2016).
# Pasemos una entrada constante de unos por un núcleo de unos: cada valor de salida es entonces simplemente *el número
# de elementos del núcleo que llegan a él*. Con paso 2:

# %%
# NBVAL_CHECK_OUTPUT
ones = np.ones((1, 8, 1), np.float32)
for k in (3, 4, 5):
    counts = layers.Conv1DTranspose(1, k, strides=2, padding="same", use_bias=False, kernel_initializer="ones")(ones)
    print(f"k={k}, s=2:", np.asarray(counts)[0, :, 0].astype(int))

# %% [markdown] lang="en"
# With $k = 4$ every output pixel away from the border receives 2 taps. With $k = 3$ or $k = 5$, **neighbouring
# pixels receive different numbers of taps**, alternating 1, 2, 1, 2 or 2, 3, 2, 3: the layer has a built-in
# pattern of period 2. In two dimensions the pattern appears along both axes, which makes a checkerboard, and a
# second layer stacks another one on top. The DCGAN generator below uses **5×5 kernels with stride 2**, twice:

# %% [markdown] lang="ru"
# При $k = 4$ каждый пиксель вдали от края получает 2 вклада. При $k = 3$ или $k = 5$ **соседние пиксели получают
# разное число вкладов**, 1, 2, 1, 2 или 2, 3, 2, 3: в слое заложен узор с периодом 2. В двумерном случае узор идёт
# по обеим осям — получается шахматная доска, а второй такой слой накладывает на неё ещё один узор. Генератор DCGAN
# ниже использует **ядра 5×5 с шагом 2**, причём дважды:

# %% [markdown] lang="es"
# Con $k = 4$, todo píxel alejado del borde recibe 2 contribuciones. Con $k = 3$ o $k = 5$, **píxeles vecinos reciben
# un número distinto de contribuciones**, 1, 2, 1, 2 o 2, 3, 2, 3: la capa lleva incorporado un patrón de periodo 2.
# En dos dimensiones el patrón aparece en los dos ejes, lo que da un tablero de ajedrez, y una segunda capa le superpone
# otro. El generador de DCGAN que veremos usa **núcleos de 5×5 con paso 2**, dos veces:

# %%
ones = np.ones((1, 7, 7, 1), np.float32)
fig, axes = plt.subplots(1, 2, figsize=(9, 4))
for ax, k in zip(axes, (5, 4)):
    h = ones
    for _ in range(2):  # 7x7 -> 14x14 -> 28x28, like the DCGAN generator
        h = layers.Conv2DTranspose(1, k, strides=2, padding="same", use_bias=False, kernel_initializer="ones")(h)
    picture = ax.imshow(np.asarray(h)[0, :, :, 0], cmap="magma")
    fig.colorbar(picture, ax=ax, shrink=0.8)
    ax.set_title(TEXT["kernel"].format(k=k))
    ax.set_axis_off()
fig.suptitle(TEXT["taps"])
fig.tight_layout()

# %% [markdown] lang="en"
# On the left, the grid of the two 5×5 layers; on the right, with 4×4 kernels, a flat interior. A trained network can
# learn weights that cancel the pattern, but it has to spend effort on it, and in practice grids show up in DCGAN
# samples, especially early in training (section 5 shows one). Notebook 5 switches to 4×4 kernels.
#
# ## 2. Batch normalization and LeakyReLU
#
# **Batch normalization** standardises every channel over the batch (and over the positions of a feature map), then
# rescales it with two learned parameters $\gamma$ and $\beta$:
#
# $$\hat h = \frac{h - \mu_B}{\sqrt{\sigma_B^2 + \varepsilon}}, \qquad y = \gamma\,\hat h + \beta.$$
#
# In training mode $\mu_B$ and $\sigma_B^2$ come from the current batch, and moving averages of them are updated
# (momentum 0.99); in inference mode (`training=False`, what `ganlib.sampling.generate` uses) the moving averages
# replace them. In the DCGAN generator, BN keeps every layer's activations at a sensible scale, helps the gradient
# through the stack and, according to Radford et al., stops the generator from collapsing all samples to one point
# early on. It is left out of the generator's output layer, and this discriminator uses dropout instead. Because BN
# subtracts the mean, a bias just before it is useless, hence `use_bias=False` (notebook 5 checks this numerically).
#
# **LeakyReLU** lets a little of the negative part through: $f(x) = x$ for $x > 0$ and $f(x) = \alpha x$ otherwise,
# here with $\alpha = 0.3$. A unit with a negative input still passes a gradient, which matters most in the
# discriminator: its gradient is all the generator learns from.

# %% [markdown] lang="ru"
# Слева — сетка от двух слоёв 5×5, справа, с ядрами 4×4, — ровная середина. Обученная сеть может подобрать веса, которые
# гасят узор, но на это уходят её силы, и на практике в изображениях DCGAN, особенно в начале обучения, проступает
# сетка (в разделе 5 мы её увидим). В блокноте 5 мы перейдём на ядра 4×4.
#
# ## 2. Батч-нормализация и LeakyReLU
#
# **Батч-нормализация** стандартизирует каждый канал по батчу (и по позициям карты признаков), а затем масштабирует его
# двумя обучаемыми параметрами $\gamma$ и $\beta$:
#
# $$\hat h = \frac{h - \mu_B}{\sqrt{\sigma_B^2 + \varepsilon}}, \qquad y = \gamma\,\hat h + \beta.$$
#
# В режиме обучения $\mu_B$ и $\sigma_B^2$ считаются по текущему батчу, а их скользящие средние обновляются
# (momentum 0.99); в режиме инференса (`training=False`, его использует `ganlib.sampling.generate`) вместо них
# берутся скользящие средние. В генераторе DCGAN батч-нормализация держит активации каждого слоя в разумном масштабе,
# помогает градиенту пройти через все слои и, по наблюдению Radford et al., не даёт генератору в начале обучения
# схлопнуть все изображения в одну точку. В выходном слое генератора её нет, а в этом дискриминаторе вместо неё стоит
# дропаут. Поскольку батч-нормализация вычитает среднее, смещение прямо перед ней бесполезно — отсюда `use_bias=False`
# (в блокноте 5 мы проверим это численно).
#
# **LeakyReLU** пропускает немного отрицательной части: $f(x) = x$ при $x > 0$ и $f(x) = \alpha x$ иначе, здесь
# $\alpha = 0.3$. Нейрон с отрицательным входом всё равно передаёт градиент, и важнее всего это в дискриминаторе:
# его градиент — единственное, из чего учится генератор.

# %% [markdown] lang="es"
# A la izquierda, la cuadrícula que dejan las dos capas de 5×5; a la derecha, con núcleos de 4×4, un interior liso. Una
# red entrenada puede aprender pesos que anulen el patrón, pero le cuesta esfuerzo, y en la práctica en las muestras de
# DCGAN se ven cuadrículas, sobre todo al principio del entrenamiento (la sección 5 muestra una). El cuaderno 5 pasa a
# núcleos de 4×4.
#
# ## 2. Normalización por lotes y LeakyReLU
#
# La **normalización por lotes** estandariza cada canal sobre el lote (y sobre las posiciones del mapa de
# características) y luego lo reescala con dos parámetros aprendidos, $\gamma$ y $\beta$:
#
# $$\hat h = \frac{h - \mu_B}{\sqrt{\sigma_B^2 + \varepsilon}}, \qquad y = \gamma\,\hat h + \beta.$$
#
# En modo de entrenamiento, $\mu_B$ y $\sigma_B^2$ salen del lote actual y se actualizan sus medias móviles
# (momentum 0.99); en modo de inferencia (`training=False`, el que usa `ganlib.sampling.generate`) se usan las medias
# móviles. En el generador de DCGAN, la normalización por lotes mantiene las activaciones de cada capa en una escala
# razonable, ayuda a que el gradiente atraviese la pila de capas y, según Radford et al., evita que el generador
# colapse al principio todas las muestras en un único punto. No se pone en la capa de salida del generador, y este
# discriminador usa *dropout* en su lugar. Como resta la media, un sesgo justo antes de ella no sirve de nada; de ahí
# `use_bias=False` (el cuaderno 5 lo comprueba numéricamente).
#
# **LeakyReLU** deja pasar un poco de la parte negativa: $f(x) = x$ si $x > 0$ y $f(x) = \alpha x$ en otro caso, aquí
# con $\alpha = 0.3$. Una unidad con entrada negativa sigue transmitiendo gradiente, y eso importa sobre todo en el
# discriminador: su gradiente es lo único de lo que aprende el generador.

# %%
h = np.array([[1.0], [4.0], [7.0], [10.0]], np.float32)  # a batch of 4 values of one feature
bn = layers.BatchNormalization()
print("batch:             ", h.ravel())
print("BN, training=True: ", np.asarray(bn(h, training=True)).ravel().round(2))
print("BN, training=False:", np.asarray(bn(h, training=False)).ravel().round(2))
print("LeakyReLU(0.3):    ", np.asarray(layers.LeakyReLU(0.3)(np.array([-2.0, -1.0, 0.0, 1.0, 2.0]))))

# %% [markdown] lang="en"
# In training mode the batch comes out with mean 0 and standard deviation 1. In inference mode, after a single update
# the moving averages have moved only 1 % of the way from their initial values (mean 0, variance 1), so the values
# barely change: a generator used with `training=False` is only as good as its moving averages.
#
# ## 3. The two networks
#
# **Generator**: a dense layer turns $z \in \mathbb{R}^{100}$ into $7 \cdot 7 \cdot 256$ numbers, reshaped into a
# $7 \times 7$ map with 256 channels. Three 5×5 transposed convolutions follow: stride 1 to 128 channels (still
# $7 \times 7$), stride 2 to 64 channels at $14 \times 14$, stride 2 to one channel at $28 \times 28$ with $\tanh$.
# Each hidden layer is followed by batch normalization and LeakyReLU.
#
# **Discriminator**: two 5×5 convolutions with stride 2 ($28 \to 14 \to 7$, 64 then 128 channels), each followed by
# LeakyReLU and dropout 0.3, then a dense layer from the $7 \cdot 7 \cdot 128$ features to one logit.

# %% [markdown] lang="ru"
# В режиме обучения батч выходит со средним 0 и стандартным отклонением 1. В режиме инференса после одного обновления
# скользящие средние сдвинулись от начальных значений (среднее 0, дисперсия 1) всего на 1 %, поэтому значения почти
# не меняются: генератор с `training=False` хорош ровно настолько, насколько хороши его скользящие средние.
#
# ## 3. Две сети
#
# **Генератор**: полносвязный слой превращает $z \in \mathbb{R}^{100}$ в $7 \cdot 7 \cdot 256$ чисел, которые
# складываются в карту $7 \times 7$ с 256 каналами. Дальше идут три транспонированные свёртки 5×5: с шагом 1 до
# 128 каналов (всё ещё $7 \times 7$), с шагом 2 до 64 каналов и $14 \times 14$, с шагом 2 до одного канала и
# $28 \times 28$ с $\tanh$. После каждого скрытого слоя — батч-нормализация и LeakyReLU.
#
# **Дискриминатор**: две свёртки 5×5 с шагом 2 ($28 \to 14 \to 7$, сначала 64, потом 128 каналов), после каждой —
# LeakyReLU и дропаут 0.3, затем полносвязный слой от $7 \cdot 7 \cdot 128$ признаков к одному логиту.

# %% [markdown] lang="es"
# En modo de entrenamiento el lote sale con media 0 y desviación típica 1. En modo de inferencia, tras una sola
# actualización las medias móviles solo se han movido un 1 % desde sus valores iniciales (media 0, varianza 1), así que
# los valores apenas cambian: un generador usado con `training=False` es tan bueno como sus medias móviles.
#
# ## 3. Las dos redes
#
# **Generador**: una capa densa convierte $z \in \mathbb{R}^{100}$ en $7 \cdot 7 \cdot 256$ números, que se reorganizan
# en un mapa de $7 \times 7$ con 256 canales. Siguen tres convoluciones traspuestas de 5×5: con paso 1 hasta 128
# canales (todavía $7 \times 7$), con paso 2 hasta 64 canales y $14 \times 14$, y con paso 2 hasta un canal y
# $28 \times 28$ con $\tanh$. Tras cada capa oculta van la normalización por lotes y LeakyReLU.
#
# **Discriminador**: dos convoluciones de 5×5 con paso 2 ($28 \to 14 \to 7$; primero 64 canales, luego 128), cada una
# seguida de LeakyReLU y *dropout* de 0.3, y después una capa densa de las $7 \cdot 7 \cdot 128$ características a un
# único logit.

# %%
generator, discriminator = build_gan("dcgan")

# %%
# NBVAL_CHECK_OUTPUT
generator.summary()
discriminator.summary()

# %%
# NBVAL_CHECK_OUTPUT
vanilla_g, vanilla_d = build_gan("vanilla")
print(f"{'':3} {'vanilla':>10} {'DCGAN':>10}")
print(f"{'G':3} {vanilla_g.count_params():>10,} {generator.count_params():>10,}")
print(f"{'D':3} {vanilla_d.count_params():>10,} {discriminator.count_params():>10,}")
print(f"G, {TEXT['last_layer']}: {vanilla_g.layers[-2].count_params():,} -> {generator.layers[-1].count_params():,}")

# %% [markdown] lang="en"
# The DCGAN generator is *larger* than the vanilla one, 2.3 million parameters against 1.5, but look where they are:
# more than half sit in the first dense layer, and the layer that writes the 784 pixels has only $5 \cdot 5 \cdot 64
# = 1600$ weights, against 803,600 in the MLP. A 5×5 kernel is **shared by every position**: the same small
# pattern-maker is applied all over the image, which is exactly the prior the vanilla GAN lacked. The convolutional
# discriminator needs less than half the MLP's parameters.
#
# The shapes, layer by layer, for a batch of two latent vectors:

# %% [markdown] lang="ru"
# Генератор DCGAN *больше* классического — 2,3 миллиона параметров против 1,5, — но посмотрите, где они: больше
# половины приходится на первый полносвязный слой, а у слоя, который пишет 784 пикселя, всего
# $5 \cdot 5 \cdot 64 = 1600$ весов против 803 600 у многослойного перцептрона. Ядро 5×5 **общее для всех позиций**:
# один и тот же маленький «штамп» применяется по всему изображению — ровно то априорное знание, которого не хватало
# классической GAN. Свёрточному дискриминатору нужно меньше половины параметров перцептрона.
#
# Размеры по слоям для батча из двух латентных векторов:

# %% [markdown] lang="es"
# El generador de DCGAN es *más grande* que el clásico, 2,3 millones de parámetros frente a 1,5, pero fijémonos en dónde
# están: más de la mitad, en la primera capa densa, y la capa que escribe los 784 píxeles tiene solo
# $5 \cdot 5 \cdot 64 = 1600$ pesos, frente a 803 600 en el perceptrón multicapa. Un núcleo de 5×5 **se comparte en
# todas las posiciones**: el mismo pequeño «sello» se aplica por toda la imagen, justo el conocimiento previo que le
# faltaba a la GAN clásica. El discriminador convolucional necesita menos de la mitad de parámetros que el perceptrón.
#
# Las formas, capa a capa, para un lote de dos vectores latentes:

# %%
# NBVAL_CHECK_OUTPUT
print_layer_shapes(generator, "G")
print_layer_shapes(discriminator, "D")

# %% [markdown] lang="en"
# ## 4. Training into a run folder
#
# `train` is the same call as in notebook 3, with `model="dcgan"` and a **run folder**. With `run_dir`, after every
# epoch it writes the sample grid of that epoch and a **checkpoint** of the complete training state; at the end it
# adds both networks in the `.keras` format, the loss history, a loss plot and a GIF of the grids. The folder is the
# whole memory of the run: calling `train` again on it resumes where it stopped (section 6).

# %% [markdown] lang="ru"
# ## 4. Обучение с папкой запуска
#
# `train` вызывается так же, как в блокноте 3, но с `model="dcgan"` и **папкой запуска**. Если указан `run_dir`, то
# после каждой эпохи туда записываются сетка изображений этой эпохи и **контрольная точка** с полным состоянием
# обучения, а в конце — обе сети в формате `.keras`, история потерь, график потерь и GIF из сеток. Вся память о запуске
# хранится в этой папке: повторный вызов `train` с ней продолжает обучение с того места, где оно остановилось
# (раздел 6).

# %% [markdown] lang="es"
# ## 4. Entrenamiento en una carpeta de ejecución
#
# `train` es la misma llamada que en el cuaderno 3, con `model="dcgan"` y una **carpeta de ejecución**. Con `run_dir`,
# al final de cada época escribe la cuadrícula de muestras de esa época y un **punto de control** con el estado completo
# del entrenamiento; al terminar añade las dos redes en formato `.keras`, el historial de pérdidas, una gráfica de
# pérdidas y un GIF con las cuadrículas. La carpeta es toda la memoria de la ejecución: volver a llamar a `train` con
# ella reanuda el entrenamiento donde se quedó (sección 6).

# %%
result = train(model="dcgan", epochs=EPOCHS, batch_size=BATCH_SIZE, subset=SUBSET, seed=SEED,
               run_dir=RUN_DIR, verbose=2)

# %%
plot_losses(result.history, LANG);

# %% [markdown] lang="en"
# ## 5. Samples of every epoch, and the GIF
#
# The callback draws the same 64 latent vectors after every epoch, so each cell of the grid follows one sample through
# training. `result.grids` holds the grids as `uint8` arrays:

# %% [markdown] lang="ru"
# ## 5. Изображения после каждой эпохи и GIF
#
# После каждой эпохи колбэк генерирует изображения из одних и тех же 64 латентных векторов, так что каждая клетка сетки
# показывает судьбу одного изображения на протяжении обучения. Сетки лежат в `result.grids` в виде массивов `uint8`:

# %% [markdown] lang="es"
# ## 5. Las muestras de cada época y el GIF
#
# Al final de cada época, el *callback* genera imágenes a partir de los mismos 64 vectores latentes, así que cada
# casilla de la cuadrícula sigue a una misma muestra durante el entrenamiento. `result.grids` guarda las cuadrículas como arrays
# `uint8`:

# %%
fig, axes = plt.subplots(1, len(result.grids), figsize=(2.9 * len(result.grids), 3.2), squeeze=False)
for epoch, (ax, tiled) in enumerate(zip(axes[0], result.grids), start=1):
    ax.imshow(tiled, cmap="gray", vmin=0, vmax=255)  # each grid is already tiled
    ax.set_title(label("samples_epoch", LANG, epoch=epoch))
    ax.set_axis_off()
fig.tight_layout()

# %% [markdown] lang="en"
# The same grids as an animation, the file `training.gif` of the run folder (the last frame stays three times longer):

# %% [markdown] lang="ru"
# Те же сетки в виде анимации — файл `training.gif` в папке запуска (последний кадр держится в три раза дольше):

# %% [markdown] lang="es"
# Las mismas cuadrículas animadas: el archivo `training.gif` de la carpeta de ejecución (el último fotograma dura el
# triple):

# %%
display(Image(filename=str(RUN_DIR / "training.gif")))

# %%
(x_train, _), _ = load_fashion_mnist()
fig, (ax_fake, ax_real) = plt.subplots(1, 2, figsize=(8, 4.2))
show_images(generate(result.gan.generator, n=64, seed=SEED + 1), title=label("samples", LANG), ax=ax_fake)
show_images(x_train[:64], title=label("real", LANG), ax=ax_real)
fig.tight_layout()

# %% [markdown] lang="en"
# Compared with the vanilla GAN of notebook 3, the samples already have solid silhouettes on a clean, dark
# background, and no salt-and-pepper noise. But look closely at the run stored here: a regular grid of dots runs
# across the garments. It is the checkerboard of section 1, left by two 5×5 transposed convolutions with stride 2,
# showing through before training has learned to cancel it. It usually fades with longer training, and notebook 5
# removes its cause. Details are
# still missing and many shapes are ambiguous: that is the price of a few minutes of CPU. With more epochs the same
# code produces recognisable shirts, sneakers and bags.
#
# ## 6. Checkpoints and resuming
#
# Here is what the run folder holds:

# %% [markdown] lang="ru"
# По сравнению с классической GAN из блокнота 3 у изображений уже сплошные силуэты на чистом тёмном фоне и нет «соли
# и перца». Но присмотритесь к сохранённому здесь запуску: по одежде идёт правильная сетка точек. Это та самая
# «шахматная доска» из раздела 1 — след двух транспонированных свёрток 5×5 с шагом 2, — которая проступает, пока
# обучение не научилось её гасить. При более долгом обучении она обычно бледнеет, а в блокноте 5 мы устраним её
# причину. Деталей пока не хватает, многие формы неоднозначны — это цена нескольких минут на CPU. С бо́льшим числом
# эпох тот же код выдаёт узнаваемые рубашки, кроссовки и сумки.
#
# ## 6. Контрольные точки и возобновление обучения
#
# Вот что лежит в папке запуска:

# %% [markdown] lang="es"
# Frente a la GAN clásica del cuaderno 3, las muestras ya tienen siluetas sólidas sobre un fondo oscuro y limpio, sin
# moteado. Pero fíjate bien en la ejecución guardada aquí: una cuadrícula regular de puntos recorre las prendas. Es
# el tablero de ajedrez de la sección 1, la huella de dos convoluciones traspuestas de 5×5 con paso 2, que se
# transparenta mientras el entrenamiento no ha aprendido a anularla. Suele atenuarse al entrenar más, y el cuaderno 5
# elimina su causa. Aún faltan detalles y muchas formas son ambiguas: es el precio de unos minutos de CPU. Con más
# épocas, el mismo código produce camisas, zapatillas y bolsos reconocibles.
#
# ## 6. Puntos de control y reanudación
#
# Esto es lo que contiene la carpeta de ejecución:

# %%
def show_run_folder(folder):
    print(TEXT["files"].format(path=folder))
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            print(f"  {str(path.relative_to(folder)):<28} {path.stat().st_size / 1024:8.1f} KiB")


show_run_folder(RUN_DIR)

# %% [markdown] lang="en"
# * `config.json`: the settings of the run (model, batch size, subset, seed...);
# * `checkpoint.npz`: the training state after the last finished epoch;
# * `samples/epoch_NNN.png`: the grid of every epoch; `samples.png`: the last one, enlarged; `training.gif`;
# * `generator.keras`, `discriminator.keras`: the two networks; `history.json` and `losses.png`: the losses.
#
# The checkpoint holds **every variable that defines where training stands**: the weights of both networks, the
# batch-norm moving averages, the moments and step counters of both Adam optimizers, and the states of the random
# generators for the latent vectors and dropout. Together with a data pipeline whose order in epoch $e$ depends only
# on the seed and $e$, this makes a resumed run **identical** to an uninterrupted one. It is written under a temporary
# name and then renamed, so a crash in the middle of writing leaves the previous checkpoint intact.

# %% [markdown] lang="ru"
# * `config.json` — настройки запуска (модель, размер батча, подвыборка, зерно…);
# * `checkpoint.npz` — состояние обучения после последней завершённой эпохи;
# * `samples/epoch_NNN.png` — сетка каждой эпохи; `samples.png` — последняя, увеличенная; `training.gif`;
# * `generator.keras`, `discriminator.keras` — обе сети; `history.json` и `losses.png` — потери.
#
# В контрольной точке хранятся **все переменные, которые определяют состояние обучения**: веса обеих сетей, скользящие
# средние батч-нормализации, моменты и счётчики шагов обоих оптимизаторов Adam, а также состояния генераторов
# случайных чисел для латентных векторов и дропаута. Порядок данных в эпохе $e$ зависит только от зерна и $e$, поэтому
# возобновлённое обучение **в точности совпадает** с непрерывным. Файл сначала записывается под временным именем и
# только потом переименовывается, так что сбой посреди записи оставляет предыдущую контрольную точку целой.

# %% [markdown] lang="es"
# * `config.json`: la configuración de la ejecución (modelo, tamaño de lote, subconjunto, semilla…);
# * `checkpoint.npz`: el estado del entrenamiento tras la última época terminada;
# * `samples/epoch_NNN.png`: la cuadrícula de cada época; `samples.png`: la última, ampliada; `training.gif`;
# * `generator.keras`, `discriminator.keras`: las dos redes; `history.json` y `losses.png`: las pérdidas.
#
# El punto de control guarda **todas las variables que definen en qué punto está el entrenamiento**: los pesos de las
# dos redes, las medias móviles de la normalización por lotes, los momentos y contadores de pasos de los dos
# optimizadores Adam y el estado de los generadores aleatorios de los vectores latentes y del *dropout*. Como el orden
# de los datos en la época $e$ depende solo de la semilla y de $e$, una ejecución reanudada es **idéntica** a una sin
# interrupciones. El archivo se escribe con un nombre temporal y después se renombra, de modo que un fallo a mitad de
# escritura deja intacto el punto de control anterior.

# %%
with np.load(RUN_DIR / "checkpoint.npz") as stored:
    names = stored.files
    meta = json.loads(stored["meta"].tobytes().decode())
print(TEXT["variables"].format(n=len(names) - 1))
print(TEXT["meta"].format(epoch=meta["epoch"], config={k: meta["config"][k] for k in ("model", "batch_size", "subset", "seed")}))

# %% [markdown] lang="en"
# Now ask for one more epoch **on the same folder**. `train` finds the checkpoint, says so, restores the state and
# trains only the missing epoch. This is how you continue a run after Colab disconnects (keep `RUN_DIR` on Google
# Drive) or after interrupting the kernel: run the training cell again.

# %% [markdown] lang="ru"
# Теперь попросим ещё одну эпоху **с той же папкой**. `train` находит контрольную точку, сообщает об этом,
# восстанавливает состояние и обучает только недостающую эпоху. Так продолжают обучение после того, как Colab
# отключился (держите `RUN_DIR` на Google Диске), или после остановки ядра Jupyter: достаточно ещё раз запустить ячейку с
# обучением.

# %% [markdown] lang="es"
# Ahora pidamos una época más **en la misma carpeta**. `train` encuentra el punto de control, lo anuncia, restaura el
# estado y entrena solo la época que falta. Así se continúa una ejecución cuando Colab se desconecta (con `RUN_DIR` en
# Google Drive) o tras interrumpir el *kernel*: basta con volver a ejecutar la celda de entrenamiento.

# %%
more = train(model="dcgan", epochs=EPOCHS + 1, batch_size=BATCH_SIZE, subset=SUBSET, seed=SEED,
             run_dir=RUN_DIR, verbose=2)
print("resumed_from:", more.resumed_from, "| epochs in history:", more.history["epoch"])

# %% [markdown] lang="en"
# The history continues the stored one, and the grids of the earlier epochs are read back from the folder. Calling
# `train` with the same number of epochs again trains nothing; calling it with *different* settings on the same folder
# is refused, because the checkpoint would not fit them:

# %% [markdown] lang="ru"
# История продолжает сохранённую, а сетки прошлых эпох считываются из папки. Повторный вызов `train` с тем же числом
# эпох ничего не обучает, а вызов с *другими* настройками на той же папке отклоняется — контрольная точка им не
# соответствует:

# %% [markdown] lang="es"
# El historial continúa el guardado, y las cuadrículas de las épocas anteriores se leen de la carpeta. Volver a llamar
# a `train` con el mismo número de épocas no entrena nada; llamarla con una configuración *distinta* sobre la misma
# carpeta se rechaza, porque el punto de control no encajaría:

# %%
again = train(model="dcgan", epochs=EPOCHS + 1, batch_size=BATCH_SIZE, subset=SUBSET, seed=SEED,
              run_dir=RUN_DIR, verbose=2)
try:
    train(model="dcgan", epochs=EPOCHS + 1, batch_size=BATCH_SIZE * 2, subset=SUBSET, seed=SEED,
          run_dir=RUN_DIR, verbose=2)
except ValueError as error:
    print("ValueError:", error)

# %%
ax = plot_losses(more.history, LANG)
ax.axvline(EPOCHS + 0.5, color="gray", ls=":")  # where the second call took over
show_run_folder(RUN_DIR)

# %% [markdown] lang="en"
# ## 7. Saving and loading the generator
#
# `train` saved both networks in Keras' native **`.keras` format**: a zip archive with the architecture as JSON and
# the weights in HDF5.

# %% [markdown] lang="ru"
# ## 7. Сохранение и загрузка генератора
#
# `train` сохранила обе сети в родном формате Keras — **`.keras`**: это zip-архив, в котором архитектура записана в
# JSON, а веса — в HDF5.

# %% [markdown] lang="es"
# ## 7. Guardar y cargar el generador
#
# `train` guardó las dos redes en el formato nativo de Keras, **`.keras`**: un archivo zip con la arquitectura en JSON
# y los pesos en HDF5.

# %%
with zipfile.ZipFile(RUN_DIR / "generator.keras") as archive:
    print(sorted(archive.namelist()))

# %% [markdown] lang="en"
# `ganlib.train.load_generator(run_dir)` loads it with `keras.models.load_model(path, safe_mode=True, compile=False)`.
# **`safe_mode=True`** refuses to deserialise arbitrary Python code, such as the bytecode of a `Lambda` layer, so
# opening a `.keras` file from someone else cannot run code on your machine; our networks use only built-in layers and
# load fine. `compile=False` skips the optimizer, which a generator used for sampling does not need. (To save a model
# of your own, `ganlib.train.save_model(model, "file.keras")` writes it atomically.)
#
# The loaded generator must produce exactly the images of the one in memory:

# %% [markdown] lang="ru"
# `ganlib.train.load_generator(run_dir)` загружает его через `keras.models.load_model(path, safe_mode=True,
# compile=False)`. **`safe_mode=True`** запрещает десериализацию произвольного кода на Python — например, байт-кода слоя
# `Lambda`, — так что чужой файл `.keras` не сможет выполнить код на вашей машине; наши сети состоят только из
# встроенных слоёв и загружаются без проблем. `compile=False` пропускает оптимизатор: генератору, который только
# рисует изображения, он не нужен. (Свою модель можно сохранить атомарно через
# `ganlib.train.save_model(model, "file.keras")`.)
#
# Загруженный генератор должен выдавать ровно те же изображения, что и генератор в памяти:

# %% [markdown] lang="es"
# `ganlib.train.load_generator(run_dir)` lo carga con `keras.models.load_model(path, safe_mode=True, compile=False)`.
# **`safe_mode=True`** se niega a deserializar código Python arbitrario, como el *bytecode* de una capa `Lambda`, de modo
# que abrir un archivo `.keras` ajeno no puede ejecutar código en tu máquina; nuestras redes solo usan capas
# predefinidas y se cargan sin problemas. `compile=False` omite el optimizador, que un generador usado para muestrear
# no necesita. (Para guardar un modelo propio, `ganlib.train.save_model(model, "archivo.keras")` lo escribe de forma
# atómica.)
#
# El generador cargado debe producir exactamente las mismas imágenes que el que está en memoria:

# %%
loaded = load_generator(RUN_DIR)
in_memory = generate(more.gan.generator, n=32, seed=SEED)
from_file = generate(loaded, n=32, seed=SEED)
difference = float(np.abs(in_memory - from_file).max())
print(TEXT["same"].format(same=difference == 0.0, diff=difference))

fig, (ax_file, ax_new) = plt.subplots(1, 2, figsize=(10, 3.2))
show_images(from_file, ncols=8, title=TEXT["loaded"].format(path=RUN_DIR / "generator.keras"), ax=ax_file)
show_images(generate(loaded, n=32, seed=2024), ncols=8, title=TEXT["new_seed"].format(seed=2024), ax=ax_new)
fig.tight_layout()

# %% [markdown] lang="en"
# ## Summary
#
# * A **transposed convolution** with stride $s$ stamps a scaled copy of its kernel for every input value, $s$ pixels
#   apart, and sums the overlaps: it multiplies the resolution by $s$. When the kernel size is not divisible by the
#   stride, neighbouring outputs get different numbers of taps, the cause of **checkerboard artefacts**.
# * **Batch normalization** standardises each channel with the batch statistics in training and the moving averages
#   in inference; it makes a bias right before it useless. **LeakyReLU** keeps a gradient for negative inputs.
# * The DCGAN of the TensorFlow tutorial: generator dense → $7 \times 7 \times 256$ → three 5×5 transposed
#   convolutions → $28 \times 28$; discriminator with two strided 5×5 convolutions. Shared kernels give it the spatial
#   prior the MLP lacked: solid shapes without speckle, though early in training its 5×5 stride-2 up-sampling leaves
#   a visible grid.
# * `train(model="dcgan", run_dir=...)` writes a checkpoint and a sample grid every epoch, then the networks, the
#   losses and a GIF. Calling it again on the same folder **resumes exactly**; different settings are refused.
# * Generators are saved in the `.keras` format and loaded with `load_generator`, in `safe_mode=True`.
#
# ## Exercises
#
# 1. **Taps.** Print the tap counts of a transposed convolution with kernel 6 and stride 3, and with kernel 2 and
#    stride 2. Which combinations of kernel size and stride are free of the pattern?
# 2. **Longer training.** Set `EPOCHS = 20` and `SUBSET = None` (on a GPU if you can) and watch `training.gif`. When
#    do the classes become recognisable?
# 3. **Interrupt and resume.** Start a run of 10 epochs, interrupt the kernel in the middle of an epoch, and run the
#    cell again. From which epoch does it resume? Compare the final `history.json` with that of an uninterrupted run.
# 4. **Without batch normalization.** Copy `build_dcgan` from `ganlib/models.py`, remove the generator's
#    `BatchNormalization` layers, and train it with `GAN(generator, discriminator)` as in exercise 6 of notebook 3.
#    What do the samples look like after one epoch?
# 5. **Another seed.** Load the generator with `load_generator(RUN_DIR)` in a fresh session and generate 100 images
#    with a seed of your choice; save them with `ganlib.images.save_png(ganlib.images.grid(images), "mine.png")`.

# %% [markdown] lang="ru"
# ## Итоги
#
# * **Транспонированная свёртка** с шагом $s$ отпечатывает для каждого входного значения масштабированную копию ядра,
#   через $s$ пикселей, и складывает перекрытия: разрешение растёт в $s$ раз. Если размер ядра не делится на шаг,
#   соседние пиксели получают разное число вкладов — отсюда **артефакты «шахматной доски»**.
# * **Батч-нормализация** стандартизирует каждый канал: при обучении — по статистикам батча, при инференсе — по
#   скользящим средним; смещение прямо перед ней бесполезно. **LeakyReLU** сохраняет градиент для отрицательных входов.
# * DCGAN из руководства TensorFlow: генератор — полносвязный слой → $7 \times 7 \times 256$ → три транспонированные
#   свёртки 5×5 → $28 \times 28$; дискриминатор — две свёртки 5×5 с шагом 2. Общие ядра дают ей то пространственное
#   априорное знание, которого не было у перцептрона: сплошные формы без «соли и перца», хотя в начале обучения её
#   повышение разрешения (ядра 5×5 с шагом 2) оставляет заметную сетку.
# * `train(model="dcgan", run_dir=...)` после каждой эпохи записывает контрольную точку и сетку изображений, а в конце —
#   сети, потери и GIF. Повторный вызов с той же папкой **точно продолжает** обучение; другие настройки отклоняются.
# * Генераторы сохраняются в формате `.keras` и загружаются функцией `load_generator` в режиме `safe_mode=True`.
#
# ## Упражнения
#
# 1. **Вклады.** Выведите число вкладов для транспонированной свёртки с ядром 6 и шагом 3 и с ядром 2 и шагом 2. При
#    каких сочетаниях размера ядра и шага узора нет?
# 2. **Долгое обучение.** Поставьте `EPOCHS = 20` и `SUBSET = None` (по возможности на GPU) и посмотрите
#    `training.gif`. Когда классы становятся узнаваемыми?
# 3. **Прервать и продолжить.** Запустите обучение на 10 эпох, остановите ядро Jupyter (Interrupt) посреди эпохи и
#    запустите ячейку снова. С какой эпохи продолжится обучение? Сравните итоговый `history.json` с результатом непрерывного запуска.
# 4. **Без батч-нормализации.** Скопируйте `build_dcgan` из `ganlib/models.py`, уберите из генератора слои
#    `BatchNormalization` и обучите его через `GAN(generator, discriminator)`, как в упражнении 6 блокнота 3. Как
#    выглядят изображения после одной эпохи?
# 5. **Другое зерно.** В новой сессии загрузите генератор через `load_generator(RUN_DIR)` и сгенерируйте 100
#    изображений с любым зерном; сохраните их через `ganlib.images.save_png(ganlib.images.grid(images), "mine.png")`.

# %% [markdown] lang="es"
# ## Resumen
#
# * Una **convolución traspuesta** con paso $s$ estampa, por cada valor de entrada, una copia escalada de su núcleo,
#   separadas $s$ píxeles, y suma los solapamientos: multiplica la resolución por $s$. Si el tamaño del núcleo no es
#   divisible por el paso, salidas vecinas reciben un número distinto de contribuciones, y de ahí los **artefactos de
#   tablero de ajedrez**.
# * La **normalización por lotes** estandariza cada canal con las estadísticas del lote al entrenar y con las medias
#   móviles en inferencia; hace inútil un sesgo justo antes de ella. **LeakyReLU** conserva el gradiente para entradas
#   negativas.
# * La DCGAN del tutorial de TensorFlow: generador con capa densa → $7 \times 7 \times 256$ → tres convoluciones
#   traspuestas de 5×5 → $28 \times 28$; discriminador con dos convoluciones de 5×5 con paso 2. Los núcleos compartidos
#   le dan el conocimiento espacial que le faltaba al perceptrón: formas sólidas sin moteado, aunque al principio del
#   entrenamiento su sobremuestreo de 5×5 con paso 2 deja una cuadrícula visible.
# * `train(model="dcgan", run_dir=...)` escribe un punto de control y una cuadrícula de muestras en cada época y, al
#   final, las redes, las pérdidas y un GIF. Llamarla de nuevo con la misma carpeta **reanuda exactamente** el
#   entrenamiento; una configuración distinta se rechaza.
# * Los generadores se guardan en formato `.keras` y se cargan con `load_generator`, con `safe_mode=True`.
#
# ## Ejercicios
#
# 1. **Contribuciones.** Imprime el número de contribuciones de una convolución traspuesta con núcleo 6 y paso 3, y con
#    núcleo 2 y paso 2. ¿Qué combinaciones de tamaño de núcleo y paso no tienen patrón?
# 2. **Entrenamiento largo.** Pon `EPOCHS = 20` y `SUBSET = None` (en una GPU si puedes) y mira `training.gif`. ¿Cuándo
#    se vuelven reconocibles las clases?
# 3. **Interrumpir y reanudar.** Lanza una ejecución de 10 épocas, interrumpe el *kernel* a mitad de una época y vuelve
#    a ejecutar la celda. ¿Desde qué época se reanuda? Compara el `history.json` final con el de una ejecución sin
#    interrupciones.
# 4. **Sin normalización por lotes.** Copia `build_dcgan` de `ganlib/models.py`, quita las capas `BatchNormalization`
#    del generador y entrénalo con `GAN(generator, discriminator)` como en el ejercicio 6 del cuaderno 3. ¿Qué aspecto
#    tienen las muestras tras una época?
# 5. **Otra semilla.** En una sesión nueva, carga el generador con `load_generator(RUN_DIR)` y genera 100 imágenes con
#    la semilla que quieras; guárdalas con `ganlib.images.save_png(ganlib.images.grid(images), "mias.png")`.
