# %% [markdown] lang="en"
# # 2 · Data: Fashion-MNIST up close
#
# *Shapes, classes, pixel statistics, scaling to [-1, 1] for a tanh generator, and the `tf.data` input pipeline that feeds every GAN of the series, written out.* · ⏱ ~40 s on a 2-core CPU; no GPU needed
#
# {{badges}}

# %% [markdown] lang="ru"
# # 2 · Данные: Fashion-MNIST вблизи
#
# *Размеры, классы, статистика пикселей, масштабирование в [-1, 1] под генератор с tanh и конвейер входных данных на `tf.data`, который питает все GAN курса, — целиком, в коде.* · ⏱ ~40 с на CPU с 2 ядрами; GPU не нужен
#
# {{badges}}

# %% [markdown] lang="es"
# # 2 · Datos: Fashion-MNIST de cerca
#
# *Dimensiones, clases, estadísticas de los píxeles, el escalado a [-1, 1] para un generador con tanh y la canalización de entrada de `tf.data` que alimenta todas las GAN de la serie, escrita entera.* · ⏱ ~40 s en una CPU de 2 núcleos; no hace falta GPU
#
# {{badges}}

# %% tags=["parameters"] smoke={"PER_CLASS": 4}
LANG = "en"
SEED = 0  # shuffling seed of the input pipeline
BATCH_SIZE = 256  # images per batch
PER_CLASS = 10  # examples per class in the gallery

# %% [markdown] lang="en"
# ## Loading the data
#
# A GAN learns the distribution of its training images and nothing else, so it pays to know
# them well before training anything. **Fashion-MNIST** (Xiao, Rasul & Vollgraf, 2017) is a set
# of Zalando product photos: 60,000 training and 10,000 test images, $28 \times 28$ pixels,
# 8-bit grayscale, in ten classes.
#
# `ganlib.data.load_fashion_mnist()` returns `(x_train, y_train), (x_test, y_test)` as
# `uint8` NumPy arrays, exactly as Keras' own `keras.datasets.fashion_mnist.load_data()` does
# (it calls that loader, which downloads the files once into `~/.keras/datasets/`).
#
# > **Offline?** Put the four files (`train-images-idx3-ubyte.gz` and friends) in a folder and
# > point `ganlib` at it with the environment variable `GANLIB_DATA_DIR=/path/to/folder` or
# > with `load_fashion_mnist(data_dir=...)`. Without the files and without internet, the
# > loader stops with one error message that explains how to fix it.
#
# GANs only need the training images; we look at the test split too, just to compare.
# Cells marked `# NBVAL_CHECK_OUTPUT` print numbers that never change: the test suite checks
# them against the stored output.

# %% [markdown] lang="ru"
# ## Загружаем данные
#
# GAN выучивает распределение своих обучающих изображений — и ничего больше, поэтому данные
# стоит хорошо узнать до того, как что-то обучать. **Fashion-MNIST** (Xiao, Rasul & Vollgraf,
# 2017) — это фотографии товаров Zalando: 60 000 обучающих и 10 000 тестовых изображений
# $28 \times 28$ пикселей, 8-битные, в оттенках серого, десять классов.
#
# `ganlib.data.load_fashion_mnist()` возвращает `(x_train, y_train), (x_test, y_test)` в виде
# массивов NumPy типа `uint8` — так же, как штатный `keras.datasets.fashion_mnist.load_data()`
# (ganlib вызывает именно его, а он один раз скачивает файлы в `~/.keras/datasets/`).
#
# > **Нет интернета?** Положите четыре файла (`train-images-idx3-ubyte.gz` и остальные) в
# > папку и сообщите `ganlib` путь к ней через переменную окружения
# > `GANLIB_DATA_DIR=/путь/к/папке` или аргументом `load_fashion_mnist(data_dir=...)`. Если нет
# > ни файлов, ни интернета, загрузчик остановится с одним сообщением об ошибке, в котором
# > сказано, как это исправить.
#
# Для GAN нужны только обучающие изображения; тестовые мы посмотрим лишь для сравнения.
# Ячейки с пометкой `# NBVAL_CHECK_OUTPUT` печатают числа, которые никогда не меняются: тесты
# сверяют их с сохранённым выводом.

# %% [markdown] lang="es"
# ## Cargar los datos
#
# Una GAN aprende la distribución de sus imágenes de entrenamiento y nada más, así que conviene
# conocerlas bien antes de entrenar nada. **Fashion-MNIST** (Xiao, Rasul y Vollgraf, 2017) es
# un conjunto de fotos de productos de Zalando: 60.000 imágenes de entrenamiento y 10.000 de
# prueba, de $28 \times 28$ píxeles, en escala de grises de 8 bits, repartidas en diez clases.
#
# `ganlib.data.load_fashion_mnist()` devuelve `(x_train, y_train), (x_test, y_test)` como
# arrays de NumPy de tipo `uint8`, igual que `keras.datasets.fashion_mnist.load_data()` (de
# hecho llama a ese cargador, que descarga los archivos una sola vez en `~/.keras/datasets/`).
#
# > **¿Sin conexión?** Copia los cuatro archivos (`train-images-idx3-ubyte.gz` y compañía) en
# > una carpeta e indícasela a `ganlib` con la variable de entorno
# > `GANLIB_DATA_DIR=/ruta/a/la/carpeta` o con `load_fashion_mnist(data_dir=...)`. Sin archivos
# > y sin internet, el cargador se detiene con un único mensaje de error que explica cómo
# > resolverlo.
#
# Las GAN solo necesitan las imágenes de entrenamiento; miramos también las de prueba solo
# para comparar. Las celdas marcadas con `# NBVAL_CHECK_OUTPUT` imprimen números que nunca
# cambian: las pruebas los comparan con la salida guardada.

# %%
import importlib.util
import time

import matplotlib.pyplot as plt
import numpy as np
import seaborn as sns

import ganlib.data
from ganlib.data import check_images, load_fashion_mnist, to_float, to_uint8
from ganlib.i18n import class_names, fmt, label, notebook_texts
from ganlib.plots import show_classes, show_gallery, show_images

import tensorflow as tf  # after ganlib, which quiets TensorFlow's start-up logging

say = notebook_texts("02", LANG)  # every sentence this notebook prints, in LANG (ganlib/i18n/nb02.py)
NAMES = class_names(LANG)


def yes_no(flag):
    return say("yes" if flag else "no")


(x_train, y_train), (x_test, y_test) = load_fashion_mnist()

# %%
# NBVAL_CHECK_OUTPUT
for name, array in [("x_train", x_train), ("y_train", y_train), ("x_test", x_test), ("y_test", y_test)]:
    print(f"{name:8s} shape={str(array.shape):16s} dtype={array.dtype}  min={array.min():3d}  max={array.max():3d}")
print(say("memory", mib=x_train.nbytes / 2**20))

