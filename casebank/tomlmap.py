"""Where keys stand in a TOML file, so that problems can say ``file:line``.

`tomllib` gives values, not positions. This reads the file's lines once and records the line of
each table header and ``key =`` line, with the path the key has in the parsed document (array
tables counted), skipping the inside of multi-line strings. It is a locator, not a parser: when it
cannot place a key, callers fall back to the line of the enclosing table.

`too_deep` measures nesting the same rough way, before parsing: `tomllib` recurses on nested
arrays, and takes time and memory quadratic in the parts of a dotted key (``a.a.a…``), so a
hostile file must be measured, and refused, before it is parsed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

# Both patterns run in linear time on any line: a hostile file may hold a line of a million
# spaces, and a pattern that can split the same run of characters two ways backtracks for hours.
_HEADER = re.compile(r"^\s*(\[\[?)([^\[\]#]*)\]\]?\s*(#.*)?$")
_HEADER_NAME = re.compile(r"[A-Za-z0-9_.\"' -]+")
_KEY = re.compile(r"^\s*([A-Za-z0-9_-]+|\"[^\"]*\")\s*=")
Path = tuple[str | int, ...]
# Outside strings, what opens or closes a level, separates keys, or starts a string or a comment;
# and what ends each kind of string (a backslash escape is skipped; literal strings have none).
# A string that ends on its line (most of a bank's TOML: cue terms, titles) is matched whole; so is
# a separator with all that follows it up to the next bracket, dot, comment or other string: all
# that such a run does is end a dotted key. Each part of a run starts with a character of its own
# (the loops are unrolled: a run of plain characters, then a string and plain characters again),
# so no text can be matched two ways and the search stays linear.
_BASIC = r'"(?!"")[^"\\\n]*(?:\\.[^"\\\n]*)*"'
_LITERAL = r"'(?!'')[^'\n]*'"
_PLAIN = r"[^\"'#\[\]{}.]*"
_TOKEN = re.compile(
    rf"\"\"\"|'''|[=,\n]{_PLAIN}(?:(?:{_BASIC}|{_LITERAL}){_PLAIN})*|{_BASIC}|{_LITERAL}"
    r"|[\"'#\[\]{}.]",
    re.DOTALL,
)
_STRING_ENDS = {
    '"': re.compile(r'\\.|"|\n', re.DOTALL),
    '"""': re.compile(r'\\.|"""', re.DOTALL),
    "'": re.compile(r"'|\n"),
    "'''": re.compile(r"'''"),
}


def _strip(part: str) -> str:
    return part.strip().strip('"').strip("'")


def key_lines(text: str) -> dict[Path, int]:
    """Map each table and key path to its (1-based) line number."""
    lines: dict[Path, int] = {}
    counts: dict[Path, int] = {}
    table: Path = ()
    in_string: str | None = None
    # Lines end at "\n" only, as TOML counts them; str.splitlines would also break at U+2028.
    for number, line in enumerate(text.split("\n"), 1):
        if in_string:
            if line.count(in_string) % 2 == 1:
                in_string = None
            continue
        header = _HEADER.match(line)
        if header and _HEADER_NAME.fullmatch(header.group(2).strip()):
            names = [_strip(p) for p in header.group(2).split(".")]
            array = header.group(1) == "[["
            table = _resolve(names, array, counts, table)
            lines.setdefault(table, number)
            if array:
                # The array itself stands where its first table does: an unknown array table
                # is reported there, not at the top of the file.
                lines.setdefault(table[:-1], number)
            continue
        key = _KEY.match(line)
        if key:
            lines.setdefault((*table, _strip(key.group(1))), number)
            rest = line[key.end() :]
            for quote in ('"""', "'''"):
                if rest.count(quote) % 2 == 1:
                    in_string = quote
                    break
    return lines


def _resolve(names: list[str], array: bool, counts: dict[Path, int], current: Path) -> Path:
    """The path of a table header, with array-table indices filled in."""
    path: Path = ()
    for depth, name in enumerate(names):
        path = (*path, name)
        last = depth == len(names) - 1
        if last and array:
            index = counts.get(path, 0)
            counts[path] = index + 1
            # A new parent element starts its children's count afresh.
            for known in [k for k in counts if len(k) > len(path) and k[: len(path)] == path]:
                del counts[known]
            return (*path, index)
        if path in counts:
            path = (*path, counts[path] - 1)
    return path


def line_of(lines: Mapping[Path, int], path: Path) -> int:
    """The line of `path`, or of its nearest enclosing table that has one; 1 if none."""
    probe = path
    while probe:
        if probe in lines:
            return lines[probe]
        probe = probe[:-1]
    return 1


def too_deep(text: str, limit: int) -> int | None:
    """The line where the TOML text nests more than `limit` levels, or None if it never does.

    A level is an open array or inline table, a table header's bracket, or a dot of a dotted key
    (a float's one dot counts too, which only errs on the safe side). Linear in the text's length.
    """
    depth = dots = 0
    pos = 0
    while match := _TOKEN.search(text, pos):
        token = match.group()
        pos = match.end()
        if token == "#":
            end = text.find("\n", pos)
            pos = len(text) if end < 0 else end
        elif token in _STRING_ENDS:
            pos = _string_end(text, pos, token)
        elif token[0] in "\"'":
            continue  # a whole string: it neither nests nor separates
        elif token in "[{":
            depth += 1
            dots = 0
        elif token in "]}":
            depth = max(depth - 1, 0)
            dots = 0
        elif token == ".":
            dots += 1
        else:
            dots = 0
        if depth + dots > limit:
            return text.count("\n", 0, match.start()) + 1
    return None


def _string_end(text: str, pos: int, quote: str) -> int:
    """Where the string that `quote` opened ends (the end of the text if it does not)."""
    while match := _STRING_ENDS[quote].search(text, pos):
        pos = match.end()
        if not match.group().startswith("\\"):
            break
    else:
        return len(text)
    if len(quote) == 3:
        # A multi-line string may end with up to two quotes of its own before the closing three.
        for _ in range(2):
            if text.startswith(quote[0], pos):
                pos += 1
    return pos
