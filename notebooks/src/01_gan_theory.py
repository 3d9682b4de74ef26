# %% [markdown] lang="en"
# # 1 · GAN theory: a game between two networks
#
# *The minimax game, the optimal discriminator, the non-saturating loss, why training is unstable and what mode collapse looks like — on a toy GAN that trains in seconds.* · ⏱ ~40 s on a 2-core CPU; no GPU needed
#
# {{badges}}

# %% [markdown] lang="ru"
# # 1 · Теория GAN: игра двух сетей
#
# *Минимаксная игра, оптимальный дискриминатор, ненасыщающаяся функция потерь, почему обучение неустойчиво и как выглядит коллапс мод — на игрушечной GAN, которая обучается за секунды.* · ⏱ ~40 с на CPU с 2 ядрами; GPU не нужен
#
# {{badges}}

# %% [markdown] lang="es"
# # 1 · Teoría de las GAN: un juego entre dos redes
#
# *El juego minimax, el discriminador óptimo, la pérdida no saturante, por qué el entrenamiento es inestable y cómo se ve el colapso de modos, con una GAN de juguete que se entrena en segundos.* · ⏱ ~40 s en una CPU de 2 núcleos; no hace falta GPU
#
# {{badges}}

# %% tags=["parameters"] smoke={"STEPS": 150}
LANG = "en"
SEED = 1  # seeds the toy data, the noise and the initial weights
STEPS = 2000  # training steps of each toy GAN
BATCH_SIZE = 256
G_LEARNING_RATE = 1e-3  # Adam, generator
D_LEARNING_RATE = 1e-3  # Adam, discriminator
WIDTH = 128  # hidden units per layer of the discriminator and of the healthy generator
NARROW_WIDTH = 8  # hidden units per layer of the narrow generator that collapses

# %% [markdown] lang="en"
# ## The game
#
# Notebook 0 told the story of a forger and a detective. Goodfellow et al. (2014) wrote it
# as a **minimax game** between a discriminator $D$ and a generator $G$, with one
# **value function**:
#
# $$
# \min_G \max_D V(D, G) =
# \mathbb{E}_{x \sim p_{data}}\big[\log D(x)\big] +
# \mathbb{E}_{z \sim p_z}\big[\log\big(1 - D(G(z))\big)\big].
# $$
#
# * $p_{data}$ is the distribution of real images, $p_z$ the noise distribution (here
#   $\mathcal{N}(0, I)$), and $p_g$ the distribution of the generated samples $G(z)$.
# * The first term is large when $D$ calls real images real ($D(x) \to 1$), the second when
#   it calls generated images fake ($D(G(z)) \to 0$). $D$ **maximizes** $V$.
# * $G$ only appears in the second term and **minimizes** it: it wants $D(G(z)) \to 1$.
#
# In code, $V$ is a familiar loss in disguise. The **binary cross-entropy** of a prediction
# $p$ with label $y$ is $-y\log p - (1-y)\log(1-p)$, so "maximize $V$" is the same as
# "minimize the cross-entropy with label 1 on real images and label 0 on generated ones":
#
# $$
# L_D = -\log D(x) - \log\big(1 - D(G(z))\big).
# $$
#
# Training alternates: a gradient step for $D$ on a batch of real and a batch of generated
# images, then a gradient step for $G$ through the (now updated) $D$. We will write exactly
# that loop below; `ganlib.train.GAN` is the same loop, packaged.

# %% [markdown] lang="ru"
# ## Игра
#
# В блокноте 0 мы рассказывали про мошенника и детектива. Goodfellow et al. (2014) записали эту
# историю как **минимаксную игру** дискриминатора $D$ и генератора $G$ с одной общей
# **функцией ценности**:
#
# $$
# \min_G \max_D V(D, G) =
# \mathbb{E}_{x \sim p_{data}}\big[\log D(x)\big] +
# \mathbb{E}_{z \sim p_z}\big[\log\big(1 - D(G(z))\big)\big].
# $$
#
# * $p_{data}$ — распределение настоящих изображений, $p_z$ — распределение шума (у нас
#   $\mathcal{N}(0, I)$), $p_g$ — распределение сгенерированных примеров $G(z)$.
# * Первое слагаемое велико, когда $D$ признаёт настоящие изображения настоящими
#   ($D(x) \to 1$), второе — когда он распознаёт сгенерированные ($D(G(z)) \to 0$).
#   Дискриминатор **максимизирует** $V$.
# * Генератор входит только во второе слагаемое и **минимизирует** его: ему нужно
#   $D(G(z)) \to 1$.
#
# В коде за $V$ прячется хорошо знакомая функция потерь. **Бинарная перекрёстная энтропия**
# предсказания $p$ для метки $y$ равна $-y\log p - (1-y)\log(1-p)$, поэтому «максимизировать
# $V$» — то же самое, что «минимизировать перекрёстную энтропию с меткой 1 на настоящих
# изображениях и с меткой 0 на сгенерированных»:
#
# $$
# L_D = -\log D(x) - \log\big(1 - D(G(z))\big).
# $$
#
# Обучение идёт поочерёдно: шаг градиентного спуска для $D$ на батче настоящих и батче
# сгенерированных изображений, затем шаг для $G$ через уже обновлённый $D$. Ниже мы напишем
# именно такой цикл; `ganlib.train.GAN` — тот же цикл, только аккуратно упакованный.

# %% [markdown] lang="es"
# ## El juego
#
# En el cuaderno 0 contamos la historia del falsificador y el detective. Goodfellow et al.
# (2014) la formularon como un **juego minimax** entre un discriminador $D$ y un generador
# $G$, con una única **función de valor**:
#
# $$
# \min_G \max_D V(D, G) =
# \mathbb{E}_{x \sim p_{data}}\big[\log D(x)\big] +
# \mathbb{E}_{z \sim p_z}\big[\log\big(1 - D(G(z))\big)\big].
# $$
#
# * $p_{data}$ es la distribución de las imágenes reales, $p_z$ la del ruido (aquí
#   $\mathcal{N}(0, I)$) y $p_g$ la de las muestras generadas $G(z)$.
# * El primer término es grande cuando $D$ reconoce las imágenes reales ($D(x) \to 1$); el
#   segundo, cuando detecta las generadas ($D(G(z)) \to 0$). $D$ **maximiza** $V$.
# * $G$ solo aparece en el segundo término y lo **minimiza**: quiere que $D(G(z)) \to 1$.
#
# En el código, $V$ es una pérdida conocida disfrazada. La **entropía cruzada binaria** de
# una predicción $p$ con etiqueta $y$ vale $-y\log p - (1-y)\log(1-p)$, así que «maximizar
# $V$» equivale a «minimizar la entropía cruzada con etiqueta 1 en las imágenes reales y
# etiqueta 0 en las generadas»:
#
# $$
# L_D = -\log D(x) - \log\big(1 - D(G(z))\big).
# $$
#
# El entrenamiento alterna: un paso de gradiente para $D$ con un lote de imágenes reales y
# otro de generadas, y después un paso para $G$ a través del $D$ ya actualizado. Más abajo
# escribiremos exactamente ese bucle; `ganlib.train.GAN` es el mismo bucle, empaquetado.

# %%
import time

import matplotlib.pyplot as plt
import numpy as np

from ganlib.i18n import label  # importing ganlib first keeps TensorFlow's start-up log short

import keras
import tensorflow as tf
from keras import layers