# %% [markdown] lang="en"
# Images are `(N, 28, 28)` arrays of integers from 0 (black) to 255 (white), labels integers
# from 0 to 9. The whole training set takes under 50 MiB as `uint8`, small enough to keep in
# memory, which the input pipeline at the end of this notebook does.
#
# **Another source: TensorFlow Datasets.** Many tutorials load Fashion-MNIST with
# [TensorFlow Datasets](https://www.tensorflow.org/datasets/catalog/fashion_mnist) (`tfds`)
# instead of Keras. `load_fashion_mnist(source="tfds")` does that and returns the same kind of
# arrays. `tensorflow_datasets` is an optional extra of `ganlib` (`pip install "ganlib[tfds]"`);
# when it is installed, the next cell checks that both sources give identical arrays. (TFDS
# stores the examples shuffled; `ganlib` puts them back in the order of the files. The first
# call prepares TFDS' copy of the data set once, which takes about a minute on a 2-core CPU.)

# %% [markdown] lang="ru"
# Изображения — массивы `(N, 28, 28)` целых чисел от 0 (чёрный) до 255 (белый), метки — целые
# числа от 0 до 9. Вся обучающая выборка в `uint8` занимает меньше 50 МиБ — достаточно мало,
# чтобы хранить её в памяти целиком; именно так и поступает конвейер входных данных в конце
# блокнота.
#
# **Другой источник: TensorFlow Datasets.** Во многих руководствах Fashion-MNIST загружают не
# через Keras, а через [TensorFlow Datasets](https://www.tensorflow.org/datasets/catalog/fashion_mnist)
# (`tfds`). Это делает `load_fashion_mnist(source="tfds")`, и возвращает она такие же массивы.
# `tensorflow_datasets` — необязательная зависимость `ganlib` (`pip install "ganlib[tfds]"`);
# если пакет установлен, следующая ячейка проверяет, что оба источника дают одинаковые массивы.
# (TFDS хранит примеры перемешанными, а `ganlib` возвращает им порядок файлов. Первый вызов один
# раз готовит копию набора данных для TFDS: на CPU с 2 ядрами это около минуты.)

# %% [markdown] lang="es"
# Las imágenes son arrays `(N, 28, 28)` de enteros de 0 (negro) a 255 (blanco), y las
# etiquetas, enteros de 0 a 9. Todo el conjunto de entrenamiento ocupa menos de 50 MiB en
# `uint8`, lo bastante pequeño como para tenerlo entero en memoria, que es justo lo que hace la
# canalización de entrada (*pipeline*) del final del cuaderno.
#
# **Otra fuente: TensorFlow Datasets.** Muchos tutoriales cargan Fashion-MNIST con
# [TensorFlow Datasets](https://www.tensorflow.org/datasets/catalog/fashion_mnist) (`tfds`) en
# lugar de Keras. `load_fashion_mnist(source="tfds")` lo hace y devuelve el mismo tipo de
# arrays. `tensorflow_datasets` es una dependencia opcional de `ganlib`
# (`pip install "ganlib[tfds]"`); si está instalada, la celda siguiente comprueba que las dos
# fuentes dan arrays idénticos. (TFDS guarda los ejemplos barajados y `ganlib` los devuelve al
# orden de los archivos. La primera llamada prepara una sola vez la copia del conjunto de datos
# para TFDS, y tarda alrededor de un minuto en una CPU de 2 núcleos.)

# %%
if importlib.util.find_spec("tensorflow_datasets"):
    (x_tfds, y_tfds), (x_tfds_test, y_tfds_test) = load_fashion_mnist(source="tfds")
    same = all(np.array_equal(a, b) for a, b in
               [(x_tfds, x_train), (y_tfds, y_train), (x_tfds_test, x_test), (y_tfds_test, y_test)])
    print(say("tfds_same", n=len(x_tfds), n_test=len(x_tfds_test), same=yes_no(same)))
else:
    print(say("tfds_missing"))

# %% [markdown] lang="en"
# ## The ten classes
#
# The labels are just numbers; `ganlib.i18n.class_names(LANG)` gives their names in the
# language of this notebook.

# %% [markdown] lang="ru"
# ## Десять классов
#
# Метки — просто числа; `ganlib.i18n.class_names(LANG)` возвращает их названия на языке этого
# блокнота.

# %% [markdown] lang="es"
# ## Las diez clases
#
# Las etiquetas son simples números; `ganlib.i18n.class_names(LANG)` da sus nombres en el
# idioma de este cuaderno.

# %%
# NBVAL_CHECK_OUTPUT
for k, name in enumerate(NAMES):
    print(k, name)

# %% [markdown] lang="en"
# Here are the first `PER_CLASS` training images of every class (`ganlib.plots.show_classes`).
# Look at the variety inside a class and at the resemblance between classes: T-shirts, shirts,
# pullovers and coats share a silhouette, sandals, sneakers and ankle boots share a sole. A
# generator that mixes them up produces exactly the "in-between" garments you will see in the
# first epochs of notebook 3.

# %% [markdown] lang="ru"
# Вот первые `PER_CLASS` обучающих изображений каждого класса (`ganlib.plots.show_classes`).
# Обратите внимание на разнообразие внутри класса и на сходство между классами: у футболок,
# рубашек, пуловеров и пальто общий силуэт, у сандалий, кроссовок и ботинок — подошва.
# Генератор, который их путает, рисует ровно те «промежуточные» вещи, которые вы увидите в
# первые эпохи обучения в блокноте 3.

# %% [markdown] lang="es"
# Estas son las primeras `PER_CLASS` imágenes de entrenamiento de cada clase
# (`ganlib.plots.show_classes`). Fíjate en la variedad dentro de cada clase y en el parecido
# entre clases: camisetas, camisas, jerséis y abrigos comparten silueta; sandalias, zapatillas
# y botines, la suela. Un generador que las confunde produce justo esas prendas «a medio
# camino» que verás en las primeras épocas del cuaderno 3.

# %%
show_classes(x_train, y_train, NAMES, per_class=PER_CLASS)
plt.show()

# %% [markdown] lang="en"
# ## How many images per class?
#
# A GAN without labels learns the classes in proportion to how often they appear, so an
# imbalanced data set would give an imbalanced generator. The next cell counts them. The
# table then gives each class's mean pixel value, a first hint of how differently the classes
# fill the frame (sandals, sneakers and thin trousers are dark; coats, pullovers and bags are
# bright).

# %% [markdown] lang="ru"
# ## Сколько изображений в каждом классе?
#
# GAN без меток выучивает классы пропорционально тому, как часто они встречаются, поэтому
# несбалансированный набор данных дал бы несбалансированный генератор. Следующая ячейка их
# пересчитывает. Ниже в таблице — средняя яркость пикселя в каждом классе: первый намёк на то,
# насколько по-разному классы заполняют кадр (сандалии, кроссовки и тонкие брюки тёмные;
# пальто, пуловеры и сумки светлые).

# %% [markdown] lang="es"
# ## ¿Cuántas imágenes hay de cada clase?
#
# Una GAN sin etiquetas aprende las clases en proporción a su frecuencia, así que un conjunto
# de datos desequilibrado daría un generador desequilibrado. La celda siguiente las cuenta.
# Después, la tabla da el valor medio de los píxeles de cada clase, una primera pista de
# cuánto difieren las clases en cómo llenan el encuadre: las sandalias, las zapatillas y los pantalones, que son
# finos, quedan oscuros; los abrigos, los jerséis y los bolsos, claros.

