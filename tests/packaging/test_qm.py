"""packaging/qm.py writes the .qm files lrelease writes, so that the build step needs no Qt tools.

Issue 15, point 8: `pip install '.[app]'` from a checkout left out the compiled translations, so the
interface stayed English (and said "1 questions"). The wheel's build step now compiles them.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.ui.qt import QTranslator
from tests.packaging.tools import ROOT, script

TRANSLATIONS = ROOT / "resources" / "translations"


@pytest.mark.parametrize("language", ["de", "fa", "en"])
def test_the_compiler_writes_what_lrelease_writes(language: str, tmp_path: Path):
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(__import__("sys").executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease (PySide6) is not installed")
    source = TRANSLATIONS / f"casewise_{language}.ts"
    qm = script(ROOT / "packaging" / "qm.py")
    qm.compile_ts(source, tmp_path / "ours.qm")
    subprocess.run([lrelease, "-silent", source, "-qm", tmp_path / "theirs.qm"], check=True)
    assert (tmp_path / "ours.qm").read_bytes() == (tmp_path / "theirs.qm").read_bytes()


def test_qt_loads_a_compiled_file_and_finds_plural_forms(tmp_path: Path):
    qm = script(ROOT / "packaging" / "qm.py")
    qm.compile_ts(TRANSLATIONS / "casewise_de.ts", tmp_path / "de.qm")
    translator = QTranslator()
    assert translator.load(str(tmp_path / "de.qm"))
    assert translator.language().startswith("de")
    assert translator.translate("ImportReportDialog", "Bank imported") == "Fallsammlung importiert"
    source = "Coverage over %n attempts: first %1, best %2, last %3"
    one = translator.translate("CoverageChart", source, None, 1)
    many = translator.translate("CoverageChart", source, None, 3)
    assert (one or "").startswith("Abdeckung über %n Versuch:")
    assert (many or "").startswith("Abdeckung über %n Versuche:")


def test_a_message_with_a_comment_is_keyed_as_lrelease_keys_it():
    qm = script(ROOT / "packaging" / "qm.py")
    assert qm.elf_hash(b"") == 1
    assert qm.elf_hash(b"Bank imported") == qm.elf_hash(b"Bank imported")
