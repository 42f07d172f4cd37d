"""The outcome tables of cells searched exhaustively (`explore=all`, or few threads): visible, accessible (caption,
header scopes, a focusable scrolling box, axe-clean with their folds open, light and dark, phone and desktop), their
headline agreeing with their rows, and each replay command copyable."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe

from conftest import PAGES, page_url

TUTORIAL = "threading-tutorial.html"
pytestmark = pytest.mark.skipif(TUTORIAL not in PAGES, reason="the tutorial page is not in the site")


def open_page(browser, width=1280, theme="light"):
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=theme)
    page = context.new_page()
    page.goto(page_url(TUTORIAL))
    return context, page


def test_tables_are_visible_and_named_with_header_scopes(browser):
    context, page = open_page(browser)
    tables = page.locator("table.dg-outcome-table")
    assert tables.count() >= 5, f"only {tables.count()} outcome tables on the tutorial"
    for index in range(tables.count()):
        table = tables.nth(index)
        table.scroll_into_view_if_needed()
        assert table.is_visible(), f"outcome table {index + 1} is not visible"
        assert table.locator("caption").inner_text().startswith("Every output of "), f"table {index + 1}: caption"
        scopes = table.evaluate("t => [...t.querySelectorAll('th')].map(th => th.getAttribute('scope'))")
        columns = table.locator("thead th").count()
        rows = table.locator("tbody tr").count()
        assert scopes == ["col"] * columns + ["row"] * rows, f"table {index + 1}: th scopes {scopes}"
        box = table.locator("xpath=..")
        assert box.get_attribute("tabindex") == "0" and box.get_attribute("role") == "region"
        assert box.get_attribute("aria-label").startswith("Possible outputs of ")
    context.close()


def test_the_headline_counts_what_the_table_lists(browser):
    context, page = open_page(browser)
    blocks = page.locator("div.dg-outcomes")
    checked = 0
    for index in range(blocks.count()):
        block = blocks.nth(index)
        headline = block.locator("p.dg-outcomes-head").inner_text()
        match = re.match(r"(At least )?(\d+) possible outputs", headline, re.IGNORECASE)
        assert match, f"headline {headline!r}"
        rows = block.locator("tbody tr").count()
        assert int(match.group(2)) == rows, f"{headline!r} over {rows} rows"
        cpython = re.search(r"CPython printed (\d+) of them in (\d+) runs", headline)
        if cpython:
            seen = block.locator("td.dg-seen").count()
            assert int(cpython.group(1)) == seen, f"{headline!r} but {seen} rows say seen"
            checked += 1
    assert checked >= 5, "too few tables compare with CPython"
    # The daemon cell: every schedule searched, CPython seen printing some of them.
    daemon = page.locator("#cell-daemon p.dg-outcomes-head").inner_text()
    assert re.fullmatch(r"\d+ possible outputs \(the search ran all \d+ distinct schedules\); CPython printed \d+ of "
                        r"them in \d+ runs\.", daemon), daemon
    context.close()


def test_a_replay_command_copies(browser):
    context, page = open_page(browser)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    row = page.locator("#cell-daemon table.dg-outcome-table tbody tr").nth(1)
    command = row.locator("code.dg-command").inner_text()
    assert re.fullmatch(r"docgen run threading-tutorial/daemon --schedule c[\d.]*", command), command
    button = row.locator("button.copy")
    assert button.get_attribute("aria-label") == "Copy the replay command of output 2"
    button.click()
    page.wait_for_function("b => b.textContent === 'Copied'", arg=button.element_handle())
    assert page.evaluate("navigator.clipboard.readText()") == command
    context.close()


@pytest.mark.parametrize("width,theme", [(320, "light"), (1280, "dark")])
def test_tables_and_their_open_folds_are_axe_clean(browser, width, theme):
    context, page = open_page(browser, width, theme)
    page.evaluate("document.querySelectorAll('.dg-outcomes details').forEach(d => { d.open = true; })")
    page.locator(".dg-outcomes object.dg-figure").first.wait_for(timeout=10_000)
    results = Axe().run(page, context={"include": [[".dg-outcomes"]]})
    violations = results.response["violations"]
    assert results.response["passes"], "axe checked nothing in the outcome tables"
    assert not violations, "; ".join(
        f"{v['id']}: {len(v['nodes'])} nodes, e.g. {' '.join(v['nodes'][0]['target'])}" for v in violations)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"the page scrolls sideways by {overflow} px with the folds open"
    context.close()