# %%
# NBVAL_CHECK_OUTPUT
train_counts = np.bincount(y_train, minlength=10)
test_counts = np.bincount(y_test, minlength=10)
if len(set(train_counts)) == 1 and len(set(test_counts)) == 1:
    print(say("balanced", train=int(train_counts[0]), test=int(test_counts[0])))
else:
    print(say("unbalanced", train=list(train_counts), test=list(test_counts)))
print()
print(f"{label('class', LANG):14s} {say('mean_pixel_header'):>20s}")
for k, name in enumerate(NAMES):
    print(f"{name:14s} {fmt('{x:>20.1f}', LANG, x=x_train[y_train == k].mean())}")

# %% [markdown] lang="en"
# ## Pixel statistics
#
# What does a typical pixel look like? A histogram of all $60{,}000 \times 784 \approx 47$
# million pixel values answers that. There are only 256 possible values, so we count each one
# with `np.bincount` (class by class, to keep memory low); the 256 counts are all we need for
# the mean and the standard deviation too:
#
# $$
# \mu = \frac{1}{N}\sum_{v=0}^{255} v\, c_v, \qquad
# \sigma^2 = \frac{1}{N}\sum_{v=0}^{255} v^2 c_v - \mu^2 ,
# $$
#
# where $c_v$ is the number of pixels with value $v$ and $N = \sum_v c_v$.

# %% [markdown] lang="ru"
# ## Статистика пикселей
#
# Как выглядит типичный пиксель? Ответ даст гистограмма всех
# $60\,000 \times 784 \approx 47$ миллионов значений. Возможных значений всего 256, поэтому мы
# просто пересчитываем каждое с помощью `np.bincount` (по классам, чтобы не тратить лишнюю
# память); этих 256 чисел хватает и для среднего, и для стандартного отклонения:
#
# $$
# \mu = \frac{1}{N}\sum_{v=0}^{255} v\, c_v, \qquad
# \sigma^2 = \frac{1}{N}\sum_{v=0}^{255} v^2 c_v - \mu^2 ,
# $$
#
# где $c_v$ — число пикселей со значением $v$, а $N = \sum_v c_v$.

# %% [markdown] lang="es"
# ## Estadísticas de los píxeles
#
# ¿Cómo es un píxel típico? Lo dice un histograma de los $60.000 \times 784 \approx 47$
# millones de valores. Solo hay 256 valores posibles, así que contamos cada uno con
# `np.bincount` (clase a clase, para ahorrar memoria); esos 256 recuentos bastan también para
# la media y la desviación típica:
#
# $$
# \mu = \frac{1}{N}\sum_{v=0}^{255} v\, c_v, \qquad
# \sigma^2 = \frac{1}{N}\sum_{v=0}^{255} v^2 c_v - \mu^2 ,
# $$
#
# donde $c_v$ es el número de píxeles con valor $v$ y $N = \sum_v c_v$.

# %%
# NBVAL_CHECK_OUTPUT
values = np.arange(256)
counts = sum(np.bincount(x_train[y_train == k].ravel(), minlength=256) for k in range(10))
n_pixels = counts.sum()
mean = (values * counts).sum() / n_pixels
std = np.sqrt((values**2 * counts).sum() / n_pixels - mean**2)
print(say("n_pixels", n=int(n_pixels)))
print(say("stats", mean=mean, std=std, mean01=mean / 255, std01=std / 255))
print(say("black_white", zeros=counts[0] / n_pixels, whites=counts[255] / n_pixels))

# %%
fig, ax = plt.subplots(figsize=(8, 3.2))
sns.histplot(x=values, weights=counts / n_pixels, bins=64, ax=ax)
ax.set_yscale("log")
ax.set_xlabel(label("pixel_value", LANG))
ax.set_ylabel(say("share"))
ax.set_title(say("pixels", n=len(x_train)))
fig.tight_layout()
plt.show()

# %% [markdown] lang="en"
# Half of all pixels are exactly black: the background. The rest spreads over the whole range
# with a bump of bright values, the fabric. A generator must learn both: a clean, flat
# background and textured garments. Averaging each class gives its "typical silhouette"; the
# blurrier a mean image, the more the shapes inside the class vary.

# %% [markdown] lang="ru"
# Половина всех пикселей — в точности чёрные: это фон. Остальные разбросаны по всему диапазону с
# горбом в светлой части — это ткань. Генератору придётся выучить и то и другое: чистый ровный
# фон и вещи с фактурой. Если усреднить изображения каждого класса, получится его «типичный
# силуэт»; чем размытее среднее изображение, тем сильнее различаются формы внутри класса.

# %% [markdown] lang="es"
# La mitad de los píxeles son negro puro: el fondo. El resto se reparte por todo el rango, con
# un pico de valores claros: la tela. Un generador tiene que aprender ambas cosas: un fondo
# limpio y uniforme y prendas con textura. Si promediamos cada clase obtenemos su «silueta
# típica»; cuanto más borrosa la imagen media, más varían las formas dentro de la clase.

# %%
mean_images = np.stack([x_train[y_train == k].mean(axis=0) for k in range(10)])
fig = show_gallery(np.rint(mean_images).astype(np.uint8), NAMES, ncols=5, scale=1.6)
fig.suptitle(say("mean_images"), y=1.02)
plt.show()

# %% [markdown] lang="en"
# ## Scaling to [-1, 1], and why
#
# Neural networks train best on inputs of order one, centred near zero, so we rescale the
# pixels. The generators of this series end with a $\tanh$ activation, whose outputs lie in
# $(-1, 1)$; for the discriminator's job to make sense, real images must live in the same range
# as generated ones. Hence
#
# $$
# x_{scaled} = \frac{x - 127.5}{127.5} \in [-1, 1] ,
# \qquad
# x = \operatorname{round}(127.5\, x_{scaled} + 127.5) .
# $$
#
# `ganlib.data.to_float` does the first step (and adds the channel axis the convolutional
# models expect), `ganlib.data.to_uint8` the second, for display. Why a $\tanh$ output at all?
# It is bounded, so the generator can never leave the pixel range, and the DCGAN authors
# observed that a bounded output lets the model learn quickly to saturate and cover the
# range of gray levels of the data. Compared with the sigmoid's $(0, 1)$, $\tanh$ is
# zero-centred, like the scaled data, and steeper (slope 1 at the origin instead of 1/4).
# And the background, the most common pixel, sits at $-1$, in $\tanh$'s flat tail: any
# large negative pre-activation gives (almost) pure black, so a clean background is easy.

