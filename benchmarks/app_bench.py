"""The study app: cold start, a keystroke's way to the checklist, and opening a very long case.

Everything runs offscreen (``QT_QPA_PLATFORM=offscreen``) against a data folder in a temporary
directory.

- **Cold start**: `first_paint.py` starts the real ``casewise`` command in a fresh interpreter
  and prints the moment the main window first paints; the clock starts just before the process
  does. The first start on a new data folder (which imports the bundled banks) is reported apart
  from the starts after it, which are what a student waits for every day.
- **Keystroke to checklist**: a real `StudyView` with a 2,000-word answer to a bundled question.
  One sample is a key event in the middle of the answer (the editor, the word count, the save
  state) plus the re-check and checklist update that the view runs when its pause timer fires.
  The pause itself (`CHECK_DELAY_MS`, there so that the check never interrupts typing) is left
  out of the samples and reported on its own line, end to end.
- **Opening a 20,000-word case**: the case pane renders the Markdown, lays out the text, fills
  the outline and paints.
"""

from __future__ import annotations

import gc
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from benchmarks.measure import ROOT, Line, ms_line, offscreen, percentiles, seconds_line
from casebank.vocabulary import Mode

COLD_START_SECONDS = 1.0
KEYSTROKE_MS = 16.0
CASE_OPEN_MS = 500.0  # chosen: a click that opens a case should not feel like waiting
CASE_WORDS = 20_000
ANSWER_WORDS = 2_000


def _first_paint(data_dir: Path) -> float:
    """Seconds from starting ``casewise`` to its window's first paint."""
    # An installed Casewise starts from compiled bytecode (pip compiles it as it installs; the
    # bundle holds it). With PYTHONDONTWRITEBYTECODE set, as some shells and CI set it, this
    # source tree has none, and every start compiled the whole app again: a third of a second
    # that no student waits for. The first start writes the caches, as a first start does.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    started = time.time()
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "first_paint.py"), str(data_dir)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )
    marks = [line for line in result.stdout.splitlines() if line.startswith("first-paint ")]
    if result.returncode != 0 or not marks:
        raise RuntimeError(f"casewise did not paint its window:\n{result.stderr[-2000:]}")
    return float(marks[-1].split()[1]) - started


def bench_cold_start(runs: int = 7) -> list[Line]:
    """Cold starts of the real app: the first on a new data folder, then `runs` more."""
    offscreen()
    with tempfile.TemporaryDirectory(prefix="casewise-bench-") as folder:
        data_dir = Path(folder) / "data"
        first = _first_paint(data_dir)
        starts = [_first_paint(data_dir) for _ in range(runs)]
    p50, p95 = percentiles(starts)
    return [
        Line(
            "app: cold start to first painted window",
            f"p95 < {COLD_START_SECONDS:g} s",
            f"p50 {p50:.2f} s, p95 {p95:.2f} s (n={runs})",
            p95 < COLD_START_SECONDS,
        ),
        seconds_line(
            "app: first start on a new data folder (adds the bundled banks)", [first], 2.0
        ),
    ]


@dataclass
class _Study:
    """A study view open on a bundled question, in a temporary data folder."""

    view: object
    bank: object
    question: object


@contextmanager
def _study_view(words: int = ANSWER_WORDS) -> Iterator[_Study]:
    """A `StudyView` showing a practice attempt with a `words`-word answer, on screen."""
    offscreen()
    from benchmarks.export_bench import answer_of
    from desktop.library import Library
    from desktop.session import StudySession, Unsaved
    from desktop.store import Store
    from desktop.ui.app import application, settings_for, settle_memory
    from desktop.ui.study import StudyView

    app = application()
    with tempfile.TemporaryDirectory(prefix="casewise-bench-") as folder:
        data_dir = Path(folder)
        store = Store.open(data_dir)
        try:
            library = Library(store)
            library.open()
            bank = next(b for b in library.banks() if b.manifest.language == "en")
            question = max(bank.questions(), key=lambda q: len(q.arguments))
            text = answer_of(bank, words, question=question)
            attempt = store.start_attempt(bank.id, question.key, Mode.PRACTICE)
            store.save_revision(attempt.id, text)
            session = StudySession(store, question, store.attempt(attempt.id))
            view = StudyView(settings_for(data_dir))
            view.resize(1280, 800)
            view.show()
            view.open(bank, question, session)
            app.processEvents()
            settle_memory()  # as the app does once its window shows
            yield _Study(view, bank, question)
            gc.unfreeze()
            # The answer was saved above; a failed save would be a broken benchmark, not a choice.
            assert view.leave(lambda _: Unsaved.STAY, lambda _: False)
            view.close()
            view.deleteLater()
            app.processEvents()
        finally:
            store.close()


