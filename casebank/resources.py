"""Where Casewise's bundled files live: banks, fonts, icons and compiled translations.

Qt-free, so that the PDF export (`casebank.pdf`) finds its fonts without the app. In a checkout
and in the PyInstaller bundle they are the ``resources/`` folder beside the ``casebank`` package.
An installed wheel carries the same folder as the package ``casewise_resources`` (a name of our
own, so that nothing else in site-packages can shadow it).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

PACKAGE = "casewise_resources"


def _find() -> Path:
    beside = Path(__file__).resolve().parent.parent / "resources"
    if beside.is_dir():
        return beside
    spec = importlib.util.find_spec(PACKAGE)
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    return beside  # missing: whoever reads from it says which file it could not find


RESOURCES = _find()
