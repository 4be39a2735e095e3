"""Checking answers while an import runs in the background gives the verdicts one thread gives.

Issue 20, point 8: the shared Snowball stemmer was used from the import thread and the window's
thread at once; words came out with another word's stem (and stayed cached so), or the stemmer
raised. Here two threads check answers in English, German and Persian while a third imports an H5P
file, over and over for a few seconds, each time with the engine's caches cold so that every word
is stemmed again; every verdict and every imported bank must equal the single-threaded one.
"""

from __future__ import annotations

import sys
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from casebank.coverage import Checker
from casebank.language import analyzer_for
from casebank.loader import load
from casebank.model import Question
from desktop.library import BUNDLED_BANKS, read_bank
from tests.casebank.interop.conftest import FIXTURES, pack

SECONDS = 3.0

Verdict = tuple[tuple[str, str, float, tuple[tuple[int, int, str, bool], ...]], ...]


def _work() -> list[tuple[Question, str]]:
    """Every question of the bundled banks with its model answer, and the first question of each
    case with the case text: thousands of distinct words in three languages, each to be stemmed."""
    work = []
    for folder in sorted(BUNDLED_BANKS.iterdir()):
        bank = load(folder)
        for case in bank.cases:
            work.append((case.questions[0], case.text))
            work += [(question, question.model_answer) for question in case.questions]
    return work


def _verdict(checkers: dict[Question, Checker], question: Question, answer: str) -> Verdict:
    checker = checkers.get(question)
    if checker is None:
        checker = checkers[question] = Checker(question)
    coverage = checker.check(answer)
    return tuple(
        (
            a.id,
            a.status.value,
            a.score,
            tuple((e.start, e.end, e.term, e.fuzzy) for e in a.evidence),
        )
        for a in coverage.arguments
    )


def _cold() -> None:
    """Forget every analyser, so that the next check stems each word afresh."""
    analyzer_for.cache_clear()


@pytest.fixture
def busy_switching() -> Iterator[None]:
    # Switch threads every 0.1 ms rather than every 5 ms: stemming a word takes microseconds, so
    # this is what makes two threads meet inside the stemmer within seconds.
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-4)
    yield
    sys.setswitchinterval(before)


@pytest.mark.slow
def test_checks_beside_an_import_give_the_single_threaded_verdicts(
    tmp_path: Path, busy_switching: None
) -> None:
    work = _work()
    h5p = pack(FIXTURES / "h5p" / "essay-package", tmp_path / "pricing.h5p")
    _cold()
    expected = [_verdict({}, q, a) for q, a in work]
    _cold()
    expected_import = read_bank(h5p).bank.files

    failures: list[str] = []
    counts = {"checks": 0, "imports": 0}
    deadline = time.monotonic() + SECONDS
    checking_done = threading.Event()

    def checking(offset: int) -> None:
        # Round after round, each with cold caches, until the time is up and one round is done.
        rounds = 0
        while not failures and (rounds == 0 or time.monotonic() < deadline):
            _cold()
            checkers: dict[Question, Checker] = {}
            for index in range(len(work)):
                i = (index + offset) % len(work)
                question, answer = work[i]
                got = _verdict(checkers, question, answer)
                counts["checks"] += 1
                if got != expected[i]:
                    failures.append(f"{question.key}: {got} != {expected[i]}")
                    return
            rounds += 1

    def importing() -> None:
        while not failures and not checking_done.is_set():
            _cold()
            files = read_bank(h5p).bank.files
            counts["imports"] += 1
            if files != expected_import:
                failures.append("the imported bank differs from a single-threaded import")
                return

    def guarded(run: Callable[[], None]) -> Callable[[], None]:
        def body() -> None:
            try:
                run()
            except Exception as exc:  # the failure to report is the exception itself
                failures.append(f"{type(exc).__name__}: {exc}")

        return body

    checkers = [
        threading.Thread(target=guarded(lambda: checking(0))),
        threading.Thread(target=guarded(lambda: checking(len(work) // 2))),
    ]
    importer = threading.Thread(target=guarded(importing))
    for thread in [*checkers, importer]:
        thread.start()
    for thread in checkers:
        thread.join()
    checking_done.set()
    importer.join()

    assert failures == []
    # The threads really ran side by side, more than once each.
    assert counts["imports"] >= 2 and counts["checks"] >= 2 * len(work)


class _SlowCache(OrderedDict[str, object]):
    """A sentence cache that pauses where a reading thread is most exposed to an evicting one."""

    def move_to_end(self, key: str, last: bool = True) -> None:
        time.sleep(0.001)
        super().move_to_end(key, last)


def test_one_checker_shared_by_two_threads_keeps_its_sentence_cache_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`checker_for` shares a checker per question; its sentence cache, kept small here so that it
    evicts all the time, must not lose an entry another thread is reading (KeyError)."""
    monkeypatch.setattr("casebank.coverage._CACHE_SENTENCES", 4)
    question, _ = _work()[0]
    checker = Checker(question)
    monkeypatch.setattr(checker, "_sentences", _SlowCache())
    answers = [" ".join(f"Sentence {i} number {n} is here." for n in range(6)) for i in range(3)]
    expected = [Checker(question).check(a).score for a in answers]
    failures: list[BaseException] = []

    def run() -> None:
        try:
            for _ in range(20):
                assert [checker.check(a).score for a in answers] == expected
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