# %% [markdown] lang="ru"
# ## Масштабирование в [-1, 1] и зачем оно нужно
#
# Нейросети лучше всего обучаются на входах порядка единицы с центром около нуля, поэтому
# пиксели мы масштабируем. Генераторы в этом курсе заканчиваются активацией $\tanh$, значения
# которой лежат в $(-1, 1)$; чтобы задача дискриминатора имела смысл, настоящие изображения
# должны лежать в том же диапазоне, что и сгенерированные. Отсюда
#
# $$
# x_{scaled} = \frac{x - 127{,}5}{127{,}5} \in [-1, 1] ,
# \qquad
# x = \operatorname{round}(127{,}5\, x_{scaled} + 127{,}5) .
# $$
#
# `ganlib.data.to_float` делает первый шаг (и добавляет ось канала, которую ждут свёрточные
# модели), `ganlib.data.to_uint8` — второй, для отображения. Зачем вообще $\tanh$ на выходе? Она
# ограничена, так что генератор никогда не выйдет за диапазон пикселей, а авторы DCGAN заметили,
# что с ограниченным выходом модель быстрее учится доходить до насыщения и покрывать весь
# диапазон оттенков серого в данных. В отличие от сигмоиды с её $(0, 1)$, $\tanh$ центрирована
# в нуле, как и масштабированные данные, и круче (наклон 1 в нуле против 1/4). А фон — самый
# частый пиксель — оказывается в $-1$, на пологом хвосте $\tanh$: любой большой отрицательный
# вход активации даёт (почти) чистый чёрный, так что ровный фон получить легко.

# %% [markdown] lang="es"
# ## Escalar a [-1, 1], y por qué
#
# Las redes neuronales aprenden mejor con entradas de orden uno y centradas cerca de cero, así
# que reescalamos los píxeles. Los generadores de la serie terminan con una activación $\tanh$,
# cuyas salidas están en $(-1, 1)$; para que la tarea del discriminador tenga sentido, las
# imágenes reales deben estar en el mismo rango que las generadas. De ahí
#
# $$
# x_{scaled} = \frac{x - 127{,}5}{127{,}5} \in [-1, 1] ,
# \qquad
# x = \operatorname{round}(127{,}5\, x_{scaled} + 127{,}5) .
# $$
#
# `ganlib.data.to_float` hace el primer paso (y añade el eje de canal que esperan los modelos
# convolucionales) y `ganlib.data.to_uint8`, el segundo, para mostrar las imágenes. ¿Y por qué
# una salida $\tanh$? Está acotada, así que el generador nunca se sale del rango de los
# píxeles, y los autores de DCGAN observaron que con una salida acotada el modelo aprende
# antes a saturarse y a cubrir toda la gama de grises de los datos. Frente al $(0, 1)$ de la
# sigmoide, $\tanh$ está centrada en cero, como los datos escalados, y tiene más pendiente (1
# en el origen frente a 1/4). Y el fondo, el píxel más frecuente, queda en $-1$, en la cola
# plana de $\tanh$: cualquier preactivación muy negativa da negro (casi) puro, así que un
# fondo limpio sale fácil.

# %%
# NBVAL_CHECK_OUTPUT
sample = x_train[:1000]
scaled = to_float(sample)
print(f"to_float: {sample.shape} {sample.dtype} -> {scaled.shape} {scaled.dtype}")
print(say("scaled_range", lo=scaled.min(), hi=scaled.max(), mean=scaled.mean()))
print(say("round_trip", same=yes_no(np.array_equal(to_uint8(scaled)[..., 0], sample))))

# %%
a = np.linspace(-4, 4, 200)
fig, ax = plt.subplots(figsize=(6, 3.2))
ax.axhspan(-1, 1, color="tab:green", alpha=0.12, label=say("range"))
ax.plot(a, np.tanh(a), label=r"$\tanh(a)$")
ax.plot(a, 1 / (1 + np.exp(-a)), ls="--", label=r"$\sigma(a)$")
ax.set_xlabel(say("input") + " $a$")
ax.set_title(say("activations"))
ax.grid(alpha=0.3)
ax.legend(fontsize=8)
fig.tight_layout()
plt.show()

# %% [markdown] lang="en"
# ## The input pipeline
#
# During training, the GAN asks for one batch of real images per step, tens of thousands of
# times. The textbook way to build that stream with `tf.data` is four calls:
#
# * `from_tensor_slices`: one element per image (here the images already scaled to $[-1, 1]$);
# * `shuffle(N)`: a shuffle buffer as large as the data set, so every epoch is a full random
#   permutation, and a new one each time the data set is iterated again;
# * `batch(B, drop_remainder=True)`: full batches only, so every step has the same shape and
#   TensorFlow traces the training step only once;
# * `prefetch(AUTOTUNE)`: the next batch is prepared while the current one trains.

# %% [markdown] lang="ru"
# ## Конвейер входных данных
#
# Во время обучения GAN на каждом шаге запрашивает мини-батч настоящих изображений — и так десятки
# тысяч раз. Хрестоматийный способ построить такой поток на `tf.data` — четыре вызова:
#
# * `from_tensor_slices`: по элементу на изображение (здесь — уже масштабированное в $[-1, 1]$);
# * `shuffle(N)`: буфер перемешивания размером с весь набор данных, так что каждая эпоха —
#   полная случайная перестановка, и при каждом новом проходе по набору — новая;
# * `batch(B, drop_remainder=True)`: только полные батчи, поэтому форма на каждом шаге
#   одинакова, и TensorFlow трассирует шаг обучения лишь один раз;
# * `prefetch(AUTOTUNE)`: следующий батч готовится, пока обучается текущий.

# %% [markdown] lang="es"
# ## La canalización de entrada
#
# Durante el entrenamiento, la GAN pide un lote (*batch*) de imágenes reales en cada paso, decenas de
# miles de veces. La forma de manual de construir ese flujo con `tf.data` son cuatro llamadas:
#
# * `from_tensor_slices`: un elemento por imagen (aquí, las imágenes ya escaladas a $[-1, 1]$);
# * `shuffle(N)`: un búfer de barajado tan grande como el conjunto de datos, así que cada época
#   es una permutación aleatoria completa, y una nueva cada vez que se vuelve a recorrer;
# * `batch(B, drop_remainder=True)`: solo lotes completos, así que todos los pasos tienen la
#   misma forma y TensorFlow traza el paso de entrenamiento una sola vez;
# * `prefetch(AUTOTUNE)`: el lote siguiente se prepara mientras se entrena el actual (precarga).

# %%
def plain_dataset(images, batch_size, seed):
    return (
        tf.data.Dataset.from_tensor_slices(to_float(images))  # (N, 28, 28, 1) float32 in [-1, 1]
        .shuffle(len(images), seed=seed)  # buffer = whole data set: a full shuffle, a new one every epoch
        .batch(batch_size, drop_remainder=True)
        .prefetch(tf.data.AUTOTUNE)
    )


plain = plain_dataset(x_train, BATCH_SIZE, SEED)
plain_epoch_0 = next(iter(plain)).numpy()  # every new iterator is a new epoch, in a new order
plain_epoch_1 = next(iter(plain)).numpy()
restarted = next(iter(plain_dataset(x_train, BATCH_SIZE, SEED))).numpy()  # what a restarted program sees

