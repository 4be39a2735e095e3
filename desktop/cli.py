"""``casewise``: the student's command. Headless subcommands need no display."""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from casebank import __version__
from casebank.answers import read_answer
from casebank.command import run
from casebank.errors import install_hint
from casebank.translations import shipped
from casebank.vocabulary import Mode

# Every command takes it, before or after its name: `casewise --data-dir D run` and
# `casewise run --data-dir D` mean the same.
LANGUAGE_VARIABLE = "CASEWISE_LANG"  # desktop.ui.i18n.ENVIRONMENT, kept Qt-free here
DATA_DIR = click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Keep attempts and settings in this folder instead of the usual one.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, invoke_without_command=True)
@click.version_option(__version__, prog_name="casewise")
@DATA_DIR
@click.option(
    "--smoke",
    is_flag=True,
    help="Check this installation without a display: load and validate every bundled bank, "
    "export a PDF from each, open the window offscreen, and exit 0 if all works.",
)
@click.option(
    "--lang",
    type=click.Choice(list(shipped())),
    default=None,
    help="The interface language for this run (default: the setting, else the system's).",
)
@click.pass_context
def cli(ctx: click.Context, data_dir: Path | None, smoke: bool, lang: str | None) -> None:
    """Casewise: practise case-study exam answers and see which key arguments you cover.

    With no command, opens the study app.
    """
    ctx.obj = data_dir
    if lang is not None:
        os.environ[LANGUAGE_VARIABLE] = lang  # read by desktop.ui.i18n.choose when Qt starts
    if smoke:
        _smoke()
        ctx.exit(0)
    if ctx.invoked_subcommand is None:
        _launch(data_dir, None)


@cli.command()
@click.option(
    "--attempt",
    "attempt_id",
    type=int,
    default=None,
    help="Export a stored attempt instead of an answer file.",
)
@DATA_DIR
@click.option(
    "--bank",
    "bank_path",
    default=None,
    type=click.Path(path_type=Path),
    help="The bank: a folder or a .casebank file.",
)
@click.option(
    "--question",
    "-q",
    "question_key",
    default=None,
    metavar="CASE_ID/QUESTION_ID",
    help="The question the answer responds to.",
)
@click.option(
    "--answer",
    "answer_name",
    default=None,
    metavar="FILE",
    help="The answer: a UTF-8 text or Markdown file, or - for standard input.",
)
@click.option(
    "-o", "--output", required=True, type=click.Path(path_type=Path), help="The PDF to write."
)
@click.option("--name", default="", help="The student's name for the header.")
@click.option(
    "--self",
    "self_assessed",
    multiple=True,
    metavar="ARG_ID=none|partly|fully",
    help="Your own verdict on an argument; repeat for each argument.",
)
@click.option(
    "--include",
    default="",
    metavar="feedback,model,case",
    help="Optional sections, comma-separated: feedback per argument, the model answer, the case.",
)
@click.option(
    "--mode",
    type=click.Choice([mode.value for mode in Mode if mode.written]),
    default="practice",
    show_default=True,
    help="How the answer was written.",
)
@click.option(
    "--minutes", type=click.IntRange(min=0), default=None, help="Time spent writing, in minutes."
)
@click.option(
    "--date",
    "when",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="The date to print, YYYY-MM-DD (default: today). Fix it for byte-identical output.",
)
@click.pass_obj
def export(
    group_data_dir: Path | None,
    attempt_id: int | None,
    data_dir: Path | None,
    bank_path: Path | None,
    question_key: str | None,
    answer_name: str | None,
    output: Path,
    name: str,
    self_assessed: tuple[str, ...],
    include: str,
    mode: str,
    minutes: int | None,
    when: datetime | None,
) -> None:
    """Export an answer as a PDF with its coverage marks and rubric. Needs no display.

    Either name the bank, the question and the answer file, or a stored attempt with --attempt.
    """
    # Imported here: ReportLab and HarfBuzz are only needed by this command.
    from casebank.coverage import check
    from casebank.loader import load
    from casebank.pdf import ExportOptions, export_pdf
    from casebank.vocabulary import SelfAssessment

    sections = _sections(include)
    if attempt_id is not None:
        if bank_path or question_key or answer_name or self_assessed or minutes is not None:
            raise click.UsageError(
                "--attempt takes the bank, question, answer and self-assessment "
                "from the attempt; leave out --bank, --question, --answer, --self and --minutes"
            )
        _export_attempt(attempt_id, data_dir or group_data_dir, output, name, sections, when)
        return
    if not (bank_path and question_key and answer_name):
        raise click.UsageError("name --bank, --question and --answer, or a stored --attempt")
    bank = load(bank_path)
    question = bank.question(question_key)
    assessed: dict[str, SelfAssessment] = {}
    levels = ", ".join(level.value for level in SelfAssessment)
    for item in self_assessed:
        argument_id, _, level = item.partition("=")
        try:
            assessed[argument_id.strip()] = SelfAssessment(level.strip())
        except ValueError:
            raise click.BadParameter(
                f"{item!r}: write ARG_ID=LEVEL with LEVEL one of {levels}", param_hint="--self"
            ) from None
    answer = read_answer(answer_name)
    options = ExportOptions(
        student=name,
        date=when.date() if when else None,
        mode=Mode(mode),
        seconds=minutes * 60 if minutes is not None else None,
        self_assessment=assessed,
        include=sections,
    )
    path = export_pdf(output, answer, question, check(question, answer), options, bank=bank)
    click.echo(f"Wrote {path} ({path.stat().st_size:,} bytes)")


def _sections(include: str) -> frozenset[Any]:
    from casebank.pdf import parse_sections

    try:
        return parse_sections(include)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--include") from None


