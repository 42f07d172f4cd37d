"""Shared fixtures of the browser tests: Debian's chromium driven by Playwright, the site folder under test."""

import os
import pathlib
import shutil

import pytest
from playwright.sync_api import sync_playwright

ROOT = pathlib.Path(__file__).resolve().parents[2]
#: The site under test: `DOCGEN_SITE`, or the committed `site/`.
SITE = pathlib.Path(os.environ.get("DOCGEN_SITE", ROOT / "site")).resolve()
#: Every HTML page of the site, by file name.
PAGES = sorted(p.name for p in SITE.glob("*.html"))
THEMES = ["light", "dark"]
WIDTHS = [320, 375, 1280]


def chromium_path():
    """Debian's chromium (never a browser Playwright downloads)."""
    path = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        pytest.fail("chromium not found: run `make browser-deps` (apt-get install chromium)")
    return path


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path(), args=["--allow-file-access-from-files", "--no-sandbox"])
        yield browser
        browser.close()


def page_url(name, fragment=""):
    return (SITE / name).as_uri() + fragment
