"""The installation's self-test behind ``casewise --smoke``: the headless, Qt-free half.

A built bundle can look complete and still miss a data file that only one code path reads (a
stemmer's word list, a font, a bank). The smoke test walks the paths a student takes: it loads
and validates every bundled bank with its rubric tests (so the coverage engine runs on every
sample answer) and exports one PDF per bank (so every script's fonts and shaping run).
`desktop.ui.smoke` adds the window half.

>>> result = check_installation(Path("/tmp/smoke"), say=print)       # doctest: +SKIP
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TypeVar

from casebank import __version__, loader
from casebank.coverage import check
from casebank.errors import UserError
from casebank.problems import errors_in
from casebank.validate import validate
from desktop.library import BUNDLED_BANKS

PDF_MAGIC = b"%PDF-"
REBUILD = "The installation is broken: reinstall Casewise, or rebuild it with 'make dist'."
T = TypeVar("T")


class SmokeError(UserError):
    """The installation is broken: a bundled file is missing or a check gives a wrong result."""


@dataclass(frozen=True, slots=True)
class BankSmoke:
    """What the smoke test did with one bundled bank."""

    bank_id: str
    language: str
    questions: int
    samples: int
    pdf: Path
    pdf_bytes: int


def guarded(step: str, check: Callable[[], T]) -> T:
    """Run one check; an unexpected error becomes a `SmokeError` that names the step.

    A smoke test exists to report breakage plainly: a file missing from a build surfaces as an
    ``OSError`` or ``ImportError`` deep inside a library, so its traceback goes to stderr for
    the developer and the message says which step failed.
    """
    try:
        return check()
    except UserError:
        raise
    except Exception as exc:
        traceback.print_exc()
        raise SmokeError(f"{step} failed: {type(exc).__name__}: {exc}\n{REBUILD}") from exc


def bundled_bank_folders(bundled: Path = BUNDLED_BANKS) -> list[Path]:
    """The folders of the bundled banks, sorted.

    Raises:
        SmokeError: the folder is missing or holds no bank.
    """
    if not bundled.is_dir():
        raise SmokeError(f"the bundled banks are missing: {bundled} is not a folder.\n{REBUILD}")
    folders = sorted(p for p in bundled.iterdir() if (p / "bank.toml").is_file())
    if not folders:
        raise SmokeError(f"{bundled} holds no bank (no folder with a bank.toml).\n{REBUILD}")
    return folders


def check_bank(folder: Path, out_dir: Path) -> BankSmoke:
    """Validate one bank with its rubric tests and export its first question as a PDF.

    Raises:
        SmokeError: the bank does not validate, or the PDF is not written.
    """
    # Imported here: ReportLab and HarfBuzz load only when a PDF is made, as in the app.
    from casebank.pdf import ExportOptions, export_pdf

    report = validate(folder)
    errors = errors_in(report.problems)
    if errors or report.bank is None:
        shown = "\n  ".join(str(problem) for problem in (errors or report.problems)[:5])
        raise SmokeError(
            f"the bundled bank {folder.name} fails validation in this installation "
            f"(a data file of the coverage engine may be missing from the build):\n  {shown}"
        )
    bank = report.bank
    questions = bank.questions()
    if not questions:
        raise SmokeError(f"the bundled bank {bank.id} has no question")
    question = questions[0]
    pdf = out_dir / f"{bank.id}.pdf"
    export_pdf(
        pdf,
        question.model_answer,
        question,
        check(question, question.model_answer),
        ExportOptions(student="Casewise smoke test"),
        bank=bank,
    )
    data = pdf.read_bytes()
    if not data.startswith(PDF_MAGIC) or f"Casewise {__version__}".encode() not in data:
        raise SmokeError(
            f"the PDF exported from {bank.id} to {pdf} is not a Casewise {__version__} PDF"
        )
    return BankSmoke(
        bank.id,
        bank.manifest.language,
        len(questions),
        sum(len(case.samples) for case in bank.cases),
        pdf,
        len(data),
    )


def check_installation(
    out_dir: Path, *, bundled: Path = BUNDLED_BANKS, say: Callable[[str], None] = print
) -> list[BankSmoke]:
    """Check every bundled bank (see `check_bank`), writing the PDFs to `out_dir`.

    Args:
        out_dir: an existing folder for the exported PDFs.
        bundled: the folder of bundled banks.
        say: receives one line per bank checked.

    Raises:
        SmokeError: on the first check that fails, naming what is wrong.
    """
    results = []
    parser = loader.TOML_PARSER
    # Not a failure, but a bundle that lost tomli's compiled helper reads banks 3x slower.
    say(f"ok  TOML read with {parser}" + ("" if parser == "tomli" else " (the slower fallback)"))
    for folder in bundled_bank_folders(bundled):
        step = f"checking the bundled bank {folder.name}"
        result = guarded(step, partial(check_bank, folder, out_dir))
        say(
            f"ok  {result.bank_id} ({result.language}): {result.questions} questions, "
            f"{result.samples} rubric tests, PDF {result.pdf_bytes:,} bytes"
        )
        results.append(result)
    return results