TEXT = {
    "en": {
        "density": "density", "p_data": r"$p_{data}$ (real data)", "p_g": r"$p_g$ (generator)",
        "d_star": r"optimal discriminator $D^*(x)$", "half": "1/2",
        "d_of_g": r"$D(G(z))$", "early": "early in training",
        "saturating": r"saturating: $\log(1 - D(G(z)))$", "non_saturating": r"non-saturating: $-\log D(G(z))$",
        "g_loss": "generator loss (minimized)", "grad": "|gradient| w.r.t. the logit",
        "ring": "Real data: 8 Gaussians on a ring", "real": "real", "fake": "generated", "centre": "mode centres",
        "modes": "modes", "d_map": r"$D(x)$ = probability of “real”",
        "game": "The game, step by step (healthy generator, width {width})",
        "d_real": r"$D(x)$, real", "d_fake": r"$D(G(z))$, generated", "prob": "mean output of $D$",
        "equilibrium": "equilibrium", "simultaneous": "simultaneous updates", "alternating": "alternating updates",
        "bilinear": r"$\min_x \max_y \; xy$: gradient descent–ascent",
        "healthy": "healthy generator (width {width})", "narrow": "narrow generator (width {width})",
        "covered": "modes covered (of 8)", "near": "share of samples near a mode",
        "clueless": "(= -log 4: a clueless D)", "between": "between 0 and",
        "grad_print": "D(G(z)) = {d:.3f}:  |gradient| saturating = {s:.4f},  non-saturating = {n:.4f}",
        "run_print": "{steps} steps in {s:.1f} s; modes covered: {m}/8, share near a mode: {q:.2f}",
    },
    "ru": {
        "density": "плотность", "p_data": r"$p_{data}$ (данные)", "p_g": r"$p_g$ (генератор)",
        "d_star": r"оптимальный дискриминатор $D^*(x)$", "half": "1/2",
        "d_of_g": r"$D(G(z))$", "early": "начало обучения",
        "saturating": r"насыщающаяся: $\log(1 - D(G(z)))$", "non_saturating": r"ненасыщающаяся: $-\log D(G(z))$",
        "g_loss": "потери генератора (минимизируем)", "grad": "|градиент| по логиту",
        "ring": "Данные: 8 гауссиан на окружности", "real": "настоящие", "fake": "сгенерированные", "centre": "центры мод",
        "modes": "мод", "d_map": r"$D(x)$ — вероятность «настоящего»",
        "game": "Игра шаг за шагом (нормальный генератор, ширина {width})",
        "d_real": r"$D(x)$, настоящие", "d_fake": r"$D(G(z))$, сгенерированные", "prob": "средний выход $D$",
        "equilibrium": "равновесие", "simultaneous": "одновременные шаги", "alternating": "поочерёдные шаги",
        "bilinear": r"$\min_x \max_y \; xy$: градиентный спуск-подъём",
        "healthy": "нормальный генератор (ширина {width})", "narrow": "узкий генератор (ширина {width})",
        "covered": "покрыто мод (из 8)", "near": "доля точек рядом с модой",
        "clueless": "(= -log 4: D, который ничего не понимает)", "between": "от 0 до",
        "grad_print": "D(G(z)) = {d:.3f}:  |градиент| насыщающейся = {s:.4f},  ненасыщающейся = {n:.4f}",
        "run_print": "шагов: {steps}, время: {s:.1f} с; покрыто мод: {m}/8, доля точек рядом с модой: {q:.2f}",
    },
    "es": {
        "density": "densidad", "p_data": r"$p_{data}$ (datos reales)", "p_g": r"$p_g$ (generador)",
        "d_star": r"discriminador óptimo $D^*(x)$", "half": "1/2",
        "d_of_g": r"$D(G(z))$", "early": "inicio del entrenamiento",
        "saturating": r"saturante: $\log(1 - D(G(z)))$", "non_saturating": r"no saturante: $-\log D(G(z))$",
        "g_loss": "pérdida del generador (se minimiza)", "grad": "|gradiente| respecto al logit",
        "ring": "Datos reales: 8 gaussianas en un anillo", "real": "reales", "fake": "generados", "centre": "centros de los modos",
        "modes": "modos", "d_map": r"$D(x)$ = probabilidad de «real»",
        "game": "El juego paso a paso (generador sano, anchura {width})",
        "d_real": r"$D(x)$, reales", "d_fake": r"$D(G(z))$, generados", "prob": "salida media de $D$",
        "equilibrium": "equilibrio", "simultaneous": "actualizaciones simultáneas", "alternating": "actualizaciones alternas",
        "bilinear": r"$\min_x \max_y \; xy$: descenso-ascenso por gradiente",
        "healthy": "generador sano (anchura {width})", "narrow": "generador estrecho (anchura {width})",
        "covered": "modos cubiertos (de 8)", "near": "fracción de muestras cerca de un modo",
        "clueless": "(= -log 4: un D que no sabe nada)", "between": "entre 0 y",
        "grad_print": "D(G(z)) = {d:.3f}:  |gradiente| saturante = {s:.4f},  no saturante = {n:.4f}",
        "run_print": "{steps} pasos en {s:.1f} s; modos cubiertos: {m}/8, fracción cerca de un modo: {q:.2f}",
    },
}[LANG]

# %% [markdown] lang="en"
# ## The optimal discriminator
#
# Fix the generator and ask: which $D$ maximizes $V$? Writing the expectations as integrals,
#
# $$
# V(D, G) = \int \Big[\, p_{data}(x) \log D(x) + p_g(x) \log\big(1 - D(x)\big) \Big]\, dx .
# $$
#
# $D$ can choose its value at every $x$ independently, and for $a, b > 0$ the function
# $y \mapsto a \log y + b \log(1 - y)$ peaks where its derivative $a/y - b/(1-y)$ is zero,
# at $y = a / (a + b)$. Hence the **optimal discriminator**
#
# $$
# D^*_G(x) = \frac{p_{data}(x)}{p_{data}(x) + p_g(x)} .
# $$
#
# It is 1 where only real data lives, 0 where only the generator puts mass, and exactly
# $1/2$ wherever the two densities agree. Put $D^*_G$ back into $V$ and divide both
# denominators by 2 (which costs $\log 2$ per term):
#
# $$
# \max_D V(D, G) = -\log 4
# + \mathrm{KL}\Big(p_{data} \,\Big\|\, \tfrac{p_{data} + p_g}{2}\Big)
# + \mathrm{KL}\Big(p_g \,\Big\|\, \tfrac{p_{data} + p_g}{2}\Big)
# = -\log 4 + 2\, \mathrm{JSD}(p_{data} \,\|\, p_g),
# $$
#
# where $\mathrm{KL}$ is the Kullback–Leibler divergence and $\mathrm{JSD}$ the
# **Jensen–Shannon divergence**, a symmetric distance-like quantity between $0$ and
# $\log 2$ that is zero only when the two distributions are equal. So, *against a perfect
# detective*, the generator minimizes the Jensen–Shannon divergence to the data, and the
# game's only equilibrium is $p_g = p_{data}$, where $D^* \equiv 1/2$ and $V = -\log 4$.
#
# Two caveats we will meet again: in practice $D$ is never optimal (it gets a few gradient
# steps, not an argmax), and when $p_{data}$ and $p_g$ barely overlap, the JSD is stuck at
# $\log 2$ and gives the generator no useful direction. WGAN-GP, later in the series,
# replaces it with a distance that does not saturate.
#
# Let's check the formulas numerically in one dimension, with a two-bump "real" density and
# a one-bump generator.

# %% [markdown] lang="ru"
# ## Оптимальный дискриминатор
#
# Зафиксируем генератор и спросим: при каком $D$ функция $V$ максимальна? Если записать
# математические ожидания как интегралы,
#
# $$
# V(D, G) = \int \Big[\, p_{data}(x) \log D(x) + p_g(x) \log\big(1 - D(x)\big) \Big]\, dx .
# $$
#
# Значение $D$ в каждой точке $x$ можно выбирать независимо, а функция
# $y \mapsto a \log y + b \log(1 - y)$ при $a, b > 0$ достигает максимума там, где производная
# $a/y - b/(1-y)$ обращается в ноль, то есть при $y = a / (a + b)$. Отсюда **оптимальный
# дискриминатор**
#
# $$
# D^*_G(x) = \frac{p_{data}(x)}{p_{data}(x) + p_g(x)} .
# $$
#
# Он равен 1 там, где есть только настоящие данные, 0 там, где есть только сгенерированные, и
# ровно $1/2$ всюду, где плотности совпадают. Подставим $D^*_G$ обратно в $V$ и поделим оба
# знаменателя на 2 (каждое слагаемое при этом «стоит» $\log 2$):
#
# $$
# \max_D V(D, G) = -\log 4
# + \mathrm{KL}\Big(p_{data} \,\Big\|\, \tfrac{p_{data} + p_g}{2}\Big)
# + \mathrm{KL}\Big(p_g \,\Big\|\, \tfrac{p_{data} + p_g}{2}\Big)
# = -\log 4 + 2\, \mathrm{JSD}(p_{data} \,\|\, p_g),
# $$
#
# где $\mathrm{KL}$ — дивергенция Кульбака — Лейблера, а $\mathrm{JSD}$ — **дивергенция
# Йенсена — Шеннона**: симметричная мера различия распределений со значениями от $0$ до
# $\log 2$, равная нулю только для совпадающих распределений. Значит, *против идеального
# детектива* генератор минимизирует дивергенцию Йенсена — Шеннона до данных, и единственное
# равновесие игры — $p_g = p_{data}$, где $D^* \equiv 1/2$ и $V = -\log 4$.
#
# Две оговорки, к которым мы ещё вернёмся. На практике $D$ никогда не бывает оптимальным: он
# делает несколько шагов градиентного спуска, а не находит точный максимум. А когда $p_{data}$ и
# $p_g$ почти не пересекаются, JSD застревает на $\log 2$ и не подсказывает генератору, куда
# двигаться. WGAN-GP, который появится позже, заменяет её расстоянием, которое не насыщается.
#
# Проверим формулы численно в одномерном случае: «настоящая» плотность с двумя горбами и
# генератор с одним.

