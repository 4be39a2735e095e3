"""What `make run` shows until the study app opens: the engine checking a sample answer.

It creates the English starter bank in a temporary folder, checks the answer below against its
question and prints the coverage report, exactly as ``casebank check`` would.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from casebank.coverage import check
from casebank.loader import load
from casebank.report import coverage_text
from casebank.starter import new_bank

ANSWER = """\
Mara should choose Instagram, because her cakes are a visual product and photos of them
would reach people nearby who have never seen the shop.

Posting takes time, about three hours a week, so she should plan her posts ahead.
"""


def main() -> None:
    """Check the sample answer against the starter bank and print the report."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "starter"
        new_bank(path, "en")
        bank = load(path)
        question = bank.question("corner-bakery/channel")
        print(f"Bank: {bank.title} ({path.name}); question: {question.key}")
        print(" ".join(question.prompt.split()))
        print("\nAnswer:\n" + ANSWER)
        print(coverage_text(check(question, ANSWER), "answer", ANSWER))


if __name__ == "__main__":
    main()
