# %% [markdown] lang="en"
# # 2 · Data: Fashion-MNIST up close
#
# *Shapes, classes, pixel statistics, scaling to [-1, 1] for a tanh generator, and the `tf.data` input pipeline that feeds every GAN of the series.* · ⏱ ~20 s on a 2-core CPU; no GPU needed
#
# {{badges}}

# %% [markdown] lang="ru"
# # 2 · Данные: Fashion-MNIST вблизи
#
# *Размеры, классы, статистика пикселей, масштабирование в [-1, 1] под генератор с tanh и конвейер входных данных на `tf.data`, который питает все GAN курса.* · ⏱ ~20 с на CPU с 2 ядрами; GPU не нужен
#
# {{badges}}

# %% [markdown] lang="es"
# # 2 · Datos: Fashion-MNIST de cerca
#
# *Dimensiones, clases, estadísticas de los píxeles, el escalado a [-1, 1] para un generador con tanh y la canalización de datos de `tf.data` que alimenta todas las GAN de la serie.* · ⏱ ~20 s en una CPU de 2 núcleos; no hace falta GPU
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
# (it uses that loader, which downloads the files once into `~/.keras/datasets/`).
#
# > **Offline?** Put the four files (`train-images-idx3-ubyte.gz` and friends) in a folder and
# > point `ganlib` at it with the environment variable `GANLIB_DATA_DIR=/path/to/folder` or
# > with `load_fashion_mnist(data_dir=...)`. Without the files and without internet, the
# > loader stops with one error message that explains both options.
#
# GANs only need the training images; we look at the test split too, just to compare.
# Cells marked `# NBVAL_CHECK_OUTPUT` print numbers that never change: the test suite checks
# them against the stored output.

# %% [markdown] lang="ru"
# ## Загружаем данные
#
# GAN выучивает распределение своих обучающих изображений — и ничего больше, поэтому данные
# стоит хорошо узнать до того, как что-то обучать. **Fashion-MNIST** (Xiao, Rasul & Vollgraf,
# 2017) — это фотографии товаров Zalando: 60 000 обучающих и 10 000 тестовых изображений
# $28 \times 28$ пикселей, 8-битные оттенки серого, десять классов.
#
# `ganlib.data.load_fashion_mnist()` возвращает `(x_train, y_train), (x_test, y_test)` в виде
# массивов NumPy типа `uint8` — так же, как штатный `keras.datasets.fashion_mnist.load_data()`
# (он им и пользуется, а тот один раз скачивает файлы в `~/.keras/datasets/`).
#
# > **Нет интернета?** Положите четыре файла (`train-images-idx3-ubyte.gz` и остальные) в
# > папку и укажите её `ganlib` через переменную окружения `GANLIB_DATA_DIR=/путь/к/папке` или
# > аргументом `load_fashion_mnist(data_dir=...)`. Если нет ни файлов, ни интернета, загрузчик
# > остановится с одним сообщением об ошибке, где описаны оба способа.
#
# Для GAN нужны только обучающие изображения; тестовые мы посмотрим лишь для сравнения.
# Ячейки с пометкой `# NBVAL_CHECK_OUTPUT` печатают числа, которые никогда не меняются: тесты
# сверяют их с сохранённым выводом.

