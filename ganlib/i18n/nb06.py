"""Strings that notebook 6 (comparison with metrics) prints or draws, in English, Russian and Spanish.

``say = notebook_texts("06", LANG)``; ``say("key", **values)`` fills a template with
:func:`ganlib.i18n.fmt`, so every number is written the way the language writes it. Model names
are keys ``name_<model>``; metric row names are keys ``m_<metric>``.
"""

TEXTS = {
    "en": {
        # model names
        "name_vanilla": "vanilla GAN", "name_dcgan": "DCGAN", "name_improved": "improved DCGAN",
        "name_fast": "fast DCGAN",
        # metric rows (↓ lower is better, ↑ higher is better)
        "m_fid": "FID ↓", "m_kid": "KID ± s.e. ↓", "m_cs": "classifier score ↑", "m_covered": "classes covered ↑",
        "m_precision": "precision ↑", "m_recall": "recall ↑", "m_nn_ratio": "nn-train ratio (≈ 1)",
        "m_close": "close to train (≈ 1%)", "m_copies": "copies", "m_memorised": "memorised",
        "metric": "metric",
        # 1. shipped generators
        "shipped_panel": "{model}\n{epochs:#epoch}, {minutes:.0f} min · FID {fid:.1f}",
        "shipped_line": "{model}: {minutes:.0f} min of training ({epochs:#epoch}, batch {batch}) → FID {fid:.1f}, "
                        "recall {recall:.2f}, {covered} / 10 classes",
        "shipped_missing": "Not shipped with this version of ganlib: {names}.",
        # 2. why eyes are not a measurement
        "set_a": "Set A", "set_b": "Set B",
        # 3. metrics
        "gaussian_1d": "FID between N(0, 1) and N(1, 2²): {v:.1f}",
        "same_moments": "FID between a Gaussian and a uniform cloud with the same mean and covariance: {v:.3f}",
        "toy_good": "a good generator", "toy_collapsed": "collapsed onto 2 of 8 modes",
        "toy_blurry": "blurry: one wide blob", "real_points": "real", "fake_points": "generated",
        "toy_title": "{title}\nprecision {p:.2f} · recall {r:.2f}",
        # 4. reference and shipped generators measured
        "real": "real (reference)", "one_class": "real, {name} only", "noise": "uniform noise",
        "eval_n": "Every column: {n:,} samples (or images) against the 10,000 test images.",
        "fid_title": "FID (log scale; lower is better)", "kid_title": "KID (error bars: ±2 standard errors; lower is better)",
        "floor_line": "real data ({v:.2g})", "pr_title": "Precision (fidelity) vs recall (diversity)",
        "coverage_title": "Predicted class of {n:,} samples per generator", "share": "share of the samples",
        "uniform": "real data: 10% each", "covered_line": "covered: ≥ {p:.0%}",
        "noise_precision": "Uniform noise: precision {p:.2f}, recall {r:.2f}, {covered} / 10 classes covered. Pure noise "
                           "is not a garment, yet {p:.0%} of it falls inside the k-NN balls of the real images.",
        # verdict on the shipped generators
        "by": "By {metric}: {order}",
        "best": "Best by FID: the {best} ({fid:.2f}), then the {second} ({fid2:.2f}); real data scores {floor:.2g}.",
        "kid_clear": "KID agrees: the {best} beats the {second} by {d:.4f}, more than twice the standard error of the "
                     "difference ({se:.4f}), so this gap is not evaluation noise.",
        "kid_noise": "By KID the gap between the {best} and the {second} ({d:.4f}) is within twice the standard error of "
                     "the difference ({se:.4f}): this evaluation cannot tell the two apart.",
        "kid_disagree": "KID disagrees: it puts the {second} ahead of the {best} by {d:.4f} (more than 2 × {se:.4f}), so "
                        "the order of these two is undecided.",
        "coverage_full": "Every generator covers all 10 classes.",
        "coverage_gap": "The {model} covers {k} of 10 classes; missing: {missing}.",
        "pr_same": "Highest precision and highest recall: the {model}.",
        "pr_split": "Highest precision (fidelity): the {p_model} ({p:.3f}); highest recall (diversity): the {r_model} "
                    "({r:.3f}).",
        "memo_none": "No generator is flagged by the memorisation check.",
        "memo_flag": "Flagged by the memorisation check: {models}.",
        # 5. the experiment at equal training time
        "plan": "{models:d} models × {seeds:#seed} × {budget:.0f} s of training; FID ({n:,} samples) at {marks} s.",
        "run_line": "{model}, seed {seed}: {steps:#step} in {train_s:.0f} s of training ({sps:.1f} steps/s); "
                    "FID at the marks: {fids}",
        "run_loaded": " (from its run folder: a finished run is not retrained)",
        "clock_title": "FID against training seconds (mean over {k:#seed}; band: min–max)",
        "clock_x": "seconds of training", "clock_y": "FID ({n:,} samples; log scale)",
        "col_model": "model", "col_mark": "FID at {s:.0f} s", "col_sps": "steps/s",
        "cell": "{mean:.1f} ({lo:.1f}–{hi:.1f})", "cell_one": "{mean:.1f}", "mark_fid": "{s:.0f} s → {f:.1f}",
        "rank_at": "At {s:.0f} s of training, by mean FID: {order}",
        "gap_clear": "The {best} is ahead of the {second} in every seed at {s:.0f} s (its worst FID, {worst:.1f}, is below "
                     "the other's best, {other:.1f}).",
        "gap_overlap": "At {s:.0f} s the seed ranges of the {best} ({b_lo:.1f}–{b_hi:.1f}) and the {second} "
                       "({s_lo:.1f}–{s_hi:.1f}) overlap: with {k:#seed} this gap is not established.",
        "gap_one_seed": "With a single seed there is no seed-to-seed spread to compare this gap with.",
        "leader_same": "The {model} leads at every mark.",
        "leader_change": "The leader changes with the budget: the {first} at {s1:.0f} s, the {last} at {s2:.0f} s.",
        "vs_shipped": "{model}: FID {fid:.1f} after {budget:.0f} s here; the shipped one reached {sfid:.1f} after "
                      "{minutes:.0f} min ({epochs:#epoch}).",
        "vs_shipped_note": "(Our FIDs use {n:,} samples, the manifests' 10,000: at small n FID is biased upwards, so "
                           "ours read a little worse.)",
        "sample_panel": "{model} · {s:.0f} s · FID {fid:.1f}",
        # appendix
        "g_params": "G parameters", "d_params": "D parameters", "g_macs": "G mult-adds", "d_macs": "D mult-adds",
        "millions": "{x:,.1f} M",
    },
    "ru": {
        "name_vanilla": "классическая GAN", "name_dcgan": "DCGAN", "name_improved": "улучшенная DCGAN",
        "name_fast": "быстрая DCGAN",
        "m_fid": "FID ↓", "m_kid": "KID ± ст. ош. ↓", "m_cs": "IS (наш классификатор) ↑", "m_covered": "покрыто классов ↑",
        "m_precision": "точность ↑", "m_recall": "полнота ↑", "m_nn_ratio": "отношение расст. до обуч. (≈ 1)",
        "m_close": "близко к обучающим (≈ 1 %)", "m_copies": "копии", "m_memorised": "запоминание",
        "metric": "метрика",
        "shipped_panel": "{model}\n{epochs:#epoch}, {minutes:.0f} мин · FID {fid:.1f}",
        "shipped_line": "{model}: {minutes:.0f} мин обучения ({epochs:#epoch}, батч {batch}) → FID {fid:.1f}, "
                        "полнота {recall:.2f}, покрыто классов: {covered} из 10",
        "shipped_missing": "В этой версии ganlib нет генераторов: {names}.",
        "set_a": "Набор A", "set_b": "Набор B",
        "gaussian_1d": "FID между N(0, 1) и N(1, 2²): {v:.1f}",
        "same_moments": "FID между гауссовым и равномерным облаком с одинаковыми средним и ковариацией: {v:.3f}",
        "toy_good": "хороший генератор", "toy_collapsed": "коллапс: 2 моды из 8",
        "toy_blurry": "размытый: одно широкое пятно", "real_points": "настоящие", "fake_points": "сгенерированные",
        "toy_title": "{title}\nточность {p:.2f} · полнота {r:.2f}",
        "real": "реальные данные (эталон)", "one_class": "настоящие, только «{name}»", "noise": "равномерный шум",
        "eval_n": "В каждом столбце: {n:,} сэмплов (или изображений) против 10 000 тестовых изображений.",
        "fid_title": "FID (лог. шкала; чем меньше, тем лучше)",
        "kid_title": "KID (планки погрешностей: ±2 стандартные ошибки; чем меньше, тем лучше)",
        "floor_line": "реальные данные ({v:.2g})", "pr_title": "Точность (реалистичность) и полнота (разнообразие)",
        "coverage_title": "Предсказанный класс {n:,} сэмплов каждого генератора", "share": "доля сэмплов",
        "uniform": "реальные данные: по 10 %", "covered_line": "покрыт: ≥ {p:.0%}",
        "noise_precision": "Равномерный шум: точность {p:.2f}, полнота {r:.2f}, покрыто классов: {covered} из 10. Шум — не "
                           "одежда, но {p:.0%} его сэмплов попадают в шары k ближайших соседей настоящих изображений.",
        "by": "По метрике «{metric}»: {order}",
        "best": "Лучший по FID — генератор «{best}» ({fid:.2f}), за ним — «{second}» ({fid2:.2f}); уровень реальных "
                "данных — {floor:.2g}.",
        "kid_clear": "KID согласен: модель «{best}» опережает модель «{second}» на {d:.4f}, это больше удвоенной стандартной ошибки "
                     "разности ({se:.4f}), так что разрыв — не шум замера.",
        "kid_noise": "По KID разрыв между моделями «{best}» и «{second}» ({d:.4f}) меньше удвоенной стандартной ошибки разности "
                     "({se:.4f}): этот замер две модели не различает.",
        "kid_disagree": "KID не согласен: он ставит модель «{second}» выше модели «{best}» с разрывом {d:.4f} (больше "
                        "2 × {se:.4f}), так что порядок этих двух моделей не определён.",
        "coverage_full": "Все генераторы покрывают все 10 классов.",
        "coverage_gap": "«{model}»: покрыто классов — {k} из 10; не покрыты: {missing}.",
        "pr_same": "И наибольшая точность, и наибольшая полнота — у модели «{model}».",
        "pr_split": "Наибольшая точность (реалистичность) — у модели «{p_model}» ({p:.3f}), наибольшая полнота "
                    "(разнообразие) — у модели «{r_model}» ({r:.3f}).",
        "memo_none": "Проверка на запоминание не отметила ни один генератор.",
        "memo_flag": "Проверка на запоминание отметила: {models}.",
        "plan": "Моделей: {models:d}; {seeds:#seed}; по {budget:.0f} с обучения; FID ({n:,} сэмплов) на отметках {marks} с.",
        "run_line": "«{model}», зерно {seed}: {steps:#step} за {train_s:.0f} с обучения ({sps:.1f} шага/с); "
                    "FID на отметках: {fids}",
        "run_loaded": " (из папки запуска: законченный запуск заново не обучается)",
        "clock_title": "FID в зависимости от времени обучения (запусков с разными зёрнами: {k:d}; линия — среднее, полоса — мин.–макс.)",
        "clock_x": "секунды обучения", "clock_y": "FID ({n:,} сэмплов; лог. шкала)",
        "col_model": "модель", "col_mark": "FID через {s:.0f} с", "col_sps": "шагов/с",
        "cell": "{mean:.1f} ({lo:.1f}–{hi:.1f})", "cell_one": "{mean:.1f}", "mark_fid": "{s:.0f} с → {f:.1f}",
        "rank_at": "Через {s:.0f} с обучения, по среднему FID: {order}",
        "gap_clear": "Через {s:.0f} с модель «{best}» опережает модель «{second}» при каждом зерне (её худший FID, {worst:.1f}, меньше "
                     "лучшего FID второй модели, {other:.1f}).",
        "gap_overlap": "Через {s:.0f} с разбросы между зёрнами у моделей «{best}» ({b_lo:.1f}–{b_hi:.1f}) и «{second}» "
                       "({s_lo:.1f}–{s_hi:.1f}) перекрываются: при таком числе зёрен ({k:d}) этот разрыв не установлен.",
        "gap_one_seed": "Зерно одно, так что сравнить этот разрыв с разбросом между зёрнами не с чем.",
        "leader_same": "Модель «{model}» впереди на каждой отметке.",
        "leader_change": "Лидер зависит от бюджета: через {s1:.0f} с — «{first}», через {s2:.0f} с — «{last}».",
        "vs_shipped": "«{model}»: здесь FID {fid:.1f} через {budget:.0f} с; предобученный генератор из ganlib дошёл до "
                      "{sfid:.1f} за {minutes:.0f} мин ({epochs:#epoch}).",
        "vs_shipped_note": "(Наш FID посчитан по {n:,} сэмплам, в манифестах — по 10 000; при малых n FID смещён вверх, "
                           "так что наши числа немного хуже.)",
        "sample_panel": "{model} · {s:.0f} с · FID {fid:.1f}",
        "g_params": "параметры G", "d_params": "параметры D", "g_macs": "умн.-слож. G", "d_macs": "умн.-слож. D",
        "millions": "{x:,.1f} млн",
    },
    "es": {
        "name_vanilla": "GAN clásica", "name_dcgan": "DCGAN", "name_improved": "DCGAN mejorada",
        "name_fast": "DCGAN rápida",
        "m_fid": "FID ↓", "m_kid": "KID ± e.e. ↓", "m_cs": "puntuación del clasificador ↑", "m_covered": "clases cubiertas ↑",
        "m_precision": "precisión ↑", "m_recall": "exhaustividad ↑", "m_nn_ratio": "razón de dist. al entren. (≈ 1)",
        "m_close": "cerca del entrenamiento (≈ 1 %)", "m_copies": "copias", "m_memorised": "memorizado",
        "metric": "métrica",
        "shipped_panel": "{model}\n{epochs:#epoch}, {minutes:.0f} min · FID {fid:.1f}",
        "shipped_line": "{model}: {minutes:.0f} min de entrenamiento ({epochs:#epoch}, lote de {batch}) → "
                        "FID {fid:.1f}, exhaustividad {recall:.2f}, clases cubiertas: {covered} de 10",
        "shipped_missing": "Esta versión de ganlib no incluye: {names}.",
        "set_a": "Conjunto A", "set_b": "Conjunto B",
        "gaussian_1d": "FID entre N(0, 1) y N(1, 2²): {v:.1f}",
        "same_moments": "FID entre una nube gaussiana y una uniforme con la misma media y covarianza: {v:.3f}",
        "toy_good": "un buen generador", "toy_collapsed": "colapsado en 2 de 8 modos",
        "toy_blurry": "borroso: una mancha ancha", "real_points": "reales", "fake_points": "generados",
        "toy_title": "{title}\nprecisión {p:.2f} · exhaustividad {r:.2f}",
        "real": "reales (referencia)", "one_class": "reales, solo «{name}»", "noise": "ruido uniforme",
        "eval_n": "Cada columna: {n:,} muestras (o imágenes) frente a las 10.000 imágenes de prueba.",
        "fid_title": "FID (escala log.; cuanto menor, mejor)",
        "kid_title": "KID (barras de error: ±2 errores estándar; cuanto menor, mejor)",
        "floor_line": "datos reales ({v:.2g})", "pr_title": "Precisión (fidelidad) frente a exhaustividad (diversidad)",
        "coverage_title": "Clase predicha de {n:,} muestras por generador", "share": "fracción de las muestras",
        "uniform": "datos reales: 10 % cada una", "covered_line": "cubierta: ≥ {p:.0%}",
        "noise_precision": "Ruido uniforme: precisión {p:.2f}, exhaustividad {r:.2f}, clases cubiertas: {covered} de 10. "
                           "El ruido no es ropa, pero un {p:.0%} de sus muestras cae dentro de las bolas de k vecinos de "
                           "las imágenes reales.",
        "by": "Según «{metric}»: {order}",
        "best": "La mejor FID es la de la {best} ({fid:.2f}), seguida de la {second} ({fid2:.2f}); los datos reales "
                "puntúan {floor:.2g}.",
        "kid_clear": "La KID está de acuerdo: la {best} supera a la {second} por {d:.4f}, más del doble del error estándar "
                     "de la diferencia ({se:.4f}), así que la distancia entre ambas no es ruido de la evaluación.",
        "kid_noise": "Según la KID, la diferencia entre la {best} y la {second} ({d:.4f}) cabe en el doble del error "
                     "estándar de la diferencia ({se:.4f}): esta evaluación no distingue los dos modelos.",
        "kid_disagree": "La KID no está de acuerdo: pone la {second} por delante de la {best} por {d:.4f} (más de "
                        "2 × {se:.4f}), así que el orden de estos dos modelos queda sin decidir.",
        "coverage_full": "Todos los generadores cubren las 10 clases.",
        "coverage_gap": "La {model} cubre {k} de las 10 clases; faltan: {missing}.",
        "pr_same": "La mayor precisión y la mayor exhaustividad son de la {model}.",
        "pr_split": "Mayor precisión (fidelidad): la {p_model} ({p:.3f}); mayor exhaustividad (diversidad): la {r_model} "
                    "({r:.3f}).",
        "memo_none": "La prueba de memorización no marca ningún generador.",
        "memo_flag": "Marcados por la prueba de memorización: {models}.",
        "plan": "{models:d} modelos × {seeds:#seed} × {budget:.0f} s de entrenamiento; FID ({n:,} muestras) a los {marks} s.",
        "run_line": "{model}, semilla {seed}: {steps:#step} en {train_s:.0f} s de entrenamiento ({sps:.1f} pasos/s); "
                    "FID en las marcas: {fids}",
        "run_loaded": " (de su carpeta de ejecución: una ejecución terminada no se vuelve a entrenar)",
        "clock_title": "FID frente a segundos de entrenamiento (media de {k:#seed}; banda: mín.–máx.)",
        "clock_x": "segundos de entrenamiento", "clock_y": "FID ({n:,} muestras; escala log.)",
        "col_model": "modelo", "col_mark": "FID a los {s:.0f} s", "col_sps": "pasos/s",
        "cell": "{mean:.1f} ({lo:.1f}–{hi:.1f})", "cell_one": "{mean:.1f}", "mark_fid": "{s:.0f} s → {f:.1f}",
        "rank_at": "A los {s:.0f} s de entrenamiento, por FID media: {order}",
        "gap_clear": "A los {s:.0f} s la {best} va por delante de la {second} con todas las semillas (su peor FID, "
                     "{worst:.1f}, es menor que la mejor de la otra, {other:.1f}).",
        "gap_overlap": "A los {s:.0f} s los intervalos entre semillas de la {best} ({b_lo:.1f}–{b_hi:.1f}) y de la "
                       "{second} ({s_lo:.1f}–{s_hi:.1f}) se solapan: con {k:#seed}, esta diferencia no queda demostrada.",
        "gap_one_seed": "Con una sola semilla no hay dispersión entre semillas con la que comparar esta diferencia.",
        "leader_same": "La {model} va en cabeza en todas las marcas.",
        "leader_change": "El modelo en cabeza cambia con el presupuesto: la {first} a los {s1:.0f} s, la {last} a los "
                         "{s2:.0f} s.",
        "vs_shipped": "{model}: FID {fid:.1f} tras {budget:.0f} s aquí; la preentrenada de ganlib llegó a {sfid:.1f} tras "
                      "{minutes:.0f} min ({epochs:#epoch}).",
        "vs_shipped_note": "(Nuestras FID usan {n:,} muestras y las de los manifiestos, 10.000: con n pequeño la FID está "
                           "sesgada hacia arriba, así que las nuestras salen algo peores.)",
        "sample_panel": "{model} · {s:.0f} s · FID {fid:.1f}",
        "g_params": "parámetros G", "d_params": "parámetros D", "g_macs": "mult.-sumas G", "d_macs": "mult.-sumas D",
        "millions": "{x:,.1f} M",
    },
}
