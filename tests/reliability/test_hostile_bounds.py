"""Every hostile input is read, or refused with a message, in bounded time and memory.

The answers and sources of the corpus README (tests/fixtures/hostile/README.md) go through each
reader their row names; the banks of its sections on values and hangs go through
``casebank validate`` and the app's import. Each run is a child process limited to 1 GiB of
address space and killed after 10 seconds, as in test_hostile_text.py, so that a regression
shows as a failure (MemoryError, a timeout, a traceback) instead of a frozen test run. The
bounds are hang guards, not speed targets: `make bench` times the same inputs.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.fixtures.hostile import build, corpus
from tests.fixtures.hostile.guard import snapshot

ROOT = Path(__file__).resolve().parents[2]
README = corpus.HOSTILE / "README.md"
MEMORY = 1024 * 1024 * 1024
SECONDS = 10
INPUTS = corpus.inputs(README)
HOSTILE = corpus.table(README)
BANK_SECTIONS = ("Values the app cannot file", "Banks made to hang the checks or the window")
BANKS = [case for heading in BANK_SECTIONS for case in corpus.section(README, heading)]
BANK_READERS = ("casebank validate", "the app's import")

CHILD = """
import resource, runpy, sys
resource.setrlimit(resource.RLIMIT_AS, ({memory}, {memory}))
sys.path.insert(0, {root!r})
sys.argv = ["readers", *sys.argv[1:]]
runpy.run_module("tests.fixtures.hostile.readers", run_name="__main__")
"""


def bounded(reader: str, path: Path, output: Path) -> subprocess.CompletedProcess[str]:
    """Run `reader` on `path` in a child process within the memory and time bounds."""
    code = textwrap.dedent(CHILD).format(memory=MEMORY, root=str(ROOT))
    return subprocess.run(
        [sys.executable, "-c", code, reader, str(path), str(output)],
        capture_output=True,
        text=True,
        timeout=SECONDS,
        cwd=output,
    )


def test_the_readme_lists_every_input_that_build_makes():
    assert INPUTS.keys() == build.INPUTS.keys()
    assert BANKS and set(BANKS) <= HOSTILE.keys()


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every input and bank of the bounded sections, built once."""
    root = tmp_path_factory.mktemp("bounded")
    cases = {case: build.build_input(case, root / case) for case in INPUTS}
    cases.update({case: build.build(case, root / case) for case in BANKS})
    return cases


def outcome(result: subprocess.CompletedProcess[str]) -> str:
    return result.stdout + result.stderr


@pytest.mark.parametrize(
    ("case", "reader"), [(case, reader) for case in INPUTS for reader in INPUTS[case].readers]
)
def test_an_answer_or_source_is_read_within_bounds(
    case: str, reader: str, made: dict[str, Path], tmp_path: Path
):
    expected = INPUTS[case]
    before = snapshot(made[case])

    result = bounded(reader, made[case], tmp_path)

    output = outcome(result)
    assert "Traceback" not in output, output[-3000:]
    assert result.returncode == expected.status, output[-3000:]
    folded = output.casefold()
    missing = [f for f in expected.fragments if f.casefold() not in folded]
    assert not missing, f"{missing} not in:\n{output[-3000:]}"
    assert snapshot(made[case]) == before, "the input was changed"


@pytest.mark.parametrize(("case", "reader"), [(c, r) for c in BANKS for r in BANK_READERS])
def test_a_bank_is_refused_within_bounds(
    case: str, reader: str, made: dict[str, Path], tmp_path: Path
):
    result = bounded(reader, made[case], tmp_path)

    output = outcome(result)
    assert "Traceback" not in output, output[-3000:]
    assert result.returncode == 1, output[-3000:]
    folded = output.casefold()
    assert all(f.casefold() in folded for f in HOSTILE[case].fragments), output[-3000:]
