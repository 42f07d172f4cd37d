"""Every page, light and dark, at 320, 375 and 1280 px: no console error or warning, no failed request, no sideways
scroll, no axe-core violation, a first load of at most 600 KB. A failure names the page, the view and the rule.

The views of all pages are checked concurrently (a few browser tabs at once, in a thread of their own with Playwright's
async API) before the tests read their results, so the suite takes about as long as its slowest view."""

import asyncio
import os
import threading

import pytest
from axe_playwright_python.async_playwright import Axe
from playwright.async_api import async_playwright

from conftest import PAGES, THEMES, WIDTHS, chromium_path, page_url

#: Heaviest first load allowed, every file the page loads included (bytes).
MAX_FIRST_LOAD = 600 * 1024
#: Views checked at once.
CONCURRENCY = int(os.environ.get("DOCGEN_BROWSER_TABS", "4"))
VIEWS = [(name, theme, width) for name in PAGES for theme in THEMES for width in WIDTHS]


async def check(browser, axe, name, theme, width):
    """What is wrong with `name` in one view, one line each, and its first-load weight in bytes."""
    where = f"{name} [{theme}, {width}px]"
    context = await browser.new_context(color_scheme=theme, viewport={"width": width, "height": 900})
    page = await context.new_page()
    problems, responses = [], []
    page.on("console", lambda m: m.type in ("error", "warning") and problems.append(f"console {m.type}: {m.text}"))
    page.on("pageerror", lambda e: problems.append(f"script error: {e}"))
    page.on("requestfailed", lambda r: problems.append(f"request failed: {r.url} ({r.failure})"))
    page.on("response", lambda r: responses.append(r))
    await page.goto(page_url(name), wait_until="load")
    weight = sum([len(await r.body()) for r in responses])
    failures = [f"{where}: {p}" for p in problems]
    overflow = await page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    if overflow > 0:
        failures.append(f"{where}: scrolls sideways by {overflow} px")
    results = await axe.run(page)
    for violation in results.response["violations"]:
        targets = ", ".join(" ".join(n["target"]) for n in violation["nodes"][:3])
        failures.append(
            f"{where}: axe {violation['id']} ({violation['impact']}): {len(violation['nodes'])} nodes, e.g. {targets}")
    if weight > MAX_FIRST_LOAD:
        failures.append(f"{where}: first load is {weight} bytes, over {MAX_FIRST_LOAD}")
    nodes = sum(len(v["nodes"]) for v in results.response["violations"])
    await context.close()
    return failures, f"{where}: first load {weight} bytes, {nodes} axe violation nodes"


async def check_all():
    axe = Axe()
    slots = asyncio.Semaphore(CONCURRENCY)
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=chromium_path(), args=["--allow-file-access-from-files", "--no-sandbox"])

        async def one(view):
            async with slots:
                try:
                    return view, await check(browser, axe, *view)
                except Exception as error:  # a view that cannot be checked fails, naming the view
                    return view, ([f"{view[0]} [{view[1]}, {view[2]}px]: could not be checked: {error!r}"], "")

        results = dict(await asyncio.gather(*(one(view) for view in VIEWS)))
        await browser.close()
        return results


@pytest.fixture(scope="module")
def results():
    found = {}
    # Its own thread: the async API needs an event loop, and other modules use the sync API in the main thread.
    worker = threading.Thread(target=lambda: found.update(asyncio.run(check_all())))
    worker.start()
    worker.join()
    assert found, "the browser checks did not run"
    return found


@pytest.mark.parametrize("name,theme,width", VIEWS, ids=[f"{n}-{t}-{w}px" for n, t, w in VIEWS])
def test_view(results, name, theme, width):
    failures, summary = results[(name, theme, width)]
    print(summary)
    assert not failures, "\n".join(failures)