# %% [markdown] lang="es"
# ## Cargar los datos
#
# Una GAN aprende la distribución de sus imágenes de entrenamiento y nada más, así que conviene
# conocerlas bien antes de entrenar nada. **Fashion-MNIST** (Xiao, Rasul y Vollgraf, 2017) es
# un conjunto de fotos de productos de Zalando: 60 000 imágenes de entrenamiento y 10 000 de
# prueba, de $28 \times 28$ píxeles, en escala de grises de 8 bits y diez clases.
#
# `ganlib.data.load_fashion_mnist()` devuelve `(x_train, y_train), (x_test, y_test)` como
# arrays de NumPy de tipo `uint8`, igual que `keras.datasets.fashion_mnist.load_data()` (de
# hecho usa ese cargador, que descarga los archivos una sola vez en `~/.keras/datasets/`).
#
# > **¿Sin conexión?** Copia los cuatro archivos (`train-images-idx3-ubyte.gz` y compañía) en
# > una carpeta e indícasela a `ganlib` con la variable de entorno
# > `GANLIB_DATA_DIR=/ruta/a/la/carpeta` o con `load_fashion_mnist(data_dir=...)`. Sin archivos
# > y sin internet, el cargador se detiene con un único mensaje de error que explica las dos
# > opciones.
#
# Las GAN solo necesitan las imágenes de entrenamiento; miramos también las de prueba solo
# para comparar. Las celdas marcadas con `# NBVAL_CHECK_OUTPUT` imprimen números que nunca
# cambian: las pruebas los comparan con la salida guardada.

# %%
import matplotlib.pyplot as plt
import numpy as np
import seaborn as sns

from ganlib.data import load_fashion_mnist, make_dataset, to_float, to_uint8
from ganlib.i18n import class_names, label
from ganlib.plots import show_classes, show_gallery, show_images

TEXT = {
    "en": {
        "train": "train", "test": "test", "split": "split", "per_class": "Images per class",
        "pixels": "Pixel values of the 60,000 training images", "share": "share of pixels (log scale)",
        "mean_images": "Mean image per class", "range": "range of the scaled data",
        "activations": "Output activations of a generator", "input": "pre-activation",
        "batch": "One batch from the pipeline (first 32 of {n})", "mean": "mean", "std": "std",
        "zeros": "black pixels (value 0)", "whites": "white pixels (255)", "memory": "memory taken by x_train",
        "mean_pixel": "mean pixel", "n_pixels": "pixels", "unit": "on a 0–1 scale", "range_short": "range",
        "epoch_time": "one epoch: {n} batches in {s:.2f} s ({ips:,.0f} images/s)",
        "steps": "steps per epoch: {n} (the last {d} images of each shuffled epoch are dropped)",
        "same_seed": "same seed, same first batch:    ", "other_seed": "another seed, same first batch: ",
    },
    "ru": {
        "train": "обучающая", "test": "тестовая", "split": "выборка", "per_class": "Изображений в классе",
        "pixels": "Яркость пикселей 60 000 обучающих изображений", "share": "доля пикселей (лог. шкала)",
        "mean_images": "Среднее изображение класса", "range": "диапазон масштабированных данных",
        "activations": "Выходная активация генератора", "input": "вход активации",
        "batch": "Один батч из конвейера (первые 32 из {n})", "mean": "среднее", "std": "ст. откл.",
        "zeros": "чёрные пиксели (значение 0)", "whites": "белые пиксели (255)", "memory": "память под x_train",
        "mean_pixel": "ср. яркость", "n_pixels": "пикселей", "unit": "по шкале 0–1", "range_short": "диапазон",
        "epoch_time": "одна эпоха: батчей — {n}, время — {s:.2f} с ({ips:,.0f} изображений/с)",
        "steps": "шагов за эпоху: {n} (в каждой перемешанной эпохе отбрасывается хвост из {d} изображений)",
        "same_seed": "то же зерно — тот же первый батч:  ", "other_seed": "другое зерно — тот же первый батч: ",
    },
    "es": {
        "train": "entrenamiento", "test": "prueba", "split": "partición", "per_class": "Imágenes por clase",
        "pixels": "Valores de los píxeles de las 60 000 imágenes de entrenamiento", "share": "fracción de píxeles (escala log.)",
        "mean_images": "Imagen media de cada clase", "range": "rango de los datos escalados",
        "activations": "Activación de salida de un generador", "input": "preactivación",
        "batch": "Un lote de la canalización (las 32 primeras de {n})", "mean": "media", "std": "desv. típ.",
        "zeros": "píxeles negros (valor 0)", "whites": "píxeles blancos (255)", "memory": "memoria que ocupa x_train",
        "mean_pixel": "píxel medio", "n_pixels": "píxeles", "unit": "en escala 0–1", "range_short": "rango",
        "epoch_time": "una época: {n} lotes en {s:.2f} s ({ips:,.0f} imágenes/s)",
        "steps": "pasos por época: {n} (se descartan las últimas {d} imágenes de cada época barajada)",
        "same_seed": "misma semilla, mismo primer lote: ", "other_seed": "otra semilla, mismo primer lote:   ",
    },
}[LANG]
NAMES = class_names(LANG)

