"""Write Casewise's AppStream metainfo from ``org.casewise.Casewise.metainfo.xml.in``.

AppStream shows screenshots from web addresses only. The source names them by their place in
the repository (``docs/screenshots/practice.png``); this puts them under the address where the
repository's files are published, or leaves the screenshots out when none is given::

    python3 packaging/linux/metainfo.py -o org.casewise.Casewise.metainfo.xml \\
        --screenshots-url https://WHERE-THE-REPOSITORY-IS-PUBLISHED/

It also checks what a release must get right: every screenshot exists, and the newest release
is the version in ``casebank/__init__.py``. Standard library only: it runs in any Python 3.11.
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = Path(__file__).with_name("org.casewise.Casewise.metainfo.xml.in")
VERSION = re.compile(r'^__version__ = "([^"]+)"$', re.MULTILINE)


class MetainfoError(Exception):
    """The metainfo source or its screenshots do not match the repository."""


def code_version(root: Path = ROOT) -> str:
    """``casebank.__version__``, read from the file (importing casebank is not needed)."""
    found = VERSION.search((root / "casebank" / "__init__.py").read_text(encoding="utf-8"))
    if found is None:
        raise MetainfoError("casebank/__init__.py has no __version__ line")
    return found.group(1)


def build(screenshots_url: str | None, source: Path = SOURCE, root: Path = ROOT) -> str:
    """The metainfo XML, with screenshot addresses under `screenshots_url` (or none).

    Raises:
        MetainfoError: a screenshot is missing, or the newest release is not the code's version.
    """
    tree = ET.parse(source)
    component = tree.getroot()
    releases = component.findall("releases/release")
    version = code_version(root)
    if not releases or releases[0].get("version") != version:
        newest = releases[0].get("version") if releases else "none"
        raise MetainfoError(
            f"{source.name}: the newest release is {newest}, but the code is version {version}; "
            "add a <release> for it (and a CHANGELOG.md section)"
        )
    screenshots = component.find("screenshots")
    if screenshots is None:
        raise MetainfoError(f"{source.name} has no <screenshots>")
    for image in screenshots.iter("image"):
        path = (image.text or "").strip()
        if not (root / path).is_file():
            raise MetainfoError(f"{source.name}: screenshot {path} does not exist")
        if screenshots_url:
            image.text = screenshots_url.rstrip("/") + "/" + path
    if not screenshots_url:
        component.remove(screenshots)
    ET.indent(tree, "  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(component, "unicode") + "\n"


def main(argv: list[str] | None = None) -> int:
    """Command line: write the metainfo; exit 1 with a message if the source is wrong."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, required=True, help="the file to write")
    parser.add_argument(
        "--screenshots-url",
        default=None,
        help="web address under which the repository's docs/screenshots/ are published",
    )
    args = parser.parse_args(argv)
    if args.screenshots_url and not args.screenshots_url.startswith("https://"):
        parser.error("--screenshots-url must be an https:// address")
    try:
        text = build(args.screenshots_url)
    except MetainfoError as exc:
        print(f"metainfo: {exc}", file=sys.stderr)
        return 1
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
