"""The Makefile's promises to a newcomer: `make run` on a fresh checkout says what it is doing."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.packaging.tools import ROOT


def test_a_first_make_run_says_it_is_setting_up_before_the_slow_part():
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    # -W: as if pyproject.toml had just changed, so the set-up is due; -n: print, run nothing.
    planned = subprocess.run(
        ["make", "-n", "-W", "pyproject.toml", "run"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.splitlines()
    setting_up = next(i for i, line in enumerate(planned) if "Setting up Casewise" in line)
    installing = next(i for i, line in enumerate(planned) if "pip install" in line)
    assert setting_up < installing
    assert "about a minute the first time" in planned[setting_up]