(x_train, y_train), (x_test, y_test) = load_fashion_mnist()

# %%
# NBVAL_CHECK_OUTPUT
for name, array in [("x_train", x_train), ("y_train", y_train), ("x_test", x_test), ("y_test", y_test)]:
    print(f"{name:8s} shape={str(array.shape):16s} dtype={array.dtype}  min={array.min():3d}  max={array.max():3d}")
print(f"{TEXT['memory']}: {x_train.nbytes / 2**20:.1f} MiB")

# %% [markdown] lang="en"
# Images are `(N, 28, 28)` arrays of integers from 0 (black) to 255 (white), labels integers
# from 0 to 9. The whole training set takes under 50 MiB as `uint8`, small enough to keep in
# memory, which the input pipeline at the end of this notebook does.
#
# ## The ten classes
#
# The labels are just numbers; `ganlib.i18n.class_names(LANG)` gives their names in the
# language of this notebook.

# %% [markdown] lang="ru"
# Изображения — массивы `(N, 28, 28)` целых чисел от 0 (чёрный) до 255 (белый), метки — целые
# числа от 0 до 9. Вся обучающая выборка в `uint8` занимает меньше 50 МиБ — достаточно мало,
# чтобы держать её в памяти целиком; именно так и поступает конвейер входных данных в конце
# блокнота.
#
# ## Десять классов
#
# Метки — просто числа; `ganlib.i18n.class_names(LANG)` возвращает их названия на языке этого
# блокнота.

# %% [markdown] lang="es"
# Las imágenes son arrays `(N, 28, 28)` de enteros de 0 (negro) a 255 (blanco), y las
# etiquetas, enteros de 0 a 9. Todo el conjunto de entrenamiento ocupa menos de 50 MiB en
# `uint8`, lo bastante poco para tenerlo entero en memoria, que es justo lo que hace la
# canalización de datos de entrada (*pipeline*) del final del cuaderno.
#
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
# рубашек, пуловеров и пальто общий силуэт, у сандалий, кроссовок и ботильонов — подошва.
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
# imbalanced data set would give an imbalanced generator. Fashion-MNIST is perfectly balanced.
# The last column is each class's mean pixel value, a first hint of how differently the
# classes fill the frame (sandals, sneakers and thin trousers are dark; coats, pullovers and
# bags are bright).

# %% [markdown] lang="ru"
# ## Сколько изображений в каждом классе?
#
# GAN без меток выучивает классы пропорционально тому, как часто они встречаются, поэтому
# несбалансированный набор данных дал бы несбалансированный генератор. Fashion-MNIST
# сбалансирован идеально. Последний столбец — средняя яркость пикселя в классе: первый намёк на
# то, насколько по-разному классы заполняют кадр (сандалии, кроссовки и тонкие брюки тёмные;
# пальто, пуловеры и сумки светлые).

# %% [markdown] lang="es"
# ## ¿Cuántas imágenes hay de cada clase?
#
# Una GAN sin etiquetas aprende las clases en proporción a su frecuencia, así que un conjunto
# de datos desequilibrado daría un generador desequilibrado. Fashion-MNIST está perfectamente
# equilibrado. La última columna es el valor medio de los píxeles de cada clase, una primera
# pista de lo distinto que llenan el encuadre (sandalias, zapatillas y pantalones, finos, son
# oscuros; abrigos, jerséis y bolsos, claros).