# %% [markdown] lang="en"
# This works, and for a classifier it is all one needs. It has one flaw for long GAN runs,
# which are interrupted (a Colab session ends, a laptop sleeps) and resumed from a checkpoint.
# The shuffle order comes from a random state that lives in the running program: a restarted
# program that rebuilds the pipeline with the same seed starts again at **epoch 0's** order,
# whatever epoch the checkpoint was at. The resumed run then sees other batches than an
# uninterrupted run would have seen, and the two runs are no longer the same experiment.
#
# So the series uses its own pipeline, `ganlib.data.make_dataset`, written out below. Its one
# idea: **the order of epoch $e$ is a function of `(seed, e)` alone**. The stream is built from
# a counter of epochs, `Dataset.counter(start_epoch)`; for every epoch number,
# `tf.random.experimental.stateless_shuffle` draws a permutation of the indices from the seed
# pair `(seed, epoch)` (a *stateless* random op: same seed, same result, no hidden state), and
# `flat_map` turns each epoch's permutation into its batches of indices. A resumed run just
# starts the counter at its epoch. Two more differences from the plain version:
#
# * the images stay in memory as one `uint8` tensor (47 MB), and each batch is gathered and
#   scaled to $[-1, 1]$ on the fly (`map(gather)`), so the pipeline never holds a 188 MB
#   `float32` copy of the data set, let alone a second one in a shuffle buffer;
# * the stream is endless, one epoch after another; `fit()` cuts it into epochs with
#   `steps_per_epoch = len(images) // batch_size`.

# %% [markdown] lang="ru"
# Это работает, и классификатору больше ничего не нужно. Для долгого обучения GAN у такого
# конвейера один недостаток: обучение прерывается (сессия Colab закончилась, ноутбук уснул) и
# продолжается с контрольной точки. Порядок перемешивания берётся из случайного состояния,
# которое хранится в запущенной программе: перезапущенная программа, заново собравшая конвейер с
# тем же зерном, снова начинает с порядка **эпохи 0**, на какой бы эпохе ни была сделана
# контрольная точка. Возобновлённое обучение видит не те батчи, что увидело бы непрерывное, и
# два запуска перестают быть одним и тем же экспериментом.
#
# Поэтому в курсе свой конвейер — `ganlib.data.make_dataset`, он целиком приведён ниже. Его
# главная идея: **порядок эпохи $e$ зависит только от `(seed, e)`**. Поток строится из
# счётчика эпох `Dataset.counter(start_epoch)`; для каждого номера эпохи
# `tf.random.experimental.stateless_shuffle` выдаёт перестановку индексов по паре зёрен
# `(seed, epoch)` (это операция *без состояния*: то же зерно — тот же результат, никакого
# скрытого состояния), а `flat_map` превращает перестановку каждой эпохи в её батчи индексов.
# Возобновлённому обучению достаточно запустить счётчик со своей эпохи. Ещё два отличия от
# простого варианта:
#
# * изображения хранятся в памяти одним тензором `uint8` (47 МБ), а каждый батч собирается и
#   масштабируется в $[-1, 1]$ на лету (`map(gather)`), так что конвейер никогда не хранит
#   копию набора в `float32` (188 МБ), не говоря уже о второй копии в буфере перемешивания;
# * поток бесконечен, эпоха за эпохой; `fit()` нарезает его на эпохи с помощью
#   `steps_per_epoch = len(images) // batch_size`.

# %% [markdown] lang="es"
# Esto funciona, y a un clasificador no le hace falta más. Para los entrenamientos largos de una
# GAN tiene un defecto: se interrumpen (se acaba la sesión de Colab, el portátil se suspende) y
# se reanudan desde un punto de control. El orden del barajado sale de un estado aleatorio que
# se guarda en el programa en ejecución: un programa reiniciado que reconstruye la canalización con
# la misma semilla vuelve a empezar por el orden de la **época 0**, sea cual sea la época del
# punto de control. La ejecución reanudada ve entonces lotes distintos de los que habría visto
# una sin interrupciones, y las dos dejan de ser el mismo experimento.
#
# Por eso la serie usa su propia canalización, `ganlib.data.make_dataset`, escrita abajo entera.
# Su idea central: **el orden de la época $e$ depende solo de `(seed, e)`**. El flujo se
# construye a partir de un contador de épocas, `Dataset.counter(start_epoch)`; para cada número
# de época, `tf.random.experimental.stateless_shuffle` genera una permutación de los índices a
# partir del par de semillas `(seed, epoch)` (una operación aleatoria *sin estado*: misma
# semilla, mismo resultado, sin estado oculto), y `flat_map` convierte la permutación de cada
# época en sus lotes de índices. A una ejecución reanudada le basta con arrancar el contador en
# su época. Otras dos diferencias con la versión sencilla:
#
# * las imágenes se guardan en memoria como un único tensor `uint8` (47 MB), y cada lote se
#   reúne y se escala a $[-1, 1]$ sobre la marcha (`map(gather)`), así que la canalización nunca
#   guarda una copia `float32` de todo el conjunto (188 MB), y menos aún una segunda en un búfer
#   de barajado;
# * el flujo no tiene fin, una época tras otra; `fit()` lo corta en épocas con
#   `steps_per_epoch = len(images) // batch_size`.

# %%
def make_dataset(
    images: np.ndarray,
    batch_size: int = 256,
    *,
    labels: np.ndarray | None = None,
    seed: int = 0,
    start_epoch: int = 0,
):
    """An endless tf.data pipeline of batches scaled to [-1, 1]; the order of epoch e depends on (seed, e) only."""
    import tensorflow as tf

    images = check_images(images)  # uint8, (N, 28, 28) or (N, 28, 28, 1), or a clear error
    if not isinstance(batch_size, int) or batch_size <= 0:
        raise ValueError(f"batch_size must be a positive integer, got {batch_size!r}")
    if batch_size > len(images):
        raise ValueError(f"batch_size {batch_size} is larger than the {len(images)} images")
    n = len(images)
    pixels = tf.constant(images[..., None])  # all images, uint8, in memory once
    targets = tf.constant(np.asarray(labels, dtype=np.int32)) if labels is not None else None

    def epoch_batches(epoch):  # the batches of indices of one epoch
        order = tf.random.experimental.stateless_shuffle(
            tf.range(n), seed=tf.stack([tf.cast(seed, tf.int64), epoch])  # a permutation drawn from (seed, epoch)
        )
        return tf.data.Dataset.from_tensor_slices(order).batch(batch_size, drop_remainder=True)

    def gather(index):  # indices -> images scaled to [-1, 1] (and their labels)
        batch = (tf.cast(tf.gather(pixels, index), tf.float32) - 127.5) / 127.5
        return batch if targets is None else (batch, tf.gather(targets, index))

    return (
        tf.data.Dataset.counter(start_epoch)  # 0, 1, 2, ... (or from start_epoch)
        .flat_map(epoch_batches)
        .map(gather, num_parallel_calls=tf.data.AUTOTUNE)
        .prefetch(tf.data.AUTOTUNE)
    )


# %% [markdown] lang="en"
# This function is `ganlib.data.make_dataset`, line for line (the test suite checks it), and it
# is what `ganlib.train.train` feeds to `fit()` in notebooks 3–7. Let us check that both
# pipelines give the same kind of batches, that our copy gives exactly ganlib's batches, time
# one epoch of each, and test the property the series needs: a stream started at epoch 1 is
# exactly epoch 1 of an uninterrupted stream.

