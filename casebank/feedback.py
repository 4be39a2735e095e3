"""A student's feedback file (``.casewise-feedback``): their attempts at a bank, for their tutor.

The app writes one from File › Send my attempts to my tutor…; ``casebank tune`` reads it, using
each self-assessment as a weak label. The format is documented in docs/feedback-file.md: a zip of

- ``feedback.json``: the schema, the bank's id and version, the student's name if they typed one,
  and per submitted attempt the question, the rubric hash it was marked against, the detector's
  verdict and the student's own level per argument, and the name of its answer file;
- ``answers/<n>.txt``: each attempt's answer, UTF-8 text.

Nothing else: no dates, no paths, no name unless the student typed one. The zip's timestamps are
fixed, so the file does not even say when it was made.

Reading treats the file as hostile until proven otherwise, with the rules and limits of a packed
bank (`casebank.archive`, read through `casebank.interop.safezip`): names that would leave the
archive, links, encrypted entries, other compression methods, zip bombs, oversized files and
entries, too many entries and text that is not UTF-8 are refused, as is anything the schema
does not allow (an unknown key, an answer file never named, a level that is not a level). A
refused file is refused whole, with a message naming the problem, and nothing is written.
"""

from __future__ import annotations

import io
import json
import re
import unicodedata
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casebank.archive import MAX_FILE_BYTES, MAX_FILES, MAX_TOTAL_BYTES, shown
from casebank.atomic import write_atomically
from casebank.errors import UserError
from casebank.interop.safezip import Package, is_zip
from casebank.vocabulary import SelfAssessment, Status

SUFFIX = ".casewise-feedback"
SCHEMA = "casewise.feedback/1"
MANIFEST = "feedback.json"
MAX_NAME = 200
_ANSWER = re.compile(r"answers/[1-9][0-9]{0,5}\.txt")
_ID = re.compile(r"[a-z0-9][a-z0-9._-]{0,127}")
_KEY = re.compile(r"[a-z0-9][a-z0-9-]{0,63}/[a-z0-9][a-z0-9-]{0,63}")
_HASH = re.compile(r"[0-9a-f]{16}")
_EPOCH = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True, slots=True)
class FeedbackAttempt:
    """One submitted attempt: its answer, what was detected and what the student judged."""

    question: str  # case-id/question-id
    rubric_hash: str  # `casebank.fingerprint.rubric_hash` of the rubric it was marked against
    answer: str
    detected: Mapping[str, str]  # argument id -> covered | partly | missing | self-assessed
    self_assessment: Mapping[str, str]  # argument id -> none | partly | fully


@dataclass(frozen=True, slots=True)
class Feedback:
    """A student's attempts at one bank."""

    bank_id: str
    bank_version: str
    attempts: tuple[FeedbackAttempt, ...]
    student: str = ""  # empty unless the student typed a name