# %% [markdown] lang="es"
# ## El discriminador óptimo
#
# Fijemos el generador y preguntemos: ¿qué $D$ maximiza $V$? Si escribimos las esperanzas
# como integrales,
#
# $$
# V(D, G) = \int \Big[\, p_{data}(x) \log D(x) + p_g(x) \log\big(1 - D(x)\big) \Big]\, dx .
# $$
#
# $D$ puede elegir su valor en cada $x$ por separado, y para $a, b > 0$ la función
# $y \mapsto a \log y + b \log(1 - y)$ alcanza su máximo donde se anula su derivada
# $a/y - b/(1-y)$, es decir, en $y = a / (a + b)$. De ahí sale el **discriminador óptimo**
#
# $$
# D^*_G(x) = \frac{p_{data}(x)}{p_{data}(x) + p_g(x)} .
# $$
#
# Vale 1 donde solo hay datos reales, 0 donde solo pone masa el generador y exactamente $1/2$
# allí donde ambas densidades coinciden. Si sustituimos $D^*_G$ en $V$ y dividimos ambos
# denominadores entre 2 (lo que cuesta $\log 2$ por término):
#
# $$
# \max_D V(D, G) = -\log 4
# + \mathrm{KL}\Big(p_{data} \,\Big\|\, \tfrac{p_{data} + p_g}{2}\Big)
# + \mathrm{KL}\Big(p_g \,\Big\|\, \tfrac{p_{data} + p_g}{2}\Big)
# = -\log 4 + 2\, \mathrm{JSD}(p_{data} \,\|\, p_g),
# $$
#
# donde $\mathrm{KL}$ es la divergencia de Kullback-Leibler y $\mathrm{JSD}$ la **divergencia
# de Jensen-Shannon**, una medida simétrica de lo distintas que son dos distribuciones, que
# vale entre $0$ y $\log 2$ y solo es cero cuando coinciden. Así que, *frente a un detective
# perfecto*, el generador minimiza la divergencia de Jensen-Shannon respecto a los datos, y
# el único equilibrio del juego es $p_g = p_{data}$, con $D^* \equiv 1/2$ y $V = -\log 4$.
#
# Dos salvedades que volverán a aparecer: en la práctica $D$ nunca es óptimo (da unos pocos
# pasos de gradiente, no calcula un máximo exacto), y cuando $p_{data}$ y $p_g$ apenas se
# solapan, la JSD se queda clavada en $\log 2$ y no le indica al generador hacia dónde ir.
# WGAN-GP, más adelante en la serie, la sustituye por una distancia que no se satura.
#
# Comprobemos las fórmulas numéricamente en una dimensión, con una densidad «real» de dos
# jorobas y un generador de una sola.

# %%
def normal_pdf(x, mean, std):
    return np.exp(-0.5 * ((x - mean) / std) ** 2) / (std * np.sqrt(2 * np.pi))


x = np.linspace(-6, 8, 4001)
dx = x[1] - x[0]
p_data = 0.5 * normal_pdf(x, -1.0, 0.6) + 0.5 * normal_pdf(x, 1.5, 0.8)  # the "real" density
p_g = normal_pdf(x, 2.5, 1.2)  # what a (poor) generator produces
d_star = p_data / (p_data + p_g)  # the optimal discriminator

fig, (top, bottom) = plt.subplots(2, 1, figsize=(7, 4.5), sharex=True)
top.fill_between(x, p_data, alpha=0.4, label=TEXT["p_data"])
top.fill_between(x, p_g, alpha=0.4, label=TEXT["p_g"])
top.set_ylabel(TEXT["density"])
top.legend()
bottom.plot(x, d_star, color="black", label=TEXT["d_star"])
bottom.axhline(0.5, color="gray", ls=":", label=TEXT["half"])
bottom.set_ylim(-0.05, 1.05)
bottom.set_xlabel("$x$")
bottom.legend(loc="center left")
fig.tight_layout()
plt.show()

# %%
# NBVAL_CHECK_OUTPUT
def integral(f):
    return float(np.sum(f) * dx)


def kl(p, q):
    return integral(p * np.log(p / q))


m = (p_data + p_g) / 2
jsd = 0.5 * kl(p_data, m) + 0.5 * kl(p_g, m)
print(f"V(D*, G)        = {integral(p_data * np.log(d_star) + p_g * np.log(1 - d_star)):.4f}")
print(f"-log 4 + 2·JSD  = {-np.log(4) + 2 * jsd:.4f}")
print(f"V(1/2, G)       = {integral(p_data * np.log(0.5) + p_g * np.log(0.5)):.4f}   {TEXT['clueless']}")
print(f"JSD = {jsd:.4f}, {TEXT['between']} log 2 = {np.log(2):.4f}")

# %% [markdown] lang="en"
# The optimal discriminator beats the clueless one ($D \equiv 1/2$), and the gap is exactly
# $2\,\mathrm{JSD}$. The generator's job is to close that gap.
#
# ## The generator's loss: saturating and non-saturating
#
# Early in training the generator is poor and the discriminator rejects its samples with
# confidence: $D(G(z)) \approx 0$. Look at what the minimax loss $\log(1 - D(G(z)))$ gives the
# generator then. Our networks output a **logit** $a$ and $D = \sigma(a)$ (the sigmoid), so
#
# $$
# \frac{\partial}{\partial a} \log\big(1 - \sigma(a)\big) = -\sigma(a) = -D ,
# \qquad
# \frac{\partial}{\partial a} \Big(-\log \sigma(a)\Big) = -\big(1 - \sigma(a)\big) = -(1 - D) .
# $$
#
# With the minimax loss, the gradient that flows back into the generator is proportional to
# $D(G(z))$: it **vanishes** exactly when the generator is worst and needs it most. The fix,
# already in the original paper, is to let $G$ maximize $\log D(G(z))$ instead, i.e. minimize
#
# $$
# L_G = -\log D(G(z)),
# $$
#
# the cross-entropy of its samples with the label "real". Both losses push $D(G(z))$ up and
# share the same fixed point, but this **non-saturating loss** gives a strong gradient when
# $D(G(z))$ is small. It is the generator loss of every GAN in this series
# (`ganlib.train.GAN.generator_loss`). `tf.GradientTape` draws the picture for us:

# %% [markdown] lang="ru"
# Оптимальный дискриминатор выигрывает у «ничего не понимающего» ($D \equiv 1/2$), и разница
# ровно $2\,\mathrm{JSD}$. Задача генератора — свести эту разницу к нулю.
#
# ## Функция потерь генератора: насыщающаяся и ненасыщающаяся
#
# В начале обучения генератор слаб, и дискриминатор уверенно отвергает его примеры:
# $D(G(z)) \approx 0$. Посмотрим, что в этот момент даёт генератору минимаксная функция потерь
# $\log(1 - D(G(z)))$. Наши сети выдают **логит** $a$, а $D = \sigma(a)$ (сигмоида), поэтому
#
# $$
# \frac{\partial}{\partial a} \log\big(1 - \sigma(a)\big) = -\sigma(a) = -D ,
# \qquad
# \frac{\partial}{\partial a} \Big(-\log \sigma(a)\Big) = -\big(1 - \sigma(a)\big) = -(1 - D) .
# $$
#
# С минимаксной функцией потерь градиент, который доходит до генератора, пропорционален
# $D(G(z))$: он **затухает** как раз тогда, когда генератор хуже всего и нуждается в нём
# больше всего. Решение предложено ещё в исходной статье: пусть $G$ максимизирует
# $\log D(G(z))$, то есть минимизирует
#
# $$
# L_G = -\log D(G(z)),
# $$
#
# перекрёстную энтропию своих примеров с меткой «настоящее». Обе функции толкают $D(G(z))$
# вверх и имеют одну и ту же неподвижную точку, но **ненасыщающаяся функция потерь** даёт
# сильный градиент, когда $D(G(z))$ мало. Именно она используется для генератора во всех GAN
# этого курса (`ganlib.train.GAN.generator_loss`). Нарисуем оба градиента с помощью
# `tf.GradientTape`:

# %% [markdown] lang="es"
# El discriminador óptimo supera al que no sabe nada ($D \equiv 1/2$), y la diferencia es
# exactamente $2\,\mathrm{JSD}$. El trabajo del generador es cerrar esa brecha.
#
# ## La pérdida del generador: saturante y no saturante
#
# Al principio del entrenamiento el generador es malo y el discriminador rechaza sus muestras
# con seguridad: $D(G(z)) \approx 0$. Veamos qué le aporta entonces al generador la pérdida
# minimax $\log(1 - D(G(z)))$. Nuestras redes devuelven un **logit** $a$ y $D = \sigma(a)$ (la
# sigmoide), así que
#
# $$
# \frac{\partial}{\partial a} \log\big(1 - \sigma(a)\big) = -\sigma(a) = -D ,
# \qquad
# \frac{\partial}{\partial a} \Big(-\log \sigma(a)\Big) = -\big(1 - \sigma(a)\big) = -(1 - D) .
# $$
#
# Con la pérdida minimax, el gradiente que llega al generador es proporcional a $D(G(z))$: se
# **desvanece** justo cuando el generador es peor y más lo necesita. La solución, ya presente
# en el artículo original, es que $G$ maximice $\log D(G(z))$, es decir, que minimice
#
# $$
# L_G = -\log D(G(z)),
# $$
#
# la entropía cruzada de sus muestras con la etiqueta «real». Ambas pérdidas empujan
# $D(G(z))$ hacia arriba y comparten el mismo punto fijo, pero esta **pérdida no saturante**
# da un gradiente fuerte cuando $D(G(z))$ es pequeño. Es la pérdida del generador de todas las
# GAN de la serie (`ganlib.train.GAN.generator_loss`). `tf.GradientTape` nos dibuja las dos:

