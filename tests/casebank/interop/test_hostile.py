"""Hostile sources: XML bombs, external entities, zip traversal and zip bombs are refused."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from casebank.errors import UserError
from casebank.interop import import_files
from tests.casebank.interop.conftest import FIXTURES

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE quiz [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<quiz><question type="essay"><name><text>&lol4;</text></name>
<questiontext format="html"><text>Why?</text></questiontext></question></quiz>
"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE qti-assessment-item [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
<qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="x"
    title="x" time-dependent="false">
  <qti-item-body>
    <qti-extended-text-interaction response-identifier="R">
      <qti-prompt>&secret;</qti-prompt>
    </qti-extended-text-interaction>
  </qti-item-body>
</qti-assessment-item>
"""


@pytest.mark.parametrize(
    ("name", "data"),
    [("bomb.xml", BILLION_LAUGHS), ("entity.xml", EXTERNAL_ENTITY)],
)
def test_xml_with_a_dtd_is_refused(tmp_path: Path, name: str, data: bytes) -> None:
    source = tmp_path / name
    source.write_bytes(data)
    with pytest.raises(UserError, match="declares a document type or entities"):
        import_files([source], tmp_path / "bank")
    assert not (tmp_path / "bank").exists()


def test_external_entity_inside_a_qti_package_is_refused(tmp_path: Path) -> None:
    package = tmp_path / "items.zip"
    with zipfile.ZipFile(package, "w") as archive:
        archive.writestr("imsmanifest.xml", "<manifest/>")
        archive.writestr("items/item.xml", EXTERNAL_ENTITY)
    with pytest.raises(UserError, match="declares a document type"):
        import_files([package], tmp_path / "bank")


@pytest.mark.parametrize("name", ["../evil.txt", "/etc/evil", "content/..\\..\\evil", "C:/evil"])
def test_h5p_with_an_entry_leaving_the_package_is_refused(tmp_path: Path, name: str) -> None:
    package = tmp_path / "evil.h5p"
    folder = FIXTURES / "h5p" / "essay-package"
    with zipfile.ZipFile(package, "w") as archive:
        archive.write(folder / "h5p.json", "h5p.json")
        archive.write(folder / "content" / "content.json", "content/content.json")
        archive.writestr(name, b"overwrite me")
    with pytest.raises(UserError, match=r"is refused: (absolute path|the entry name leaves)"):
        import_files([package], tmp_path / "bank")
    assert not (tmp_path / "evil.txt").exists()


def test_h5p_zip_bomb_is_refused(tmp_path: Path) -> None:
    package = tmp_path / "bomb.h5p"
    content = {"taskDescription": "<p>Why?</p>", "keywords": [{"keyword": "x" * 30_000_000}]}
    with zipfile.ZipFile(package, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("h5p.json", json.dumps({"mainLibrary": "H5P.Essay"}))
        archive.writestr("content/content.json", json.dumps(content))
    with pytest.raises(UserError, match=r"expands to|compressed more than"):
        import_files([package], tmp_path / "bank")


def test_deeply_nested_h5p_content_is_refused(tmp_path: Path) -> None:
    nested: object = {"library": "H5P.Text 1.0", "params": {}}
    for _ in range(30):
        nested = {"library": "H5P.Column 1.16", "params": {"content": [{"content": nested}]}}
    source = tmp_path / "content.json"
    source.write_text(json.dumps(nested), encoding="utf-8")
    with pytest.raises(UserError, match="nests content"):
        import_files([source], tmp_path / "bank")


def test_html_is_sanitised(tmp_path: Path) -> None:
    source = tmp_path / "content.json"
    content = {
        "taskDescription": '<p>Explain <script>alert("x")</script>the <a href="https://x.example">'
        'brand</a> choice.</p><iframe src="https://x.example"></iframe>',
        "keywords": [{"keyword": "brand", "options": {"caseSensitive": False}}],
    }
    source.write_text(json.dumps(content), encoding="utf-8")
    report = import_files([source], tmp_path / "bank")
    prompt = (tmp_path / "bank" / "cases").rglob("*.toml")
    text = "".join(p.read_text(encoding="utf-8") for p in prompt)
    assert "alert" not in text and "x.example" not in text and "<" not in text
    assert "Explain the brand choice." in text
    assert any("<script>" in n.what for n in report.notes)


def test_moodle_markdown_is_sanitised_too(tmp_path: Path) -> None:
    source = tmp_path / "quiz.xml"
    source.write_text(
        """<quiz><question type="essay"><name><text>Brands</text></name>
        <questiontext format="markdown"><text>Compare **two** brands, see
        [this page](https://x.example) and ![logo](https://x.example/l.png) <b>now</b>.</text>
        </questiontext></question></quiz>""",
        encoding="utf-8",
    )
    report = import_files([source], tmp_path / "bank")
    text = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "bank").rglob("*.toml"))
    assert "Compare **two** brands" in text and "x.example" not in text
    assert any("link addresses" in n.what for n in report.notes)
