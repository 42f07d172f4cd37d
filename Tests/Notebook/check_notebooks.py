"""Runs each notebook docgen wrote, top to bottom, in a Jupyter kernel (nbclient), as a reader's *Run All* would,
then has docgen check that every code cell printed one of the outputs docgen knows for it
(`docgen fidelity --notebook`: the page's output, its exploration's, its CPython recording's).

A cell whose output is none of them is run again on its own (each code cell is a program of its own, a `%%script`
cell), up to --attempts runs in all: the samples order their threads with sleeps, which a loaded machine can stretch
into another order. Every retry is reported.

usage: check_notebooks.py --docgen PATH [--python PYTHON] [--attempts N] [--content DIR ...] NOTEBOOK...
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

import nbformat
from nbclient import NotebookClient


def kernel_environment(python):
    """The environment the kernel runs in: `python`'s folder first on PATH, so `%%script python3` runs it."""
    env = dict(os.environ)
    if python:
        folder = os.path.dirname(shutil.which(python) or python)
        env["PATH"] = folder + os.pathsep + env.get("PATH", "")
    return env


def execute(notebook, env):
    """Runs every code cell of `notebook` in a fresh kernel (outputs cleared first); errors are kept as outputs."""
    for cell in notebook.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    client = NotebookClient(notebook, timeout=600, startup_timeout=300, kernel_name="python3", allow_errors=True)
    client.execute(env=env)
    return notebook


def check(docgen, docgen_args, paths, cells=()):
    """`docgen fidelity --notebook` on `paths`: the FAIL lines' cell ids, and every line it printed."""
    command = [docgen, "fidelity", *docgen_args]
    for path in paths:
        command += ["--notebook", path]
    for cell in cells:
        command += ["--cell", cell]
    result = subprocess.run(command, capture_output=True, text=True)
    lines = result.stdout.splitlines()
    failed = [line.split()[1] for line in lines if line.startswith("FAIL ")]
    if result.returncode != 0 and not failed:
        sys.exit(f"error: {' '.join(command)} failed: {result.stderr.strip() or result.stdout.strip()}")
    return failed, lines


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--docgen", required=True)
    parser.add_argument("--python", default="python3", help="the python3 that %%script cells run (put first on PATH)")
    parser.add_argument("--attempts", type=int, default=3)
    parser.add_argument("--docgen-arg", action="append", default=[], help="passed to docgen fidelity")
    parser.add_argument("notebooks", nargs="+")
    args = parser.parse_args()

    env = kernel_environment(args.python)
    version = subprocess.run(["python3", "--version"], capture_output=True, text=True, env=env).stdout.strip()
    print(f"notebooks: %%script python3 is {shutil.which('python3', path=env['PATH'])} ({version})")
    work = tempfile.mkdtemp(prefix="docgen-notebooks-")
    try:
        executed = []
        for path in args.notebooks:
            notebook = nbformat.read(path, as_version=4)
            if not any(cell.cell_type == "code" for cell in notebook.cells):
                continue
            start = time.monotonic()
            notebook = execute(notebook, env)
            target = os.path.join(work, os.path.basename(path))
            nbformat.write(notebook, target)
            executed.append(target)
            print(f"ran {path} in a kernel: {time.monotonic() - start:.0f} s")
        failed, lines = check(args.docgen, args.docgen_arg, executed)
        print("\n".join(lines))
        for attempt in range(2, args.attempts + 1):
            if not failed:
                break
            still = []
            for cell_id in failed:
                page, cell = cell_id.split("/", 1)
                original = nbformat.read(os.path.join(work, page + ".ipynb"), as_version=4)
                alone = nbformat.v4.new_notebook(metadata=original.metadata)
                alone.cells = [c for c in original.cells if c.cell_type == "code" and c.get("id") == cell]
                if not alone.cells:
                    still.append(cell_id)
                    continue
                folder = os.path.join(work, f"attempt-{attempt}-{page}-{cell}")
                os.makedirs(folder)
                target = os.path.join(folder, page + ".ipynb")
                nbformat.write(execute(alone, env), target)
                again, lines = check(args.docgen, args.docgen_arg, [target], cells=[cell_id])
                print(f"run {attempt} of {cell_id} on its own: " + " / ".join(lines[:-1]))
                still += again
            failed = still
        if failed:
            print(f"notebooks: {len(failed)} cell(s) printed none of their known outputs in {args.attempts} runs: "
                  + ", ".join(failed))
            return 1
        print("notebooks: every code cell printed one of the outputs docgen knows for it")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
