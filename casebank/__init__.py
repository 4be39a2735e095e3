"""Casewise's case banks: the format, validation, the coverage engine and the tutor CLI.

Qt-free by design: tutors can install and script it without the desktop app.

>>> from casebank import load, check
>>> bank = load("resources/banks/brands-social-media")            # doctest: +SKIP
>>> coverage = check(bank.question("amazon-international/platform-roles"), answer)  # doctest: +SKIP
"""

from __future__ import annotations

__version__ = "0.1.0"

from casebank.coverage import ArgumentCoverage, Checker, Coverage, Evidence, check
from casebank.errors import UserError
from casebank.loader import load
from casebank.model import Argument, Bank, Case, Cue, Manifest, Question, Sample
from casebank.problems import BankError, Problem, Severity
from casebank.validate import Report, validate
from casebank.vocabulary import Status
from casebank.words import count_words

__all__ = [
    "Argument",
    "ArgumentCoverage",
    "Bank",
    "BankError",
    "Case",
    "Checker",
    "Coverage",
    "Cue",
    "Evidence",
    "Manifest",
    "Problem",
    "Question",
    "Report",
    "Sample",
    "Severity",
    "Status",
    "UserError",
    "__version__",
    "check",
    "count_words",
    "load",
    "validate",
]
