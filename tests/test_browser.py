"""The explorers in a real browser: JupyterLab, Chromium, a person's clicks and key presses.

This checks what the Python tests cannot: that the installed front end (JupyterLab 4 with the
``jupyterlab_widgets`` extension that matches ipywidgets 7.7, see constraints.txt) really
renders our widgets, and that a key press on a slider or a number typed in a box travels to
the kernel and comes back as a new picture.

Needs Debian's Chromium (``apt-get install chromium``) and the ``playwright`` package (the
Python driver only: no browser is downloaded, ``playwright install`` is never run); the test
is skipped without them on a developer's machine, but fails in CI (``CI=true``), where
``.ci/run`` installs both. A screenshot is saved to the test's temporary folder; with
``GANLIB_UPDATE_SCREENSHOTS=1`` it also replaces ``images/widgets_browser.png``.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOT = ROOT / "images" / "widgets_browser.png"
SLOW = 240_000  # ms: the kernel imports TensorFlow and builds a model on 2 busy CPU cores

CELLS = [
    "import os\nos.environ['CUDA_VISIBLE_DEVICES'] = ''\n"
    "from ganlib import pretrained, widgets\n"
    "generator = pretrained.load('fast').generator  # the shipped generator of make run's recipe",
    "sliders = widgets.latent_sliders(generator, 'en', n_directions=3)\nsliders",
    "browser = widgets.sample_browser(generator, 'es')\nbrowser",
]


def missing(reason: str) -> None:
    """Skip on a developer's machine; fail in CI, which must have installed everything."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}: .ci/run should have installed it")
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_notebook(path: Path) -> None:
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(code) for code in CELLS])
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    nbformat.write(notebook, path)


def quiet_settings(config_dir: Path) -> None:
    """User settings of the throw-away JupyterLab: no news or update prompts over the page."""
    folder = config_dir / "lab" / "user-settings" / "@jupyterlab" / "apputils-extension"
    folder.mkdir(parents=True)
    (folder / "notification.jupyterlab-settings").write_text(json.dumps({"fetchNews": "false", "checkForUpdates": False}))


@pytest.fixture
def jupyterlab(tmp_path):
    """A JupyterLab server on a free localhost port, token disabled, serving ``tmp_path / "lab"``."""
    if shutil.which("jupyter-lab", path=str(Path(sys.executable).parent)) is None:
        pytest.skip("JupyterLab is not installed in this environment")
    port = free_port()
    (tmp_path / "lab").mkdir()
    quiet_settings(tmp_path / "config")
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(tmp_path / "config"), "JUPYTER_DATA_DIR": str(tmp_path / "data"),
           "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"), "IPYTHONDIR": str(tmp_path / "ipython"),
           "TF_CPP_MIN_LOG_LEVEL": "2", "CUDA_VISIBLE_DEVICES": ""}
    log = open(tmp_path / "jupyterlab.log", "w")
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
         "--allow-root", "--IdentityProvider.token=", "--ServerApp.password=", "--ServerApp.disable_check_xsrf=True",
         "--LabApp.extension_manager=readonly",
         f"--ServerApp.root_dir={tmp_path / 'lab'}", "--LabApp.expose_app_in_browser=True"],
        cwd=tmp_path / "lab", env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"{url}/api/status", timeout=5) as reply:
                    json.load(reply)
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"JupyterLab did not start:\n{(tmp_path / 'jupyterlab.log').read_text()[-3000:]}")
                time.sleep(1)
        yield url
    finally:
        try:  # the polite way: the server shuts its kernels down too
            urllib.request.urlopen(urllib.request.Request(f"{url}/api/shutdown", method="POST"), timeout=10)
            server.wait(timeout=30)
        except Exception:
            pass
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGTERM)  # our own process group: the server and its kernel
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()
        log.close()


@pytest.fixture
def page():
    if not CHROMIUM.exists():
        missing("Debian's Chromium is not installed (apt-get install -y chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser.new_page(viewport={"width": 1280, "height": 1250})
        finally:
            browser.close()


def src_changes(page, image, before: str) -> None:
    """Wait until the <img> shows another picture than ``before``."""
    page.wait_for_function("([img, before]) => img.src && img.src !== before",
                           arg=[image.element_handle(), before], timeout=60_000)


def test_widgets_render_in_jupyterlab_and_answer_a_slider_and_a_text_box(jupyterlab, page, tmp_path):
    write_notebook(tmp_path / "lab" / "explorer.ipynb")
    page.goto(f"{jupyterlab}/lab/tree/explorer.ipynb", timeout=SLOW)
    page.wait_for_function(
        "() => window.jupyterapp?.shell.currentWidget?.sessionContext?.session?.kernel?.status === 'idle'",
        timeout=SLOW,
    )

    # Run > Run All Cells, as a person would.
    page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
    page.get_by_role("menuitem", name="Run All Cells", exact=True).click()

    cells = page.locator(".jp-Notebook .jp-CodeCell")
    sliders_out, browser_out = cells.nth(1).locator(".jp-OutputArea"), cells.nth(2).locator(".jp-OutputArea")
    sliders_img = sliders_out.locator("img.widget-image")
    browser_img = browser_out.locator("img.widget-image")
    try:
        sliders_img.wait_for(timeout=SLOW)
        browser_img.wait_for(timeout=SLOW)
    except Exception as err:  # say what the page showed instead
        shown = page.locator(".jp-OutputArea-output").all_inner_texts()
        pytest.fail(f"the widgets did not render ({type(err).__name__}); outputs: {shown!r}. With ipywidgets 7.7 "
                    "JupyterLab needs jupyterlab_widgets 1.x (see constraints.txt).")

    # The widgets are rendered by the widget manager, not shown as text or an error.
    outputs = page.locator(".jp-OutputArea-output").all_inner_texts()
    assert not any("Error displaying widget" in text or "children=(" in text for text in outputs), outputs
    assert sliders_img.evaluate("img => img.naturalWidth") == 224
    assert sliders_out.locator(".widget-slider").count() == 3
    assert "New random point" in sliders_out.inner_text()
    assert "Semilla" in browser_out.inner_text() and "Seed" not in browser_out.inner_text()  # lang='es' there

    # A slider: focus its handle and press the right arrow key three times (step 0.1).
    before = sliders_img.get_attribute("src")
    handle = sliders_out.locator(".ui-slider-handle, .noUi-handle").first
    handle.focus()
    for _ in range(3):
        handle.press("ArrowRight")
    src_changes(page, sliders_img, before)
    readout = sliders_out.locator(".widget-readout").first
    page.wait_for_function("el => el.textContent.trim() === '0.30'", arg=readout.element_handle(), timeout=60_000)

    # The sample browser's text box: type a seed, press Enter; the linked slider follows.
    before = browser_img.get_attribute("src")
    box = browser_out.locator("input[type=number]").first
    box.fill("17")
    box.press("Enter")
    src_changes(page, browser_img, before)
    page.wait_for_function("el => el.textContent.trim() === '17'",
                           arg=browser_out.locator(".widget-readout").first.element_handle(), timeout=60_000)

    page.locator(".jp-SideBar.jp-mod-left .lm-TabBar-tab.lm-mod-current").click()  # fold the file browser away
    page.locator(".jp-FileBrowser").wait_for(state="hidden", timeout=10_000)
    shot = tmp_path / "widgets_browser.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    if os.environ.get("GANLIB_UPDATE_SCREENSHOTS") == "1":
        shutil.copyfile(shot, SCREENSHOT)
