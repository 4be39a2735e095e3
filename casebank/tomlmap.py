"""Where keys stand in a TOML file, so that problems can say ``file:line``.

`tomllib` gives values, not positions. This reads the file's lines once and records the line of
each table header and ``key =`` line, with the path the key has in the parsed document (array
tables counted), skipping the inside of multi-line strings. It is a locator, not a parser: when it
cannot place a key, callers fall back to the line of the enclosing table.
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\"' -]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_-]+|\"[^\"]*\")\s*=")
Path = tuple[str | int, ...]


def _strip(part: str) -> str:
    return part.strip().strip('"').strip("'")


def key_lines(text: str) -> dict[Path, int]:
    """Map each table and key path to its (1-based) line number."""
    lines: dict[Path, int] = {}
    counts: dict[Path, int] = {}
    table: Path = ()
    in_string: str | None = None
    for number, line in enumerate(text.splitlines(), 1):
        if in_string:
            if line.count(in_string) % 2 == 1:
                in_string = None
            continue
        header = _HEADER.match(line)
        if header:
            names = [_strip(p) for p in header.group(2).split(".")]
            table = _resolve(names, header.group(1) == "[[", counts, table)
            lines.setdefault(table, number)
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


def line_of(lines: dict[Path, int], path: Path) -> int:
    """The line of `path`, or of its nearest enclosing table that has one; 1 if none."""
    probe = path
    while probe:
        if probe in lines:
            return lines[probe]
        probe = probe[:-1]
    return 1
