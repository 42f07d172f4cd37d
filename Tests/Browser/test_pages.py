"""Every page, light and dark, at 320, 375 and 1280 px: no console error or warning, no failed request, no sideways
scroll, no axe-core violation. A failure names the page, the view and the rule."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from conftest import PAGES, THEMES, WIDTHS, page_url

AXE = Axe()
#: Heaviest first load allowed, every file the page loads included (bytes).
MAX_FIRST_LOAD = 600 * 1024


@pytest.fixture(scope="module", params=[(t, w) for t in THEMES for w in WIDTHS], ids=lambda v: f"{v[0]}-{v[1]}px")
def view(request, browser):
    theme, width = request.param
    context = browser.new_context(color_scheme=theme, viewport={"width": width, "height": 900})
    yield theme, width, context
    context.close()


def load(context, name):
    """Opens `name` and returns the page, what went wrong while loading, and the bytes every response carried."""
    page = context.new_page()
    problems, responses = [], []
    page.on("console", lambda m: m.type in ("error", "warning") and problems.append(f"console {m.type}: {m.text}"))
    page.on("pageerror", lambda e: problems.append(f"script error: {e}"))
    page.on("requestfailed", lambda r: problems.append(f"request failed: {r.url} ({r.failure})"))
    page.on("response", lambda r: responses.append(r))
    page.goto(page_url(name), wait_until="load")
    weight = sum(len(r.body()) for r in responses)
    return page, problems, weight


@pytest.mark.parametrize("name", PAGES)
def test_page(view, name):
    theme, width, context = view
    where = f"{name} [{theme}, {width}px]"
    page, problems, weight = load(context, name)
    failures = [f"{where}: {p}" for p in problems]
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    if overflow > 0:
        failures.append(f"{where}: scrolls sideways by {overflow} px")
    results = AXE.run(page)
    for violation in results.response["violations"]:
        targets = ", ".join(" ".join(n["target"]) for n in violation["nodes"][:3])
        failures.append(
            f"{where}: axe {violation['id']} ({violation['impact']}): {len(violation['nodes'])} nodes, e.g. {targets}")
    if weight > MAX_FIRST_LOAD:
        failures.append(f"{where}: first load is {weight} bytes, over {MAX_FIRST_LOAD}")
    print(f"{where}: first load {weight} bytes, {sum(len(v['nodes']) for v in results.response['violations'])} "
          "axe violation nodes")
    page.close()
    assert not failures, "\n".join(failures)
