"""`make bench` measures each hostile case's own peak memory, not the benchmark's.

Linux counts a child's memory from before its ``exec`` towards its peak (``ru_maxrss``), so a case
started straight from a large process reported that process's size: every case of the hostile
corpus measured 592 MB, even a bank whose only flaw is a long version string. Here a parent that
holds 300 MB measures that small case, and a command that is known to take 150 MB, through the
benchmark's own `_run` and `peak`.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# A large parent, as `make bench` is by the time it reaches the hostile corpus.
PARENT = """
import json, sys, tempfile
from pathlib import Path
sys.path.insert(0, {root!r})
held = b"x" * (300 * 1024 * 1024)
from benchmarks.hostile_bench import _run
from benchmarks.peak import peak
from tests.fixtures.hostile import build
scratch = Path(tempfile.mkdtemp(dir={scratch!r}))
bank = build.build("version-long-prerelease", scratch / "case")
_, small = _run("casebank validate", bank, scratch)
_, nothing = peak([sys.executable, "-c", "pass"])
_, large = peak([sys.executable, "-c", "held = b'y' * (150 * 1024 * 1024)"])
print(json.dumps({{"small": small, "nothing": nothing, "large": large, "held": len(held)}}))
"""


def test_each_case_reports_its_own_peak_memory(tmp_path: Path) -> None:
    script = textwrap.dedent(PARENT).format(root=str(ROOT), scratch=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=100
    )
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    # The small bank is refused after a few imports; the parent's 300 MB are not its own.
    assert figures["small"] < 150, figures
    assert figures["nothing"] < 50, figures
    # And a command that does take memory is seen to take it.
    assert 150 <= figures["large"] < 250, figures
