"""A plugin author's path end to end: a small package built and pip-installed from a local
folder into a fresh virtual environment (no network: no build isolation, no index), then
``positions formats`` and ``positions extract`` use it."""

from __future__ import annotations

import json
import shutil
import site
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parent / "data" / "example_plugin"


@pytest.mark.slow
def test_an_installed_plugin_package_is_found_and_used(tmp_path: Path) -> None:
    env = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env)  # 3.11's ensurepip also brings setuptools
    python = env / "bin" / "python"
    # The new environment sees positions and its dependencies from this one, the way a user
    # who has positions installed sees them.
    purelib = Path(sysconfig.get_paths(vars={"base": str(env), "platbase": str(env)})["purelib"])
    here = [p for p in site.getsitepackages() if Path(p).is_dir()]
    (purelib / "zz_positions_host.pth").write_text(
        "".join(f"import site; site.addsitedir({p!r})\n" for p in here), encoding="utf-8"
    )
    src = tmp_path / "example_plugin"
    shutil.copytree(EXAMPLE, src)
    install = subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "-q",
            "--no-index",
            "--no-build-isolation",
            "--no-deps",
            str(src),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if install.returncode != 0 and "setuptools" in install.stderr:
        pytest.fail(f"no build backend in the new environment: {install.stderr.strip()[-300:]}")
    assert install.returncode == 0, install.stderr

    formats = subprocess.run(
        [str(python), "-m", "positions", "formats"], capture_output=True, text=True, timeout=120
    )
    assert formats.returncode == 0, formats.stderr
    line = next(ln for ln in formats.stdout.splitlines() if ln.startswith("levant-wire"))
    assert "Levant Wire" in line and "positions-levant-wire" in line

    extract = subprocess.run(
        [str(python), "-m", "positions", "extract", str(src / "page.txt"), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert extract.returncode == 0, extract.stderr
    rows = [json.loads(ln) for ln in extract.stdout.splitlines()]
    assert rows and {r["format"] for r in rows} == {"levant-wire"}
    assert {r["outlet"] for r in rows} == {"Levant Wire"}
    assert rows[0]["published"] == "2026-01-14"
    assert ("egypt", "israeli-strikes-syria", -1) in {
        (r["party"], r["issue"], r["stance"]) for r in rows
    }
    # The host's own interpreter is untouched by the install.
    assert "positions_levant_wire" not in sys.modules
