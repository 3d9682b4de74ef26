# %% [markdown] lang="en"
# # 1 · GAN theory: a game between two networks
#
# *The minimax game, the optimal discriminator, the non-saturating loss, why training is unstable, and two faces of mode collapse — on a toy GAN that trains in seconds.* · ⏱ ~1 min on a 2-core CPU; no GPU needed (GPU: not measured yet)
#
# {{badges}}

# %% [markdown] lang="ru"
# # 1 · Теория GAN: игра двух сетей
#
# *Минимаксная игра, оптимальный дискриминатор, ненасыщающаяся функция потерь, почему обучение неустойчиво и два лица коллапса мод — на игрушечной GAN, которая обучается за секунды.* · ⏱ ~1 мин на CPU с 2 ядрами; GPU не нужен (время на GPU пока не измерено)
#
# {{badges}}

# %% [markdown] lang="es"
# # 1 · Teoría de las GAN: un juego entre dos redes
#
# *El juego minimax, el discriminador óptimo, la pérdida no saturante, por qué el entrenamiento es inestable y las dos caras del colapso de modos, con una GAN de juguete que se entrena en segundos.* · ⏱ ~1 min en una CPU de 2 núcleos; no hace falta GPU (en GPU, sin medir todavía)
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
NARROW_WIDTH = 8  # hidden units per layer of the narrow generator that drops modes
HOP_G_LEARNING_RATE = 1e-2  # generator learning rate of the full-width run that hops between modes

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
# **целевой функцией** (функцией выигрыша):
#
# $$
# \min_G \max_D V(D, G) =
# \mathbb{E}_{x \sim p_{data}}\big[\log D(x)\big] +
# \mathbb{E}_{z \sim p_z}\big[\log\big(1 - D(G(z))\big)\big].
# $$
#
# * $p_{data}$ — распределение настоящих изображений, $p_z$ — распределение шума (у нас
#   $\mathcal{N}(0, I)$), $p_g$ — распределение сгенерированных сэмплов $G(z)$.
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
# Обучение идёт поочерёдно: шаг градиентного спуска для $D$ на мини-батче настоящих и батче
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
# El entrenamiento alterna: un paso de gradiente para $D$ con un lote (*batch*) de imágenes
# reales y otro de generadas, y después un paso para $G$ a través del $D$ ya actualizado. Más abajo
# escribiremos exactamente ese bucle; `ganlib.train.GAN` es el mismo bucle, empaquetado.

# %%
import time

import matplotlib.pyplot as plt
import numpy as np

# ganlib first: imported before TensorFlow, it hides TensorFlow's C++ start-up log lines
from ganlib.i18n import label, notebook_texts

import keras
import tensorflow as tf
from keras import layers

say = notebook_texts("01", LANG)  # what this notebook prints and draws, in LANG (ganlib/i18n/nb01.py)

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
# $\log 2$ and gives the generator no useful direction. WGAN-GP replaces it with a distance
# that does not saturate; a notebook on it is planned, not written yet.
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
# двигаться. WGAN-GP заменяет её расстоянием, которое не насыщается; блокнот о нём
# запланирован, но пока не написан.
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
# WGAN-GP la sustituye por una distancia que no se satura; hay previsto un cuaderno sobre
# ella, aún sin escribir.
#
# Comprobemos las fórmulas numéricamente en una dimensión, con una densidad «real» bimodal
# (con dos picos) y un generador unimodal.

# %%
def normal_pdf(x, mean, std):
    return np.exp(-0.5 * ((x - mean) / std) ** 2) / (std * np.sqrt(2 * np.pi))


x = np.linspace(-6, 8, 4001)
dx = x[1] - x[0]
p_data = 0.5 * normal_pdf(x, -1.0, 0.6) + 0.5 * normal_pdf(x, 1.5, 0.8)  # the "real" density
p_g = normal_pdf(x, 2.5, 1.2)  # what a (poor) generator produces
d_star = p_data / (p_data + p_g)  # the optimal discriminator

fig, (top, bottom) = plt.subplots(2, 1, figsize=(7, 4.5), sharex=True)
top.fill_between(x, p_data, alpha=0.4, label=say("p_data"))
top.fill_between(x, p_g, alpha=0.4, label=say("p_g"))
top.set_ylabel(say("density"))
top.legend()
bottom.plot(x, d_star, color="black", label=say("d_star"))
bottom.axhline(0.5, color="gray", ls=":", label=say("half"))
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
print(say("v_star", v=integral(p_data * np.log(d_star) + p_g * np.log(1 - d_star))))
print(say("v_jsd", v=-np.log(4) + 2 * jsd))
print(say("v_half", v=integral(p_data * np.log(0.5) + p_g * np.log(0.5))))
print(say("jsd", jsd=jsd, log2=np.log(2)))

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
# (`ganlib.train.GAN.generator_loss`). `tf.GradientTape` computes both gradients for us, and
# we plot them:

# %% [markdown] lang="ru"
# Оптимальный дискриминатор выигрывает у «ничего не понимающего» ($D \equiv 1/2$), и разница
# ровно $2\,\mathrm{JSD}$. Задача генератора — свести эту разницу к нулю.
#
# ## Функция потерь генератора: насыщающаяся и ненасыщающаяся
#
# В начале обучения генератор слаб, и дискриминатор уверенно отвергает его сэмплы:
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
# перекрёстную энтропию своих сэмплов с меткой «настоящее». Обе функции стремятся увеличить
# $D(G(z))$ и имеют одну и ту же неподвижную точку, но **ненасыщающаяся функция потерь** даёт
# сильный градиент, когда $D(G(z))$ мало. Именно она используется для генератора во всех GAN
# этого курса (`ganlib.train.GAN.generator_loss`). Посчитаем оба градиента с
# `tf.GradientTape` и построим графики:

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
# GAN de la serie (`ganlib.train.GAN.generator_loss`). `tf.GradientTape` calcula los dos
# gradientes y los dibujamos:

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
    ax.axvspan(0, 0.1, color="tab:red", alpha=0.1, label=say("early"))
    ax.set_xlabel(say("d_of_g"))
    ax.grid(alpha=0.3)
left.plot(d_of_g, saturating, label=say("saturating"))
left.plot(d_of_g, non_saturating, label=say("non_saturating"))
left.set_ylim(-5, 5)
left.set_ylabel(say("g_loss"))
left.legend(fontsize=8)
right.plot(d_of_g, np.abs(grad_saturating), label=say("saturating"))
right.plot(d_of_g, np.abs(grad_non_saturating), label=say("non_saturating"))
right.set_ylabel(say("grad"))
right.legend(fontsize=8)
fig.tight_layout()
plt.show()
weak, strong = abs(float(grad_saturating[0])), abs(float(grad_non_saturating[0]))
print(say("grad_print", d=float(d_of_g[0]), s=weak, n=strong, ratio=strong / weak))

