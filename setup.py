"""The build step that pyproject.toml cannot say: compile the interface's translations.

`pip install .`, `pip wheel .` and `python -m build` run setuptools' build_py; this one also
compiles resources/translations/*.ts into the .qm files Qt loads, into the build (never into the
source folder), with packaging/qm.py, which needs neither Qt nor its tools. Without it a wheel or
an install from a checkout had no translations: the interface stayed English.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
TRANSLATIONS = ROOT / "resources" / "translations"


def _compiler() -> ModuleType:
    # Loaded by path: a folder named packaging/ must not shadow the `packaging` library.
    spec = importlib.util.spec_from_file_location("casewise_qm", ROOT / "packaging" / "qm.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildWithTranslations(build_py):
    """build_py, then each .ts compiled to casewise_resources/translations/*.qm in the build."""

    def run(self) -> None:
        super().run()
        qm = _compiler()
        target = Path(self.build_lib) / "casewise_resources" / "translations"
        for source in sorted(TRANSLATIONS.glob("*.ts")):
            qm.compile_ts(source, target / f"{source.stem}.qm")


setup(cmdclass={"build_py": BuildWithTranslations})
