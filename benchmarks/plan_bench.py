"""The study plan at scale: the Due view of a library of 50 banks × 100 questions × 8 arguments.

A fresh store in a temporary folder gets 50 banks of 100 questions of 8 arguments each (40,000
arguments) by SQL, then 1,250 submitted attempts spread over 1,000 questions and the last 90
days, each with a self-assessment of all 8 arguments: `StudyPlan.rebuild` turns them into
10,000 review logs of 8,000 cards. Timed: what the library computes for the Due view on every
refresh (`StudyPlan.due` for today and `StudyPlan.next_due` for the Next due column), and the
same plus filling the Due view's list offscreen. The rebuild is shown for information.
"""

from __future__ import annotations

import random
import sqlite3
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.measure import Line, ms_line, offscreen, timed_ms

BANKS = 50
QUESTIONS = 100
ARGUMENTS = 8
ATTEMPTS = 1_250
ATTEMPTED_QUESTIONS = 1_000
DUE_VIEW_MS = 200  # the target for computing the Due view


def _fill(db_path: Path, now: datetime) -> None:
    """Banks, questions and arguments, and the submitted attempts with their self-assessments."""
    rng = random.Random(19)
    stamp = now.isoformat(timespec="microseconds")
    conn = sqlite3.connect(db_path)
    try:
        with conn:
            conn.executemany(
                "INSERT INTO banks VALUES (?, '1.0.0', ?, 'en', '', ?, ?)",
                [(f"org.bench.{b:02d}", f"Bench {b:02d}", stamp, stamp) for b in range(BANKS)],
            )
            conn.executemany(
                "INSERT INTO questions (bank_id, key, language, position, rubric_hash, prompt) "
                "VALUES (?, ?, 'en', ?, 'rubric', ?)",
                [
                    (f"org.bench.{b:02d}", f"case-{q:03d}/question", q, f"Question {q} of {b}")
                    for b in range(BANKS)
                    for q in range(QUESTIONS)
                ],
            )
            conn.executemany(
                "INSERT INTO arguments VALUES (?, ?, ?, ?, 2.0, ?, ?)",
                [
                    (f"org.bench.{b:02d}", f"case-{q:03d}/question", f"arg-{a}", f"Arg {a}", a, "h")
                    for b in range(BANKS)
                    for q in range(QUESTIONS)
                    for a in range(ARGUMENTS)
                ],
            )
            questions = rng.sample(range(BANKS * QUESTIONS), ATTEMPTED_QUESTIONS)
            chosen = questions + [rng.choice(questions) for _ in range(ATTEMPTS - len(questions))]
            levels = ("none", "partly", "fully", None)
            statuses = ("missing", "partly", "covered")
            for number, index in enumerate(chosen, 1):
                bank, question = divmod(index, QUESTIONS)
                when = (now - timedelta(days=rng.uniform(0, 90))).isoformat(timespec="microseconds")
                conn.execute(
                    "INSERT INTO attempts (id, bank_id, question_key, bank_version, mode, "
                    "started_at, updated_at, submitted_at, rubric_hash) "
                    "VALUES (?, ?, ?, '1.0.0', 'drill', ?, ?, ?, 'rubric')",
                    [number, f"org.bench.{bank:02d}", f"case-{question:03d}/question"] + [when] * 3,
                )
                conn.executemany(
                    "INSERT INTO self_assessments VALUES (?, ?, ?, ?, 'h')",
                    [
                        (number, f"arg-{a}", rng.choice(levels), rng.choice(statuses))
                        for a in range(ARGUMENTS)
                    ],
                )
    finally:
        conn.close()


def bench_due(runs: int = 20) -> list[Line]:
    """Compute and show the Due view with 10,000 review logs."""
    offscreen()
    from desktop.store import Store
    from desktop.store.paths import DATABASE
    from desktop.store.plan import StudyPlan, end_of_day
    from desktop.ui.app import application
    from desktop.ui.due_view import DueView

    application()
    now = datetime.now(UTC)
    with tempfile.TemporaryDirectory(prefix="casewise-bench-") as folder:
        data_dir = Path(folder)
        Store.open(data_dir).close()
        _fill(data_dir / DATABASE, now)
        with Store.open(data_dir) as store:
            plan = StudyPlan(store)
            started = time.perf_counter()
            rebuilt = plan.rebuild()
            rebuild_seconds = time.perf_counter() - started
            prompts = {
                (row["bank_id"], row["key"]): row["prompt"]
                for row in store.db.query("SELECT bank_id, key, prompt FROM questions")
            }
            until = end_of_day(now)

            def compute() -> None:
                plan.due(until, now)
                plan.next_due()

            view = DueView()

            def compute_and_show() -> None:
                view.show_due(plan.due(until, now), prompts, now)
                plan.next_due()

            computed = timed_ms(compute, runs)
            shown = timed_ms(compute_and_show, runs)
            due = len(plan.due(until, now))
    scale = f"{BANKS} banks × {QUESTIONS} questions × {ARGUMENTS} arguments"
    scale += f", {rebuilt.reviews:,} reviews"
    return [
        ms_line(f"plan: compute the Due view, {scale}", computed, DUE_VIEW_MS),
        ms_line(f"plan: compute and fill the Due view ({due} questions due)", shown, DUE_VIEW_MS),
        Line(
            f"plan: rebuild from {rebuilt.attempts:,} attempts ({rebuilt.cards:,} cards)",
            "information",
            f"{rebuild_seconds:.2f} s",
            None,
        ),
    ]
