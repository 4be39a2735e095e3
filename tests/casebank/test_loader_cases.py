"""Each case reads only its own files, even when another case's id starts with its id."""

from __future__ import annotations

import shutil
from pathlib import Path

from casebank import tomlmap
from casebank.loader import read


def test_a_case_reads_only_its_own_questions_samples_and_stray_files(starter: Path):
    cases = starter / "cases"
    first = next(cases.iterdir())
    second = cases / f"{first.name}-2"
    shutil.copytree(first, second)
    question = next((second / "questions").iterdir())
    shutil.copy(question, second / "questions" / "extra.toml")
    (second / "notes.md").write_bytes(b"Not part of the case.")

    loaded = read(starter)

    assert loaded.bank is not None
    by_id = {case.id: case for case in loaded.bank.cases}
    assert [q.id for q in by_id[first.name].questions] == [question.stem]
    assert sorted(q.id for q in by_id[second.name].questions) == sorted([question.stem, "extra"])
    assert [s.path for s in by_id[first.name].samples] == [
        p.relative_to(starter).as_posix() for p in sorted((first / "samples").rglob("*.md"))
    ]
    assert all(s.case_id == second.name for s in by_id[second.name].samples)
    stray = [p for p in loaded.problems if p.file.endswith("notes.md")]
    assert [(p.file, p.message) for p in stray] == [
        (f"cases/{second.name}/notes.md", "this file is not used")
    ]


def test_keys_are_placed_only_in_files_with_a_problem(starter: Path, monkeypatch):
    placed: list[str] = []
    key_lines = tomlmap.key_lines

    def counting(text: str) -> dict[tuple[str | int, ...], int]:
        placed.append(text)
        return key_lines(text)

    monkeypatch.setattr("casebank.fields.key_lines", counting)
    assert read(starter).ok
    assert placed == []

    manifest = starter / "bank.toml"
    lines = manifest.read_text(encoding="utf-8").split("\n")
    lines.insert(3, 'titel = "A typo"')
    manifest.write_text("\n".join(lines), encoding="utf-8")
    loaded = read(starter)
    assert [(p.file, p.line, p.message) for p in loaded.problems] == [
        ("bank.toml", 4, "unknown key 'titel'")
    ]
    assert placed == [manifest.read_text(encoding="utf-8")]
    assert loaded.lines["bank.toml"][("titel",)] == 4