# %% [markdown] lang="ru"
# Эта функция — `ganlib.data.make_dataset`, строка в строку (это проверяют тесты); именно её
# `ganlib.train.train` передаёт в `fit()` в блокнотах 3–7. Проверим, что оба конвейера дают
# одинаковые по виду батчи, что наша копия выдаёт в точности батчи ganlib, засечём время одной
# эпохи каждого и проверим свойство, ради которого всё затевалось: поток, запущенный с эпохи 1,
# в точности совпадает с эпохой 1 непрерывного потока.

# %% [markdown] lang="es"
# Esta función es `ganlib.data.make_dataset`, línea por línea (lo comprueban las pruebas), y es
# la que `ganlib.train.train` pasa a `fit()` en los cuadernos 3–7. Comprobemos que las dos
# canalizaciones dan lotes del mismo tipo, que nuestra copia da exactamente los lotes de
# ganlib, cronometremos una época de cada una y pongamos a prueba la propiedad que necesita la
# serie: un flujo que arranca en la época 1 es exactamente la época 1 de un flujo sin
# interrupciones.

# %%
dataset = make_dataset(x_train, BATCH_SIZE, seed=SEED)
steps_per_epoch = len(x_train) // BATCH_SIZE
batch = next(iter(dataset)).numpy()
again = next(iter(make_dataset(x_train, BATCH_SIZE, seed=SEED))).numpy()
other_seed = next(iter(make_dataset(x_train, BATCH_SIZE, seed=SEED + 1))).numpy()
from_ganlib = next(iter(ganlib.data.make_dataset(x_train, BATCH_SIZE, seed=SEED))).numpy()

stream = iter(dataset)
for _ in range(steps_per_epoch):  # skip epoch 0 of an uninterrupted stream
    next(stream)
epoch_1 = next(stream).numpy()
resumed = next(iter(make_dataset(x_train, BATCH_SIZE, seed=SEED, start_epoch=1))).numpy()

epoch_seconds = {}
for name, pipeline in [("plain", plain), ("ours", dataset)]:
    start = time.perf_counter()
    for _ in pipeline.take(steps_per_epoch):
        pass
    epoch_seconds[name] = seconds = time.perf_counter() - start
    print(say("epoch_time", name=say(name), n=steps_per_epoch, s=seconds, ips=steps_per_epoch * BATCH_SIZE / seconds))
ratio = epoch_seconds["plain"] / epoch_seconds["ours"]
print(say("faster", ratio=ratio) if ratio >= 1 else say("slower", ratio=1 / ratio))

# %%
# NBVAL_CHECK_OUTPUT
for name, first in [(say("plain"), plain_epoch_0), (say("ours"), batch)]:
    print(say("batch_line", name=name, shape=first.shape, dtype=first.dtype, lo=first.min(), hi=first.max()))
print(say("same_spec", same=yes_no(plain.element_spec == dataset.element_spec)), "·", dataset.element_spec)
print(say("steps", n=steps_per_epoch, d=len(x_train) - steps_per_epoch * BATCH_SIZE))
print(say("copy_same", same=yes_no(np.array_equal(batch, from_ganlib))))
print(say("same_seed", same=yes_no(np.array_equal(batch, again))))
print(say("other_seed", same=yes_no(np.array_equal(batch, other_seed))))
print(say("plain_epochs", same=yes_no(np.array_equal(plain_epoch_0, plain_epoch_1))))
print(say("plain_restart", same=yes_no(np.array_equal(restarted, plain_epoch_0))))
print(say("resume", same=yes_no(np.array_equal(resumed, epoch_1))))

# %%
show_images(batch[:32], title=say("batch", n=BATCH_SIZE), ncols=8, scale=0.6)
plt.show()

# %% [markdown] lang="en"
# Both pipelines give batches of the same shape, type and range. Their speeds vary from run to
# run (the plain one refills its 60,000-image shuffle buffer at the start of every epoch), and
# on a CPU either is far faster than the GAN steps that consume the batches (a few thousand
# images per second in notebook 3). Rebuilding the plain
# pipeline does not continue where an interrupted run stopped; `make_dataset(start_epoch=1)`
# does, to the last image. The batch holds images of every class in random order, already
# scaled to $[-1, 1]$; `show_images` maps them back to $[0, 255]$ for display. This is exactly
# what the discriminator sees as "real" in notebooks 3–7.
#
# ## Summary
#
# * Fashion-MNIST: 60,000 + 10,000 grayscale images, $28 \times 28$, `uint8`, ten perfectly
#   balanced classes; `ganlib.data.load_fashion_mnist()` loads it (offline: `GANLIB_DATA_DIR`;
#   from TensorFlow Datasets: `source="tfds"`).
# * Half the pixels are pure black background; mean $\approx 72.9$, standard deviation
#   $\approx 90.0$ on the 0–255 scale. Classes overlap in shape (tops, footwear), which is
#   where generators first get confused.
# * The images are scaled to $[-1, 1]$, the output range of the generator's $\tanh$, with
#   `to_float`; `to_uint8` maps them back exactly.
# * The textbook pipeline is `from_tensor_slices(x).shuffle(N).batch(B).prefetch(AUTOTUNE)`.
#   The series' `make_dataset` keeps the images in memory as `uint8`, draws the order of every
#   epoch from `(seed, epoch)` alone, so a resumed run sees exactly the batches of an
#   uninterrupted one, drops the incomplete batch and prefetches.
#
# ## Exercises
#
# 1. Which two classes have the most similar mean images? Compute the Euclidean distance
#    between every pair of mean images and check your guess.
#
#    <details><summary>Solution</summary>
#
#    ```python
#    d = np.sqrt(((mean_images[:, None] - mean_images[None]) ** 2).sum(axis=(2, 3)))
#    np.fill_diagonal(d, np.inf)
#    i, j = np.unravel_index(d.argmin(), d.shape)
#    print(NAMES[i], NAMES[j], d[i, j])
#    ```
#
#    Pullover and Coat (distance about 637 gray levels over the 784 pixels), followed by
#    Pullover–Shirt and Coat–Shirt: the tops that notebook 3's generator blurs together.
#
#    </details>
#
# 2. Plot the pixel histogram of the *test* set on top of the training one. Do the two splits
#    have the same pixel distribution? Why does that matter when we later compare generated
#    images with real ones?
#
#    <details><summary>Solution</summary>
#
#    Count with `np.bincount(x_test.ravel(), minlength=256)` and draw both shares with
#    `ax.plot(values, counts / counts.sum())` on a log scale. The curves lie on top of each
#    other: the test mean is about 73.3 and its standard deviation about 90.3 (72.9 and 90.0 for
#    the training set), and 50.2% of the pixels are black in both. It matters because notebook 6
#    measures generated images against the *test* images: if the splits differed, even the
#    training images would look "wrong" to the metric.
#
#    </details>
#
# 3. Change `BATCH_SIZE` to 100 and to 1000. How many steps per epoch, how many images
#    dropped, and how does the speed (images per second) change?
#
#    <details><summary>Solution</summary>
#
#    100: 600 steps and 1000: 60 steps; 60,000 is a multiple of both, so no image is dropped
#    (with 256: 234 steps, 96 dropped). Larger batches usually give more images per second,
#    because the fixed cost of each step is shared by more images; the exact numbers depend on
#    your machine and vary between runs.
#
#    </details>
#
# 4. `to_float` maps 0 to exactly $-1$ and 255 to exactly $1$. What would a generator with a
#    sigmoid output have to do differently, and what would have to change in the data scaling?
#
#    <details><summary>Solution</summary>
#
#    A sigmoid outputs $(0, 1)$, so the real images would have to be scaled to $[0, 1]$,
#    $x / 255$, and mapped back with $255\,x$; otherwise the discriminator could tell real from
#    generated by the sign of the pixels alone. The black background would then sit at 0, in
#    the sigmoid's flat tail, just as it sits at $-1$ for $\tanh$; what changes is the centring
#    (the data mean would be about 0.29 instead of about $-0.43$) and the slope, which is smaller.
#
#    </details>
#
# 5. `make_dataset(..., labels=y_train)` yields `(images, labels)` pairs. Take the first batch
#    of 256 and count its labels with `np.bincount(labels, minlength=10)`. How far from 25.6
#    per class are the counts? Would a small shuffle buffer, `shuffle(1000)` in the plain
#    pipeline, give a less even mix?
#
#    <details><summary>Solution</summary>
#
#    A random batch of 256 has about $256 \cdot 0.1 \cdot 0.9 \approx 23$ as the variance of
#    each count, so counts between roughly 16 and 36 are normal. The training file is not sorted
#    by class, so even a 1000-image buffer mixes the classes well here; it would not for a file
#    sorted by label.
#
#    </details>

