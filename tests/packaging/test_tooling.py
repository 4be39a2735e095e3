"""The dev tools are pinned: make installs constraints.txt's versions, and the hooks run them."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PIN = re.compile(r"^([A-Za-z0-9._-]+)==(\S+)$")
NAME = re.compile(r"^[A-Za-z0-9._-]+")


def canonicalize_name(name: str) -> str:
    """A package's name as pip compares it (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def pins() -> dict[str, str]:
    lines = (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
    found = {}
    for line in lines:
        if line.strip() and not line.startswith("#"):
            match = PIN.match(line.strip())
            assert match, f"constraints.txt: {line!r} is not NAME==VERSION"
            found[canonicalize_name(match.group(1))] = match.group(2)
    return found


def requirement_name(requirement: str) -> str:
    match = NAME.match(requirement)
    assert match, requirement
    return canonicalize_name(match.group())


def extra(name: str) -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = [requirement_name(r) for r in project["optional-dependencies"][name]]
    return [n for n in names if n != "casewise"]


def test_every_dev_and_app_package_is_pinned():
    pinned = pins()
    wanted = [*extra("dev"), *extra("app"), *extra("dist")]
    assert [name for name in wanted if name not in pinned] == []


def test_the_tools_that_run_are_the_pinned_ones():
    pinned = pins()
    for tool in ("ruff", "mypy", "pytest", "pre-commit", "hypothesis", "pytest-qt"):
        assert version(tool) == pinned[tool], f"{tool} {version(tool)} is not the pinned one"


def test_the_hooks_are_local_and_run_the_venv_s_tools():
    config = ROOT / ".pre-commit-config.yaml"
    checked = subprocess.run(
        [sys.executable, "-m", "pre_commit", "validate-config", str(config)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    text = config.read_text(encoding="utf-8")
    repos = re.findall(r"^  - repo: (\S+)$", text, re.MULTILINE)
    hooks = dict(
        re.findall(
            r"^      - id: (\S+)\n(?:        .*\n)*?        entry: (.+)$", text, re.MULTILINE
        )
    )
    assert repos == ["local"]
    assert sorted(hooks) == ["architecture", "ruff-check", "ruff-format"]
    assert text.count("language: system") == len(hooks)
    for entry in hooks.values():
        program = ROOT / entry.split()[0]
        assert program.parent == ROOT / ".venv" / "bin" and program.exists(), entry
    assert "tests/test_architecture.py" in hooks["architecture"]
    assert (ROOT / "tests" / "test_architecture.py").exists()