# %%
# NBVAL_CHECK_OUTPUT
train_counts = np.bincount(y_train, minlength=10)
test_counts = np.bincount(y_test, minlength=10)
print(f"{label('class', LANG):14s} {TEXT['train']:>14s} {TEXT['test']:>10s} {TEXT['mean_pixel']:>12s}")
for k, name in enumerate(NAMES):
    print(f"{name:14s} {train_counts[k]:14d} {test_counts[k]:10d} {x_train[y_train == k].mean():12.1f}")

# %%
fig, ax = plt.subplots(figsize=(9, 3.5))
sns.barplot(
    x=list(NAMES) * 2,
    y=np.concatenate([train_counts, test_counts]),
    hue=[TEXT["train"]] * 10 + [TEXT["test"]] * 10,
    ax=ax,
)
ax.set_ylabel(label("count", LANG))
ax.set_title(TEXT["per_class"])
ax.tick_params(axis="x", rotation=30)
ax.set_ylim(0, 7500)
ax.legend(title=TEXT["split"], ncol=2, loc="upper right")
fig.tight_layout()
plt.show()

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
# ¿Cómo es un píxel típico? Lo dice un histograma de los $60\,000 \times 784 \approx 47$
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
print(f"{TEXT['n_pixels']}: {n_pixels:,}")
print(f"{TEXT['mean']} = {mean:.2f}   {TEXT['std']} = {std:.2f}   ({TEXT['unit']}: {mean / 255:.4f} ± {std / 255:.4f})")
print(f"{TEXT['zeros']}: {counts[0] / n_pixels:.1%}   {TEXT['whites']}: {counts[255] / n_pixels:.2%}")

# %%
fig, ax = plt.subplots(figsize=(8, 3.2))
sns.histplot(x=values, weights=counts / n_pixels, bins=64, ax=ax)
ax.set_yscale("log")
ax.set_xlabel(label("pixel_value", LANG))
ax.set_ylabel(TEXT["share"])
ax.set_title(TEXT["pixels"])
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
# una joroba de valores claros: la tela. Un generador tiene que aprender ambas cosas: un fondo
# limpio y uniforme y prendas con textura. Si promediamos cada clase obtenemos su «silueta
# típica»; cuanto más borrosa la imagen media, más varían las formas dentro de la clase.

# %%
mean_images = np.stack([x_train[y_train == k].mean(axis=0) for k in range(10)])
fig = show_gallery(np.rint(mean_images).astype(np.uint8), NAMES, ncols=5, scale=1.6)
fig.suptitle(TEXT["mean_images"], y=1.02)
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
# должны жить в том же диапазоне, что и сгенерированные. Отсюда
#
# $$
# x_{scaled} = \frac{x - 127.5}{127.5} \in [-1, 1] ,
# \qquad
# x = \operatorname{round}(127.5\, x_{scaled} + 127.5) .
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
# imágenes reales deben vivir en el mismo rango que las generadas. De ahí
#
# $$
# x_{scaled} = \frac{x - 127.5}{127.5} \in [-1, 1] ,
# \qquad
# x = \operatorname{round}(127.5\, x_{scaled} + 127.5) .
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
print(f"{TEXT['range_short']}: [{scaled.min():.1f}, {scaled.max():.1f}]   {TEXT['mean']}: {scaled.mean():+.3f}")
print("to_uint8(to_float(x)) == x:", np.array_equal(to_uint8(scaled)[..., 0], sample))

# %%
a = np.linspace(-4, 4, 200)
fig, ax = plt.subplots(figsize=(6, 3.2))
ax.axhspan(-1, 1, color="tab:green", alpha=0.12, label=TEXT["range"])
ax.plot(a, np.tanh(a), label=r"$\tanh(a)$")
ax.plot(a, 1 / (1 + np.exp(-a)), ls="--", label=r"$\sigma(a)$")
ax.set_xlabel(TEXT["input"] + " $a$")
ax.set_title(TEXT["activations"])
ax.grid(alpha=0.3)
ax.legend(fontsize=8)
fig.tight_layout()
plt.show()