# %%
d_of_g = tf.constant(np.linspace(0.001, 0.999, 999), dtype=tf.float32)  # D(G(z))
logits = tf.math.log(d_of_g) - tf.math.log1p(-d_of_g)  # the logit a with sigmoid(a) = D(G(z))
with tf.GradientTape(persistent=True) as tape:
    tape.watch(logits)
    saturating = tf.math.log(1 - tf.sigmoid(logits))  # the minimax generator loss
    non_saturating = -tf.math.log(tf.sigmoid(logits))  # the non-saturating generator loss
grad_saturating = tape.gradient(saturating, logits)  # one derivative per point (the loss is summed)
grad_non_saturating = tape.gradient(non_saturating, logits)

fig, (left, right) = plt.subplots(1, 2, figsize=(10, 3.6))
for ax in (left, right):
    ax.axvspan(0, 0.1, color="tab:red", alpha=0.1, label=TEXT["early"])
    ax.set_xlabel(TEXT["d_of_g"])
    ax.grid(alpha=0.3)
left.plot(d_of_g, saturating, label=TEXT["saturating"])
left.plot(d_of_g, non_saturating, label=TEXT["non_saturating"])
left.set_ylim(-5, 5)
left.set_ylabel(TEXT["g_loss"])
left.legend(fontsize=8)
right.plot(d_of_g, np.abs(grad_saturating), label=TEXT["saturating"])
right.plot(d_of_g, np.abs(grad_non_saturating), label=TEXT["non_saturating"])
right.set_ylabel(TEXT["grad"])
right.legend(fontsize=8)
fig.tight_layout()
plt.show()
print(TEXT["grad_print"].format(d=float(d_of_g[0]), s=abs(float(grad_saturating[0])), n=abs(float(grad_non_saturating[0]))))

# %% [markdown] lang="en"
# At $D(G(z)) = 0.001$ the non-saturating gradient is about a thousand times stronger.
#
# ## A toy playground: eight Gaussians on a ring
#
# Images live in 784 dimensions, which makes it hard to *see* what a GAN does. The classic
# remedy is a 2-D toy problem: a mixture of 8 Gaussians whose centres sit on a circle of
# radius 2, each with standard deviation $\sigma = 0.05$. Every sample is a point we can plot,
# and every **mode** (bump) is easy to check. We measure two things on a batch of generated
# points:
#
# * **modes covered** (diversity): a point is *near* a mode when it lies within $3\sigma$ of its
#   centre; a mode counts as covered when it receives at least 20% of its fair share
#   ($1/8$) of the points;
# * **share of points near a mode** (quality): how many generated points look like real data.

# %% [markdown] lang="ru"
# При $D(G(z)) = 0{,}001$ градиент ненасыщающейся функции потерь примерно в тысячу раз сильнее.
#
# ## Игрушечный полигон: восемь гауссиан на окружности
#
# Изображения живут в 784-мерном пространстве, и *увидеть*, что делает GAN, там трудно.
# Классический выход — двумерная игрушечная задача: смесь 8 гауссиан, центры которых лежат на
# окружности радиуса 2, со стандартным отклонением $\sigma = 0{,}05$. Каждый пример — точка на
# плоскости, а каждую **моду** (горб распределения) легко проверить. На батче сгенерированных
# точек будем измерять две величины:
#
# * **покрытые моды** (разнообразие): точка считается *близкой* к моде, если лежит в пределах
#   $3\sigma$ от её центра; мода покрыта, если к ней попало хотя бы 20% от её «честной доли»
#   ($1/8$) точек;
# * **доля точек рядом с модами** (качество): сколько сгенерированных точек похожи на настоящие.

# %% [markdown] lang="es"
# Con $D(G(z)) = 0{,}001$, el gradiente de la pérdida no saturante es unas mil veces más fuerte.
#
# ## Un campo de pruebas de juguete: ocho gaussianas en un anillo
#
# Las imágenes viven en 784 dimensiones, así que es difícil *ver* lo que hace una GAN. El
# remedio clásico es un problema de juguete en 2-D: una mezcla de 8 gaussianas con centros en
# una circunferencia de radio 2 y desviación típica $\sigma = 0{,}05$. Cada muestra es un
# punto que podemos dibujar, y cada **modo** (cada joroba de la distribución) es fácil de
# comprobar. En un lote de puntos generados medimos dos cosas:
#
# * **modos cubiertos** (diversidad): un punto está *cerca* de un modo si queda a menos de
#   $3\sigma$ de su centro; un modo cuenta como cubierto si recibe al menos el 20% de su parte
#   justa ($1/8$) de los puntos;
# * **fracción de puntos cerca de un modo** (calidad): cuántos puntos generados parecen datos
#   reales.

# %%
N_MODES, RADIUS, STD = 8, 2.0, 0.05
angles = 2 * np.pi * np.arange(N_MODES) / N_MODES
CENTRES = (RADIUS * np.stack([np.cos(angles), np.sin(angles)], axis=1)).astype("float32")


def sample_real(n, rng):
    """``n`` points of the ring: pick a mode at random, add a little Gaussian noise."""
    modes = rng.integers(0, N_MODES, size=n)
    return (CENTRES[modes] + STD * rng.standard_normal((n, 2))).astype("float32")


def mode_coverage(points, min_share=0.2):
    """(modes covered, share of points within 3 sigma of a mode centre)."""
    distances = np.linalg.norm(points[:, None, :] - CENTRES[None, :, :], axis=-1)  # (N, 8)
    near = distances.min(axis=1) < 3 * STD
    counts = np.bincount(distances.argmin(axis=1)[near], minlength=N_MODES)
    return int(np.sum(counts >= min_share * len(points) / N_MODES)), float(near.mean())


real_points = sample_real(2000, np.random.default_rng(SEED))
fig, ax = plt.subplots(figsize=(4, 4))
ax.scatter(*real_points.T, s=2, color="black", alpha=0.4, label=TEXT["real"])
ax.scatter(*CENTRES.T, s=60, marker="+", color="tab:red", label=TEXT["centre"])
ax.set_aspect("equal")
ax.set_xlim(-3, 3)
ax.set_ylim(-3, 3)
ax.set_title(TEXT["ring"], fontsize=10)
ax.legend(loc="center", fontsize=8)
plt.show()
covered, near = mode_coverage(real_points)
print(f"{TEXT['covered']}: {covered}   {TEXT['near']}: {near:.3f}")

# %% [markdown] lang="en"
# Real data covers all 8 modes, and almost every point lies near one (in 2-D a Gaussian puts
# 98.9% of its mass within $3\sigma$ of its centre).
#
# ## Two small networks and one training step
#
# Both players are **multilayer perceptrons** (MLPs) with two hidden layers of `WIDTH` ReLU
# units. The generator maps 2-D noise $z \sim \mathcal{N}(0, I)$ to a point $(x, y)$; the
# discriminator maps a point to one logit. Both use Adam with $\beta_1 = 0.5$, the usual GAN
# setting since DCGAN.
#
# `train_step` is one round of the game, written with `tf.GradientTape`:
#
# 1. the discriminator takes one step on a real and a generated batch (cross-entropy: real
#    → 1, generated → 0);
# 2. the generator takes one step through the *updated* discriminator, with the
#    non-saturating loss (generated → 1).
#
# To watch the game, `train_toy_gan` keeps 2000 fixed noise vectors and, at a few chosen
# steps, stores where the generator sends them and what the discriminator thinks of every
# point of the plane. Everything is seeded: the same `SEED` gives the same run on the same
# machine (other hardware may round differently and end up slightly elsewhere).

# %% [markdown] lang="ru"
# Настоящие данные покрывают все 8 мод, и почти каждая точка лежит рядом с модой (двумерная
# гауссиана держит 98,9% массы в пределах $3\sigma$ от центра).
#
# ## Две маленькие сети и один шаг обучения
#
# Оба игрока — **многослойные перцептроны** (MLP) с двумя скрытыми слоями по `WIDTH` нейронов с
# ReLU. Генератор отображает двумерный шум $z \sim \mathcal{N}(0, I)$ в точку $(x, y)$,
# дискриминатор — точку в один логит. Оба обучаются оптимизатором Adam с $\beta_1 = 0{,}5$ —
# стандартная для GAN настройка со времён DCGAN.
#
# `train_step` — один раунд игры, написанный с `tf.GradientTape`:
#
# 1. дискриминатор делает шаг на батче настоящих и батче сгенерированных точек (перекрёстная
#    энтропия: настоящие → 1, сгенерированные → 0);
# 2. генератор делает шаг через *обновлённый* дискриминатор с ненасыщающейся функцией потерь
#    (сгенерированные → 1).
#
# Чтобы следить за игрой, `train_toy_gan` держит 2000 фиксированных векторов шума и на
# нескольких выбранных шагах запоминает, куда генератор их отправляет и что дискриминатор думает
# о каждой точке плоскости. Всё зафиксировано зерном: одно и то же `SEED` на одной и той же
# машине даёт один и тот же запуск (на другом железе округление может отличаться, и результат
# немного сместится).

