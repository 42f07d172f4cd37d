"""`docgen serve` in the browser: an edit reloads the open page with the text the reader had on screen where it was
(also when the edit made the page longer above it), and a cell that fails after an edit shows as an error cell in its
place on the reloaded page."""

import os
import pathlib
import re
import shutil
import subprocess
import tempfile
import time

import pytest

from conftest import ROOT

DOCGEN = pathlib.Path(os.environ.get("DOCGEN", ROOT / ".build" / "debug" / "docgen"))

#: A long page (so there is somewhere to scroll) with one cell near its end.
PAGE = "# Long\n\n" + "".join(f"## Part {n}\n\n" + "Words of a long page. " * 60 + "\n\n" for n in range(40)) + (
    "## The cell\n\n```python\nprint(\"hello\")\n```\n")


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context
    context.close()


@pytest.fixture()
def served():
    """A content folder with PAGE, served by `docgen serve` on a free port: (content folder, base URL)."""
    if not DOCGEN.exists():
        pytest.fail(f"{DOCGEN} not found: build docgen first (make build)")
    work = pathlib.Path(tempfile.mkdtemp(prefix="docgen-serve-browser-"))
    content = work / "content"
    content.mkdir()
    (content / "long.md").write_text(PAGE)
    log = open(work / "serve.log", "w+")
    process = subprocess.Popen(
        [str(DOCGEN), "serve", "--port", "0", "--content", str(content), "--out", str(work / "site"), "--cache",
         str(work / "cache"), "--snapshots", str(work / "snapshots"), "--recordings", str(work / "recordings")],
        stdout=subprocess.DEVNULL, stderr=log)
    try:
        port = None
        deadline = time.time() + 600
        while time.time() < deadline and port is None:
            log.seek(0)
            text = log.read()
            found = re.search(r"127\.0\.0\.1:(\d+)", text)
            if found and "built " in text:
                port = found.group(1)
            else:
                time.sleep(0.2)
        assert port, "docgen serve did not start and build: " + text
        yield content, f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=60)
        log.close()
        shutil.rmtree(work, ignore_errors=True)


def test_an_edit_reloads_the_page_with_the_same_text_where_the_reader_had_it(context, served):
    content, base = served
    page = context.new_page()
    page.goto(base + "/long.html")
    page.evaluate("document.getElementById('part-30').scrollIntoView()")
    page.evaluate("window.scrollBy(0, -40)")
    before = page.evaluate("document.getElementById('part-30').getBoundingClientRect().top")
    # A paragraph added above the reader: the page grows above what they read, which must stay in place.
    with page.expect_navigation(timeout=60_000):
        (content / "long.md").write_text(PAGE.replace("# Long\n\n", "# Long\n\n" + "A new opening. " * 400 + "\n\n"))
    page.wait_for_load_state("load")
    page.locator("text=A new opening.").first.wait_for(state="attached", timeout=60_000)
    page.wait_for_function(
        f"Math.abs(document.getElementById('part-30').getBoundingClientRect().top - {before}) < 2", timeout=5_000)


def test_a_cell_that_fails_after_an_edit_shows_its_error_in_its_place(context, served):
    content, base = served
    page = context.new_page()
    page.goto(base + "/long.html")
    with page.expect_navigation(timeout=120_000):
        (content / "long.md").write_text(PAGE.replace('print("hello")', 'raise ValueError("broken by the edit")'))
    page.wait_for_load_state("load")
    error = page.locator("section#cell-the-cell p.failure[role=alert]")
    # serve builds once the page stopped changing (write_text truncates, then writes); should a loaded machine still
    # pause the writer for longer than that, the page reloads once more, whole.
    error.wait_for(state="attached", timeout=60_000)
    assert error.count() == 1
    assert "ValueError" in error.inner_text()
    assert page.locator("#docgen-live-problem").count() == 1, "the banner names the failed cell too"