# %% [markdown] lang="en"
# ## The input pipeline
#
# During training, the GAN asks for one batch of real images per step, tens of thousands of
# times. `ganlib.data.make_dataset(images, batch_size, seed=...)` builds that stream with
# `tf.data`:
#
# * **cached**: the `uint8` images are copied into memory once, as one tensor (47 MB). Nothing
#   is read from disk or decoded again, and scaling to $[-1, 1]$ happens batch by batch, so we
#   never hold a 188 MB `float32` copy of the whole set;
# * **shuffled**: each epoch visits the images in a new random order, drawn from
#   `(seed, epoch)` alone. A run resumed from a checkpoint at epoch $e$ therefore sees exactly
#   the batches an uninterrupted run would have seen;
# * **batched**: `len(images) // batch_size` full batches per epoch. The incomplete last batch
#   is dropped, so every step has the same shape and TensorFlow traces the training step only
#   once;
# * **prefetched**: the next batch is gathered and scaled while the current one trains.
#
# The stream is endless (one epoch after another); `fit()` cuts it into epochs with
# `steps_per_epoch = len(images) // batch_size`.

# %% [markdown] lang="ru"
# ## Конвейер входных данных
#
# Во время обучения GAN на каждом шаге запрашивает батч настоящих изображений — и так десятки
# тысяч раз. `ganlib.data.make_dataset(images, batch_size, seed=...)` строит этот поток на
# `tf.data`:
#
# * **кэширование**: изображения `uint8` один раз копируются в память одним тензором (47 МБ).
#   Ничего не читается с диска и не декодируется повторно, а масштабирование в $[-1, 1]$ идёт
#   батч за батчем, так что копию всего набора в `float32` (188 МБ) мы никогда не держим;
# * **перемешивание**: каждая эпоха проходит изображения в новом случайном порядке, который
#   зависит только от `(seed, epoch)`. Поэтому запуск, возобновлённый с контрольной точки на
#   эпохе $e$, видит ровно те же батчи, что и непрерывный;
# * **разбиение на батчи**: `len(images) // batch_size` полных батчей за эпоху. Неполный
#   последний батч отбрасывается, поэтому форма на каждом шаге одинакова, и TensorFlow
#   трассирует шаг обучения лишь один раз;
# * **предвыборка**: следующий батч собирается и масштабируется, пока обучается текущий.
#
# Поток бесконечен (эпоха за эпохой); `fit()` нарезает его на эпохи с помощью
# `steps_per_epoch = len(images) // batch_size`.

# %% [markdown] lang="es"
# ## La canalización de datos de entrada
#
# Durante el entrenamiento, la GAN pide un lote de imágenes reales en cada paso, decenas de
# miles de veces. `ganlib.data.make_dataset(images, batch_size, seed=...)` construye ese flujo
# con `tf.data`:
#
# * **en caché**: las imágenes `uint8` se copian a memoria una sola vez, como un único tensor
#   (47 MB). No se vuelve a leer del disco ni a decodificar nada, y el escalado a $[-1, 1]$ se
#   hace lote a lote, así que nunca guardamos una copia `float32` de todo el conjunto (188 MB);
# * **barajado**: cada época recorre las imágenes en un orden aleatorio nuevo que depende solo
#   de `(seed, epoch)`. Por eso una ejecución reanudada desde un punto de control en la época
#   $e$ ve exactamente los mismos lotes que una ejecución sin interrupciones;
# * **por lotes**: `len(images) // batch_size` lotes completos por época. El último lote
#   incompleto se descarta, así que todos los pasos tienen la misma forma y TensorFlow traza el
#   paso de entrenamiento una sola vez;
# * **con precarga** (*prefetch*): el siguiente lote se reúne y se escala mientras se entrena
#   el actual.
#
# El flujo no tiene fin (una época tras otra); `fit()` lo corta en épocas con
# `steps_per_epoch = len(images) // batch_size`.

# %%
import time

dataset = make_dataset(x_train, BATCH_SIZE, seed=SEED)
steps_per_epoch = len(x_train) // BATCH_SIZE
batches = iter(dataset)
batch = next(batches).numpy()
again = next(iter(make_dataset(x_train, BATCH_SIZE, seed=SEED))).numpy()
other_seed = next(iter(make_dataset(x_train, BATCH_SIZE, seed=SEED + 1))).numpy()

