"""Each page's notebook: linked from the page, valid nbformat 4, prose as Markdown, every cell's Python as a code cell
(run as a program of its own by a first `%%script` line) numbered in order whose stream outputs are exactly the lines
the page shows for that cell. (Tests/Notebook/check_notebooks.py runs the notebooks in a Jupyter kernel.)"""

import json

import nbformat
import pytest

from conftest import PAGES, SITE, page_url

CONTENT_PAGES = [p for p in PAGES if p != "index.html"]


@pytest.mark.parametrize("name", CONTENT_PAGES)
def test_notebook_is_valid_linked_and_matches_the_page(browser, name):
    path = SITE / name.replace(".html", ".ipynb")
    assert path.exists(), f"{name}: no notebook {path.name}"
    notebook = nbformat.read(str(path), as_version=4)
    nbformat.validate(notebook)
    assert notebook.nbformat == 4
    assert json.loads(path.read_text())["metadata"]["kernelspec"]["language"] == "python"

    page = browser.new_page()
    page.goto(page_url(name))
    assert page.locator(f"a[href='{path.name}']").count() == 1, f"{name}: no link to {path.name}"
    shown = page.evaluate("""() => Array.from(document.querySelectorAll('section.cell')).map(cell => ({
        source: cell.querySelector('figure.source.python code').textContent,
        lines: Array.from(cell.querySelectorAll('.lines .line')).map(line => [
          line.classList.contains('err') ? 'stderr' : 'stdout', line.querySelector('.text').textContent]) }))""")
    page.close()

    code = [c for c in notebook.cells if c.cell_type == "code"]
    magics = [c.source.split("\n", 1)[0] for c in code]
    assert all(m.startswith("%%script ") and "python3" in m for m in magics), f"{name}: a code cell without %%script"
    assert [c.source.split("\n", 1)[1] for c in code] == [c["source"] for c in shown]
    assert any(c.cell_type == "markdown" for c in notebook.cells)
    counts = [c.execution_count for c in code if c.execution_count is not None]
    assert counts == sorted(counts) and len(set(counts)) == len(counts)
    for cell, expected in zip(code, shown):
        assert all(o.output_type == "stream" for o in cell.outputs)
        # The same streams in the same order (a run of lines on one stream is one output) and the same text.
        streams = [name for i, (name, _) in enumerate(expected["lines"]) if i == 0 or expected["lines"][i - 1][0] != name]
        assert [o.name for o in cell.outputs] == streams, f"{name}: streams of cell {cell.id} differ from the page"
        assert "".join(o.text for o in cell.outputs).replace("\n", "") == "".join(t for _, t in expected["lines"]), \
            f"{name}: output text of cell {cell.id} differs from the page"
