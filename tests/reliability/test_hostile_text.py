"""Texts built to make the engine slow or hungry: linear time and bounded memory on any input.

Each case runs in a child process limited to 1 GiB of address space and killed after 10 s, so
that a regression shows as a failure (MemoryError, a timeout) instead of a frozen test run. The
bounds are hang guards, not speed targets: the cases take milliseconds (see `make bench`).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MEMORY = 1024 * 1024 * 1024
SECONDS = 10

RUN = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({memory}, {memory}))
sys.path.insert(0, {root!r})
from casebank.coverage import Checker
from casebank.model import Argument, Cue, Question
from casebank.words import count_words
from casebank.segment import sentences
cue_term = {cue_term}
argument = Argument("a", "A", 1, "g", "f", "m", "p", (Cue(("facebook", cue_term), (("friend",),)),))
question = Question("q", "c", "Why?", 1, "", (argument,), "en")
answer = {answer}
count_words(answer, "en")
sentences(answer)
Checker(question).check(answer)
print("done")
"""


@pytest.mark.parametrize(
    ("answer", "cue_term"),
    [
        pytest.param("'!' * 40_000", "'deal'", id="40-KB-of-exclamation-marks"),
        pytest.param("'.' * 40_000 + ' x'", "'deal'", id="40-KB-of-full-stops"),
        pytest.param("'x' * 300_000", "'deal'", id="300-KB-token"),
        pytest.param("'responsiveness' * 10_000", "'deal'", id="150-KB-one-word-answer"),
        pytest.param("'Friends share deals on Facebook.'", "'y' * 60_000", id="60-KB-cue-term"),
    ],
)
def test_hostile_text_is_checked_in_bounded_time_and_memory(answer: str, cue_term: str) -> None:
    code = textwrap.dedent(RUN).format(
        memory=MEMORY, root=str(ROOT), cue_term=cue_term, answer=answer
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=SECONDS
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "done"
