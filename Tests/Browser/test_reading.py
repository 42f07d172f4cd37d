"""What a reader does on the tutorial page: search, hide the Swift side, copy code, follow permalinks, read 80-column
code at 1280 px and stacked sources on a phone."""

import pytest

from conftest import PAGES, SITE, page_url

TUTORIAL = "threading-tutorial.html"
#: The tutorial's second page (Barrier and the other primitives, shutdown, introspection).
BEYOND = "threading-beyond-the-basics.html"
#: A page with cells (the tutorial when present).
CELL_PAGE = TUTORIAL if TUTORIAL in PAGES else next((p for p in PAGES if p != "index.html"), None)


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context
    context.close()


def open_page(context, name, width=1280):
    page = context.new_page()
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(page_url(name))
    return page


@pytest.mark.skipif(BEYOND not in PAGES, reason="the tutorial's second page is not in the site")
def test_search_lists_the_abort_section_first_and_lands_on_it(context):
    page = open_page(context, "index.html")
    page.fill("input[type=search]", "BrokenBarrierError")
    first = page.locator(".search-results li a").first
    first.wait_for(timeout=10_000)
    assert first.get_attribute("href") == BEYOND + "#abort-and-brokenbarriererror"
    first.click()
    page.wait_for_url("**/" + BEYOND + "#abort-and-brokenbarriererror")
    top = page.evaluate("document.getElementById('abort-and-brokenbarriererror').getBoundingClientRect().top")
    assert -2 <= top < 900, f"the abort heading is at {top} px, not in view"


@pytest.mark.skipif(TUTORIAL not in PAGES, reason="the tutorial page is not in the site")
def test_search_covers_code_and_outputs_and_says_when_nothing_matches(context):
    page = open_page(context, TUTORIAL)
    results = page.locator(".search-results li")
    page.fill("input[type=search]", "thread_name_prefix-that-appears-nowhere")
    results.first.wait_for(timeout=10_000)
    assert results.first.inner_text() == "No results"
    # Only in a cell's output (logging's "[DEBUG]" lines), not in prose or headings.
    page.fill("input[type=search]", "(Thread-1 (worker)")
    assert "No results" not in results.first.inner_text()


@pytest.mark.skipif(CELL_PAGE is None, reason="no page with cells")
def test_swift_toggle_starts_as_the_page_says_and_is_remembered(context):
    page = open_page(context, CELL_PAGE)
    # The page's default (`<!-- docgen-page: swift=hidden -->` sets data-swift="hidden") until the reader uses the switch.
    hidden_by_default = page.evaluate("document.documentElement.dataset.swift === 'hidden'")
    swift = page.locator("figure.source.swift").first
    assert swift.is_visible() != hidden_by_default
    assert page.is_checked("#show-swift") != hidden_by_default
    page.click("#show-swift")  # one click flips it
    assert swift.is_visible() == hidden_by_default
    page.reload()
    assert page.locator("figure.source.swift").first.is_visible() == hidden_by_default
    assert page.is_checked("#show-swift") == hidden_by_default
    page.click("#show-swift")
    page.reload()
    assert page.locator("figure.source.swift").first.is_visible() != hidden_by_default


@pytest.mark.skipif(TUTORIAL not in PAGES or BEYOND not in PAGES, reason="the tutorial's pages are not in the site")
def test_the_tutorial_hides_swift_until_the_reader_shows_it_then_remembers_on_every_page(context):
    for name in (TUTORIAL, BEYOND):  # a new reader: nothing in localStorage
        page = open_page(context, name)
        assert page.evaluate("document.documentElement.dataset.swift") == "hidden"
        assert page.locator("figure.source.python").first.is_visible()
        assert not page.locator("figure.source.swift").first.is_visible()
        assert page.locator("label.swift-toggle").is_visible() and not page.is_checked("#show-swift")
        page.close()
    page = open_page(context, TUTORIAL)
    page.click("#show-swift")  # one click away
    assert page.locator("figure.source.swift").first.is_visible()
    page.close()
    page = open_page(context, BEYOND)  # the reader's choice holds on the other page too
    assert page.locator("figure.source.swift").first.is_visible() and page.is_checked("#show-swift")
    page.click("#show-swift")
    page.close()
    page = open_page(context, TUTORIAL)  # and hiding again is remembered as well
    assert not page.locator("figure.source.swift").first.is_visible() and not page.is_checked("#show-swift")


@pytest.mark.skipif(CELL_PAGE is None, reason="no page with cells")
def test_copy_button_copies_the_source(context):
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = open_page(context, CELL_PAGE)
    figure = page.locator("figure.source.python").first
    figure.locator("button.copy").click()
    page.wait_for_function("document.querySelector('figure.source.python button.copy').textContent === 'Copied'")
    assert page.evaluate("navigator.clipboard.readText()") == figure.locator("code").text_content()


@pytest.mark.skipif(CELL_PAGE is None, reason="no page with cells")
def test_every_cell_has_a_permalink_and_a_thread_legend(context):
    page = open_page(context, CELL_PAGE)
    missing = page.evaluate("""() => Array.from(document.querySelectorAll('section.cell')).filter(cell =>
        !cell.querySelector('a[href="#' + cell.id + '"]')
        || (cell.querySelector('.lines') && !cell.querySelector('.legend'))).map(cell => cell.id)""")
    assert page.locator("section.cell").count() > 0
    assert missing == [], f"cells without permalink or legend: {missing}"


@pytest.mark.skipif(CELL_PAGE is None, reason="no page with cells")
def test_eighty_columns_fit_at_1280_and_sources_stack_on_phones(context):
    page = open_page(context, CELL_PAGE, width=1280)
    page.set_checked("#show-swift", True)  # the layout of both sources
    narrow = page.evaluate("""() => Array.from(document.querySelectorAll('figure.source pre')).filter(pre => {
        const probe = document.createElement('span');
        probe.textContent = '0'.repeat(80);
        pre.querySelector('code').appendChild(probe);
        const style = getComputedStyle(pre);
        const room = pre.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        const fits = probe.getBoundingClientRect().width <= room;
        probe.remove();
        return !fits;
      }).map(pre => pre.closest('section').id + ' ' + pre.closest('figure').className)""")
    assert narrow == [], f"80 columns do not fit at 1280 px in: {narrow}"
    page.set_viewport_size({"width": 375, "height": 900})
    side_by_side = page.evaluate("""() => Array.from(document.querySelectorAll('.sources')).filter(s => {
        const [python, swift] = s.querySelectorAll('figure');
        return swift && swift.getBoundingClientRect().top < python.getBoundingClientRect().bottom;
      }).map(s => s.closest('section').id)""")
    assert side_by_side == [], f"Python and Swift side by side at 375 px in: {side_by_side}"


@pytest.mark.skipif(CELL_PAGE is None, reason="no page with cells")
def test_a_timeline_loads_when_its_fold_opens(context):
    page = open_page(context, CELL_PAGE)
    fold = page.locator("details.timeline").first
    assert fold.locator("object").count() == 0, "a closed timeline was loaded with the page"
    loaded = []
    page.on("response", lambda r: r.url.endswith(".svg") and loaded.append(r))
    fold.locator("summary").click()
    fold.locator("object.dg-figure").wait_for(timeout=10_000)
    page.wait_for_timeout(300)
    assert loaded and b"<svg" in loaded[0].body(), "opening the timeline loaded no SVG"
    box = fold.locator("object.dg-figure").bounding_box()
    assert box and box["height"] > 50, f"the timeline is drawn {box} in size"