# %% [markdown] lang="en"
# At $D(G(z)) = 0.001$ the non-saturating gradient is about a thousand times stronger.
#
# ## A toy playground: eight Gaussians on a ring
#
# Images live in 784 dimensions, which makes it hard to *see* what a GAN does. The classic
# remedy is a 2D toy problem: a mixture of 8 Gaussians whose centres sit on a circle of
# radius 2, each with standard deviation $\sigma = 0.05$. Every sample is a point we can plot,
# and every **mode** (bump) is easy to check. We measure two things on a batch of generated
# points:
#
# * **modes covered** (diversity): a point is *near* a mode when it lies within $3\sigma$ of its
#   centre; a mode counts as covered when it receives at least 20% of its fair share
#   ($1/8$) of the points, that is at least 2.5% of all of them;
# * **share of points near a mode** (quality): how many generated points look like real data.

# %% [markdown] lang="ru"
# При $D(G(z)) = 0{,}001$ градиент ненасыщающейся функции потерь примерно в тысячу раз сильнее.
#
# ## Игрушечный полигон: восемь гауссиан на окружности
#
# Изображения лежат в 784-мерном пространстве, и *увидеть*, что делает GAN, там трудно.
# Классический выход — двумерная игрушечная задача: смесь 8 гауссиан, центры которых лежат на
# окружности радиуса 2, со стандартным отклонением $\sigma = 0{,}05$. Каждый сэмпл — точка на
# плоскости, а каждую **моду** (горб распределения) легко проверить. На мини-батче сгенерированных
# точек будем измерять две величины:
#
# * **покрытые моды** (разнообразие): точка считается *близкой* к моде, если лежит в пределах
#   $3\sigma$ от её центра; мода покрыта, если к ней попало хотя бы 20 % от её «честной доли»
#   ($1/8$) точек, то есть не меньше 2,5 % всех точек;
# * **доля точек рядом с модами** (качество): сколько сгенерированных точек похожи на настоящие.

# %% [markdown] lang="es"
# Con $D(G(z)) = 0{,}001$, el gradiente de la pérdida no saturante es unas mil veces más fuerte.
#
# ## Un campo de pruebas de juguete: ocho gaussianas en un anillo
#
# Las imágenes están en un espacio de 784 dimensiones, así que es difícil *ver* lo que hace
# una GAN. El remedio clásico es un problema de juguete en 2D: una mezcla de 8 gaussianas con centros en
# una circunferencia de radio 2 y desviación típica $\sigma = 0{,}05$. Cada muestra es un
# punto que podemos dibujar, y cada **modo** (cada pico de la distribución) es fácil de
# comprobar. En un lote de puntos generados medimos dos cosas:
#
# * **modos cubiertos** (diversidad): un punto está *cerca* de un modo si queda a menos de
#   $3\sigma$ de su centro; un modo cuenta como cubierto si recibe al menos el 20 % de lo que
#   le correspondería en un reparto uniforme ($1/8$ de los puntos), es decir, al menos el 2,5 % del total;
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


def mode_shares(points):
    """Share of the points within 3 sigma of each mode centre (8 numbers; their sum is the share near a mode)."""
    distances = np.linalg.norm(points[:, None, :] - CENTRES[None, :, :], axis=-1)  # (N, 8)
    near = distances.min(axis=1) < 3 * STD
    return np.bincount(distances.argmin(axis=1)[near], minlength=N_MODES) / len(points)


def mode_coverage(points, min_share=0.2):
    """(modes covered, share of points within 3 sigma of a mode centre)."""
    shares = mode_shares(points)
    return int(np.sum(shares >= min_share / N_MODES)), float(shares.sum())


real_points = sample_real(2000, np.random.default_rng(SEED))
fig, ax = plt.subplots(figsize=(4, 4))
ax.scatter(*real_points.T, s=2, color="black", alpha=0.4, label=say("real"))
ax.scatter(*CENTRES.T, s=60, marker="+", color="tab:red", label=say("centre"))
ax.set_aspect("equal")
ax.set_xlim(-3, 3)
ax.set_ylim(-3, 3)
ax.set_title(say("ring"), fontsize=10)
ax.legend(loc="center", fontsize=8)
plt.show()
covered, near = mode_coverage(real_points)
print(say("ring_print", covered=covered, near=near))

# %% [markdown] lang="en"
# Real data covers all 8 modes, and almost every point lies near one (in 2D a Gaussian puts
# 98.9% of its mass within $3\sigma$ of its centre).
#
# ## Two small networks and one training step
#
# Both players are **multilayer perceptrons** (MLPs) with two hidden layers of `WIDTH` ReLU
# units. The generator maps 2D noise $z \sim \mathcal{N}(0, I)$ to a point $(x, y)$; the
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
# machine (other hardware may round differently and end up slightly elsewhere). Its two
# learning rates default to the parameters cell's; later sections override them for one run.

# %% [markdown] lang="ru"
# Настоящие данные покрывают все 8 мод, и почти каждая точка лежит рядом с модой (у двумерной
# гауссианы на круг радиуса $3\sigma$ вокруг центра приходится 98,9 % массы).
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
# Чтобы следить за игрой, `train_toy_gan` хранит 2 000 фиксированных векторов шума и на
# нескольких выбранных шагах запоминает, куда генератор их отправляет и что дискриминатор думает
# о каждой точке плоскости. Всё зафиксировано зерном: одно и то же зерно `SEED` на одной и той
# же машине даёт один и тот же запуск (на другом железе округление может отличаться, и результат
# немного сместится). Обе скорости обучения по умолчанию берутся из ячейки параметров; в
# следующих разделах мы меняем их для отдельных запусков.

# %% [markdown] lang="es"
# Los datos reales cubren los 8 modos y casi todos sus puntos quedan cerca de uno (en 2D, una
# gaussiana concentra el 98,9 % de su masa a menos de $3\sigma$ de su centro).
#
# ## Dos redes pequeñas y un paso de entrenamiento
#
# Los dos jugadores son **perceptrones multicapa** (MLP) con dos capas ocultas de `WIDTH`
# neuronas ReLU. El generador transforma ruido 2D $z \sim \mathcal{N}(0, I)$ en un punto
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
# plano. Todas las fuentes de azar tienen semilla fija: la misma `SEED` da la misma ejecución
# en la misma máquina (otro hardware puede redondear distinto y acabar en un resultado algo
# diferente). Sus dos tasas de aprendizaje son por defecto las de la celda de parámetros; las
# secciones siguientes las cambian para una ejecución concreta.

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


def train_toy_gan(g_width, steps=STEPS, seed=SEED, snapshot_steps=(), eval_every=50,
                  g_learning_rate=G_LEARNING_RATE, d_learning_rate=D_LEARNING_RATE):
    keras.utils.set_random_seed(seed)  # initial weights
    generator = mlp(LATENT_DIM, 2, g_width, "generator")
    discriminator = mlp(2, 1, WIDTH, "discriminator")
    g_optimizer = keras.optimizers.Adam(g_learning_rate, beta_1=0.5)
    d_optimizer = keras.optimizers.Adam(d_learning_rate, beta_1=0.5)

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
    run = {"snapshots": {}, "coverage": [], "shares": [], "history": []}
    start = time.perf_counter()
    for step in range(steps + 1):
        if step in snapshot_steps or step == steps:
            d_map = tf.sigmoid(discriminator(GRID_POINTS)).numpy().reshape(GRID_X.shape)
            run["snapshots"][step] = (generator(z_eval).numpy(), d_map)
        if step % eval_every == 0 or step == steps:
            points = generator(z_eval).numpy()
            run["coverage"].append((step, *mode_coverage(points)))
            run["shares"].append(mode_shares(points))
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
print(say("run_print", steps=STEPS, s=healthy["seconds"], m=covered, q=near))

