/// A whole nbformat 4.5 notebook as written to `<page>.ipynb`: its cells and a Python 3 kernel's metadata.
struct NotebookDocument: Encodable {
    var cells: [NotebookCell]
    var metadata = [
        "kernelspec": ["display_name": "Python 3", "language": "python", "name": "python3"],
        "language_info": ["name": "python"],
    ]
    var nbformat = 4
    var nbformat_minor = 5
}
