"""Golden PDFs: one English, one German and one Persian answer, compared byte for byte.

The same inputs and date give the same bytes, so a change in the output is either a regression
or an intended change. To accept an intended one, regenerate the goldens and look at the renders:

    CASEWISE_UPDATE_GOLDEN=1 .venv/bin/pytest tests/export/test_golden.py

That rewrites ``golden/*.pdf``, their text layers ``golden/*.txt``, ``golden/manifest.json`` and
the page-1 renders in ``docs/pdf/``. Byte comparison needs the same ReportLab, HarfBuzz, zlib and
fonts that made the goldens (the manifest records them); elsewhere only the text layer is compared.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import subprocess
import zlib
from importlib.metadata import version
from pathlib import Path

import pytest
import uharfbuzz  # type: ignore[import-untyped]

from casebank import __version__
from casebank.coverage import check
from casebank.loader import load
from casebank.pdf import ExportOptions, Section, render_pdf
from casebank.pdf.fonts import FONTS_DIR
from casebank.report import coverage_record
from casebank.vocabulary import Mode, SelfAssessment
from tests.export.conftest import GOLDEN, QUESTION, answer, needs, pdftotext

ROOT = Path(__file__).resolve().parents[2]
UPDATE = os.environ.get("CASEWISE_UPDATE_GOLDEN") == "1"
LANGUAGES = ("en", "de", "fa")
DATE = datetime.date(2025, 11, 23)

OPTIONS = {
    "en": ExportOptions(
        student="Jo Student",
        date=DATE,
        mode=Mode.PRACTICE,
        seconds=14 * 60,
        self_assessment={
            "visual-product": SelfAssessment.FULLY,
            "regulars": SelfAssessment.PARTLY,
            "time": SelfAssessment.FULLY,
        },
        include=frozenset(Section),
    ),
    "de": ExportOptions(
        student="Jana Müller",
        date=DATE,
        mode=Mode.EXAM,
        seconds=15 * 60,
        self_assessment={"visual-product": SelfAssessment.FULLY, "time": SelfAssessment.NONE},
        include=frozenset({Section.FEEDBACK, Section.MODEL}),
    ),
    "fa": ExportOptions(
        student="سارا احمدی",
        date=DATE,
        mode=Mode.PRACTICE,
        seconds=12 * 60,
        self_assessment={
            "visual-product": SelfAssessment.FULLY,
            "regulars": SelfAssessment.FULLY,
            "time": SelfAssessment.PARTLY,
        },
        include=frozenset(Section),
    ),
}


def export(language: str) -> tuple[bytes, str]:
    """The golden export of a language, and a digest of everything that went into it."""
    bank = load(GOLDEN / "banks" / language)
    question = bank.question(QUESTION)
    text = answer(language)
    coverage = check(question, text)
    data = render_pdf(text, question, coverage, OPTIONS[language], bank=bank)
    inputs = hashlib.sha256()
    for name in sorted(bank.files):
        inputs.update(name.encode() + bank.files[name])
    inputs.update(text.encode())
    verdict = coverage_record(coverage, language)
    for argument in verdict["arguments"]:  # evidence for one span may come in any order
        argument["evidence"].sort(key=lambda e: json.dumps(e, sort_keys=True))
    inputs.update(json.dumps(verdict, sort_keys=True).encode())
    chosen = OPTIONS[language]
    described = {
        "student": chosen.student,
        "date": str(chosen.date),
        "mode": chosen.mode.value,
        "seconds": chosen.seconds,
        "self": {k: v.value for k, v in chosen.self_assessment.items()},
        "include": sorted(s.value for s in chosen.include),
        "version": __version__,
    }
    inputs.update(json.dumps(described, sort_keys=True).encode())
    return data, inputs.hexdigest()


def environment() -> dict[str, str]:
    """What the bytes depend on besides the inputs."""
    fonts = hashlib.sha256()
    for path in sorted(FONTS_DIR.glob("*.ttf")):
        fonts.update(path.name.encode() + path.read_bytes())
    return {
        "reportlab": version("reportlab"),
        "uharfbuzz": version("uharfbuzz"),
        "harfbuzz": str(uharfbuzz.version_string()),
        "python-bidi": version("python-bidi"),
        "zlib": zlib.ZLIB_RUNTIME_VERSION,
        "fonts": fonts.hexdigest()[:16],
    }


def poppler() -> str:
    result = subprocess.run([needs("pdftotext"), "-v"], capture_output=True, text=True, check=True)
    return (result.stderr or result.stdout).splitlines()[0]


def manifest() -> dict[str, object]:
    path = GOLDEN / "manifest.json"
    if not path.exists():
        pytest.fail("no golden manifest: run CASEWISE_UPDATE_GOLDEN=1 pytest tests/export")
    loaded: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


@pytest.fixture(scope="module", autouse=True)
def update():
    """With CASEWISE_UPDATE_GOLDEN=1: rewrite the goldens, the manifest and the renders."""
    if not UPDATE:
        yield
        return
    record: dict[str, object] = {"environment": environment(), "poppler": poppler(), "inputs": {}}
    inputs: dict[str, str] = {}
    for language in LANGUAGES:
        data, digest = export(language)
        pdf = GOLDEN / f"answer-{language}.pdf"
        pdf.write_bytes(data)
        (GOLDEN / f"answer-{language}.txt").write_text(pdftotext(pdf), encoding="utf-8")
        inputs[language] = digest
        render = ROOT / "docs" / "pdf" / language
        render.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                needs("pdftoppm"),
                "-png",
                "-r",
                "110",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                pdf,
                render,
            ],
            check=True,
        )
    record["inputs"] = inputs
    text = json.dumps(record, indent=2, ensure_ascii=False) + "\n"
    (GOLDEN / "manifest.json").write_text(text, encoding="utf-8")
    yield


@pytest.mark.parametrize("language", LANGUAGES)
def test_golden_pdf(language):
    data, digest = export(language)
    recorded = manifest()
    inputs = recorded["inputs"]
    assert isinstance(inputs, dict)
    assert inputs.get(language) == digest, (
        "the golden's inputs changed (bank, answer, the engine's verdict, options or version); "
        "if that is intended, regenerate with CASEWISE_UPDATE_GOLDEN=1 and look at docs/pdf/"
    )
    if recorded["environment"] != environment():
        pytest.skip(f"goldens were made with {recorded['environment']}, not {environment()}")
    golden = (GOLDEN / f"answer-{language}.pdf").read_bytes()
    assert data == golden, "the PDF differs from the golden; render both with pdftoppm and compare"


@pytest.mark.parametrize("language", LANGUAGES)
def test_golden_text_layer(language, tmp_path):
    recorded = manifest()
    if recorded["poppler"] != poppler():
        pytest.skip(f"golden text was read with {recorded['poppler']}")
    pdf = tmp_path / "answer.pdf"
    pdf.write_bytes(export(language)[0])
    expected = (GOLDEN / f"answer-{language}.txt").read_text(encoding="utf-8")
    assert pdftotext(pdf) == expected
