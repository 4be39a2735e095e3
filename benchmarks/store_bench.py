"""The store and the library at scale: a long history, and a library of 100 banks.

- **History**: 10,000 attempts at one question with 50 revisions each (500,000 revisions), bulk
  inserted with SQL into a fresh store in a temporary folder. Each attempt's revisions grow to a
  final answer of about 200 words (1,200 characters); every tenth attempt is a draft, the others
  are submitted with a self-assessment of every argument. Timed: the history query
  (`Store.attempts_for`) and opening the history dialog (query, table and chart).
- **Library**: 100 banks of 50 cases each, 5,000 cases in all (grown from the bundled English
  cases, see `bankgen`: every case has its full text and a question with its whole rubric; each
  bank holds some 29,000 cue terms, within the format's limit of 50,000, as a real bank must),
  installed through `Library.install`. Timed: a start's `Library.open` (bundled and installed banks,
  from the cache of parsed banks) plus filling the library view (progress per bank, the tree,
  the dashboard).
"""

from __future__ import annotations

import json
import sqlite3
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from benchmarks.bankgen import grown_files
from benchmarks.measure import Line, offscreen, seconds_line

ATTEMPTS = 10_000
REVISIONS = 50
FINAL_CHARS = 1_200
HISTORY_QUERY_SECONDS = 0.5  # chosen: the dialog as a whole should open within a second
HISTORY_DIALOG_SECONDS = 1.0
# 5,000 cases, as many as before the format limited a bank's cue terms: 100 banks a tutor could
# publish rather than 50 that the loader now refuses (a 100-case grown bank has 57,800 terms).
BANKS = 100
CASES = 50
LIBRARY_SECONDS = 2.0  # chosen: a start with 5,000 cases should still feel like a start

_BASE_TEXT = (
    "Amazon uses each platform for what it does best: Facebook for friends and offers, Twitter "
    "for news and quick replies to complaints, YouTube for product videos. Local accounts speak "
    "the language of each market, and the brand's tone stays the same everywhere. "
)