def _export_attempt(
    attempt_id: int,
    folder: Path | None,
    output: Path,
    name: str,
    sections: frozenset[Any],
    when: datetime | None,
) -> None:
    from casebank.pdf import ExportOptions
    from desktop.export.attempt import export_attempt
    from desktop.store import Store, data_dir

    options = ExportOptions(student=name, date=when.date() if when else None, include=sections)
    with Store.open(data_dir(folder)) as store:
        exported = export_attempt(store, attempt_id, output, options)
    path = exported.path
    click.echo(f"Wrote {path} ({path.stat().st_size:,} bytes)")
    if exported.plain:
        click.echo(f"Note: {exported.plain}.", err=True)
        if sections:
            click.echo("Note: --include was left out: the sections need the question.", err=True)
    if exported.rubric_changed:
        click.echo(
            "Note: the rubric has changed since this attempt was marked; the PDF shows "
            "the answer checked against the current rubric.",
            err=True,
        )


@cli.command(name="plan")
@DATA_DIR
@click.option(
    "--rebuild",
    is_flag=True,
    help="Derive the study plan afresh from every submitted attempt and replay it first.",
)
@click.pass_obj
def plan_command(group_data_dir: Path | None, data_dir: Path | None, rebuild: bool) -> None:
    """Say which questions are due today in the study plan. Needs no display.

    The plan is kept as you study; --rebuild derives its review log afresh from your attempts
    and replays every argument's schedule (the same result each time).
    """
    from desktop.store import Store
    from desktop.store import data_dir as resolve
    from desktop.store.db import utc_now
    from desktop.store.plan import StudyPlan, end_of_day

    with Store.open(resolve(data_dir or group_data_dir)) as store:
        plan = StudyPlan(store)
        if rebuild:
            rebuilt = plan.rebuild()
            click.echo(
                f"Rebuilt the study plan from {_count(rebuilt.attempts, 'submitted attempt')}: "
                f"{_count(rebuilt.reviews, 'review')} of {_count(rebuilt.cards, 'argument')}."
            )
        else:
            plan.catch_up()
        paused = plan.paused_since()
        if paused is not None:
            click.echo(f"The study plan is paused since {paused.astimezone():%Y-%m-%d}.")
            return
        now = utc_now()
        due = plan.due(end_of_day(now), now)
        if not due:
            click.echo("Nothing is due today.")
            return
        click.echo(f"{_count(len(due), 'question')} due today, the most at risk first:")
        for question in due:
            record = store.question_record(question.bank_id, question.question_key)
            prompt = " ".join((record.prompt if record else "").split()) or question.question_key
            days = question.overdue(now).days
            late = f", {_count(days, 'day')} overdue" if days else ""
            click.echo(
                f"- {question.bank_id} {question.question_key}: {question.due} of "
                f"{_count(question.cards, 'argument')} due{late}. {prompt[:80]}"
            )


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


@cli.command(name="run")
@DATA_DIR
@click.pass_obj
def run_app(group_data_dir: Path | None, data_dir: Path | None) -> None:
    """Open the study app (the same as ``casewise`` alone)."""
    _launch(data_dir or group_data_dir, None)


@cli.command(name="open")
@click.argument("bank", type=click.Path(exists=True, path_type=Path), required=False)
@DATA_DIR
@click.pass_obj
def open_bank(group_data_dir: Path | None, bank: Path | None, data_dir: Path | None) -> None:
    """Open the study app and import BANK, a .casebank file or a bank folder.

    Without BANK it just opens the app: the desktop menu entry runs ``casewise open %f``, which
    passes no file when Casewise is started from the menu rather than from a bank.
    """
    _launch(data_dir or group_data_dir, bank)


@cli.command()
@click.argument("directory", type=click.Path(path_type=Path, file_okay=False, exists=True))
def preview(directory: Path) -> None:
    """Open the bank folder DIRECTORY in the author view, reloading as files change."""
    from desktop.ui.author import run_author

    status = run_author(directory)
    if status:
        raise SystemExit(status)


def _launch(data_dir: Path | None, bank: Path | None) -> None:
    """Start the window; Qt is imported only here, so headless commands stay Qt-free."""
    from desktop.store import data_dir as resolve
    from desktop.ui.app import run as run_window

    status = run_window(resolve(data_dir), bank.absolute() if bank else None)
    if status:
        raise SystemExit(status)


def _smoke() -> None:
    """``casewise --smoke``: the checks of `desktop.smoke` and `desktop.ui.smoke`, in a
    temporary folder; a failure is a `UserError` that says what is missing."""
    from desktop.smoke import check_installation, guarded
    from desktop.ui.smoke import check_window

    with tempfile.TemporaryDirectory(prefix="casewise-smoke-") as folder:
        check_installation(Path(folder), say=click.echo)
        data = Path(folder) / "data"
        guarded("opening the window offscreen", lambda: check_window(data, say=click.echo))
    click.echo(f"casewise {__version__}: the smoke test passed")


# What the `app` extra installs: `pip install casewise` alone gives the tutors' casebank only.
APP_EXTRA = frozenset(
    {"PySide6", "platformdirs", "sqlite_utils", "reportlab", "uharfbuzz", "bidi", "spylls", "fsrs"}
)


def main() -> None:
    """Entry point of ``casewise``: a `UserError` becomes a message and exit status 1, and so
    does a missing dependency of the app extra."""
    try:
        run(cli, "casewise")
    except ModuleNotFoundError as exc:
        if (exc.name or "").partition(".")[0] not in APP_EXTRA:
            raise
        sys.exit(
            f"casewise: the study app needs {exc.name}, which is not installed: Casewise was "
            f"installed without its app extra. To use it, {install_hint('app')}. The tutors' "
            "casebank command works without it."
        )