def bench_keystroke(runs: int = 80, end_to_end: int = 8) -> list[Line]:
    """A keystroke in a 2,000-word answer until the checklist shows the re-check."""
    offscreen()
    from casebank.words import count_words
    from desktop.ui.app import application
    from desktop.ui.qt import QTest, QTextCursor
    from desktop.ui.study import CHECK_DELAY_MS, StudyView

    app = application()
    with _study_view() as study:
        view = study.view
        assert isinstance(view, StudyView)
        editor = view.editor
        cursor = editor.textCursor()
        cursor.setPosition(len(editor.toPlainText()) // 2)
        cursor.movePosition(QTextCursor.MoveOperation.StartOfWord)
        editor.setTextCursor(cursor)
        words = count_words(editor.toPlainText())
        letters = "etaoinshrdlu"
        # The question's dictionary loads in the background when the question opens, once a
        # session (the spelling benchmark times it): a student types on once it is there.
        view.spelling.wait()

        cpu: list[float] = []

        def keystroke(n: int) -> float:
            start, start_cpu = time.perf_counter(), time.process_time()
            QTest.keyClicks(editor, letters[n % len(letters)])
            # The pause timer is now running; what it would run after the pause is timed here.
            view.check_timer.stop()
            view.refresh_checklist()
            cpu.append((time.process_time() - start_cpu) * 1000)
            return (time.perf_counter() - start) * 1000

        # Warm-up, as a student's first words: the first check fills the checker's caches, and the
        # first long word that might be a typo loads the language's word list (once a session).
        for n in range(12):
            keystroke(n)
        cpu.clear()
        samples = [keystroke(n) for n in range(runs)]

        waits = []
        for n in range(end_to_end):
            start = time.perf_counter()
            QTest.keyClicks(editor, letters[n % len(letters)])
            while view.check_timer.isActive():
                app.processEvents()
                time.sleep(0.001)
            waits.append((time.perf_counter() - start) * 1000)
    key = ms_line(
        f"app: keystroke to updated checklist, {words:,}-word answer (pause excluded)",
        samples,
        KEYSTROKE_MS,
        cpu=cpu,
    )
    pause = Line(
        f"app: the same with the deliberate {CHECK_DELAY_MS} ms pause, end to end",
        f"{CHECK_DELAY_MS} ms + the line above",
        f"p50 {statistics.median(waits):.0f} ms (n={end_to_end})",
        None,
    )
    return [key, pause]


def _long_case_text(source: str, words: int) -> str:
    """A Markdown case of about `words` words: `source`'s sections repeated under new headings."""
    from casebank.words import count_words

    parts = ["# A very long case\n"]
    total = 0
    part = 0
    while total < words:
        part += 1
        body = source.replace("\n# ", "\n### ").replace("\n## ", "\n### ")
        parts.append(f"## Part {part}\n\n{body}\n")
        total += count_words(body)
    return "\n".join(parts)


def bench_case_open(runs: int = 5) -> list[Line]:
    """Show a 20,000-word case in the study view's case pane, painted."""
    offscreen()
    from casebank.model import Bank, Case
    from casebank.words import count_words
    from desktop.ui.app import application
    from desktop.ui.study import StudyView

    app = application()
    with _study_view(words=200) as study:
        view, bank = study.view, study.bank
        assert isinstance(view, StudyView) and isinstance(bank, Bank)
        case = bank.cases[0]
        long_case: Case = replace(case, text=_long_case_text(case.text, CASE_WORDS))
        pane = view.case_pane

        def show() -> None:
            pane.show_case(bank, long_case)
            app.processEvents()
            pane.grab()  # paints what a student sees, laying the text out as far as that needs

        samples = []
        for _ in range(runs):
            pane.show_case(bank, case)  # another case in between, as when switching questions
            app.processEvents()
            start = time.perf_counter()
            show()
            samples.append((time.perf_counter() - start) * 1000)
        words = count_words(long_case.text)
    return [ms_line(f"app: open a case of {words:,} words (case pane)", samples, CASE_OPEN_MS)]


def bench_app() -> list[Line]:
    """Every line of the app's benchmarks."""
    return [*bench_cold_start(), *bench_keystroke(), *bench_case_open()]
