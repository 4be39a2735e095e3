"""``casebank``: the tutor's command line, a thin layer over the `casebank` package."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from casebank import __version__
from casebank.answers import read_answer
from casebank.coverage import check as check_coverage
from casebank.errors import UserError
from casebank.loader import load
from casebank.model import Bank, Question
from casebank.pack import pack as pack_bank
from casebank.problems import Severity
from casebank.report import bank_record, bank_text, coverage_csv, coverage_record, coverage_text
from casebank.starter import new_bank
from casebank.validate import validate as validate_bank


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="casebank")
def cli() -> None:
    """Write, check and pack Casewise case banks."""


@cli.command()
@click.argument("directory", type=click.Path(path_type=Path))
@click.option(
    "--language",
    "-l",
    default="en",
    show_default=True,
    help="The bank's language, a BCP 47 tag (en, de and fa have translated starters).",
)
def new(directory: Path, language: str) -> None:
    """Create a starter bank in DIRECTORY that validates as it is."""
    written = new_bank(directory, language)
    click.echo(f"Created a starter bank in {directory} ({len(written)} files).")
    click.echo(f"Next: edit it, then run: casebank validate {directory}")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
def validate(paths: tuple[Path, ...], fmt: str) -> None:
    """Check banks (folders or .casebank files); exit 1 if any has an error."""
    failed = False
    results = []
    for path in paths:
        report = validate_bank(path)
        failed = failed or not report.ok
        if fmt == "json":
            results.append(
                {
                    "path": str(path),
                    "ok": report.ok,
                    "problems": [p.as_dict() for p in report.problems],
                }
            )
            continue
        for problem in report.problems:
            click.echo(
                f"{path}/{problem}" if problem.file else f"{path}: {problem}",
                err=problem.severity is Severity.ERROR,
            )
        errors = sum(1 for p in report.problems if p.severity is Severity.ERROR)
        warnings = len(report.problems) - errors
        if report.ok and report.bank is not None:
            samples = sum(len(c.samples) for c in report.bank.cases)
            click.echo(
                f"{path}: ok ({len(report.bank.questions())} questions, {samples} rubric tests"
                f"{f', {warnings} warnings' if warnings else ''})"
            )
        else:
            click.echo(f"{path}: {errors} errors, {warnings} warnings", err=True)
    if fmt == "json":
        click.echo(
            json.dumps(
                {"schema": "casebank.validate/1", "results": results}, ensure_ascii=False, indent=2
            )
        )
    sys.exit(1 if failed else 0)


@cli.command()
@click.argument("directory", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    required=True,
    help="The .casebank file to write.",
)
def pack(directory: Path, output: Path) -> None:
    """Validate the bank in DIRECTORY and pack it into one reproducible .casebank file."""
    packed = pack_bank(directory, output)
    click.echo(f"Wrote {packed.path} ({packed.files} files, {packed.size:,} bytes)")
    click.echo(f"sha256 {packed.sha256}")


@cli.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
def info(path: Path, fmt: str) -> None:
    """List a bank's cases, questions and arguments."""
    bank = load(path)
    if fmt == "json":
        click.echo(json.dumps(bank_record(bank, str(path)), ensure_ascii=False, indent=2))
    else:
        click.echo(bank_text(bank))


@cli.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option(
    "--question",
    "-q",
    "question_key",
    required=True,
    metavar="CASE_ID/QUESTION_ID",
    help="The question the answers respond to.",
)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json", "csv"]), default="text", show_default=True
)
@click.argument("answers", nargs=-1, required=True)
def check(path: Path, question_key: str, fmt: str, answers: tuple[str, ...]) -> None:
    """Check ANSWERS (UTF-8 .txt or .md files, or - for standard input) against a question.

    A sample answer's TOML front matter (between '+++' lines) is not part of the answer.
    Exits 1 when an answer could not be read; the others are still reported.
    """
    bank = load(path)
    question = _question(bank, question_key)
    records: list[dict[str, Any]] = []
    failed = False
    for name in answers:
        try:
            text = read_answer(name)
        except UserError as exc:
            click.echo(f"casebank: {exc}", err=True)
            failed = True
            continue
        coverage = check_coverage(question, text)
        if fmt == "text":
            click.echo(coverage_text(coverage, name, text) + "\n")
        records.append(coverage_record(coverage, name))
    if fmt == "json":
        payload = {
            "schema": "casebank.check/1",
            "bank": {"id": bank.id, "version": bank.manifest.version},
            "results": records,
        }
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        click.echo(coverage_csv(records), nl=False)
    sys.exit(1 if failed else 0)


def _question(bank: Bank, key: str) -> Question:
    try:
        return bank.question(key)
    except KeyError:
        known = ", ".join(q.key for q in bank.questions())
        raise UserError(f"the bank has no question {key!r}; its questions are: {known}") from None


def run(group: click.Group, prog: str) -> None:
    """Run a command group, turning a `UserError` into a message and exit status 1.

    Anything else is a bug and keeps its traceback.
    """
    try:
        group(standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except UserError as exc:
        click.echo(f"{prog}: {exc}", err=True)
        sys.exit(1)


def main() -> None:
    """Entry point of ``casebank``."""
    run(cli, "casebank")
