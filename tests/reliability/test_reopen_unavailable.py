"""Unsaved work whose question cannot be shown still reopens: as plain text, with the reason.

Issue 20, point 12: the unsaved-work banner's "Reopen it" raised `KeyError` when a bank update
had removed the question, or when the app's copy of the bank was unreadable; the draft was then
out of reach, in the window and for ``casewise export --attempt``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from casebank.loader import load
from casebank.pdf import ExportOptions
from casebank.starter import new_bank
from desktop.export.attempt import export_attempt
from desktop.library import BUNDLED_BANKS, Library, read_bank
from desktop.store import Store
from desktop.ui.app import application, build_window
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import ImmediateRunner
from tests.export.conftest import pdftotext, squeeze
from tests.helpers import Recorded, said
from tests.ui.conftest import AMAZON, EN_BANK

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Amazon answers on Twitter within the hour, and posts its deals on Facebook."
# A Casewise that imports a bank (when given one), starts an attempt, types, and is killed.
CRASH = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from desktop.library import Library, read_bank
    from desktop.store import Store
    data, bank_id, key, text, source = sys.argv[1:6]
    store = Store.open(data)
    library = Library(store)
    library.open()
    if source:
        library.install(read_bank(Path(source)))
    attempt = store.start_attempt(bank_id, key, "practice")
    store.save_revision(attempt.id, text, seconds_spent=40)
    os._exit(9)
    """
)


def crash(data: Path, bank_id: str, key: str, source: Path | None = None) -> None:
    result = subprocess.run(
        [sys.executable, "-c", CRASH, str(data), bank_id, key, TEXT, str(source or "")],
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    assert result.returncode == 9, result.stderr


def start(qtbot, data: Path) -> MainWindow:
    application()
    window = build_window(data, runner=ImmediateRunner(), notices=Recorded())
    qtbot.addWidget(window)
    window.offer_unsaved_work()
    return window


def without_the_question(tmp_path: Path) -> Path:
    """Version 1.1.0 of the English bundled bank, which no longer asks AMAZON."""
    folder = tmp_path / "newer"
    shutil.copytree(BUNDLED_BANKS / "brands-social-media", folder)
    case = folder / "cases" / "amazon-international"
    question = AMAZON.split("/")[1]
    (case / "questions" / f"{question}.toml").unlink()
    shutil.rmtree(case / "samples" / question, ignore_errors=True)
    toml = case / "case.toml"
    toml.write_text(
        re.sub(rf'"{question}",?\s*', "", toml.read_text(encoding="utf-8")), encoding="utf-8"
    )
    manifest = folder / "bank.toml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace('version = "1.0.0"', 'version = "1.1.0"'),
        encoding="utf-8",
    )
    return folder


@pytest.mark.slow
def test_reopen_it_on_a_question_an_update_removed_shows_the_text_and_why(qtbot, tmp_path):
    data = tmp_path / "data"
    crash(data, EN_BANK, AMAZON)
    with Store.open(data) as store:  # the update arrives before Casewise starts again
        library = Library(store)
        library.open()
        assert library.install(read_bank(without_the_question(tmp_path))).removed == (AMAZON,)

    window = start(qtbot, data)
    assert "Amazon gives its social platforms" in window.banner.text()  # named, not a key
    window.banner.accept_button.click()  # raised KeyError before

    plain = window.plain_dialog
    assert plain is not None and plain.isVisible()
    assert plain.text.toPlainText() == TEXT
    assert plain.text.isReadOnly()
    assert "version 1.1.0" in plain.reason.text()
    assert "an update of the bank removed it" in plain.reason.text()
    assert window.banner.isHidden()
    assert window.pages.currentWidget() is window.library_view
    # The answer stays in its question's history, no longer offered as unsaved work.
    assert window.store.unsaved_work() == []
    [kept] = window.store.attempts_for(EN_BANK, AMAZON)
    assert kept.text == TEXT
    # And `casewise export --attempt` still writes it.
    out = tmp_path / "removed.pdf"
    exported = export_attempt(window.store, kept.id, out, ExportOptions())
    assert "an update of the bank removed it" in exported.plain
    assert squeeze(TEXT) in squeeze(pdftotext(out))
    plain.close()
    window.close()
    window.store.close()


def test_reopen_it_when_the_banks_copy_is_unreadable_shows_the_text_and_why(qtbot, tmp_path):
    data = tmp_path / "data"
    starter = tmp_path / "starter"
    new_bank(starter, "en")
    bank_id = load(starter).id
    crash(data, bank_id, "corner-bakery/channel", starter)
    [copy] = (data / "banks").glob("*.casebank")
    copy.write_bytes(b"not a zip any more")  # a failing disk, a bad sync

    window = start(qtbot, data)
    assert any("not a readable .casebank file" in m for m in said(window))
    window.banner.accept_button.click()

    plain = window.plain_dialog
    assert plain is not None
    assert plain.text.toPlainText() == TEXT
    reason = plain.reason.text()
    assert "cannot read its copy of" in reason and "not a readable .casebank file" in reason
    assert "Import the bank again" in reason
    [kept] = window.store.attempts_for(bank_id, "corner-bakery/channel")
    out = tmp_path / "unreadable.pdf"
    exported = export_attempt(window.store, kept.id, out, ExportOptions())
    assert "can no longer be read" in exported.plain
    assert squeeze(TEXT) in squeeze(pdftotext(out))

    # Importing the bank again mends it: the answer opens in the study view once more.
    window.import_bank(starter)
    assert said(window)[-1].startswith("Restored")
    window.reopen(kept.id)
    assert window.pages.currentWidget() is window.study
    assert window.study.editor.toPlainText() == TEXT
    plain.close()
    window.close()
    window.store.close()
