"""Problems found in a bank, reported as ``file:line: message`` with a hint."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from casebank.errors import UserError


class Severity(Enum):
    """An error makes a bank unusable; a warning is worth fixing but does not stop it."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a bank, where it is, and what to do about it."""

    file: str
    line: int
    message: str
    hint: str = ""
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        label = "" if self.severity is Severity.ERROR else "warning: "
        # A problem with the whole bank has no file: no "where" and no dangling ": " before it.
        text = f"{where}: {label}{self.message}" if where else f"{label}{self.message}"
        return f"{text}\n    hint: {self.hint}" if self.hint else text

    def as_dict(self) -> dict[str, object]:
        """The problem as plain data, for JSON output."""
        return {
            "file": self.file,
            "line": self.line,
            "severity": self.severity.value,
            "message": self.message,
            "hint": self.hint,
        }


class BankError(UserError):
    """A bank that cannot be opened or used, with every problem found."""

    def __init__(self, origin: str, problems: Iterable[Problem]) -> None:
        self.origin = origin
        self.problems = tuple(problems)
        errors = [p for p in self.problems if p.severity is Severity.ERROR]
        shown = "\n".join(str(p) for p in errors[:10])
        more = f"\n… and {len(errors) - 10} more" if len(errors) > 10 else ""
        super().__init__(f"{origin} is not a usable case bank:\n{shown}{more}")


def errors_in(problems: Iterable[Problem]) -> list[Problem]:
    """Only the problems that are errors."""
    return [p for p in problems if p.severity is Severity.ERROR]
