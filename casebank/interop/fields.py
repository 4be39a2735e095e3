"""Reading one field of an imported file: the type the importer needs, or a message naming it.

H5P's JSON and Moodle's and QTI's XML come from other programs, and a file may have been edited
or damaged on the way: a number where a list belongs, a count of "inf", a number of 5,000 digits,
half of a UTF-16 surrogate pair written as a JSON escape. Each reader takes its fields through
these functions, so that any of them becomes a `UserError` that names the file and the field,
never a `TypeError` or an `OverflowError` from deep inside the importer.
"""

from __future__ import annotations

import math
import re
from typing import Any

from casebank.errors import UserError

_LONGEST_INT = 30  # digits of a JSON integer read as an int
_SHOWN = 40
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


def shown(value: Any) -> str:
    """A value as a message quotes it: its repr, shortened, with invisible characters escaped."""
    if isinstance(value, LongNumber):
        return repr(value)
    text = repr(value) if not isinstance(value, float) else f"{value:g}"
    text = text.encode("unicode_escape", "backslashreplace").decode("ascii")
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


class LongNumber(str):
    """A JSON integer of too many digits to be any setting, kept as its digits."""

    def __repr__(self) -> str:
        return f"a number of {len(self.lstrip('-')):,} digits"


def json_int(digits: str) -> int | LongNumber:
    """How JSON integers are read (`json.loads(parse_int=…)`): Python will not turn a string of
    over 4,300 digits into an int, and no setting needs more than a few, so a long one stays
    its digits, which `number` refuses with a message."""
    return int(digits) if len(digits.lstrip("-")) <= _LONGEST_INT else LongNumber(digits)


def number(
    value: Any,
    where: str,
    field: str,
    *,
    low: float,
    high: float,
    whole: bool = False,
) -> float | None:
    """A number field: None when it is absent or empty.

    Raises:
        UserError: the value is not a number, not finite, not whole when it must be, or outside
            low..high; the message names `where` and `field`.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    kind = "a whole number" if whole else "a number"
    expected = f"{kind} from {low:,g} to {high:,g}"
    result: float | None = None
    if isinstance(value, int | float) and not isinstance(value, bool):
        result = float(value) if abs(value) < 1e300 else math.inf
    elif isinstance(value, str) and not isinstance(value, LongNumber):
        try:
            result = float(value.strip())
        except ValueError:
            result = None
    if (
        result is None
        or not math.isfinite(result)
        or (whole and not result.is_integer())
        or not low <= result <= high
    ):
        raise UserError(
            f"{where}: {field} is {shown(value)}, not {expected}; correct it in the source "
            "(or export it again) and import it again"
        )
    return result


def listing(value: Any, where: str, field: str) -> list[Any]:
    """A list field: [] when it is absent.

    Raises:
        UserError: the value is not a list.
    """
    if value is None:
        return []
    if not isinstance(value, list):
        raise UserError(
            f"{where}: {field} is {shown(value)}, not a list; the file is not as the program "
            "that made it writes it: export it again"
        )
    return value


def table(value: Any, where: str, field: str) -> dict[str, Any]:
    """An object field: {} when it is absent.

    Raises:
        UserError: the value is not an object.
    """
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise UserError(
            f"{where}: {field} is {shown(value)}, not an object of settings; the file is not as "
            "the program that made it writes it: export it again"
        )
    return value


def text(value: Any, where: str, field: str) -> str:
    """A text field: "" when it is absent; a number is read as the text it is written as.

    Raises:
        UserError: the value is a list, an object or a truth value.
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return shown(value)
    raise UserError(
        f"{where}: {field} is {shown(value)}, not text; the file is not as the program that "
        "made it writes it: export it again"
    )


def check_unicode(data: Any, raw: bytes, where: str) -> None:
    """Refuse a JSON document with a lone surrogate (``"\\ud800"``) in any key or text.

    JSON may write any UTF-16 code unit as an escape, so a file can hold half of a surrogate
    pair, which is not a character: it could not be written into the bank as UTF-8. Only a file
    whose raw bytes hold such an escape is walked.

    Raises:
        UserError: naming the file and the path of the first such text (``keywords[2].keyword``).
    """
    if _SURROGATE_ESCAPE.search(raw) is None:
        return
    stack: list[tuple[str, Any]] = [("", data)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, str):
            _check_text(value, where, path)
        elif isinstance(value, dict):
            for key, item in value.items():
                named = f"{path}.{key}" if path else str(key)
                _check_text(key, where, f"the name of {named}")
                stack.append((named, item))
        elif isinstance(value, list):
            stack.extend((f"{path}[{index}]", item) for index, item in enumerate(value))


def _check_text(value: str, where: str, path: str) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        escape = f"\\u{ord(value[exc.start]):04x}"
        raise UserError(
            f"{where}: {path or 'the document'} holds {escape}, half of a character written as a "
            "JSON escape (a lone surrogate), which is not text; the file is damaged: export it "
            "again"
        ) from None
