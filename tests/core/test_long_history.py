"""A history with more attempts than SQLite lets one statement take parameters is read whole.

SQLite's limit is 32,766 by default and larger in some builds (Debian's: 250,000); the test lowers
it on its connection so that a short history crosses it.
"""

from __future__ import annotations

import sqlite3

from casebank.coverage import check
from casebank.vocabulary import Mode, SelfAssessment
from desktop.store import Store
from tests.core import banks

PRICING = banks.bank().question(banks.PRICING)
PARAMETERS = 100
OLDER_ATTEMPTS = 150  # with the newest, more than a query could list as `IN (?, ?, …)`


def test_a_history_beyond_the_parameter_limit_keeps_its_self_assessments(store: Store) -> None:
    newest = store.start_attempt(banks.BANK_ID, banks.PRICING, Mode.EXAM)
    store.save_revision(newest.id, banks.COVERS_PRICE, check(PRICING, banks.COVERS_PRICE))
    store.submit(newest.id, {"price": SelfAssessment.FULLY, "quality": SelfAssessment.PARTLY})
    elsewhere = store.start_attempt(banks.BANK_ID, banks.CHANNELS)
    store.submit(elsewhere.id, {})
    # Older attempts in bulk, with plain SQL: the store's API writes one attempt at a time.
    with store.db.conn:
        store.db.execute(
            """WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
            INSERT INTO attempts (bank_id, question_key, bank_version, mode, started_at,
                updated_at, rubric_hash)
            SELECT a.bank_id, a.question_key, a.bank_version, 'practice',
                '2000-01-01T00:00:00+00:00', '2000-01-01T00:00:00+00:00', a.rubric_hash
            FROM attempts AS a, n WHERE a.id = ?""",
            [OLDER_ATTEMPTS, newest.id],
        )
        # Started at the same moment, the first of them lists last.
        oldest = store.db.execute(
            "SELECT min(id) FROM attempts WHERE id > ?", [elsewhere.id]
        ).fetchone()[0]
        store.db.execute(
            "INSERT INTO self_assessments (attempt_id, argument_id, level, rubric_hash) "
            "VALUES (?, 'quality', 'none', '')",
            [oldest],
        )

    store.db.conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, PARAMETERS)
    history = store.attempts_for(banks.BANK_ID, banks.PRICING)

    assert len(history) == OLDER_ATTEMPTS + 1
    assert history[0].id == newest.id
    assert history[0].self_assessment == {"price": "fully", "quality": "partly"}
    assert history[0].text == banks.COVERS_PRICE
    assert history[-1].id == oldest and history[-1].self_assessment == {"quality": "none"}
    assert all(not a.self_assessment for a in history[1:-1])
    assert elsewhere.id not in {a.id for a in history}
    assert store.attempt(newest.id).self_assessment == history[0].self_assessment