# %% [markdown] lang="en"
# ## Watching the game
#
# Each panel shows the plane at one step. The shading is the discriminator's opinion
# $D(x)$ (dark = "real"), black dots are real data, red dots the generator's samples.

# %% [markdown] lang="ru"
# ## Наблюдаем за игрой
#
# Каждая панель — плоскость на одном шаге. Заливка — мнение дискриминатора $D(x)$ (темнее —
# «настоящее»), чёрные точки — настоящие данные, красные — сэмплы генератора.

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
        ax.set_title(say("snapshot", step=step, covered=covered), fontsize=10)
        ax.set(xlim=(-3, 3), ylim=(-3, 3), xticks=[], yticks=[], aspect="equal")
    fig.colorbar(shading, ax=axes.ravel().tolist(), shrink=0.7, label=say("d_map"))
    fig.suptitle(title, fontsize=11)
    plt.show()


plot_snapshots(healthy, say("game", width=WIDTH))

# %% [markdown] lang="en"
# Read the panels from left to right and top to bottom:
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
# Читаем панели слева направо и сверху вниз:
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
# Leamos los paneles de izquierda a derecha y de arriba abajo:
#
# * **Paso 0.** El generador sin entrenar comprime todo el ruido en una manchita cerca del
#   origen; el discriminador sin entrenar aún no tiene una opinión clara.
# * **Primeros pasos.** El discriminador aprende deprisa y declara «falsa» la mancha. Su mapa
#   *es* la única señal del generador: los puntos generados huyen de las zonas marcadas como
#   falsas y se dispersan, a menudo pasándose del anillo.
# * **A medio camino.** Los puntos se reúnen sobre el anillo y se dividen en grupos, uno por modo.
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
right.plot(history[:, 0], history[:, 3], lw=1, label=say("d_real"))
right.plot(history[:, 0], history[:, 4], lw=1, label=say("d_fake"))
right.axhline(0.5, color="gray", ls=":", label=say("equilibrium"))
right.set_xlabel(label("step", LANG))
right.set_ylabel(say("prob"))
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
# 3. **Balance.** A discriminator that wins too easily can leave the generator a saturated,
#    uninformative signal (recall the JSD stuck at $\log 2$, and the minimax loss); one that is
#    too weak gives it meaningless directions. We measure both below.
# 4. **Sensitivity.** Learning rates, Adam's $\beta_1$, architecture and even the seed can
#    decide between success and failure. DCGAN (notebooks 4 and 5) is largely a collection of
#    recipes that make the game behave; WGAN-GP (planned) changes the game itself.

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
# 3. **Баланс сил.** Дискриминатор, который побеждает слишком легко, может оставить генератору
#    насыщенный, бесполезный сигнал (вспомните JSD, застрявшую на $\log 2$, и минимаксную
#    функцию потерь); слишком слабый указывает бессмысленные направления. Ниже мы измерим и то
#    и другое.
# 4. **Чувствительность.** Скорость обучения, $\beta_1$ в Adam, архитектура и даже зерно могут
#    решить, получится ли что-нибудь. DCGAN (блокноты 4 и 5) — во многом набор рецептов,
#    которые делают игру послушной; WGAN-GP (запланирован) меняет саму игру.

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
# El descenso de gradiente está pensado para encontrar un mínimo. Una GAN le pide encontrar
# un **punto de silla** de un juego, y hay varias cosas que fallan:
#
# 1. **Rotación.** Cada jugador sigue su propio gradiente, y el campo conjunto puede girar
#    alrededor del equilibrio en lugar de apuntar hacia él. El ejemplo más pequeño es
#    $\min_x \max_y V(x, y) = xy$, con equilibrio en $(0, 0)$. El descenso-ascenso de
#    gradiente simultáneo con paso $\eta$ da $(x, y) \leftarrow (x - \eta y,\; y + \eta x)$, que
#    multiplica $x^2 + y^2$ por $1 + \eta^2$ en cada paso: una espiral *hacia fuera*. Las
#    actualizaciones alternas, como en nuestro `train_step`, se portan mejor, pero orbitan para
#    siempre (siguiente figura).
# 2. **Un blanco móvil.** La tarea del discriminador cambia cada vez que se mueve el generador,
#    y viceversa: ningún jugador entrena nunca con un problema fijo.
# 3. **Equilibrio de fuerzas.** Un discriminador que gana con demasiada facilidad puede dejarle
#    al generador una señal saturada y sin información (recuerda la JSD clavada en $\log 2$ y la
#    pérdida minimax); uno demasiado débil le marca direcciones sin sentido. Más abajo medimos
#    los dos casos.
# 4. **Sensibilidad.** Las tasas de aprendizaje, la $\beta_1$ de Adam, la arquitectura e incluso
#    la semilla pueden decidir entre el éxito y el fracaso. DCGAN (cuadernos 4 y 5) es en gran
#    parte un recetario para que el juego se porte bien; WGAN-GP (previsto) cambia el propio juego.

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
    ax.plot(*path.T, lw=1, label=say(name))
    ax.plot(*path[-1], "o", ms=4, color=ax.lines[-1].get_color())
ax.plot(0, 0, "k*", ms=12, label=say("equilibrium"))
ax.set_xlabel("$x$ (min)")
ax.set_ylabel("$y$ (max)")
ax.set_aspect("equal")
ax.grid(alpha=0.3)
ax.legend(fontsize=8, loc="lower left")
ax.set_title(say("bilinear"), fontsize=10)
plt.show()

# %% [markdown] lang="en"
# ## Balance, measured
#
# Point 3 is easy to try on the toy. The next cell trains the healthy GAN twice more, once with
# the discriminator's learning rate divided by 10 and once multiplied by 10; data, seed and
# generator stay the same. What to expect:
#
# * a **slow detective** draws only a vague map of "real" and "fake", so the generator is pushed
#   in directions that say little about the data;
# * a **fast detective** rejects generated points with confidence. With the minimax loss that
#   would starve the generator (its gradient is $D(G(z)) \approx 0$); the non-saturating loss
#   keeps a gradient of $1 - D$.
#
# The lines under the figure say what happened in this run.

# %% [markdown] lang="ru"
# ## Баланс сил в цифрах
#
# Пункт 3 легко проверить на игрушке. Следующая ячейка обучает широкую GAN ещё дважды: со
# скоростью обучения дискриминатора, уменьшенной в 10 раз, и с увеличенной в 10 раз; данные,
# зерно и генератор те же. Чего ждать:
#
# * **медлительный детектив** рисует лишь размытую карту «настоящего» и «подделки», и генератор
#   получает направления, которые мало говорят о данных;
# * **быстрый детектив** уверенно отвергает сгенерированные точки. С минимаксной функцией потерь
#   генератор остался бы без сигнала (его градиент равен $D(G(z)) \approx 0$), а ненасыщающаяся
#   сохраняет градиент $1 - D$.
#
# Что получилось в этом запуске, сообщают строки под рисунком.