def _fill_history(db_path: Path, bank_id: str, key: str, argument_ids: list[str]) -> None:
    """Bulk insert the attempts, revisions and self-assessments with a few SQL statements."""
    text = (_BASE_TEXT * (FINAL_CHARS // len(_BASE_TEXT) + 1))[:FINAL_CHARS]
    verdicts = json.dumps(
        [
            {"id": a, "status": "covered", "score": 1.0, "hash": "bench"}
            for a in argument_ids[: len(argument_ids) // 2]
        ]
        + [
            {"id": a, "status": "missing", "score": 0.0, "hash": "bench"}
            for a in argument_ids[len(argument_ids) // 2 :]
        ]
    )
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")  # no WAL while filling: one write, not two
        conn.execute("PRAGMA synchronous = OFF")
        version, rubric = conn.execute(
            "SELECT b.version, q.rubric_hash FROM questions AS q JOIN banks AS b ON b.id = "
            "q.bank_id WHERE q.bank_id = ? AND q.key = ?",
            [bank_id, key],
        ).fetchone()
        with conn:
            conn.execute(
                """WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
                INSERT INTO attempts (id, bank_id, question_key, bank_version, mode, started_at,
                    updated_at, submitted_at, seconds_spent, rubric_hash)
                SELECT i, ?, ?, ?, CASE i % 3 WHEN 0 THEN 'exam' ELSE 'practice' END,
                    strftime('%Y-%m-%dT%H:%M:%S+00:00', '2024-01-01',
                        '+' || (i * 97) || ' minutes'),
                    strftime('%Y-%m-%dT%H:%M:%S+00:00', '2024-01-01',
                        '+' || (i * 97 + 50) || ' minutes'),
                    CASE WHEN i % 10 = 0 THEN NULL ELSE strftime('%Y-%m-%dT%H:%M:%S+00:00',
                        '2024-01-01', '+' || (i * 97 + 50) || ' minutes') END,
                    2400.0 + i % 600, ?
                FROM n""",
                [ATTEMPTS, bank_id, key, version, rubric],
            )
            conn.execute(
                """WITH RECURSIVE k(j) AS (SELECT 1 UNION ALL SELECT j + 1 FROM k WHERE j < ?)
                INSERT INTO revisions (attempt_id, saved_at, text, words, score, verdicts,
                    rubric_hash)
                SELECT a.id, strftime('%Y-%m-%dT%H:%M:%S+00:00', a.started_at,
                        '+' || j || ' minutes'),
                    substr(?, 1, j * ? / ?), j * 200 / ?, round(0.5 * j / ?, 4),
                    CASE WHEN j = ? THEN ? ELSE '[]' END, a.rubric_hash
                FROM attempts AS a, k ORDER BY a.id, j""",
                [REVISIONS, text, FINAL_CHARS, *[REVISIONS] * 4, verdicts],
            )
            levels = ("none", "partly", "fully")
            conn.executemany(
                """INSERT INTO self_assessments (attempt_id, argument_id, level, detected,
                    rubric_hash)
                SELECT id, ?, ?, ?, rubric_hash FROM attempts WHERE submitted_at IS NOT NULL""",
                [
                    (argument, levels[n % 3], "covered" if n % 2 else "missing")
                    for n, argument in enumerate(argument_ids)
                ],
            )
    finally:
        conn.close()


def bench_history(runs: int = 3) -> list[Line]:
    """Open the history of a question with 10,000 attempts of 50 revisions each."""
    offscreen()
    from casebank.loader import load
    from desktop.library import BUNDLED_BANKS
    from desktop.store import Store
    from desktop.store.paths import DATABASE
    from desktop.ui.app import application
    from desktop.ui.history import HistoryDialog

    app = application()
    bank = load(BUNDLED_BANKS / "brands-social-media")
    question = max(bank.questions(), key=lambda q: len(q.arguments))
    with tempfile.TemporaryDirectory(prefix="casewise-bench-") as folder:
        data_dir = Path(folder)
        with Store.open(data_dir) as store:
            store.import_bank(bank)
        started = time.perf_counter()
        _fill_history(
            data_dir / DATABASE, bank.id, question.key, [a.id for a in question.arguments]
        )
        filled = time.perf_counter() - started
        size = (data_dir / DATABASE).stat().st_size
        with Store.open(data_dir) as store:
            store.attempts_for(bank.id, question.key)  # the first read pages the file in
            queries, dialogs = [], []
            for _ in range(runs):
                start = time.perf_counter()
                attempts = store.attempts_for(bank.id, question.key)
                queries.append(time.perf_counter() - start)
                start = time.perf_counter()
                dialog = HistoryDialog(store, bank.id, question.key, "History", None)
                dialog.show()
                app.processEvents()
                dialogs.append(time.perf_counter() - start)
                dialog.close()
                dialog.deleteLater()
                app.processEvents()
            assert len(attempts) == ATTEMPTS
    scale = f"{ATTEMPTS:,} attempts × {REVISIONS} revisions"
    return [
        seconds_line(f"store: history query, {scale}", queries, HISTORY_QUERY_SECONDS),
        seconds_line(f"store: open the history dialog, {scale}", dialogs, HISTORY_DIALOG_SECONDS),
        Line(
            "store: (setup) bulk insert of that history",
            "information",
            f"{filled:.1f} s, database {size / 1e6:.0f} MB",
            None,
        ),
    ]


class _Idle:
    """A runner that drops background work: the search index is timed on its own."""

    def run(self, parent: object, label: str, work: object, done: object, failed: object) -> None:
        """Do nothing."""

    def cancel_all(self) -> None:
        """Nothing runs."""


def bench_library(runs: int = 2) -> list[Line]:
    """A start's library load and library view with 100 installed banks of 50 cases each."""
    offscreen()
    from casebank.loader import load_files
    from casebank.pack import packed_bytes
    from desktop.library import Library, ReadBank
    from desktop.search import SearchIndex
    from desktop.store import Store
    from desktop.ui.app import application, settings_for
    from desktop.ui.main_window import MainWindow

    app = application()
    template = grown_files(CASES, "org.bench.template", "Bench template")
    started = time.perf_counter()
    parsed = load_files(template, "bench")
    parse_seconds = time.perf_counter() - started
    with tempfile.TemporaryDirectory(prefix="casewise-bench-") as folder:
        data_dir = Path(folder)
        sources = Path(folder) / "sources"
        sources.mkdir()
        with Store.open(data_dir) as store:
            library = Library(store)
            library.open()
            for n in range(BANKS):
                bank_id, title = f"org.bench.bank-{n:02d}", f"Bench bank {n:02d}"
                files = grown_files(CASES, bank_id, title)
                manifest = replace(parsed.manifest, id=bank_id, title=title)
                bank = replace(parsed, manifest=manifest, files=files)
                library.install(ReadBank(bank, sources / f"{n}.casebank", packed_bytes(files)))
        with Store.open(data_dir) as store:
            loads, views, indexes = [], [], []
            for _ in range(runs):
                start = time.perf_counter()
                library = Library(store)
                library.open()
                loads.append(time.perf_counter() - start)
                window = MainWindow(store, library, settings_for(data_dir), _Idle())
                start = time.perf_counter()
                window.refresh_library()
                app.processEvents()
                views.append(time.perf_counter() - start)
                window.close()
                window.deleteLater()
                app.processEvents()
                start = time.perf_counter()
                SearchIndex(library.banks()).close()
                indexes.append(time.perf_counter() - start)
            cases = sum(len(b.cases) for b in library.banks())
    total = [a + b for a, b in zip(loads, views, strict=True)]
    return [
        seconds_line(
            f"library: start with {BANKS} banks × {CASES} cases ({cases:,} cases): load + view",
            total,
            LIBRARY_SECONDS,
        ),
        Line(
            "library: of which loading the banks / filling the view",
            "information",
            f"{statistics.median(loads):.2f} s / {statistics.median(views):.2f} s",
            None,
        ),
        Line(
            "library: building the search index (off the window's thread)",
            "information",
            f"{statistics.median(indexes):.2f} s",
            None,
        ),
        Line(
            f"library: parsing one {CASES}-case bank without the cache",
            "information",
            f"{parse_seconds:.1f} s (once, when a bank is added or changed)",
            None,
        ),
    ]