start = time.perf_counter()
for _ in range(steps_per_epoch - 1):  # the rest of the first epoch
    next(batches)
seconds = time.perf_counter() - start
print(TEXT["epoch_time"].format(n=steps_per_epoch, s=seconds, ips=(steps_per_epoch - 1) * BATCH_SIZE / seconds))

# %%
# NBVAL_CHECK_OUTPUT
print(dataset.element_spec)
print(f"batch: shape={batch.shape} dtype={batch.dtype} min={batch.min():.1f} max={batch.max():.1f}")
print(TEXT["steps"].format(n=steps_per_epoch, d=len(x_train) - steps_per_epoch * BATCH_SIZE))
print(TEXT["same_seed"], np.array_equal(batch, again))
print(TEXT["other_seed"], np.array_equal(batch, other_seed))

# %%
show_images(batch[:32], title=TEXT["batch"].format(n=BATCH_SIZE), ncols=8, scale=0.6)
plt.show()

# %% [markdown] lang="en"
# The batch holds images of every class in random order, already scaled to $[-1, 1]$;
# `show_images` maps them back to $[0, 255]$ for display. This is exactly what the
# discriminator sees as "real" in notebooks 3–7.
#
# ## Summary
#
# * Fashion-MNIST: 60,000 + 10,000 grayscale images, $28 \times 28$, `uint8`, ten perfectly
#   balanced classes; `ganlib.data.load_fashion_mnist()` loads it (offline: `GANLIB_DATA_DIR`).
# * Half the pixels are pure black background; mean $\approx 72.9$, standard deviation
#   $\approx 90.0$ on the 0–255 scale. Classes overlap in shape (tops, footwear), which is
#   where generators first get confused.
# * The images are scaled to $[-1, 1]$, the output range of the generator's $\tanh$, with
#   `to_float`; `to_uint8` maps them back exactly.
# * `make_dataset` keeps the images in memory as `uint8`, shuffles them per epoch from the seed
#   (reproducible, resumable), drops the incomplete batch and prefetches.
#
# ## Exercises
#
# 1. Which two classes have the most similar mean images? Compute the Euclidean distance
#    between every pair of mean images and check your guess.
# 2. Plot the pixel histogram of the *test* set on top of the training one. Do the two splits
#    have the same pixel distribution? Why does that matter when we later compare generated
#    images with real ones?
# 3. Change `BATCH_SIZE` to 100 and to 1000. How many steps per epoch, how many images
#    dropped, and how does the throughput change?
# 4. `to_float` maps 0 to exactly $-1$ and 255 to exactly $1$. What would a generator with a
#    sigmoid output have to do differently, and what would have to change in the data scaling?
# 5. Take two batches from `make_dataset(x_train, 256, seed=0, start_epoch=1)`. Are they the
#    same as the first two batches of epoch 1 of an uninterrupted stream? (Hint: skip
#    `steps_per_epoch` batches of the stream that starts at epoch 0.)

