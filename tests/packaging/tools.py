"""The system tools the packaging tests run, and what to do when one is missing."""

from __future__ import annotations

import importlib.util
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.casewise.Casewise"

# Each tool and the Debian package that has it (packaging/system-deps.sh installs them as root).
PACKAGES = {
    "desktop-file-validate": "desktop-file-utils",
    "update-desktop-database": "desktop-file-utils",
    "appstreamcli": "appstream",
    "update-mime-database": "shared-mime-info",
    "gio": "libglib2.0-bin",
}


def tool(name: str) -> str:
    """The path of a system tool; skip (not root) or fail (root, so it should be there)."""
    path = shutil.which(name)
    if path:
        return path
    hint = f"{name} is missing: install the Debian package {PACKAGES[name]}"
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        pytest.fail(f"{hint} (as root, `sh packaging/system-deps.sh` does it)")
    pytest.skip(f"{hint} to run this check (not root, so the tests cannot install it)")


def script(path: Path) -> Any:
    """Import a standalone script of packaging/ (not a package) as a module."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
