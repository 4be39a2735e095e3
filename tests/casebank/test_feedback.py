"""Students' feedback files: written reproducibly, read back, and refused whole when hostile."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from casebank.errors import UserError
from casebank.feedback import (
    MANIFEST,
    Feedback,
    FeedbackAttempt,
    feedback_bytes,
    read_feedback,
    write_feedback,
)
from tests.fixtures.hostile.build import BZIP2, LINK_MODE, STORED, Entry, zip_bytes
from tests.fixtures.hostile.guard import forbid_side_effects

ATTEMPT = FeedbackAttempt(
    question="corner-bakery/channel",
    rubric_hash="0123456789abcdef",
    answer="Shoppers eat with their eyes, so Mara should post snapshots of her cakes.\n",
    detected={"visual-product": "partly", "regulars": "missing", "time": "missing"},
    self_assessment={"visual-product": "fully", "regulars": "none"},
)
FEEDBACK = Feedback("org.example.starter", "0.1.0", (ATTEMPT,))


def test_a_feedback_file_reads_back_as_written(tmp_path: Path) -> None:
    written = write_feedback(tmp_path / "jo", FEEDBACK)
    assert written.name == "jo.casewise-feedback"
    assert read_feedback(written) == FEEDBACK
    named = Feedback("org.example.starter", "0.1.0", (ATTEMPT, ATTEMPT), student="Jo Ng")
    assert read_feedback(write_feedback(tmp_path / "jo", named)) == named


def test_the_file_holds_the_answers_as_text_and_nothing_about_when_or_where() -> None:
    data = feedback_bytes(FEEDBACK)
    assert data == feedback_bytes(FEEDBACK), "the same attempts give the same bytes"
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as archive:
        assert archive.namelist() == [MANIFEST, "answers/1.txt"]
        assert {i.date_time for i in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert archive.read("answers/1.txt").decode("utf-8") == ATTEMPT.answer
        manifest = json.loads(archive.read(MANIFEST))
    assert manifest == {
        "schema": "casewise.feedback/1",
        "bank": {"id": "org.example.starter", "version": "0.1.0"},
        "student": None,
        "attempts": [
            {
                "question": "corner-bakery/channel",
                "rubric_hash": "0123456789abcdef",
                "answer": "answers/1.txt",
                "detected": dict(ATTEMPT.detected),
                "self_assessment": dict(ATTEMPT.self_assessment),
            }
        ],
    }


# -- hostile files ---------------------------------------------------------------------------------


def manifest(**changes: Any) -> bytes:
    doc: dict[str, Any] = json.loads(
        zipfile.ZipFile(__import__("io").BytesIO(feedback_bytes(FEEDBACK))).read(MANIFEST)
    )
    doc.update(changes)
    return json.dumps(doc).encode("utf-8")


def attempt(**changes: Any) -> bytes:
    doc = json.loads(manifest())
    doc["attempts"][0].update(changes)
    return json.dumps(doc).encode("utf-8")


ANSWER = Entry("answers/1.txt", ATTEMPT.answer.encode("utf-8"))
MB = 1024 * 1024
HOSTILE: dict[str, tuple[list[Entry], str]] = {
    "traversal": (
        [Entry(MANIFEST, manifest()), ANSWER, Entry("../evil.txt", b"x")],
        "the entry '../evil.txt' is refused: the entry name leaves the package",
    ),
    "absolute": (
        [Entry(MANIFEST, manifest()), ANSWER, Entry("/tmp/evil.txt", b"x")],
        "'/tmp/evil.txt' is refused: absolute path or backslash in an entry name",
    ),
    "backslash": (
        [Entry(MANIFEST, manifest()), Entry("answers\\..\\..\\evil.txt", b"x")],
        "absolute path or backslash in an entry name",
    ),
    "link": (
        [Entry(MANIFEST, manifest()), Entry("answers/1.txt", b"/etc/passwd", mode=LINK_MODE)],
        "'answers/1.txt' is refused: symbolic links are not allowed in a package",
    ),
    "unexpected entry": (
        [Entry(MANIFEST, manifest()), ANSWER, Entry("run.sh", b"rm -rf ~")],
        "holds an entry named 'run.sh', which a feedback file does not have",
    ),
    "bidi name": (
        [Entry(MANIFEST, manifest()), ANSWER, Entry("answers/1\u202etxt.exe", b"x")],
        "'answers/1\\u202etxt.exe' is refused: control or formatting characters",
    ),
    "duplicate": (
        [Entry(MANIFEST, manifest()), ANSWER, Entry(MANIFEST, manifest(student="Mallory"))],
        "'feedback.json' is refused: the name collides with 'feedback.json'",
    ),
    "zip bomb": (
        [Entry(MANIFEST, manifest()), Entry("answers/1.txt", b" " * (19 * MB))],
        "is compressed more than 100:1 (a zip bomb?)",
    ),
    "entry too large": (
        [Entry(MANIFEST, manifest()), Entry("answers/1.txt", b"x", size=21 * MB)],
        "expands to 22,020,096 bytes; the limit is 20,971,520",
    ),
    "size that lies": (
        [Entry(MANIFEST, manifest()), Entry("answers/1.txt", b"x" * 5000, size=10)],
        "damaged",
    ),
    "encrypted": (
        [Entry(MANIFEST, manifest()), Entry("answers/1.txt", b"x", flags=0x1)],
        "is encrypted",
    ),
    "bzip2": (
        [Entry(MANIFEST, manifest()), Entry("answers/1.txt", b"x", method=BZIP2)],
        "uses compression method 12",
    ),
    "answer not utf-8": (
        [Entry(MANIFEST, manifest()), Entry("answers/1.txt", "café".encode("latin-1"))],
        "answers/1.txt is not UTF-8 text",
    ),
    "manifest not utf-8": (
        [Entry(MANIFEST, '{"student": "Zoë"}'.encode("latin-1")), ANSWER],
        "feedback.json is not UTF-8 text",
    ),
    "not json": ([Entry(MANIFEST, b"{attempts: 1"), ANSWER], "feedback.json is not valid JSON"),
    "deep json": (
        [Entry(MANIFEST, b"[" * 100_000 + b"]" * 100_000, method=STORED), ANSWER],
        "feedback.json is not valid JSON",
    ),
    "no manifest": ([ANSWER], "has no feedback.json; it is not a feedback file"),
    "other schema": (
        [Entry(MANIFEST, manifest(schema="casewise.feedback/9")), ANSWER],
        "schema 'casewise.feedback/9' is not 'casewise.feedback/1'",
    ),
    "unknown key": (
        [Entry(MANIFEST, manifest(home="/home/jo")), ANSWER],
        "has 'home', which a feedback file does not have",
    ),
    "missing key": (
        [Entry(MANIFEST, json.dumps({"schema": "casewise.feedback/1"}).encode()), ANSWER],
        "lacks 'attempts', 'bank', 'student'",
    ),
    "bad level": (
        [Entry(MANIFEST, attempt(self_assessment={"time": "brilliant"})), ANSWER],
        "attempts[0].self_assessment.time = 'brilliant' is not one of none, partly, fully",
    ),
    "bad verdict": (
        [Entry(MANIFEST, attempt(detected={"time": 3})), ANSWER],
        "attempts[0].detected.time = 3 is not one of covered",
    ),
    "answer path": (
        [Entry(MANIFEST, attempt(answer="../../etc/passwd")), ANSWER],
        "attempts[0].answer = '../../etc/passwd' is not in the form a feedback file uses",
    ),
    "answer missing": (
        [Entry(MANIFEST, attempt(answer="answers/2.txt")), ANSWER],
        "attempts[0].answer names answers/2.txt, which the file does not hold",
    ),
    "answer unnamed": (
        [Entry(MANIFEST, manifest()), ANSWER, Entry("answers/2.txt", b"x")],
        "holds answers/2.txt, which no attempt names",
    ),
    "control in name": (
        [Entry(MANIFEST, manifest(student="\x1b[2JJo")), ANSWER],
        "student is too long or holds control characters",
    ),
    "too many entries": (
        [Entry(MANIFEST, manifest()), *(Entry(f"answers/{n}.txt", b"x") for n in range(1, 2002))],
        "has 2,002 entries; the limit is 2,000",
    ),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_feedback_file_is_refused_whole_and_nothing_is_written(
    case: str, tmp_path: Path
) -> None:
    entries, message = HOSTILE[case]
    path = tmp_path / "jo.casewise-feedback"
    path.write_bytes(zip_bytes(entries))
    before = sorted(tmp_path.rglob("*"))
    with forbid_side_effects() as seen, pytest.raises(UserError) as refused:
        read_feedback(path)
    assert message in str(refused.value)
    assert "jo.casewise-feedback" in str(refused.value), "the message names the file"
    assert seen == [], f"side effects while reading: {seen}"
    assert sorted(tmp_path.rglob("*")) == before


def test_a_file_too_large_or_not_a_zip_is_refused_before_it_is_opened(tmp_path: Path) -> None:
    huge = tmp_path / "huge.casewise-feedback"
    with huge.open("wb") as stream:
        stream.truncate(101 * MB)  # sparse: no disk is used
    with pytest.raises(UserError, match="is 105,906,176 bytes; a feedback file holds at most"):
        read_feedback(huge)
    text = tmp_path / "notes.casewise-feedback"
    text.write_text("hello", encoding="utf-8")
    with pytest.raises(UserError, match="is not a feedback file"):
        read_feedback(text)
