"""``python -m casebank``: the same command line as the ``casebank`` script."""

from __future__ import annotations

from casebank.cli import main

if __name__ == "__main__":
    main()