# %% [markdown] lang="ru"
# Оба конвейера дают батчи одной формы, типа и диапазона. Их скорость меняется от запуска к
# запуску (простой конвейер в начале каждой эпохи заново заполняет буфер перемешивания на
# 60 000 изображений), и на CPU любой из них намного быстрее шагов GAN, которые потребляют батчи
# (несколько тысяч изображений в секунду в блокноте 3). Заново собранный простой конвейер не
# продолжает с того места, где остановилось прерванное обучение, а `make_dataset(start_epoch=1)`
# продолжает — до последнего изображения. Батч содержит
# изображения всех классов вперемешку, уже масштабированные в $[-1, 1]$; `show_images`
# переводит их обратно в $[0, 255]$ для отображения. Именно это дискриминатор видит как
# «настоящее» в блокнотах 3–7.
#
# ## Итоги
#
# * Fashion-MNIST: 60 000 + 10 000 изображений $28 \times 28$ в оттенках серого, `uint8`,
#   десять идеально сбалансированных классов; загружаются через
#   `ganlib.data.load_fashion_mnist()` (без интернета — через `GANLIB_DATA_DIR`; из TensorFlow
#   Datasets — с `source="tfds"`).
# * Половина пикселей — чисто чёрный фон; среднее $\approx 72{,}9$, стандартное отклонение
#   $\approx 90{,}0$ по шкале 0–255. Классы похожи по форме (вещи для верха — футболки,
#   рубашки, пуловеры, пальто; обувь) — на них генераторы и путаются в первую очередь.
# * Изображения масштабируются в $[-1, 1]$ — диапазон выхода $\tanh$ у генератора — функцией
#   `to_float`; `to_uint8` точно возвращает их обратно.
# * Хрестоматийный конвейер — `from_tensor_slices(x).shuffle(N).batch(B).prefetch(AUTOTUNE)`.
#   `make_dataset` из курса хранит изображения в памяти в `uint8`, выводит порядок каждой эпохи
#   только из `(seed, epoch)`, так что возобновлённое обучение видит ровно те же батчи, что и
#   непрерывное, отбрасывает неполный батч и делает предвыборку.
#
# ## Упражнения
#
# 1. У каких двух классов самые похожие средние изображения? Посчитайте евклидово расстояние
#    между всеми парами средних изображений и проверьте догадку.
#
#    <details><summary>Решение</summary>
#
#    ```python
#    d = np.sqrt(((mean_images[:, None] - mean_images[None]) ** 2).sum(axis=(2, 3)))
#    np.fill_diagonal(d, np.inf)
#    i, j = np.unravel_index(d.argmin(), d.shape)
#    print(NAMES[i], NAMES[j], d[i, j])
#    ```
#
#    Пуловер и пальто (расстояние около 637 градаций серого по 784 пикселям), за ними пары
#    пуловер — рубашка и пальто — рубашка: те самые вещи для верха, которые генератор из
#    блокнота 3 сливает воедино.
#
#    </details>
#
# 2. Нарисуйте гистограмму пикселей *тестовой* выборки поверх обучающей. Одинаково ли
#    распределены пиксели в двух выборках? Почему это важно, когда мы потом будем сравнивать
#    сгенерированные изображения с настоящими?
#
#    <details><summary>Решение</summary>
#
#    Посчитайте `np.bincount(x_test.ravel(), minlength=256)` и нарисуйте обе доли через
#    `ax.plot(values, counts / counts.sum())` в логарифмической шкале. Кривые совпадают:
#    среднее тестовой выборки около 73,3, стандартное отклонение около 90,3 (у обучающей —
#    72,9 и 90,0), и в обеих чёрные 50,2 % пикселей. Это важно, потому что в блокноте 6
#    сгенерированные изображения сравниваются именно с *тестовыми*: если бы выборки
#    различались, метрика сочла бы «неправильными» даже обучающие изображения.
#
#    </details>
#
# 3. Задайте `BATCH_SIZE` равным 100 и 1000. Сколько получается шагов за эпоху, сколько
#    изображений отбрасывается и как меняется пропускная способность (изображений в секунду)?
#
#    <details><summary>Решение</summary>
#
#    100 — 600 шагов, 1 000 — 60 шагов; 60 000 делится на оба числа, так что ничего не
#    отбрасывается (при 256 — 234 шага и 96 отброшенных изображений). Чем больше батч, тем
#    обычно больше изображений в секунду: постоянные накладные расходы шага делятся на большее
#    число изображений. Точные числа зависят от машины и меняются от запуска к запуску.
#
#    </details>
#
# 4. `to_float` переводит 0 ровно в $-1$, а 255 — ровно в $1$. Что пришлось бы изменить
#    генератору с сигмоидой на выходе и что — в масштабировании данных?
#
#    <details><summary>Решение</summary>
#
#    Сигмоида выдаёт значения в $(0, 1)$, поэтому настоящие изображения пришлось бы
#    масштабировать в $[0, 1]$, $x / 255$, а обратно — умножением на 255; иначе дискриминатор
#    отличал бы настоящие изображения от сгенерированных по одному знаку пикселей. Чёрный фон
#    тогда оказался бы в 0, на пологом хвосте сигмоиды, — так же, как в $-1$ у $\tanh$; меняются
#    центрирование (среднее данных было бы около 0,29 вместо примерно $-0{,}43$) и наклон:
#    у сигмоиды он меньше.
#
#    </details>
#
# 5. `make_dataset(..., labels=y_train)` выдаёт пары `(images, labels)`. Возьмите первый батч
#    из 256 изображений и посчитайте метки через `np.bincount(labels, minlength=10)`. Насколько
#    числа отличаются от 25,6 на класс? Дал бы маленький буфер, `shuffle(1000)` в простом
#    конвейере, менее ровную смесь?
#
#    <details><summary>Решение</summary>
#
#    У случайного батча из 256 изображений дисперсия каждого счётчика около
#    $256 \cdot 0{,}1 \cdot 0{,}9 \approx 23$, так что значения примерно от 16 до 36 — норма.
#    Обучающий файл не отсортирован по классам, поэтому здесь даже буфер на 1 000 изображений
#    хорошо перемешивает классы; для файла, отсортированного по меткам, это было бы не так.
#
#    </details>