# %% [markdown] lang="es"
# ## El equilibrio de fuerzas, medido
#
# El punto 3 es fácil de probar con el juguete. La celda siguiente entrena dos veces más la GAN
# sana: una con la tasa de aprendizaje del discriminador dividida entre 10 y otra multiplicada
# por 10; los datos, la semilla y el generador no cambian. Qué cabe esperar:
#
# * un **detective lento** dibuja un mapa vago de lo «real» y lo «falso», así que empuja al
#   generador en direcciones que dicen poco de los datos;
# * un **detective rápido** rechaza con seguridad los puntos generados. Con la pérdida minimax,
#   el generador se quedaría sin señal (su gradiente es $D(G(z)) \approx 0$); la no saturante
#   conserva un gradiente $1 - D$.
#
# Las líneas bajo la figura dicen qué ha pasado en esta ejecución.

# %%
def plot_final(runs, axes):
    """The last snapshot of each run: D's map (shading), real data (black), generated points (red)."""
    for ax, (name, run) in zip(axes, runs.items()):
        step = max(run["snapshots"])
        points, d_map = run["snapshots"][step]
        ax.contourf(GRID_X, GRID_Y, d_map, levels=np.linspace(0, 1, 11), cmap="Blues", vmin=0, vmax=1)
        ax.scatter(*real_points.T, s=1, color="black", alpha=0.3, label=say("real"))
        ax.scatter(*points.T, s=1, color="tab:red", alpha=0.5, label=say("fake"))
        ax.set_title(name + "\n" + say("snapshot", step=step, covered=mode_coverage(points)[0]), fontsize=9)
        ax.set(xlim=(-3, 3), ylim=(-3, 3), xticks=[], yticks=[], aspect="equal")


def last_outputs(run, window=100):
    """Mean D(x) and D(G(z)) over the last ``window`` training steps of a run."""
    history = np.array(run["history"])  # columns: step, d_loss, g_loss, D(real), D(fake)
    recent = history[history[:, 0] > history[-1, 0] - window]
    return recent[:, 3].mean(), recent[:, 4].mean()


balance = {
    say("d_weak", lr=D_LEARNING_RATE / 10): train_toy_gan(WIDTH, d_learning_rate=D_LEARNING_RATE / 10),
    say("d_same", lr=D_LEARNING_RATE): healthy,
    say("d_strong", lr=D_LEARNING_RATE * 10): train_toy_gan(WIDTH, d_learning_rate=D_LEARNING_RATE * 10),
}
fig, axes = plt.subplots(1, 3, figsize=(12, 4.3))
plot_final(balance, axes)
axes[0].legend(loc="center", fontsize=8, markerscale=5)
fig.tight_layout()
plt.show()

results = []
for name, run in balance.items():
    covered, near = mode_coverage(run["snapshots"][STEPS][0])
    results.append((covered, near))
    print(say("balance_line", name=name, covered=covered, near=near, **dict(zip(("d_real", "d_fake"), last_outputs(run)))))
(slow, slow_near), (same, _), (fast, _) = results
print(say("strong_ok" if fast >= same else "strong_bad", covered=fast, same=same))
print(say("weak_bad" if slow < same else "weak_ok", covered=slow, near=slow_near))

# %% [markdown] lang="en"
# Balance is not only a matter of learning rates: the sizes of the two networks, the number of
# discriminator steps per generator step and the loss all shift it. Exercise 3 gives the fast
# detective the minimax loss.
#
# ## Mode collapse: dropping and hopping
#
# Nothing in the generator's loss asks for *variety*. The generator is rewarded for every
# sample that fools the discriminator, not for covering all of $p_{data}$. Two failures follow,
# and both go by the name of **mode collapse**:
#
# * **mode hopping**, the dynamic form. The generator finds a few points the discriminator
#   believes and sends more and more noise there, a perfectly good move in the short term. The
#   discriminator then learns that those points are suspicious, the generator moves on to
#   others, and the game can cycle from mode to mode without ever covering them all.
#   Goodfellow et al. (2014) call the extreme case, many values of $z$ sent to the same $x$,
#   the "Helvetica scenario", and warn that it comes from training $G$ too much without
#   updating $D$. Metz et al. (2016) show a GAN on a ring of eight Gaussians like ours visiting
#   one mode after another.
# * **mode dropping**, the static form. The generator settles on some modes and leaves out the
#   rest for good, for example because it is too small to represent them all.
#
# Either way the symptom is characteristic: samples that look realistic but lack variety,
# **high quality, low diversity**.
#
# Let's provoke both. Each run changes one thing in the healthy run: a **narrow** generator,
# whose hidden layers have `NARROW_WIDTH` units instead of `WIDTH`, and a full-width
# generator with learning rate `HOP_G_LEARNING_RATE`, ten times the discriminator's. The top
# row shows the last step of each run. The bottom row shows, for every mode (rows) and every
# check (every 50 steps), the share of the 2000 fixed noise vectors that the generator sends
# near that mode: a mode covered for good is a steady band, a dropped mode an empty row, and
# hopping shows up as patches that come and go.

# %% [markdown] lang="ru"
# Баланс сил зависит не только от скоростей обучения: его сдвигают и размеры обеих сетей, и
# число шагов дискриминатора на один шаг генератора, и функция потерь. В упражнении 3 быстрый
# детектив получит минимаксную функцию потерь.
#
# ## Коллапс мод: выпадение и перескоки
#
# Ничто в функции потерь генератора не требует *разнообразия*. Генератор получает награду за
# каждый сэмпл, обманувший дискриминатор, а вовсе не за то, что покрыл всё $p_{data}$. Отсюда
# два вида неудач, и оба называют **коллапсом мод**:
#
# * **перескоки между модами** — динамическая форма. Генератор находит несколько точек, которым
#   дискриминатор верит, и отправляет туда всё больше шума — в краткосрочной перспективе
#   отличный ход. Потом дискриминатор понимает, что эти точки подозрительны, генератор
#   перебирается к другим, и игра может ходить по кругу от моды к моде, так и не покрыв их все.
#   Крайний случай, когда много значений $z$ отображаются в один и тот же $x$, Goodfellow et al.
#   (2014) называют «сценарием Helvetica» и предупреждают, что он возникает, если слишком долго
#   обучать $G$, не обновляя $D$. Metz et al. (2016) показывают GAN, которая на такой же, как у
#   нас, окружности из восьми гауссиан обходит моды одну за другой.
# * **выпадение мод** — статическая форма. Генератор закрепляется на части мод, а остальные
#   теряет насовсем, например потому, что он слишком мал, чтобы представить их все.
#
# В обоих случаях симптом узнаваем: сэмплы правдоподобные, но однообразные — **высокое качество
# при низком разнообразии**.
#
# Спровоцируем и то и другое. Каждый запуск меняет в широкой GAN одно: **узкий** генератор, у
# которого в скрытых слоях `NARROW_WIDTH` нейронов вместо `WIDTH`, и генератор полной ширины
# со скоростью обучения `HOP_G_LEARNING_RATE`, в десять раз больше, чем у дискриминатора. В
# верхнем ряду — последний шаг каждого запуска. В нижнем — для каждой моды (строки) и каждой
# проверки (раз в 50 шагов) доля из 2 000 фиксированных векторов шума, которую генератор
# отправляет к этой моде: устойчиво покрытая мода — ровная полоса, выпавшая — пустая строка, а
# перескоки видны как пятна, которые появляются и исчезают.

