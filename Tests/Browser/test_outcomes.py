"""The outcome tables of cells searched exhaustively (`explore=all`, or few threads): visible, accessible (caption,
header scopes, a focusable scrolling box, axe-clean with their folds open, light and dark, phone and desktop), their
headline agreeing with their rows, each replay command copyable, and the complete table of a cell with many outputs
(a page of its own in `<page>-figures/`) as accessible as the page."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe

from conftest import PAGES, page_url

TUTORIAL = "threading-tutorial.html"
#: The tutorial's second page, where the daemon cell (a complete search of many outputs) lives.
BEYOND = "threading-beyond-the-basics.html"
pytestmark = pytest.mark.skipif(TUTORIAL not in PAGES or BEYOND not in PAGES,
                                reason="the tutorial's pages are not in the site")


def open_page(browser, width=1280, theme="light", url=None, name=TUTORIAL):
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=theme)
    page = context.new_page()
    page.goto(url or page_url(name))
    return context, page


def axe_violations(page, context=None):
    results = Axe().run(page, context=context)
    assert results.response["passes"], "axe checked nothing"
    return "; ".join(f"{v['id']}: {len(v['nodes'])} nodes, e.g. {' '.join(v['nodes'][0]['target'])}"
                     for v in results.response["violations"])


def sideways(page):
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


def check_table(table, where):
    """A table with a caption, column and row headers, in a focusable named box."""
    table.scroll_into_view_if_needed()
    assert table.is_visible(), f"{where}: not visible"
    assert re.match(r"(Every output|The \d+ most frequent of the \d+ outputs) of ", table.locator("caption").inner_text()), \
        f"{where}: caption {table.locator('caption').inner_text()!r}"
    scopes = table.evaluate("t => [...t.querySelectorAll('th')].map(th => th.getAttribute('scope'))")
    columns, rows = table.locator("thead th").count(), table.locator("tbody tr").count()
    assert scopes == ["col"] * columns + ["row"] * rows, f"{where}: th scopes {scopes}"
    box = table.locator("xpath=..")
    assert box.get_attribute("tabindex") == "0" and box.get_attribute("role") == "group", f"{where}: box"
    assert box.get_attribute("aria-label").startswith("Possible outputs of "), f"{where}: box name"


def copies(page, row, pattern):
    """The replay command of `row` matches `pattern`, and its button copies it."""
    command = row.locator("code.dg-command").inner_text()
    assert re.fullmatch(pattern, command), command
    number = row.locator("th").inner_text()
    button = row.locator("button.copy")
    assert button.get_attribute("aria-label") == f"Copy the replay command of output {number}"
    button.click()
    page.wait_for_function("b => b.textContent === 'Copied'", arg=button.element_handle())
    assert page.evaluate("navigator.clipboard.readText()") == command


@pytest.mark.parametrize("name", [TUTORIAL, BEYOND])
def test_tables_are_visible_and_named_with_header_scopes(browser, name):
    context, page = open_page(browser, name=name)
    tables = page.locator("table.dg-outcome-table")
    assert tables.count() >= 3, f"only {tables.count()} outcome tables on {name}"
    for index in range(tables.count()):
        check_table(tables.nth(index), f"{name}: outcome table {index + 1}")
    context.close()


@pytest.mark.parametrize("name", [TUTORIAL, BEYOND])
def test_the_headline_counts_what_the_table_lists(browser, name):
    context, page = open_page(browser, name=name)
    blocks = page.locator("div.dg-outcomes")
    compared = 0
    for index in range(blocks.count()):
        block = blocks.nth(index)
        headline = block.locator("p.dg-outcomes-head").inner_text()
        match = re.match(r"(At least )?(\d+) possible outputs", headline, re.IGNORECASE)
        assert match, f"headline {headline!r}"
        rows = block.locator("tbody tr").count()
        more = block.locator("p.dg-more")
        hidden = int(re.match(r"The (\d+) less frequent", more.inner_text()).group(1)) if more.count() else 0
        assert int(match.group(2)) == rows + hidden, f"{headline!r} over {rows} rows and {hidden} more"
        cpython = re.search(r"CPython printed (\d+) of them in (\d+) runs", headline)
        if cpython and not hidden:
            seen = block.locator("td.dg-seen").count()
            if "compared as CPython" in headline:
                # The masks merge rows: each row CPython's output normalises like is marked, the headline counts once.
                assert seen >= int(cpython.group(1)), f"{headline!r} but {seen} rows say seen"
            else:
                assert int(cpython.group(1)) == seen, f"{headline!r} but {seen} rows say seen"
            compared += 1
    assert compared >= 3, f"too few tables compare with CPython on {name}"
    context.close()


def test_the_daemon_cells_search_is_complete(browser):
    context, page = open_page(browser, name=BEYOND)
    daemon = page.locator("#cell-daemon p.dg-outcomes-head").inner_text()
    assert re.fullmatch(r"\d+ possible outputs \(the search ran all \d+ distinct schedules\); CPython printed \d+ of "
                        r"them in \d+ runs\.", daemon), daemon
    context.close()


def test_a_replay_command_copies(browser):
    context, page = open_page(browser, name=BEYOND)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    row = page.locator("#cell-daemon table.dg-outcome-table tbody tr").nth(1)
    copies(page, row, r"docgen run threading-beyond-the-basics/daemon --schedule c[\d.]*")
    context.close()


@pytest.mark.parametrize("width,theme", [(320, "light"), (1280, "dark")])
def test_tables_and_their_open_folds_are_axe_clean(browser, width, theme):
    context, page = open_page(browser, width, theme)  # the tutorial's first page: the more outcome tables
    page.evaluate("document.querySelectorAll('.dg-outcomes details').forEach(d => { d.open = true; })")
    page.locator(".dg-outcomes object.dg-figure").first.wait_for(timeout=10_000)
    problems = axe_violations(page, {"include": [[".dg-outcomes"]]})
    assert not problems, problems
    assert sideways(page) <= 0, f"the page scrolls sideways by {sideways(page)} px with the folds open"
    context.close()


@pytest.mark.parametrize("width,theme", [(320, "dark"), (1280, "light")])
def test_the_complete_table_of_many_outputs_is_a_page_of_its_own(browser, width, theme):
    context, page = open_page(browser, width, theme, name=BEYOND)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    block = page.locator("#cell-daemon div.dg-outcomes")
    total = int(re.match(r"(\d+) possible", block.locator("p.dg-outcomes-head").inner_text()).group(1))
    seen = int(re.search(r"CPython printed (\d+) of them", block.locator("p.dg-outcomes-head").inner_text()).group(1))
    link = block.locator("p.dg-more a")
    assert link.get_attribute("href") == "threading-beyond-the-basics-figures/cell-daemon-outcomes.html"
    link.click()
    page.wait_for_url(re.compile(r".*cell-daemon-outcomes\.html$"))
    assert page.title() == "Possible outputs of threading-beyond-the-basics/daemon"
    table = page.locator("table.dg-outcome-table")
    check_table(table, "the complete table")
    assert table.locator("tbody tr").count() == total
    assert table.locator("td.dg-seen").count() == seen
    problems = axe_violations(page)
    assert not problems, problems
    assert sideways(page) <= 0, f"the complete table's page scrolls sideways by {sideways(page)} px"
    copies(page, table.locator("tbody tr").last, r"docgen run threading-beyond-the-basics/daemon --schedule c[\d.]*")
    page.locator("a", has_text="Back to the page").click()
    page.wait_for_url(re.compile(r".*threading-beyond-the-basics\.html#cell-daemon$"))
    context.close()