# %% [markdown] lang="es"
# Las dos canalizaciones dan lotes de la misma forma, tipo y rango. Su velocidad varía de una
# ejecución a otra (la sencilla vuelve a llenar su búfer de barajado de 60.000 imágenes al
# principio de cada época), y en una CPU las dos son mucho más rápidas que los pasos de la GAN que
# consumen los lotes (unos pocos miles de imágenes por segundo en el cuaderno 3).
# Reconstruir la canalización sencilla no continúa donde se detuvo una ejecución interrumpida;
# `make_dataset(start_epoch=1)` sí, hasta la última imagen. El lote contiene imágenes de todas
# las clases en orden aleatorio, ya escaladas a $[-1, 1]$; `show_images` las devuelve a
# $[0, 255]$ para mostrarlas. Esto es exactamente lo que el discriminador ve como «real» en los
# cuadernos 3–7.
#
# ## Resumen
#
# * Fashion-MNIST: 60.000 + 10.000 imágenes en escala de grises de $28 \times 28$, en `uint8`,
#   con diez clases perfectamente equilibradas; `ganlib.data.load_fashion_mnist()` las carga
#   (sin conexión: `GANLIB_DATA_DIR`; desde TensorFlow Datasets: `source="tfds"`).
# * La mitad de los píxeles son fondo negro puro; media $\approx 72{,}9$ y desviación típica
#   $\approx 90{,}0$ en la escala 0–255. Las clases se parecen en la forma (prendas de arriba,
#   calzado), y ahí es donde los generadores se confunden primero.
# * Las imágenes se escalan a $[-1, 1]$, el rango de salida de la $\tanh$ del generador, con
#   `to_float`; `to_uint8` las recupera exactamente.
# * La canalización de manual es `from_tensor_slices(x).shuffle(N).batch(B).prefetch(AUTOTUNE)`.
#   La `make_dataset` de la serie guarda las imágenes en memoria como `uint8`, saca el orden de
#   cada época solo de `(seed, epoch)`, de modo que una ejecución reanudada ve exactamente los
#   lotes de una sin interrupciones, descarta el lote incompleto y hace precarga.
#
# ## Ejercicios
#
# 1. ¿Qué dos clases tienen las imágenes medias más parecidas? Calcula la distancia euclídea
#    entre cada par de imágenes medias y comprueba tu intuición.
#
#    <details><summary>Solución</summary>
#
#    ```python
#    d = np.sqrt(((mean_images[:, None] - mean_images[None]) ** 2).sum(axis=(2, 3)))
#    np.fill_diagonal(d, np.inf)
#    i, j = np.unravel_index(d.argmin(), d.shape)
#    print(NAMES[i], NAMES[j], d[i, j])
#    ```
#
#    Jersey y abrigo (distancia de unos 637 niveles de gris sobre los 784 píxeles), seguidos de
#    jersey–camisa y abrigo–camisa: las prendas de arriba que el generador del cuaderno 3
#    funde en una sola.
#
#    </details>
#
# 2. Dibuja el histograma de píxeles del conjunto de *prueba* encima del de entrenamiento.
#    ¿Tienen las dos particiones la misma distribución de píxeles? ¿Por qué importa cuando más
#    adelante comparemos imágenes generadas con imágenes reales?
#
#    <details><summary>Solución</summary>
#
#    Cuenta con `np.bincount(x_test.ravel(), minlength=256)` y dibuja las dos fracciones con
#    `ax.plot(values, counts / counts.sum())` en escala logarítmica. Las curvas se superponen:
#    la media de prueba es de unos 73,3 y su desviación típica de unos 90,3 (72,9 y 90,0 en
#    entrenamiento), y en ambas el 50,2 % de los píxeles son negros. Importa porque el
#    cuaderno 6 mide las imágenes generadas frente a las de *prueba*: si las particiones
#    difirieran, hasta las imágenes de entrenamiento parecerían «incorrectas» a la métrica.
#
#    </details>
#
# 3. Cambia `BATCH_SIZE` a 100 y a 1000. ¿Cuántos pasos por época salen, cuántas imágenes se
#    descartan y cómo cambia la velocidad (imágenes por segundo)?
#
#    <details><summary>Solución</summary>
#
#    Con 100, 600 pasos, y con 1000, 60 pasos; 60.000 es múltiplo de ambos, así que no se
#    descarta ninguna imagen (con 256: 234 pasos y 96 descartadas). Con lotes más grandes suele
#    haber más imágenes por segundo, porque el coste fijo de cada paso se reparte entre más
#    imágenes; las cifras exactas dependen de tu máquina y varían entre ejecuciones.
#
#    </details>
#
# 4. `to_float` lleva el 0 exactamente a $-1$ y el 255 exactamente a $1$. ¿Qué tendría que
#    hacer distinto un generador con salida sigmoide y qué habría que cambiar en el escalado?
#
#    <details><summary>Solución</summary>
#
#    La sigmoide da valores en $(0, 1)$, así que habría que escalar las imágenes reales a
#    $[0, 1]$, $x / 255$, y volver con $255\,x$; si no, el discriminador distinguiría lo real de
#    lo generado solo por el signo de los píxeles. El fondo negro quedaría en 0, en la cola plana
#    de la sigmoide, igual que queda en $-1$ con $\tanh$; lo que cambia es el centrado (la media
#    de los datos sería de unos 0,29 en lugar de unos $-0{,}43$) y la pendiente, que es menor.
#
#    </details>
#
# 5. `make_dataset(..., labels=y_train)` da pares `(images, labels)`. Toma el primer lote de 256
#    y cuenta sus etiquetas con `np.bincount(labels, minlength=10)`. ¿Cuánto se alejan los
#    recuentos de 25,6 por clase? ¿Daría un búfer pequeño, `shuffle(1000)` en la canalización
#    sencilla, una mezcla menos uniforme?
#
#    <details><summary>Solución</summary>
#
#    En un lote aleatorio de 256, cada recuento tiene una varianza de unos
#    $256 \cdot 0{,}1 \cdot 0{,}9 \approx 23$, así que valores entre 16 y 36, más o menos, son
#    normales. El archivo de entrenamiento no está ordenado por clase, así que aquí incluso un
#    búfer de 1000 imágenes mezcla bien las clases; no sería así con un archivo ordenado por
#    etiqueta.
#
#    </details>
