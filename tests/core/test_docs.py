"""The example in docs/store.md runs as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_the_store_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    text = (ROOT / "docs" / "store.md").read_text(encoding="utf-8")
    example = re.search(r"```python\n(from casebank.*?)```", text, re.DOTALL)
    assert example is not None
    code = example[1].replace("data_dir(None)", f"data_dir({str(tmp_path)!r})")
    monkeypatch.chdir(ROOT)
    exec(compile(code, "docs/store.md", "exec"), {})
    assert (tmp_path / "casewise.db").exists()