# %% [markdown] lang="es"
# El equilibrio de fuerzas no depende solo de las tasas de aprendizaje: también lo mueven el
# tamaño de las dos redes, el número de pasos del discriminador por cada paso del generador y
# la pérdida. En el ejercicio 3, el detective rápido recibe la pérdida minimax.
#
# ## Colapso de modos: pérdida y salto entre modos
#
# Nada en la pérdida del generador pide *variedad*. El generador recibe premio por cada
# muestra que engaña al discriminador, no por cubrir toda $p_{data}$. De ahí salen dos fallos,
# y a los dos se les llama **colapso de modos**:
#
# * el **salto entre modos**, la forma dinámica. El generador encuentra unos pocos puntos que
#   el discriminador se cree y manda allí cada vez más ruido, una jugada estupenda a corto
#   plazo. Después el discriminador aprende que esos puntos son sospechosos, el generador se va
#   a otros, y el juego puede ir de modo en modo sin cubrirlos nunca todos. Al caso extremo,
#   muchos valores de $z$ enviados al mismo $x$, Goodfellow et al. (2014) lo llaman el
#   «escenario Helvetica», y advierten de que aparece si se entrena demasiado $G$ sin
#   actualizar $D$. Metz et al. (2016) muestran una GAN que recorre uno tras otro los modos de
#   un anillo de ocho gaussianas como el nuestro.
# * la **pérdida de modos**, la forma estática. El generador se queda con algunos modos y
#   abandona el resto para siempre, por ejemplo porque es demasiado pequeño para representarlos
#   todos.
#
# En ambos casos el síntoma es inconfundible: muestras realistas, pero con poca variedad:
# **mucha calidad, poca diversidad**.
#
# Provoquemos las dos. Cada ejecución cambia una sola cosa respecto a la GAN sana: un generador
# **estrecho**, con `NARROW_WIDTH` neuronas por capa oculta en vez de `WIDTH`, y un generador
# de anchura completa con tasa de aprendizaje `HOP_G_LEARNING_RATE`, diez veces la del
# discriminador. La fila de arriba muestra el último paso de cada ejecución. La de abajo
# muestra, para cada modo (filas) y cada comprobación (cada 50 pasos), la fracción de los 2000
# vectores de ruido fijos que el generador envía cerca de ese modo: un modo cubierto de forma
# estable es una franja continua; un modo perdido, una fila vacía; los saltos aparecen como
# manchas que van y vienen.

