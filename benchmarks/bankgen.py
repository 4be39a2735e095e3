"""Large banks for the benchmarks, grown from the bundled English bank.

A grown bank repeats the four bundled cases under new case ids until it has as many cases as
asked. Each case keeps its full text (1,300 to 2,200 words) and its first question with the whole
rubric and model answer; the other questions and the sample answers are left out, because a bank
may hold at most 2,000 files (`casebank.archive`) and a case with all of them takes up to 18.
So every case is a real case at full length, as in a tutor's big bank of one question a case.
A bank must also stay within the format's other limits (`casebank.loader`): above all 50,000 cue
terms, which a grown bank of about 86 cases reaches. `most_cases` says how many fit, so that the
benchmarks build banks a tutor could really publish. Nothing here writes outside the folder it is
given.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from benchmarks.measure import ROOT
from casebank.archive import MAX_FILES, read_files
from casebank.loader import MAX_BANK_TERMS, MAX_CASES, load

TEMPLATE = ROOT / "resources" / "banks" / "brands-social-media"


@cache
def _template() -> dict[str, bytes]:
    return read_files(TEMPLATE)


def _case_ids(files: dict[str, bytes]) -> list[str]:
    manifest = files["bank.toml"].decode("utf-8")
    found = re.search(r"(?m)^cases = \[(.*)\]$", manifest)
    assert found is not None, "the template bank lists its cases on one line"
    return re.findall(r'"([^"]+)"', found.group(1))


@cache
def _per_case() -> tuple[tuple[int, int], ...]:
    """The cue terms and the files of each template case as a grown bank keeps it, in order."""
    template = _template()
    bank = load(TEMPLATE)
    by_id = {case.id: case for case in bank.cases}
    found = []
    for case_id in _case_ids(template):
        question = by_id[case_id].questions[0]
        terms = sum(
            len(cue.any) + sum(len(group) for group in cue.with_)
            for argument in question.arguments
            for cue in argument.cues
        )
        media = sum(1 for name in template if name.startswith(f"cases/{case_id}/media/"))
        found.append((terms, 3 + media))  # case.toml, case.md, the question, its media
    return tuple(found)


def bank_terms(cases: int) -> int:
    """The cue terms of a grown bank of `cases` cases."""
    per_case = _per_case()
    return sum(per_case[n % len(per_case)][0] for n in range(cases))


def most_cases() -> int:
    """The most cases a grown bank can hold within the format's limits (cue terms, files, cases)."""
    per_case = _per_case()
    template_files = sum(1 for name in _template() if not name.startswith("cases/"))
    cases, terms, files = 0, 0, template_files
    while cases < MAX_CASES:
        case_terms, case_files = per_case[cases % len(per_case)]
        if terms + case_terms > MAX_BANK_TERMS or files + case_files > MAX_FILES:
            break
        cases, terms, files = cases + 1, terms + case_terms, files + case_files
    return cases


def grown_files(cases: int, bank_id: str, title: str) -> dict[str, bytes]:
    """The files of a bank with `cases` cases, id `bank_id` and title `title`."""
    template = _template()
    originals = _case_ids(template)
    files: dict[str, bytes] = {}
    ids = []
    for n in range(cases):
        source = originals[n % len(originals)]
        case_id = f"{source}-{n:04d}"
        ids.append(case_id)
        prefix = f"cases/{source}/"
        case_toml = template[f"{prefix}case.toml"].decode("utf-8")
        listed = re.search(r'(?m)^questions = \["([^"]+)"', case_toml)
        assert listed is not None, "the template's cases list their questions on one line"
        first = listed.group(1)
        case_toml = re.sub(r"(?m)^questions = \[.*\]$", f'questions = ["{first}"]', case_toml)
        files[f"cases/{case_id}/case.toml"] = case_toml.encode("utf-8")
        for name in ("case.md", f"questions/{first}.toml"):
            files[f"cases/{case_id}/{name}"] = template[prefix + name]
        for name, data in template.items():
            if name.startswith(f"{prefix}media/"):
                files[f"cases/{case_id}/{name[len(prefix) :]}"] = data
    manifest = template["bank.toml"].decode("utf-8")
    manifest = re.sub(r'(?m)^id = ".*"$', f'id = "{bank_id}"', manifest)
    manifest = re.sub(r'(?m)^title = ".*"$', f'title = "{title}"', manifest)
    case_list = ", ".join(f'"{i}"' for i in ids)
    manifest = re.sub(r"(?m)^cases = \[.*\]$", f"cases = [{case_list}]", manifest)
    files["bank.toml"] = manifest.encode("utf-8")
    for name, data in template.items():
        if not name.startswith("cases/") and name != "bank.toml" and name != "CHECKSUMS.sha256":
            files[name] = data
    return files


def write_folder(files: dict[str, bytes], folder: Path) -> Path:
    """Write a bank's files into `folder` (created)."""
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return folder