# %% [markdown] lang="ru"
# Батч содержит изображения всех классов вперемешку, уже масштабированные в $[-1, 1]$;
# `show_images` переводит их обратно в $[0, 255]$ для отображения. Именно это дискриминатор
# видит как «настоящее» в блокнотах 3–7.
#
# ## Итоги
#
# * Fashion-MNIST: 60 000 + 10 000 чёрно-белых изображений $28 \times 28$ в `uint8`, десять
#   идеально сбалансированных классов; загружаются через `ganlib.data.load_fashion_mnist()`
#   (без интернета — через `GANLIB_DATA_DIR`).
# * Половина пикселей — чисто чёрный фон; среднее $\approx 72{,}9$, стандартное отклонение
#   $\approx 90{,}0$ по шкале 0–255. Классы похожи по форме (верхняя одежда, обувь) — на них
#   генераторы и путаются в первую очередь.
# * Изображения масштабируются в $[-1, 1]$ — диапазон выхода $\tanh$ у генератора — функцией
#   `to_float`; `to_uint8` точно возвращает их обратно.
# * `make_dataset` держит изображения в памяти в `uint8`, перемешивает их в каждой эпохе по
#   зерну (воспроизводимо и с возможностью продолжить обучение), отбрасывает неполный батч и
#   делает предвыборку.
#
# ## Упражнения
#
# 1. У каких двух классов самые похожие средние изображения? Посчитайте евклидово расстояние
#    между всеми парами средних изображений и проверьте догадку.
# 2. Нарисуйте гистограмму пикселей *тестовой* выборки поверх обучающей. Одинаково ли
#    распределены пиксели в двух выборках? Почему это важно, когда мы потом будем сравнивать
#    сгенерированные изображения с настоящими?
# 3. Задайте `BATCH_SIZE` равным 100 и 1000. Сколько получается шагов за эпоху, сколько
#    изображений отбрасывается и как меняется пропускная способность?
# 4. `to_float` переводит 0 ровно в $-1$, а 255 — ровно в $1$. Что пришлось бы изменить
#    генератору с сигмоидой на выходе и что — в масштабировании данных?
# 5. Возьмите два батча из `make_dataset(x_train, 256, seed=0, start_epoch=1)`. Совпадают ли они
#    с первыми двумя батчами эпохи 1 непрерывного потока? (Подсказка: пропустите
#    `steps_per_epoch` батчей потока, начинающегося с эпохи 0.)

# %% [markdown] lang="es"
# El lote contiene imágenes de todas las clases en orden aleatorio, ya escaladas a $[-1, 1]$;
# `show_images` las devuelve a $[0, 255]$ para mostrarlas. Esto es exactamente lo que el
# discriminador ve como «real» en los cuadernos 3–7.
#
# ## Resumen
#
# * Fashion-MNIST: 60 000 + 10 000 imágenes en escala de grises de $28 \times 28$, en `uint8`,
#   con diez clases perfectamente equilibradas; `ganlib.data.load_fashion_mnist()` las carga
#   (sin conexión: `GANLIB_DATA_DIR`).
# * La mitad de los píxeles son fondo negro puro; media $\approx 72{,}9$ y desviación típica
#   $\approx 90{,}0$ en la escala 0–255. Las clases se parecen en la forma (prendas de arriba,
#   calzado), y ahí es donde los generadores se confunden primero.
# * Las imágenes se escalan a $[-1, 1]$, el rango de salida de la $\tanh$ del generador, con
#   `to_float`; `to_uint8` las recupera exactamente.
# * `make_dataset` guarda las imágenes en memoria como `uint8`, las baraja en cada época a
#   partir de la semilla (reproducible y reanudable), descarta el lote incompleto y hace
#   precarga.
#
# ## Ejercicios
#
# 1. ¿Qué dos clases tienen las imágenes medias más parecidas? Calcula la distancia euclídea
#    entre cada par de imágenes medias y comprueba tu intuición.
# 2. Dibuja el histograma de píxeles del conjunto de *prueba* encima del de entrenamiento.
#    ¿Tienen las dos particiones la misma distribución de píxeles? ¿Por qué importa cuando más
#    adelante comparemos imágenes generadas con imágenes reales?
# 3. Cambia `BATCH_SIZE` a 100 y a 1000. ¿Cuántos pasos por época salen, cuántas imágenes se
#    descartan y cómo cambia el rendimiento?
# 4. `to_float` lleva el 0 exactamente a $-1$ y el 255 exactamente a $1$. ¿Qué tendría que
#    hacer distinto un generador con salida sigmoide y qué habría que cambiar en el escalado?
# 5. Toma dos lotes de `make_dataset(x_train, 256, seed=0, start_epoch=1)`. ¿Coinciden con los
#    dos primeros lotes de la época 1 de un flujo sin interrupciones? (Pista: sáltate
#    `steps_per_epoch` lotes del flujo que empieza en la época 0.)