# %% [markdown] lang="es"
# Los datos reales cubren los 8 modos y casi todos sus puntos quedan cerca de uno (en 2-D, una
# gaussiana concentra el 98,9% de su masa a menos de $3\sigma$ de su centro).
#
# ## Dos redes pequeñas y un paso de entrenamiento
#
# Los dos jugadores son **perceptrones multicapa** (MLP) con dos capas ocultas de `WIDTH`
# neuronas ReLU. El generador transforma ruido 2-D $z \sim \mathcal{N}(0, I)$ en un punto
# $(x, y)$; el discriminador transforma un punto en un logit. Ambos usan Adam con
# $\beta_1 = 0{,}5$, el ajuste habitual en las GAN desde DCGAN.
#
# `train_step` es una ronda del juego, escrita con `tf.GradientTape`:
#
# 1. el discriminador da un paso con un lote real y otro generado (entropía cruzada: reales →
#    1, generados → 0);
# 2. el generador da un paso a través del discriminador *actualizado*, con la pérdida no
#    saturante (generados → 1).
#
# Para ver el juego, `train_toy_gan` guarda 2000 vectores de ruido fijos y, en algunos pasos
# elegidos, anota adónde los envía el generador y qué opina el discriminador de cada punto del
# plano. Todo tiene semilla: la misma `SEED` da la misma ejecución en la misma máquina (otro
# hardware puede redondear distinto y acabar en un resultado algo diferente).

# %%
LATENT_DIM = 2
N_EVAL = 2000  # fixed noise vectors used to watch the generator
GRID = np.linspace(-3, 3, 121, dtype="float32")
GRID_X, GRID_Y = np.meshgrid(GRID, GRID)
GRID_POINTS = np.stack([GRID_X.ravel(), GRID_Y.ravel()], axis=1)  # where we ask D for its opinion
bce = keras.losses.BinaryCrossentropy(from_logits=True)


def mlp(n_in, n_out, width, name):
    return keras.Sequential(
        [
            keras.Input((n_in,)),
            layers.Dense(width, activation="relu"),
            layers.Dense(width, activation="relu"),
            layers.Dense(n_out),  # no activation: a point (generator) or a logit (discriminator)
        ],
        name=name,
    )


def train_toy_gan(g_width, steps=STEPS, seed=SEED, snapshot_steps=(), eval_every=50):
    keras.utils.set_random_seed(seed)  # initial weights
    generator = mlp(LATENT_DIM, 2, g_width, "generator")
    discriminator = mlp(2, 1, WIDTH, "discriminator")
    g_optimizer = keras.optimizers.Adam(G_LEARNING_RATE, beta_1=0.5)
    d_optimizer = keras.optimizers.Adam(D_LEARNING_RATE, beta_1=0.5)

    @tf.function
    def train_step(real, z):
        # 1) the detective: real -> 1, generated -> 0
        with tf.GradientTape() as tape:
            fake = generator(z, training=True)
            real_logits = discriminator(real, training=True)
            fake_logits = discriminator(fake, training=True)
            d_loss = bce(tf.ones_like(real_logits), real_logits) + bce(tf.zeros_like(fake_logits), fake_logits)
        d_vars = discriminator.trainable_variables
        d_optimizer.apply_gradients(zip(tape.gradient(d_loss, d_vars), d_vars))
        # 2) the forger: make the updated detective say "real" (non-saturating loss)
        with tf.GradientTape() as tape:
            logits = discriminator(generator(z, training=True), training=True)
            g_loss = bce(tf.ones_like(logits), logits)
        g_vars = generator.trainable_variables
        g_optimizer.apply_gradients(zip(tape.gradient(g_loss, g_vars), g_vars))
        return d_loss, g_loss, tf.reduce_mean(tf.sigmoid(real_logits)), tf.reduce_mean(tf.sigmoid(fake_logits))

    rng = np.random.default_rng(seed)  # data and noise
    z_eval = rng.standard_normal((N_EVAL, LATENT_DIM)).astype("float32")
    run = {"snapshots": {}, "coverage": [], "history": []}
    start = time.perf_counter()
    for step in range(steps + 1):
        if step in snapshot_steps or step == steps:
            d_map = tf.sigmoid(discriminator(GRID_POINTS)).numpy().reshape(GRID_X.shape)
            run["snapshots"][step] = (generator(z_eval).numpy(), d_map)
        if step % eval_every == 0 or step == steps:
            run["coverage"].append((step, *mode_coverage(generator(z_eval).numpy())))
        if step == steps:
            break
        z = rng.standard_normal((BATCH_SIZE, LATENT_DIM)).astype("float32")
        losses = train_step(sample_real(BATCH_SIZE, rng), z)
        if step % 10 == 0:
            run["history"].append((step, *[float(v) for v in losses]))
    run["seconds"] = time.perf_counter() - start
    return run


SNAPSHOT_STEPS = sorted({round(f * STEPS) for f in (0, 0.05, 0.125, 0.25, 0.5, 1)})
healthy = train_toy_gan(WIDTH, snapshot_steps=SNAPSHOT_STEPS)
_, covered, near = healthy["coverage"][-1]
print(TEXT["run_print"].format(steps=STEPS, s=healthy["seconds"], m=covered, q=near))

# %% [markdown] lang="en"
# ## Watching the game
#
# Each panel shows the plane at one step. The shading is the discriminator's opinion
# $D(x)$ (dark = "real"), black dots are real data, red dots the generator's samples.

# %% [markdown] lang="ru"
# ## Наблюдаем за игрой
#
# Каждая панель — плоскость на одном шаге. Заливка — мнение дискриминатора $D(x)$ (темнее —
# «настоящее»), чёрные точки — настоящие данные, красные — примеры генератора.

# %% [markdown] lang="es"
# ## El juego en imágenes
#
# Cada panel muestra el plano en un paso. El sombreado es la opinión del discriminador $D(x)$
# (más oscuro = «real»), los puntos negros son datos reales y los rojos, muestras del generador.