# %%
def mode_hopping(run, min_share=0.2):
    """Second half of a run: (modes covered at a time on average, modes covered at some check,
    checks at which the set of covered modes changed, checks compared)."""
    covered = np.array(run["shares"])[len(run["shares"]) // 2 :] >= min_share / N_MODES  # (checks, 8)
    changes = int(np.any(covered[1:] != covered[:-1], axis=1).sum())
    return float(covered.sum(axis=1).mean()), int(covered.any(axis=0).sum()), changes, len(covered) - 1


narrow = train_toy_gan(NARROW_WIDTH)
hopping = train_toy_gan(WIDTH, g_learning_rate=HOP_G_LEARNING_RATE)
runs = {
    say("healthy", width=WIDTH): healthy,
    say("narrow", width=NARROW_WIDTH): narrow,
    say("hopping", lr=HOP_G_LEARNING_RATE): hopping,
}

fig, axes = plt.subplots(2, 3, figsize=(13, 8), height_ratios=[1.3, 1], layout="constrained")
plot_final(runs, axes[0])
axes[0, 0].legend(loc="center", fontsize=8, markerscale=5)
for ax, run in zip(axes[1], runs.values()):
    steps = [step for step, *_ in run["coverage"]]
    shading = ax.imshow(np.array(run["shares"]).T, origin="lower", aspect="auto", cmap="Reds", vmin=0, vmax=0.2,
                        extent=(steps[0], steps[-1], -0.5, N_MODES - 0.5), interpolation="nearest")
    ax.set(xlabel=label("step", LANG), ylabel=say("mode"), yticks=range(N_MODES))
    ax.set_title(say("shares"), fontsize=9)
fig.colorbar(shading, ax=axes[1].tolist(), shrink=0.9, label=say("share"))
plt.show()

for name, run in runs.items():
    covered, near = mode_coverage(run["snapshots"][STEPS][0])
    mean, ever, changes, checks = mode_hopping(run)
    print(say("collapse_line", name=name, covered=covered, near=near, mean=mean, ever=ever, changes=changes, checks=checks))
mean, ever, changes, checks = mode_hopping(narrow)
print(say("narrow_drops" if ever < N_MODES and changes <= checks / 2 else "narrow_other", ever=ever, changes=changes, checks=checks))
mean, ever, changes, checks = mode_hopping(hopping)
print(say("hop_yes" if changes >= checks / 2 and ever >= mean + 2 else "hop_no", mean=mean, ever=ever, changes=changes, checks=checks))

# %% [markdown] lang="en"
# Read the printed lines together with the bottom row.
#
# * The **narrow generator** shows *capacity-limited mode dropping*: a few modes, kept for most
#   of the run, and the rest left empty. The discriminator's map still marks the abandoned modes
#   as "real", but a generator this small cannot spread its mass over all of them at once. (The
#   thin streak of points between modes is no accident either: a generator is a continuous
#   function of $z$, so it cannot move from one mode to the next without leaving a trail; the
#   healthy generator shows the same trails, only fainter.)
# * The **fast generator** has all the capacity it needs. What the lines count is whether its
#   set of covered modes keeps changing, which is hopping. In our runs it was messier than the
#   textbook picture of a generator visiting one mode at a time: it covered several modes at
#   once. Compare also its share of points near a mode with the healthy run's.
#
# The loss curves alone would reveal neither failure. Counting modes is easy in 2D; for images
# it is not, which is why notebook 6 measures *quality* and *diversity* separately (precision
# and recall of the generated images). Known remedies include a generator with enough
# capacity, a balanced pair of learning rates, minibatch statistics in the discriminator,
# unrolled GANs (Metz et al., 2016), conditioning on the class, and the Wasserstein loss of
# WGAN-GP (the last two are planned for later notebooks, not written yet).
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
# * **Mode collapse** (high quality, low diversity) comes as **mode dropping** (here: a
#   generator too narrow for eight modes) and **mode hopping** (here: a generator that learns
#   ten times faster than its discriminator). On a ring of Gaussians both are easy to measure:
#   count the modes covered, and watch whether the set changes.
#
# ## Exercises
#
# 1. **How narrow is too narrow?** Set `NARROW_WIDTH` to 4, 16 and 32. From which width on
#    does the generator cover all eight modes?
# 2. **Calm the hopping.** In a new cell, train
#    `train_toy_gan(WIDTH, g_learning_rate=1e-2, d_learning_rate=1e-2)`: the same fast
#    generator against an equally fast discriminator. Print `mode_hopping(...)` for it. Does
#    the hopping stop?
# 3. **Saturation in practice.** In `train_step`, replace the generator loss with the minimax
#    one, `g_loss = -bce(tf.zeros_like(logits), logits)` (that is, minimize
#    $\log(1 - D(G(z)))$). How do the first few hundred steps change? And the run with the 10×
#    faster discriminator?
# 4. **Luck of the draw.** Run the healthy GAN with `SEED` = 0…4. In how many runs are all 8
#    modes covered at the end? What does that tell you about judging a GAN by a single run?
# 5. **Check the theory.** In the 1D example set `p_g = p_data`. What are $D^*$, the JSD and
#    $V(D^*, G)$?
# 6. ★ **Pencil and paper.** With $D = D^*$, show that the non-saturating objective satisfies
#    $\mathbb{E}_{p_g}[-\log D^*(x)] = \mathrm{KL}(p_g \,\|\, p_{data}) - 2\,\mathrm{JSD}(p_{data} \,\|\, p_g) + \mathbb{E}_{p_{data}}[\log D^*(x)] + \log 4$.
#    Why does the reverse KL term $\mathrm{KL}(p_g \,\|\, p_{data})$ punish fake samples
#    heavily but missing modes only lightly? (Arjovsky & Bottou, 2017.)
#
# <details><summary>Solution</summary>
#
# The numbers below come from runs of this notebook's code with `SEED = 1` (4 and 5: the seeds
# listed) on a 2-core CPU. They are approximate: another seed, or hardware that rounds
# differently, gives a somewhat different run.
#
# 1. Modes covered at the end: width 4 → 3, 8 → 2, 16 → 6, 32 → 6, and all 8 only with the
#    default 128. More capacity helps, but not smoothly: the step from "most" to "all" modes is
#    the hard one, and with another seed the counts move by a mode or two.
# 2. Mostly. With equal learning rates of $10^{-2}$, the covered set changed at 6 of 20 checks
#    in the second half (against about 17 with the slow discriminator), about 7.5 modes were
#    covered at a time, and all 8 at the end. Much of the hopping came from the imbalance
#    between the players, not from the large step alone.
# 3. Surprisingly little changes in this toy: the minimax run also covered all 8 modes, and so
#    did the minimax run with the 10× faster discriminator. Look at $D(G(z))$ in the loss figure:
#    saturation needs $D(G(z)) \approx 0$, and when the discriminator does not reject the
#    generated points that confidently, the minimax gradient $D$ is not small. It bites when the
#    discriminator wins clearly, which happens far more easily with images.
# 4. All five ended with 8 modes covered, some much sooner than others (seed 0 was the slowest
#    to settle). So this toy is robust, but "all modes at the end" hides how differently the runs got there; one run says
#    little about a method, which is why notebook 6 compares several seeds.
# 5. $D^* \equiv 1/2$ everywhere, $\mathrm{JSD} = 0$ and $V(D^*, G) = -\log 4 \approx -1.3863$:
#    the generator has nothing left to gain.
# 6. With $D^* = p_{data}/(p_{data} + p_g)$ we have $1 - D^* = p_g/(p_{data} + p_g)$, so
#    $\log\big(1 - D^*(x)\big) - \log D^*(x) = \log\big(p_g(x)/p_{data}(x)\big)$. Taking
#    $\mathbb{E}_{p_g}$ of both sides gives
#    $\mathbb{E}_{p_g}[-\log D^*] = \mathrm{KL}(p_g \,\|\, p_{data}) - \mathbb{E}_{p_g}[\log(1 - D^*)]$.
#    The optimal-discriminator result says
#    $\mathbb{E}_{p_{data}}[\log D^*] + \mathbb{E}_{p_g}[\log(1 - D^*)] = -\log 4 + 2\,\mathrm{JSD}$,
#    so $-\mathbb{E}_{p_g}[\log(1 - D^*)] = \mathbb{E}_{p_{data}}[\log D^*] + \log 4 - 2\,\mathrm{JSD}$;
#    substitute. In $\mathrm{KL}(p_g \,\|\, p_{data}) = \int p_g \log(p_g / p_{data})\,dx$, a fake
#    sample (where $p_g > 0$ but $p_{data} \approx 0$) makes the logarithm huge, while a missing
#    mode (where $p_{data} > 0$ but $p_g \approx 0$) is weighted by $p_g \approx 0$ and costs
#    almost nothing. The JSD term, which would punish both, enters with a minus sign and is at
#    most $\log 2$. So a generator trained with the non-saturating loss prefers dropping a mode to making an
#    implausible sample, which pushes towards mode collapse.
#
# </details>

# %% [markdown] lang="ru"
# Читайте напечатанные строки вместе с нижним рядом рисунка.
#
# * У **узкого генератора** — *выпадение мод из-за нехватки ёмкости*: несколько мод, которые
#   держатся бо́льшую часть обучения, а остальные пусты. Карта дискриминатора по-прежнему
#   отмечает брошенные моды как «настоящие», но такой маленький генератор не может одновременно
#   распределить массу по всем. (Тонкая дорожка точек между модами тоже не случайна: генератор —
#   непрерывная функция от $z$ и не может перейти от одной моды к другой, не оставив следа; у
#   широкого генератора такие же дорожки, только бледнее.)
# * **Быстрому генератору** ёмкости хватает. Строки под рисунком считают, продолжает ли меняться
#   набор покрытых им мод, — это и есть перескоки. В наших запусках картина была запутаннее
#   хрестоматийной, где генератор обходит моды по одной: он покрывал сразу несколько. Сравните и
#   долю его точек рядом с модами с той же долей у широкого генератора.
#
# По одним кривым потерь не заметить ни того, ни другого. В двумерном случае моды легко
# пересчитать, для изображений — нет. Поэтому в блокноте 6 мы отдельно измеряем *качество* и
# *разнообразие*: точность (precision) и полноту (recall) сгенерированных изображений. Среди
# известных средств — генератор достаточной ёмкости, сбалансированные скорости обучения,
# статистики по мини-батчу в дискриминаторе, развёрнутые (unrolled) GAN (Metz et al., 2016),
# обусловливание классом и функция потерь Вассерштейна из WGAN-GP (двум последним темам будут
# посвящены следующие блокноты — они запланированы, но пока не написаны).
#
# ## Итоги
#
# * GAN — минимаксная игра $\min_G \max_D V(D, G)$; в коде $D$ минимизирует бинарную
#   перекрёстную энтропию (настоящие → 1, сгенерированные → 0), а игроки ходят по очереди.
# * При фиксированном генераторе оптимальный дискриминатор равен
#   $D^* = p_{data} / (p_{data} + p_g)$; против него генератор минимизирует величину
#   $-\log 4 + 2\,\mathrm{JSD}(p_{data} \,\|\, p_g)$, которая минимальна при $p_g = p_{data}$,
#   $D^* \equiv 1/2$.
# * Минимаксная функция потерь генератора насыщается при $D(G(z)) \approx 0$ (её градиент по
#   логиту равен $D$); **ненасыщающаяся** функция $-\log D(G(z))$ сохраняет градиент $1 - D$,
#   её мы и используем.
# * Обучение неустойчиво: градиентная игра вращается вокруг равновесия, цель всё время
#   смещается, а баланс сил игроков хрупок; функции потерь — не индикатор прогресса.
# * **Коллапс мод** (высокое качество, низкое разнообразие) бывает **выпадением мод** (у нас —
#   генератор, слишком узкий для восьми мод) и **перескоками между модами** (у нас — генератор,
#   который учится в десять раз быстрее дискриминатора). На окружности из гауссиан оба легко
#   измерить: пересчитать покрытые моды и проследить, меняется ли их набор.
#
# ## Упражнения
#
# 1. **Где предел сужения?** Задайте `NARROW_WIDTH` равным 4, 16 и 32. Начиная с какой ширины
#    генератор покрывает все восемь мод?
# 2. **Успокоить перескоки.** В новой ячейке обучите
#    `train_toy_gan(WIDTH, g_learning_rate=1e-2, d_learning_rate=1e-2)` — тот же быстрый
#    генератор против столь же быстрого дискриминатора. Напечатайте для него
#    `mode_hopping(...)`. Прекратились ли перескоки?
# 3. **Насыщение на практике.** Замените в `train_step` функцию потерь генератора на
#    минимаксную: `g_loss = -bce(tf.zeros_like(logits), logits)` (то есть минимизируйте
#    $\log(1 - D(G(z)))$). Как меняются первые несколько сотен шагов? А запуск с дискриминатором,
#    который учится в 10 раз быстрее?
# 4. **Как повезёт.** Обучите широкую GAN с `SEED` = 0…4. В скольких запусках к концу покрыты
#    все 8 мод? Что это говорит о привычке судить о GAN по одному запуску?
# 5. **Проверяем теорию.** В одномерном примере положите `p_g = p_data`. Чему равны $D^*$, JSD и
#    $V(D^*, G)$?
# 6. ★ **С карандашом.** Покажите, что при $D = D^*$ для ненасыщающейся функции потерь
#    $\mathbb{E}_{p_g}[-\log D^*(x)] = \mathrm{KL}(p_g \,\|\, p_{data}) - 2\,\mathrm{JSD}(p_{data} \,\|\, p_g) + \mathbb{E}_{p_{data}}[\log D^*(x)] + \log 4$.
#    Почему обратная KL-дивергенция $\mathrm{KL}(p_g \,\|\, p_{data})$ сурово наказывает
#    неправдоподобные сэмплы и лишь слегка — пропущенные моды? (Arjovsky & Bottou, 2017.)
#
# <details><summary>Решение</summary>
#
# Числа ниже получены запусками кода этого блокнота с `SEED = 1` (в пунктах 4 и 5 — с
# указанными зёрнами) на CPU с 2 ядрами. Они приблизительны: другое зерно или железо, которое
# иначе округляет, даст немного другой запуск.
#
# 1. Покрыто мод в конце: ширина 4 → 3, 8 → 2, 16 → 6, 32 → 6, и все 8 — только при ширине
#    по умолчанию, 128. Ёмкость помогает, но не плавно: труднее всего шаг от «большинства» мод
#    ко «всем», а с другим зерном числа сдвигаются на одну-две моды.
# 2. В основном да. При равных скоростях обучения $10^{-2}$ во второй половине набор покрытых мод
#    менялся на 6 проверках из 20 (против примерно 17 с медленным дискриминатором), одновременно
#    было покрыто около 7,5 моды, а в конце — все 8. Значит, перескоки во многом шли от
#    нарушенного баланса сил, а не от большого шага самого по себе.
# 3. В этой игрушке меняется на удивление мало: запуск с минимаксной функцией потерь тоже покрыл
#    все 8 мод, как и минимаксный запуск с дискриминатором, который учится в 10 раз быстрее.
#    Посмотрите на $D(G(z))$ на графике потерь: насыщению нужно $D(G(z)) \approx 0$, а если
#    дискриминатор отвергает сгенерированные точки не так уверенно, минимаксный градиент $D$ не
#    мал. Насыщение проявляется, когда дискриминатор явно выигрывает, — а с изображениями это
#    случается гораздо легче.
# 4. Во всех пяти запусках к концу покрыты все 8 мод, но одни запуски пришли к этому гораздо
#    раньше других (дольше всех устанавливался запуск с зерном 0). Игрушка устойчива, но «все моды в конце» скрывает, насколько по-разному запуски к этому
#    шли; один запуск мало говорит о методе, поэтому в блокноте 6 мы сравниваем несколько зёрен.
# 5. $D^* \equiv 1/2$ всюду, $\mathrm{JSD} = 0$ и $V(D^*, G) = -\log 4 \approx -1{,}3863$:
#    генератору больше нечего выигрывать.
# 6. При $D^* = p_{data}/(p_{data} + p_g)$ имеем $1 - D^* = p_g/(p_{data} + p_g)$, поэтому
#    $\log\big(1 - D^*(x)\big) - \log D^*(x) = \log\big(p_g(x)/p_{data}(x)\big)$. Возьмём
#    $\mathbb{E}_{p_g}$ от обеих частей:
#    $\mathbb{E}_{p_g}[-\log D^*] = \mathrm{KL}(p_g \,\|\, p_{data}) - \mathbb{E}_{p_g}[\log(1 - D^*)]$.
#    Из результата об оптимальном дискриминаторе
#    $\mathbb{E}_{p_{data}}[\log D^*] + \mathbb{E}_{p_g}[\log(1 - D^*)] = -\log 4 + 2\,\mathrm{JSD}$,
#    то есть $-\mathbb{E}_{p_g}[\log(1 - D^*)] = \mathbb{E}_{p_{data}}[\log D^*] + \log 4 - 2\,\mathrm{JSD}$;
#    подставляем. В $\mathrm{KL}(p_g \,\|\, p_{data}) = \int p_g \log(p_g / p_{data})\,dx$
#    неправдоподобный сэмпл (там, где $p_g > 0$, а $p_{data} \approx 0$) делает логарифм огромным,
#    а пропущенная мода (там, где $p_{data} > 0$, а $p_g \approx 0$) входит с весом $p_g \approx 0$
#    и почти ничего не стоит. Слагаемое с JSD, которое наказывало бы и то и другое, входит с
#    минусом и не превосходит $\log 2$. Поэтому генератор с ненасыщающейся функцией потерь скорее бросит моду, чем
#    выдаст неправдоподобный сэмпл, — это подталкивает к коллапсу мод.
#
# </details>

# %% [markdown] lang="es"
# Lee las líneas impresas junto con la fila de abajo.
#
# * El **generador estrecho** muestra una *pérdida de modos por falta de capacidad*: unos pocos
#   modos, que conserva durante casi todo el entrenamiento, y el resto vacío. El mapa del
#   discriminador sigue marcando como «reales» los modos abandonados, pero un generador tan
#   pequeño no puede repartir su masa entre todos a la vez. (El hilo de puntos entre modos
#   tampoco es casualidad: un generador es una función continua de $z$, así que no puede pasar
#   de un modo al siguiente sin dejar rastro; el generador sano deja los mismos rastros, solo
#   que más tenues.)
# * Al **generador rápido** le sobra capacidad. Lo que cuentan las líneas es si su conjunto de
#   modos cubiertos no deja de cambiar, es decir, si salta entre modos. En nuestras ejecuciones,
#   la imagen fue menos limpia que la de manual, con un generador que visita los modos de uno en
#   uno: cubría varios a la vez. Compara también su fracción de puntos cerca de un modo con la
#   de la GAN sana.
#
# Las curvas de pérdida por sí solas no delatarían ninguno de los dos fallos. Contar modos es
# fácil en 2D; con imágenes, no. Por eso en el cuaderno 6 medimos por separado la *calidad* y
# la *diversidad*: la precisión y la exhaustividad (*recall*) de las imágenes generadas. Entre
# los remedios conocidos están un generador con capacidad suficiente, unas tasas de aprendizaje
# equilibradas, las estadísticas por minilote en el discriminador, las GAN desenrolladas
# (*unrolled*; Metz et al., 2016), el condicionamiento por clase y la pérdida de Wasserstein
# de WGAN-GP (estos dos últimos temas están previstos para cuadernos posteriores, aún sin
# escribir).
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
# * El **colapso de modos** (mucha calidad, poca diversidad) se presenta como **pérdida de
#   modos** (aquí, un generador demasiado estrecho para ocho modos) y como **salto entre
#   modos** (aquí, un generador que aprende diez veces más deprisa que su discriminador). En un
#   anillo de gaussianas ambos son fáciles de medir: basta contar los modos cubiertos y ver si
#   su conjunto cambia.
#
# ## Ejercicios
#
# 1. **¿Cuánto es demasiado estrecho?** Prueba `NARROW_WIDTH` = 4, 16 y 32. ¿A partir de qué
#    anchura cubre el generador los ocho modos?
# 2. **Calmar los saltos.** En una celda nueva, entrena
#    `train_toy_gan(WIDTH, g_learning_rate=1e-2, d_learning_rate=1e-2)`: el mismo generador
#    rápido frente a un discriminador igual de rápido. Imprime `mode_hopping(...)` para esa
#    ejecución. ¿Dejan de producirse los saltos?
# 3. **La saturación en la práctica.** En `train_step`, cambia la pérdida del generador por la
#    minimax: `g_loss = -bce(tf.zeros_like(logits), logits)` (es decir, minimiza
#    $\log(1 - D(G(z)))$). ¿Cómo cambian los primeros cientos de pasos? ¿Y la ejecución con el
#    discriminador 10 veces más rápido?
# 4. **Cuestión de suerte.** Entrena la GAN sana con `SEED` = 0…4. ¿En cuántas ejecuciones
#    quedan cubiertos los 8 modos al final? ¿Qué te dice eso de juzgar una GAN por una sola
#    ejecución?
# 5. **Comprueba la teoría.** En el ejemplo 1D, pon `p_g = p_data`. ¿Cuánto valen $D^*$, la JSD
#    y $V(D^*, G)$?
# 6. ★ **Con lápiz y papel.** Demuestra que, con $D = D^*$, el objetivo no saturante cumple
#    $\mathbb{E}_{p_g}[-\log D^*(x)] = \mathrm{KL}(p_g \,\|\, p_{data}) - 2\,\mathrm{JSD}(p_{data} \,\|\, p_g) + \mathbb{E}_{p_{data}}[\log D^*(x)] + \log 4$.
#    ¿Por qué el término de KL inversa $\mathrm{KL}(p_g \,\|\, p_{data})$ castiga mucho las
#    muestras falsas y poco los modos que faltan? (Arjovsky y Bottou, 2017.)
#
# <details><summary>Solución</summary>
#
# Los números de abajo salen de ejecuciones del código de este cuaderno con `SEED = 1` (en 4 y
# 5, con las semillas indicadas) en una CPU de 2 núcleos. Son aproximados: otra semilla, o un
# hardware que redondee de otro modo, da una ejecución algo distinta.
#
# 1. Modos cubiertos al final: anchura 4 → 3, 8 → 2, 16 → 6, 32 → 6, y los 8 solo con la
#    anchura por defecto, 128. La capacidad ayuda, pero no de forma gradual: el paso difícil es
#    el de «casi todos» a «todos» los modos, y con otra semilla las cifras se mueven uno o dos
#    modos.
# 2. En buena parte, sí. Con las dos tasas en $10^{-2}$, el conjunto de modos cubiertos cambió
#    en 6 de 20 comprobaciones de la segunda mitad (frente a unas 17 con el discriminador
#    lento), hubo unos 7,5 modos cubiertos a la vez y los 8 al final. Los saltos venían sobre
#    todo del desequilibrio de fuerzas, no solo del paso grande.
# 3. En este juguete cambia sorprendentemente poco: la ejecución con la pérdida minimax también
#    cubrió los 8 modos, igual que la minimax con el discriminador 10 veces más rápido. Mira
#    $D(G(z))$ en la figura de las pérdidas: la saturación necesita $D(G(z)) \approx 0$, y si
#    el discriminador no rechaza los puntos generados con tanta seguridad, el gradiente minimax
#    $D$ no es pequeño. La saturación se nota cuando el discriminador gana con claridad, algo
#    que con imágenes ocurre con mucha más facilidad.
# 4. Las cinco terminaron con los 8 modos cubiertos, unas mucho antes que otras (la que más tardó en
#    asentarse fue la semilla 0). El juguete es robusto, pero «todos los modos al final» oculta lo distinto que
#    fue el camino de cada ejecución; una sola ejecución dice poco de un método, y por eso el
#    cuaderno 6 compara varias semillas.
# 5. $D^* \equiv 1/2$ en todas partes, $\mathrm{JSD} = 0$ y $V(D^*, G) = -\log 4 \approx -1{,}3863$:
#    al generador ya no le queda nada que ganar.
# 6. Con $D^* = p_{data}/(p_{data} + p_g)$ se tiene $1 - D^* = p_g/(p_{data} + p_g)$, así que
#    $\log\big(1 - D^*(x)\big) - \log D^*(x) = \log\big(p_g(x)/p_{data}(x)\big)$. Tomando
#    $\mathbb{E}_{p_g}$ en ambos lados,
#    $\mathbb{E}_{p_g}[-\log D^*] = \mathrm{KL}(p_g \,\|\, p_{data}) - \mathbb{E}_{p_g}[\log(1 - D^*)]$.
#    El resultado del discriminador óptimo dice que
#    $\mathbb{E}_{p_{data}}[\log D^*] + \mathbb{E}_{p_g}[\log(1 - D^*)] = -\log 4 + 2\,\mathrm{JSD}$,
#    luego $-\mathbb{E}_{p_g}[\log(1 - D^*)] = \mathbb{E}_{p_{data}}[\log D^*] + \log 4 - 2\,\mathrm{JSD}$;
#    basta sustituir. En $\mathrm{KL}(p_g \,\|\, p_{data}) = \int p_g \log(p_g / p_{data})\,dx$,
#    una muestra falsa (donde $p_g > 0$ pero $p_{data} \approx 0$) hace enorme el logaritmo,
#    mientras que un modo que falta (donde $p_{data} > 0$ pero $p_g \approx 0$) va multiplicado
#    por $p_g \approx 0$ y casi no cuesta nada. El término de la JSD, que castigaría ambas
#    cosas, entra con signo menos y vale como mucho $\log 2$. Así que el generador con la pérdida no saturante
#    prefiere abandonar un modo antes que producir una muestra inverosímil, y eso empuja hacia
#    el colapso de modos.
#
# </details>
