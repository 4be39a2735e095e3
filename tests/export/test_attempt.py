"""`casewise export --attempt`: a stored attempt exported through the real command."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from casebank.coverage import check
from casebank.loader import load
from casebank.starter import new_bank
from casebank.vocabulary import Mode, SelfAssessment
from desktop.store import Store
from tests.export.conftest import pdftotext, squeeze

ANSWER = (
    "Mara should pick Instagram, because photos of her cakes show the product to people nearby.\n\n"
    "Posting takes time, about three hours a week, so she should plan her posts ahead."
)


def casewise(*args: str) -> subprocess.CompletedProcess[str]:
    code = "from desktop.cli import main; main()"
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=False
    )


def stored_attempt(tmp_path: Path, mode: Mode = Mode.EXAM) -> tuple[Path, Path, int]:
    bank_dir = tmp_path / "bank"
    new_bank(bank_dir, "en")
    bank = load(bank_dir)
    question = bank.question("corner-bakery/channel")
    data = tmp_path / "data"
    with Store.open(data) as store:
        store.import_bank(bank, location=str(bank_dir))
        attempt = store.start_attempt(bank.id, question.key, mode)
        store.save_revision(attempt.id, ANSWER, check(question, ANSWER), seconds_spent=600)
        store.submit(
            attempt.id,
            {
                "visual-product": SelfAssessment.FULLY,
                "regulars": SelfAssessment.PARTLY,
                "time": SelfAssessment.NONE,
            },
        )
    return bank_dir, data, attempt.id


def test_a_stored_attempt_exports_with_its_mode_time_and_self_assessment(tmp_path):
    _, data, attempt_id = stored_attempt(tmp_path)
    out = tmp_path / "attempt.pdf"
    result = casewise(
        "export",
        "--attempt",
        str(attempt_id),
        "--data-dir",
        str(data),
        "-o",
        str(out),
        "--name",
        "Jo",
        "--date",
        "2026-11-23",
    )
    assert result.returncode == 0, result.stderr
    text = squeeze(pdftotext(out))
    assert "ModeExam" in text and "10min" in text and "Jo" in text
    assert "photosofhercakes" in text
    # The self-assessment from the store reaches the rubric table.
    assert "fully" in text and "partly" in text
    assert "rubric has changed" not in result.stderr


def test_a_recall_drill_exports_as_one(tmp_path):
    _, data, attempt_id = stored_attempt(tmp_path, Mode.DRILL)
    out = tmp_path / "drill.pdf"
    result = casewise(
        "export", "--attempt", str(attempt_id), "--data-dir", str(data), "-o", str(out)
    )
    assert result.returncode == 0, result.stderr
    assert "ModeRecalldrill" in squeeze(pdftotext(out))


def test_an_attempt_whose_rubric_changed_says_so(tmp_path):
    bank_dir, data, attempt_id = stored_attempt(tmp_path)
    question_file = bank_dir / "cases/corner-bakery/questions/channel.toml"
    text = question_file.read_text(encoding="utf-8").replace('"insta"]', '"insta", "ig"]')
    question_file.write_text(text, encoding="utf-8")
    with Store.open(data) as store:
        store.import_bank(load(bank_dir), location=str(bank_dir))
    result = casewise(
        "export",
        "--attempt",
        str(attempt_id),
        "--data-dir",
        str(data),
        "-o",
        str(tmp_path / "a.pdf"),
    )
    assert result.returncode == 0, result.stderr
    assert "rubric has changed" in result.stderr


def test_a_missing_attempt_is_a_clear_error(tmp_path):
    _, data, _ = stored_attempt(tmp_path)
    missing = casewise(
        "export", "--attempt", "999", "--data-dir", str(data), "-o", str(tmp_path / "x.pdf")
    )
    assert missing.returncode == 1 and "no attempt 999" in missing.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_an_attempt_whose_bank_cannot_be_read_exports_as_plain_text(tmp_path):
    # Issue 20, point 12: the draft must stay reachable when the bank's copy is unreadable.
    bank_dir, data, attempt_id = stored_attempt(tmp_path)
    (bank_dir / "bank.toml").unlink()
    out = tmp_path / "y.pdf"
    gone = casewise("export", "--attempt", str(attempt_id), "--data-dir", str(data), "-o", str(out))
    assert gone.returncode == 0, gone.stderr
    assert "can no longer be read" in gone.stderr and "import it again" in gone.stderr
    assert "exported as plain text" in gone.stderr
    text = squeeze(pdftotext(out))
    assert "photosofhercakes" in text and "ModeExam" in text


def test_an_attempt_at_a_question_an_update_removed_exports_as_plain_text(tmp_path):
    bank_dir, data, attempt_id = stored_attempt(tmp_path)
    prompt = load(bank_dir).question("corner-bakery/channel").prompt
    # Version 0.2.0 of the bank asks another question instead.
    questions = bank_dir / "cases/corner-bakery/questions"
    (questions / "channel.toml").rename(questions / "newsletter.toml")
    shutil.rmtree(bank_dir / "cases/corner-bakery/samples")
    manifest = bank_dir / "bank.toml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace('version = "0.1.0"', 'version = "0.2.0"'),
        encoding="utf-8",
    )
    with Store.open(data) as store:
        update = store.import_bank(load(bank_dir), location=str(bank_dir))
    assert update.removed == ("corner-bakery/channel",)
    out = tmp_path / "removed.pdf"
    result = casewise(
        "export", "--attempt", str(attempt_id), "--data-dir", str(data), "-o", str(out),
        "--include", "feedback,model",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "no longer in" in result.stderr and "an update of the bank removed it" in result.stderr
    assert "--include was left out" in result.stderr
    text = squeeze(pdftotext(out))
    assert "photosofhercakes" in text
    assert squeeze(prompt)[:40] in text  # the prompt, as the store remembers it


def test_attempt_and_answer_file_do_not_mix(tmp_path):
    result = casewise("export", "--attempt", "1", "--answer", "a.md", "-o", str(tmp_path / "z.pdf"))
    assert result.returncode == 2 and "--attempt" in result.stderr


def test_the_data_folder_may_be_named_before_the_command(tmp_path):
    _, data, attempt_id = stored_attempt(tmp_path)
    out = tmp_path / "before.pdf"
    result = casewise(
        "--data-dir", str(data), "export", "--attempt", str(attempt_id), "-o", str(out)
    )
    assert result.returncode == 0, result.stderr
    assert out.exists()