def feedback_bytes(feedback: Feedback) -> bytes:
    """The bytes of a feedback file: the same feedback always gives the same bytes."""
    attempts = []
    files: dict[str, bytes] = {}
    for number, attempt in enumerate(feedback.attempts, 1):
        name = f"answers/{number}.txt"
        files[name] = attempt.answer.encode("utf-8")
        attempts.append(
            {
                "question": attempt.question,
                "rubric_hash": attempt.rubric_hash,
                "answer": name,
                "detected": dict(attempt.detected),
                "self_assessment": dict(attempt.self_assessment),
            }
        )
    manifest = {
        "schema": SCHEMA,
        "bank": {"id": feedback.bank_id, "version": feedback.bank_version},
        "student": feedback.student or None,
        "attempts": attempts,
    }
    files[MANIFEST] = (json.dumps(manifest, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in [MANIFEST, *sorted(n for n in files if n != MANIFEST)]:
            info = zipfile.ZipInfo(name, date_time=_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            archive.writestr(info, files[name], compresslevel=9)
    return buffer.getvalue()


def write_feedback(path: Path, feedback: Feedback) -> Path:
    """Write a feedback file atomically; the path gets the ``.casewise-feedback`` suffix.

    Raises:
        UserError: the file cannot be written; nothing is left behind.
    """
    target = path if path.name.endswith(SUFFIX) else path.with_name(path.name + SUFFIX)
    write_atomically(target, feedback_bytes(feedback))
    return target


def read_feedback(path: Path) -> Feedback:
    """Read a feedback file, refusing it whole at the first rule it breaks.

    Raises:
        UserError: the file cannot be read, breaks a safety rule or a limit, or does not follow
            the schema; the message names the file, the entry and the problem.
    """
    where = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror}") from exc
    if not path.is_file():
        raise UserError(f"{path} is not a file")
    if size > MAX_TOTAL_BYTES:
        raise UserError(
            f"{where} is {size:,} bytes; a feedback file holds at most {MAX_TOTAL_BYTES:,}"
        )
    if not is_zip(path):
        raise UserError(f"{where} is not a feedback file (not a zip archive)")
    with Package(path) as package:
        names = package.names
        if len(names) > MAX_FILES:
            raise UserError(f"{where} has {len(names):,} entries; the limit is {MAX_FILES:,}")
        for name in names:
            if name != MANIFEST and not _ANSWER.fullmatch(name):
                raise UserError(
                    f"{where} holds an entry named '{shown(name)}', which a feedback file does "
                    "not have; it may be hostile and was not read"
                )
        if MANIFEST not in names:
            raise UserError(f"{where} has no {MANIFEST}; it is not a feedback file")
        total = 0
        texts: dict[str, str] = {}
        for name in names:
            data = package.read(name, MAX_FILE_BYTES)
            total += len(data)
            if total > MAX_TOTAL_BYTES:
                raise UserError(f"{where} expands to more than {MAX_TOTAL_BYTES:,} bytes")
            try:
                texts[name] = data.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise UserError(f"{where}: {name} is not UTF-8 text") from exc
    try:
        manifest = json.loads(texts[MANIFEST])
    except (ValueError, RecursionError) as exc:
        raise UserError(f"{where}: {MANIFEST} is not valid JSON ({exc})") from exc
    return _parse(where, manifest, texts)


def _parse(where: str, doc: Any, texts: Mapping[str, str]) -> Feedback:
    here = f"{where}: {MANIFEST}"
    _keys(here, doc, {"schema", "bank", "student", "attempts"})
    if doc["schema"] != SCHEMA:
        raise UserError(
            f"{here}: schema {_short(doc['schema'])} is not {SCHEMA!r}; a newer Casewise may "
            "have written it"
        )
    bank = doc["bank"]
    _keys(f"{here}: bank", bank, {"id", "version"})
    bank_id = _text(f"{here}: bank.id", bank["id"], _ID)
    version = _text(f"{here}: bank.version", bank["version"], None)
    student = doc["student"]
    if student is not None:
        student = _text(f"{here}: student", student, None)
    attempts = doc["attempts"]
    if not isinstance(attempts, list):
        raise UserError(f"{here}: attempts must be a list")
    found: list[FeedbackAttempt] = []
    named: set[str] = set()
    for index, item in enumerate(attempts):
        at = f"{here}: attempts[{index}]"
        _keys(at, item, {"question", "rubric_hash", "answer", "detected", "self_assessment"})
        answer = _text(f"{at}.answer", item["answer"], _ANSWER)
        if answer not in texts:
            raise UserError(f"{at}.answer names {answer}, which the file does not hold")
        if answer in named:
            raise UserError(f"{at}.answer names {answer} a second time")
        named.add(answer)
        found.append(
            FeedbackAttempt(
                _text(f"{at}.question", item["question"], _KEY),
                _text(f"{at}.rubric_hash", item["rubric_hash"], _HASH),
                texts[answer],
                _levels(f"{at}.detected", item["detected"], tuple(Status)),
                _levels(f"{at}.self_assessment", item["self_assessment"], tuple(SelfAssessment)),
            )
        )
    unnamed = sorted(set(texts) - named - {MANIFEST})
    if unnamed:
        raise UserError(f"{where} holds {unnamed[0]}, which no attempt names")
    return Feedback(bank_id, version, tuple(found), student or "")


def _keys(where: str, doc: Any, wanted: set[str]) -> None:
    if not isinstance(doc, dict):
        raise UserError(f"{where} must be a JSON object")
    missing = sorted(wanted - doc.keys())
    if missing:
        raise UserError(f"{where} lacks {', '.join(map(repr, missing))}")
    extra = sorted(doc.keys() - wanted)
    if extra:
        raise UserError(f"{where} has {_short(extra[0])}, which a feedback file does not have")


def _text(where: str, value: Any, pattern: re.Pattern[str] | None) -> str:
    if not isinstance(value, str):
        raise UserError(f"{where} must be a string")
    if pattern is not None and not pattern.fullmatch(value):
        raise UserError(f"{where} = {_short(value)} is not in the form a feedback file uses")
    if len(value) > MAX_NAME or any(unicodedata.category(c) in {"Cc", "Cf"} for c in value):
        raise UserError(f"{where} is too long or holds control characters")
    return value


def _levels(where: str, value: Any, allowed: tuple[str, ...]) -> dict[str, str]:
    if not isinstance(value, dict):
        raise UserError(f"{where} must be a JSON object")
    result = {}
    for argument, level in value.items():
        _text(f"{where} key", argument, _ID)
        if level not in allowed:
            raise UserError(
                f"{where}.{argument} = {_short(level)} is not one of {', '.join(allowed)}"
            )
        result[argument] = level
    return result


def _short(value: object) -> str:
    """A value as a message may quote it: its repr, escaped and clipped."""
    text = shown(repr(value))
    return text if len(text) <= 60 else text[:59] + "…"