# %%
def plot_snapshots(run, title):
    steps = sorted(run["snapshots"])
    ncols = 3
    nrows = -(-len(steps) // ncols)
    fig, axes = plt.subplots(nrows, ncols, figsize=(3.2 * ncols + 1, 3.3 * nrows), squeeze=False)
    for ax in axes.flat:
        ax.set_axis_off()
    for ax, step in zip(axes.flat, steps):
        ax.set_axis_on()
        points, d_map = run["snapshots"][step]
        shading = ax.contourf(GRID_X, GRID_Y, d_map, levels=np.linspace(0, 1, 11), cmap="Blues", vmin=0, vmax=1)
        ax.scatter(*real_points.T, s=1, color="black", alpha=0.3)
        ax.scatter(*points.T, s=1, color="tab:red", alpha=0.5)
        covered, _ = mode_coverage(points)
        ax.set_title(f"{label('step', LANG)} {step}: {covered}/8 {TEXT['modes']}", fontsize=10)
        ax.set(xlim=(-3, 3), ylim=(-3, 3), xticks=[], yticks=[], aspect="equal")
    fig.colorbar(shading, ax=axes.ravel().tolist(), shrink=0.7, label=TEXT["d_map"])
    fig.suptitle(title, fontsize=11)
    plt.show()


plot_snapshots(healthy, TEXT["game"].format(width=WIDTH))

# %% [markdown] lang="en"
# Read the panels from left to right:
#
# * **Step 0.** The untrained generator squeezes all the noise into a small blob near the
#   origin; the untrained discriminator has no clear opinion yet.
# * **First steps.** The discriminator learns fast and calls the blob "fake". Its map *is*
#   the generator's only signal: the generated points flee the regions marked "fake" and
#   spread out, often overshooting the ring.
# * **Middle.** The points gather onto the ring and split into clusters, one per mode.
#   Wherever generated points arrive, the shading fades: the discriminator can no longer
#   tell them apart from real ones.
# * **End.** Around the covered modes $D(x)$ hovers near $1/2$, the equilibrium of the
#   theory. Far from the data the shading is arbitrary: nobody, real or generated, visits
#   those places, so nothing constrains $D$ there.
#
# ## What the losses say, and what they don't
#
# At equilibrium $D \equiv 1/2$, so $L_D = 2\log 2 \approx 1.386$ and $L_G = \log 2 \approx 0.693$.

# %% [markdown] lang="ru"
# Читаем панели слева направо:
#
# * **Шаг 0.** Необученный генератор сжимает весь шум в маленькое пятно около начала
#   координат; у необученного дискриминатора ещё нет внятного мнения.
# * **Первые шаги.** Дискриминатор учится быстро и объявляет пятно «подделкой». Его карта — это
#   и *есть* единственный сигнал для генератора: сгенерированные точки убегают из областей,
#   помеченных как подделка, и разлетаются, часто проскакивая окружность.
# * **Середина.** Точки собираются на окружности и разбиваются на сгустки, по одному на моду.
#   Там, куда приходят сгенерированные точки, заливка бледнеет: дискриминатор больше не может
#   отличить их от настоящих.
# * **Конец.** Вокруг покрытых мод $D(x)$ держится около $1/2$ — равновесия из теории. Вдали от
#   данных заливка произвольна: туда не попадают ни настоящие, ни сгенерированные точки, и
#   ничто не ограничивает $D$.
#
# ## Что говорят функции потерь и чего они не говорят
#
# В равновесии $D \equiv 1/2$, поэтому $L_D = 2\log 2 \approx 1{,}386$ и $L_G = \log 2 \approx 0{,}693$.

# %% [markdown] lang="es"
# Leamos los paneles de izquierda a derecha:
#
# * **Paso 0.** El generador sin entrenar comprime todo el ruido en una manchita cerca del
#   origen; el discriminador sin entrenar aún no tiene una opinión clara.
# * **Primeros pasos.** El discriminador aprende deprisa y declara «falsa» la mancha. Su mapa
#   *es* la única señal del generador: los puntos generados huyen de las zonas marcadas como
#   falsas y se dispersan, a menudo pasándose del anillo.
# * **A mitad.** Los puntos se reúnen sobre el anillo y se dividen en grupos, uno por modo.
#   Allí donde llegan puntos generados, el sombreado se aclara: el discriminador ya no los
#   distingue de los reales.
# * **Al final.** Alrededor de los modos cubiertos $D(x)$ ronda $1/2$, el equilibrio de la
#   teoría. Lejos de los datos el sombreado es arbitrario: por allí no pasa nadie, ni real ni
#   generado, así que nada restringe a $D$.
#
# ## Lo que dicen las pérdidas y lo que no
#
# En el equilibrio $D \equiv 1/2$, así que $L_D = 2\log 2 \approx 1{,}386$ y $L_G = \log 2 \approx 0{,}693$.

# %%
history = np.array(healthy["history"])  # columns: step, d_loss, g_loss, D(real), D(fake)
fig, (left, right) = plt.subplots(1, 2, figsize=(10, 3.4))
left.plot(history[:, 0], history[:, 1], lw=1, label=label("d_loss", LANG))
left.plot(history[:, 0], history[:, 2], lw=1, label=label("g_loss", LANG))
left.axhline(2 * np.log(2), color="tab:blue", ls=":")
left.axhline(np.log(2), color="tab:orange", ls=":")
left.set_xlabel(label("step", LANG))
left.set_ylabel(label("loss", LANG))
left.legend(fontsize=8)
right.plot(history[:, 0], history[:, 3], lw=1, label=TEXT["d_real"])
right.plot(history[:, 0], history[:, 4], lw=1, label=TEXT["d_fake"])
right.axhline(0.5, color="gray", ls=":", label=TEXT["equilibrium"])
right.set_xlabel(label("step", LANG))
right.set_ylabel(TEXT["prob"])
right.set_ylim(0, 1)
right.legend(fontsize=8)
for ax in (left, right):
    ax.grid(alpha=0.3)
fig.suptitle(label("losses", LANG), fontsize=11)
fig.tight_layout()
plt.show()

# %% [markdown] lang="en"
# The dotted lines are the equilibrium values. The losses wander around them instead of
# falling steadily as in supervised learning, because each one is a score against an
# opponent who keeps changing. A low generator loss may mean a good generator *or* a weak
# discriminator. That is why GAN practitioners look at samples, and why notebook 6 measures
# quality with dedicated metrics rather than with the loss.
#
# ## Why training is unstable
#
# Gradient descent is built to find a minimum. A GAN asks it to find a **saddle point** of a
# game, and several things go wrong:
#
# 1. **Rotation.** Each player follows its own gradient, and the combined field can circle
#    around the equilibrium instead of pointing at it. The smallest example is
#    $\min_x \max_y V(x, y) = xy$, with equilibrium $(0, 0)$. Simultaneous gradient
#    descent–ascent with step $\eta$ gives $(x, y) \leftarrow (x - \eta y,\; y + \eta x)$, which
#    multiplies $x^2 + y^2$ by $1 + \eta^2$ at every step: a spiral *outward*. Alternating
#    updates, as in our `train_step`, do better but still orbit forever (next figure).
# 2. **A moving target.** The discriminator's task changes whenever the generator moves, and
#    vice versa: neither player ever trains on a fixed problem.
# 3. **Balance.** A discriminator that wins too easily gives the generator a saturated,
#    uninformative signal (recall the JSD stuck at $\log 2$); one that is too weak gives it
#    meaningless directions.
# 4. **Sensitivity.** Learning rates, Adam's $\beta_1$, architecture and even the seed can
#    decide between success and failure. DCGAN (notebooks 4 and 5) is largely a collection of
#    recipes that make the game behave; WGAN-GP changes the game itself.

# %% [markdown] lang="ru"
# Пунктиром показаны значения в равновесии. Потери бродят вокруг них, а не убывают монотонно,
# как в обучении с учителем: каждая из них — счёт в игре против соперника, который всё время
# меняется. Низкие потери генератора могут означать хороший генератор *или* слабый
# дискриминатор. Поэтому при обучении GAN смотрят на сэмплы, а в блокноте 6 мы будем оценивать
# качество специальными метриками, а не функцией потерь.
#
# ## Почему обучение неустойчиво
#
# Градиентный спуск создан, чтобы искать минимум. GAN же требует от него найти **седловую
# точку** игры, и тут многое идёт не так:
#
# 1. **Вращение.** Каждый игрок идёт по своему градиенту, и суммарное поле может закручиваться
#    вокруг равновесия, а не вести к нему. Простейший пример — $\min_x \max_y V(x, y) = xy$ с
#    равновесием в $(0, 0)$. Одновременный градиентный спуск-подъём с шагом $\eta$ даёт
#    $(x, y) \leftarrow (x - \eta y,\; y + \eta x)$, и $x^2 + y^2$ на каждом шаге умножается на
#    $1 + \eta^2$: спираль раскручивается *наружу*. Поочерёдные шаги, как в нашем `train_step`,
#    ведут себя лучше, но вечно ходят по орбите (см. следующий рисунок).
# 2. **Движущаяся цель.** Задача дискриминатора меняется всякий раз, когда сдвигается генератор,
#    и наоборот: ни один из игроков не учится на фиксированной задаче.
# 3. **Баланс сил.** Дискриминатор, который побеждает слишком легко, даёт генератору
#    насыщенный, бесполезный сигнал (вспомните JSD, застрявшую на $\log 2$); слишком слабый —
#    указывает бессмысленные направления.
# 4. **Чувствительность.** Скорость обучения, $\beta_1$ в Adam, архитектура и даже зерно могут
#    решить, получится ли что-нибудь. DCGAN (блокноты 4 и 5) — во многом набор рецептов,
#    которые делают игру послушной; WGAN-GP меняет саму игру.

# %% [markdown] lang="es"
# Las líneas de puntos son los valores de equilibrio. Las pérdidas deambulan a su alrededor en
# lugar de bajar sin parar como en el aprendizaje supervisado, porque cada una es una
# puntuación frente a un rival que no deja de cambiar. Una pérdida del generador baja puede
# indicar un buen generador *o* un discriminador débil. Por eso quien entrena GAN mira las
# muestras, y por eso en el cuaderno 6 mediremos la calidad con métricas específicas y no con
# la pérdida.
#
# ## Por qué el entrenamiento es inestable
#
# El descenso por gradiente está pensado para encontrar un mínimo. Una GAN le pide encontrar
# un **punto de silla** de un juego, y hay varias cosas que fallan:
#
# 1. **Rotación.** Cada jugador sigue su propio gradiente, y el campo conjunto puede girar
#    alrededor del equilibrio en lugar de apuntar hacia él. El ejemplo más pequeño es
#    $\min_x \max_y V(x, y) = xy$, con equilibrio en $(0, 0)$. El descenso-ascenso por
#    gradiente simultáneo con paso $\eta$ da $(x, y) \leftarrow (x - \eta y,\; y + \eta x)$, que
#    multiplica $x^2 + y^2$ por $1 + \eta^2$ en cada paso: una espiral *hacia fuera*. Las
#    actualizaciones alternas, como en nuestro `train_step`, se portan mejor, pero orbitan para
#    siempre (siguiente figura).
# 2. **Un blanco móvil.** La tarea del discriminador cambia cada vez que se mueve el generador,
#    y viceversa: ningún jugador entrena nunca con un problema fijo.
# 3. **Equilibrio de fuerzas.** Un discriminador que gana con demasiada facilidad le da al
#    generador una señal saturada y sin información (recuerda la JSD clavada en $\log 2$); uno
#    demasiado débil le marca direcciones sin sentido.
# 4. **Sensibilidad.** Las tasas de aprendizaje, la $\beta_1$ de Adam, la arquitectura e incluso
#    la semilla pueden decidir entre el éxito y el fracaso. DCGAN (cuadernos 4 y 5) es en gran
#    parte un recetario para que el juego se porte bien; WGAN-GP cambia el propio juego.

# %%
def descent_ascent(alternating, steps=150, lr=0.1):
    """Gradient descent on x and ascent on y for V(x, y) = x*y, from (1, 0)."""
    x, y = 1.0, 0.0
    path = [(x, y)]
    for _ in range(steps):
        if alternating:
            x = x - lr * y  # dV/dx = y
            y = y + lr * x  # dV/dy = x, with the new x
        else:
            x, y = x - lr * y, y + lr * x  # both from the old point
        path.append((x, y))
    return np.array(path)


fig, ax = plt.subplots(figsize=(4.6, 4.6))
for alternating, name in ((False, "simultaneous"), (True, "alternating")):
    path = descent_ascent(alternating)
    ax.plot(*path.T, lw=1, label=TEXT[name])
    ax.plot(*path[-1], "o", ms=4, color=ax.lines[-1].get_color())
ax.plot(0, 0, "k*", ms=12, label=TEXT["equilibrium"])
ax.set_xlabel("$x$ (min)")
ax.set_ylabel("$y$ (max)")
ax.set_aspect("equal")
ax.grid(alpha=0.3)
ax.legend(fontsize=8, loc="lower left")
ax.set_title(TEXT["bilinear"], fontsize=10)
plt.show()

# %% [markdown] lang="en"
# ## Mode collapse
#
# Nothing in the generator's loss asks for *variety*. The generator is rewarded for every
# sample that fools the discriminator, not for covering all of $p_{data}$. If it finds a few
# outputs the discriminator believes, sending more noise there is a perfectly good move in
# the short term. The discriminator then learns that those outputs are suspicious, the
# generator jumps to other ones, and the game can cycle from mode to mode without ever
# covering them all. This is **mode collapse**; in its milder, more common form the generator
# covers some modes and silently drops the rest. The symptom is characteristic: samples look
# sharp and realistic but are all alike, **high quality, low diversity**.
#
# Let's provoke it. The run below changes one thing: the generator's hidden layers have
# `NARROW_WIDTH` units instead of `WIDTH`. The discriminator, data, seed and learning rates
# are the same.

# %% [markdown] lang="ru"
# ## Коллапс мод
#
# Ничто в функции потерь генератора не требует *разнообразия*. Генератор получает награду за
# каждый пример, обманувший дискриминатор, а вовсе не за то, что покрыл всё $p_{data}$. Если он
# нашёл несколько выходов, которым дискриминатор верит, отправлять туда ещё больше шума — в
# краткосрочной перспективе отличный ход. Потом дискриминатор понимает, что эти выходы
# подозрительны, генератор перепрыгивает на другие, и игра может ходить по кругу от моды к
# моде, так и не покрыв их все. Это и есть **коллапс мод**; в более мягкой и частой форме
# генератор покрывает часть мод, а остальные молча теряет. Симптом узнаваем: сэмплы чёткие и
# правдоподобные, но все на одно лицо — **высокое качество при низком разнообразии**.
#
# Спровоцируем его. В следующем запуске изменено одно: в скрытых слоях генератора `NARROW_WIDTH`
# нейронов вместо `WIDTH`. Дискриминатор, данные, зерно и скорости обучения те же.

# %% [markdown] lang="es"
# ## Colapso de modos
#
# Nada en la pérdida del generador pide *variedad*. El generador recibe premio por cada
# muestra que engaña al discriminador, no por cubrir toda $p_{data}$. Si encuentra unas pocas
# salidas que el discriminador se cree, mandar allí todavía más ruido es una jugada estupenda
# a corto plazo. Después el discriminador aprende que esas salidas son sospechosas, el
# generador salta a otras, y el juego puede ir de modo en modo sin cubrirlos nunca todos. Es
# el **colapso de modos**; en su forma más suave y frecuente, el generador cubre algunos
# modos y abandona en silencio el resto. El síntoma es inconfundible: muestras nítidas y
# realistas, pero todas iguales: **mucha calidad, poca diversidad**.
#
# Provoquémoslo. La ejecución siguiente cambia una sola cosa: las capas ocultas del generador
# tienen `NARROW_WIDTH` neuronas en vez de `WIDTH`. El discriminador, los datos, la semilla y
# las tasas de aprendizaje son los mismos.

# %%
narrow = train_toy_gan(NARROW_WIDTH)
runs = {TEXT["healthy"].format(width=WIDTH): healthy, TEXT["narrow"].format(width=NARROW_WIDTH): narrow}

fig, axes = plt.subplots(1, 3, figsize=(13, 4), gridspec_kw={"width_ratios": [1, 1, 1.4]})
for ax, (name, run) in zip(axes[:2], runs.items()):
    points, d_map = run["snapshots"][STEPS]
    ax.contourf(GRID_X, GRID_Y, d_map, levels=np.linspace(0, 1, 11), cmap="Blues", vmin=0, vmax=1)
    ax.scatter(*real_points.T, s=1, color="black", alpha=0.3, label=TEXT["real"])
    ax.scatter(*points.T, s=1, color="tab:red", alpha=0.5, label=TEXT["fake"])
    ax.set_title(f"{name}\n{label('step', LANG)} {STEPS}: {mode_coverage(points)[0]}/8 {TEXT['modes']}", fontsize=9)
    ax.set(xlim=(-3, 3), ylim=(-3, 3), xticks=[], yticks=[], aspect="equal")
axes[0].legend(loc="center", fontsize=8, markerscale=5)
for name, run in runs.items():
    coverage = np.array(run["coverage"])
    axes[2].plot(coverage[:, 0], coverage[:, 1], marker=".", label=name)
axes[2].set_xlabel(label("step", LANG))
axes[2].set_ylabel(TEXT["covered"])
axes[2].set_ylim(-0.3, 8.5)
axes[2].grid(alpha=0.3)
axes[2].legend(fontsize=8)
fig.tight_layout()
plt.show()

for name, run in runs.items():
    covered, near = mode_coverage(run["snapshots"][STEPS][0])
    print(f"{name:34s}  {TEXT['covered']}: {covered}   {TEXT['near']}: {near:.2f}")

# %% [markdown] lang="en"
# The narrow generator ends up on only a few of the eight modes. Its samples are no worse
# than the healthy generator's (a similar or higher share lies near a mode), yet most of the
# ring is missing: a textbook collapse, which the loss curves alone would not reveal. Notice
# the discriminator's map: it still marks the abandoned modes as "real", but a generator this
# small cannot spread its mass over all of them at once. (The thin streak of points between
# modes is no accident either: a generator is a continuous function of $z$, so it cannot jump
# from one mode to the next without leaving a trail; the healthy generator shows the same
# trails, only fainter.)
#
# Counting modes is easy in 2-D. For images it is not, which is why notebook 6 measures
# *quality* and *diversity* separately (precision and recall of generated images). Known
# remedies include a generator with enough capacity, minibatch statistics in the
# discriminator, unrolled GANs, conditioning on the class, and the Wasserstein loss of
# WGAN-GP.
#
# ## Summary
#
# * A GAN is the minimax game $\min_G \max_D V(D, G)$; in code, $D$ minimizes a binary
#   cross-entropy (real → 1, generated → 0) and the two players take turns.
# * For a fixed generator the optimal discriminator is
#   $D^* = p_{data} / (p_{data} + p_g)$; against it the generator minimizes
#   $-\log 4 + 2\,\mathrm{JSD}(p_{data} \,\|\, p_g)$, whose minimum is $p_g = p_{data}$,
#   $D^* \equiv 1/2$.
# * The minimax generator loss saturates when $D(G(z)) \approx 0$ (its logit gradient is
#   $D$); the **non-saturating** loss $-\log D(G(z))$ keeps a gradient of $1 - D$ and is what
#   we use.
# * Training is unstable because gradient play rotates around the equilibrium, the target
#   moves, and the balance between the players is fragile; losses are not a progress bar.
# * **Mode collapse** (high quality, low diversity) is easy to provoke and easy to measure on
#   a ring of Gaussians: count the modes covered.
#
# ## Exercises
#
# 1. **How narrow is too narrow?** Set `NARROW_WIDTH` to 4, 16 and 32. From which width on
#    does the generator cover all eight modes?
# 2. **An over-eager forger.** Set `G_LEARNING_RATE = 1e-2` (ten times the discriminator's).
#    Plot the covered-modes curve: does it settle, or does the generator hop from mode to mode?
# 3. **Saturation in practice.** In `train_step`, replace the generator loss with the minimax
#    one, `g_loss = -bce(tf.zeros_like(logits), logits)` (that is, minimize
#    $\log(1 - D(G(z)))$). How do the first few hundred steps change?
# 4. **Luck of the draw.** Run the healthy GAN with `SEED` = 0…4. In how many runs are all 8
#    modes covered at the end? What does that tell you about judging a GAN by a single run?
# 5. **Check the theory.** In the 1-D example set `p_g = p_data`. What are $D^*$, the JSD and
#    $V(D^*, G)$?
# 6. ★ **Pencil and paper.** With $D = D^*$, show that the non-saturating objective satisfies
#    $\mathbb{E}_{p_g}[-\log D^*(x)] = \mathrm{KL}(p_g \,\|\, p_{data}) - 2\,\mathrm{JSD}(p_{data} \,\|\, p_g) + \mathbb{E}_{p_{data}}[\log D^*(x)] + \log 4$.
#    Why does the reverse KL term $\mathrm{KL}(p_g \,\|\, p_{data})$ punish fake samples
#    heavily but missing modes only lightly? (Arjovsky & Bottou, 2017.)

# %% [markdown] lang="ru"
# Узкий генератор в итоге остаётся лишь на нескольких модах из восьми. Его сэмплы не хуже,
# чем у нормального генератора (рядом с модами лежит сопоставимая или даже большая доля точек),
# но большей части окружности просто нет: хрестоматийный коллапс, который по одним кривым
# потерь не заметить. Обратите внимание на карту дискриминатора: брошенные моды он по-прежнему
# считает «настоящими», но такой маленький генератор не может одновременно распределить массу
# по всем модам. (Тонкая дорожка точек между модами тоже не случайна: генератор — непрерывная
# функция от $z$ и не может перепрыгнуть с одной моды на другую, не оставив следа; у нормального
# генератора такие же дорожки, только бледнее.)
#
# В двумерном случае моды легко пересчитать, для изображений — нет. Поэтому в блокноте 6 мы
# будем отдельно измерять *качество* и *разнообразие* (точность и полноту сгенерированных
# изображений). Среди известных средств — генератор достаточной ёмкости, статистики по
# мини-батчу в дискриминаторе, развёрнутые (unrolled) GAN, обусловливание на класс и функция
# потерь Вассерштейна из WGAN-GP.
#
# ## Итоги
#
# * GAN — минимаксная игра $\min_G \max_D V(D, G)$; в коде $D$ минимизирует бинарную
#   перекрёстную энтропию (настоящие → 1, сгенерированные → 0), а игроки ходят по очереди.
# * При фиксированном генераторе оптимальный дискриминатор равен
#   $D^* = p_{data} / (p_{data} + p_g)$; против него генератор минимизирует
#   $-\log 4 + 2\,\mathrm{JSD}(p_{data} \,\|\, p_g)$, минимум которой достигается при
#   $p_g = p_{data}$, $D^* \equiv 1/2$.
# * Минимаксная функция потерь генератора насыщается при $D(G(z)) \approx 0$ (её градиент по
#   логиту равен $D$); **ненасыщающаяся** функция $-\log D(G(z))$ сохраняет градиент $1 - D$,
#   её мы и используем.
# * Обучение неустойчиво: градиентная игра вращается вокруг равновесия, цель всё время
#   смещается, а баланс сил игроков хрупок; функции потерь — не индикатор прогресса.
# * **Коллапс мод** (высокое качество, низкое разнообразие) легко спровоцировать и легко
#   измерить на окружности из гауссиан: достаточно пересчитать покрытые моды.
#
# ## Упражнения
#
# 1. **Насколько узко — это слишком?** Задайте `NARROW_WIDTH` равным 4, 16 и 32. Начиная с какой
#    ширины генератор покрывает все восемь мод?
# 2. **Слишком ретивый мошенник.** Задайте `G_LEARNING_RATE = 1e-2` (в десять раз больше, чем у
#    дискриминатора). Постройте кривую покрытых мод: успокаивается ли она или генератор
#    перескакивает с моды на моду?
# 3. **Насыщение на практике.** Замените в `train_step` функцию потерь генератора на
#    минимаксную: `g_loss = -bce(tf.zeros_like(logits), logits)` (то есть минимизируйте
#    $\log(1 - D(G(z)))$). Как меняются первые несколько сотен шагов?
# 4. **Как повезёт.** Обучите нормальную GAN с `SEED` = 0…4. В скольких запусках к концу покрыты
#    все 8 мод? Что это говорит о привычке судить о GAN по одному запуску?
# 5. **Проверяем теорию.** В одномерном примере положите `p_g = p_data`. Чему равны $D^*$, JSD и
#    $V(D^*, G)$?
# 6. ★ **С карандашом.** Покажите, что при $D = D^*$ для ненасыщающейся функции потерь
#    $\mathbb{E}_{p_g}[-\log D^*(x)] = \mathrm{KL}(p_g \,\|\, p_{data}) - 2\,\mathrm{JSD}(p_{data} \,\|\, p_g) + \mathbb{E}_{p_{data}}[\log D^*(x)] + \log 4$.
#    Почему обратная KL-дивергенция $\mathrm{KL}(p_g \,\|\, p_{data})$ сурово наказывает
#    неправдоподобные сэмплы и лишь слегка — пропущенные моды? (Arjovsky & Bottou, 2017.)

# %% [markdown] lang="es"
# El generador estrecho termina ocupando solo unos pocos de los ocho modos. Sus muestras no
# son peores que las del generador sano (una fracción parecida, o incluso mayor, cae cerca de
# un modo), pero falta la mayor parte del anillo: un colapso de manual, que las curvas de
# pérdida por sí solas no delatarían. Fíjate en el mapa del discriminador: sigue marcando como
# «reales» los modos abandonados, pero un generador tan pequeño no puede repartir su masa entre
# todos a la vez. (El hilo de puntos entre modos tampoco es casualidad: un generador es una
# función continua de $z$, así que no puede saltar de un modo al siguiente sin dejar rastro;
# el generador sano deja los mismos rastros, solo que más tenues.)
#
# Contar modos es fácil en 2-D; con imágenes, no. Por eso en el cuaderno 6 mediremos por
# separado la *calidad* y la *diversidad* (precisión y exhaustividad de las imágenes
# generadas). Entre los remedios conocidos están un generador con capacidad suficiente, las
# estadísticas por minilote en el discriminador, las GAN desenrolladas (*unrolled*), el
# condicionamiento en la clase y la pérdida de Wasserstein de WGAN-GP.
#
# ## Resumen
#
# * Una GAN es el juego minimax $\min_G \max_D V(D, G)$; en el código, $D$ minimiza una
#   entropía cruzada binaria (reales → 1, generadas → 0) y los dos jugadores se turnan.
# * Con el generador fijo, el discriminador óptimo es $D^* = p_{data} / (p_{data} + p_g)$;
#   frente a él, el generador minimiza $-\log 4 + 2\,\mathrm{JSD}(p_{data} \,\|\, p_g)$, cuyo
#   mínimo es $p_g = p_{data}$, con $D^* \equiv 1/2$.
# * La pérdida minimax del generador se satura cuando $D(G(z)) \approx 0$ (su gradiente
#   respecto al logit es $D$); la pérdida **no saturante** $-\log D(G(z))$ conserva un
#   gradiente $1 - D$ y es la que usamos.
# * El entrenamiento es inestable porque el juego de gradientes gira alrededor del equilibrio,
#   el objetivo se mueve y el equilibrio de fuerzas es frágil; las pérdidas no son una barra de
#   progreso.
# * El **colapso de modos** (mucha calidad, poca diversidad) es fácil de provocar y de medir en
#   un anillo de gaussianas: basta contar los modos cubiertos.
#
# ## Ejercicios
#
# 1. **¿Cuánto es demasiado estrecho?** Prueba `NARROW_WIDTH` = 4, 16 y 32. ¿A partir de qué
#    anchura cubre el generador los ocho modos?
# 2. **Un falsificador impaciente.** Pon `G_LEARNING_RATE = 1e-2` (diez veces la del
#    discriminador). Dibuja la curva de modos cubiertos: ¿se estabiliza o el generador salta de
#    un modo a otro?
# 3. **La saturación en la práctica.** En `train_step`, cambia la pérdida del generador por la
#    minimax: `g_loss = -bce(tf.zeros_like(logits), logits)` (es decir, minimiza
#    $\log(1 - D(G(z)))$). ¿Cómo cambian los primeros cientos de pasos?
# 4. **Cuestión de suerte.** Entrena la GAN sana con `SEED` = 0…4. ¿En cuántas ejecuciones
#    quedan cubiertos los 8 modos al final? ¿Qué te dice eso de juzgar una GAN por una sola
#    ejecución?
# 5. **Comprueba la teoría.** En el ejemplo 1-D, pon `p_g = p_data`. ¿Cuánto valen $D^*$, la JSD
#    y $V(D^*, G)$?
# 6. ★ **Con lápiz y papel.** Demuestra que, con $D = D^*$, el objetivo no saturante cumple
#    $\mathbb{E}_{p_g}[-\log D^*(x)] = \mathrm{KL}(p_g \,\|\, p_{data}) - 2\,\mathrm{JSD}(p_{data} \,\|\, p_g) + \mathbb{E}_{p_{data}}[\log D^*(x)] + \log 4$.
#    ¿Por qué el término de KL inversa $\mathrm{KL}(p_g \,\|\, p_{data})$ castiga mucho las
#    muestras falsas y poco los modos que faltan? (Arjovsky y Bottou, 2017.)
