"""``casebank``: the tutor's command line, a thin layer over the `casebank` package."""

from __future__ import annotations

import json
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from casebank import __version__
from casebank.answers import Unread, answers_in, read_answers
from casebank.atomic import write_atomically
from casebank.classreport import ClassReport, class_csv, mark_class
from casebank.command import run
from casebank.counts import counted
from casebank.coverage import check as check_coverage
from casebank.cuehelp import CueAdvisor
from casebank.errors import UserError, install_hint
from casebank.interop import export_question, import_files
from casebank.judged import read_judged
from casebank.loader import load
from casebank.pack import pack as pack_bank
from casebank.problems import Severity
from casebank.report import bank_record, bank_text, coverage_csv, coverage_record, coverage_text
from casebank.starter import new_bank
from casebank.tunereport import suggestions_toml, tuning_json, tuning_text
from casebank.tuning import MIN_ANSWERS, SUGGESTIONS
from casebank.tuning import tune as tune_rubric
from casebank.tutorcsv import TutorSheet, read_tutor_csv, verdicts_by_answer
from casebank.validate import validate as validate_bank

F = TypeVar("F", bound=Callable[..., Any])


def question_option(help_text: str) -> Callable[[F], F]:
    """``--question/-q CASE_ID/QUESTION_ID``, which several commands need."""
    return click.option(
        "--question",
        "-q",
        "question_key",
        required=True,
        metavar="CASE_ID/QUESTION_ID",
        help=help_text,
    )


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
            found = [counted(len(report.bank.questions()), "question")]
            found.append(counted(samples, "rubric test"))
            if warnings:
                found.append(counted(warnings, "warning"))
            click.echo(f"{path}: ok ({', '.join(found)})")
        else:
            click.echo(
                f"{path}: {counted(errors, 'error')}, {counted(warnings, 'warning')}", err=True
            )
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
@click.option(
    "--with-samples",
    is_flag=True,
    help="Pack the rubric tests (samples/) too, for a bank shared with other tutors.",
)
def pack(directory: Path, output: Path, with_samples: bool) -> None:
    """Validate the bank in DIRECTORY and pack it into one reproducible .casebank file.

    The rubric tests (cases/*/samples/) are run, then left out: the file is for students.
    """
    packed = pack_bank(directory, output, with_samples=with_samples)
    click.echo(f"Wrote {packed.path} ({counted(packed.files, 'file')}, {packed.size:,} bytes)")
    click.echo(f"sha256 {packed.sha256}")
    if packed.samples_left_out:
        click.echo(
            f"Left out {counted(packed.samples_left_out, 'rubric test')} (samples/): sample "
            "answers are not for students; --with-samples packs them for other tutors"
        )


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
@question_option("The question the answers respond to.")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json", "csv"]), default="text", show_default=True
)
@click.option(
    "--csv",
    "csv_path",
    type=click.Path(path_type=Path),
    help="Also write the class CSV (with copying columns) to this file.",
)
@click.option(
    "--pdf",
    "pdf_dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Write each answer's coverage PDF into this folder.",
)
@click.option(
    "--include",
    default="",
    metavar="feedback,model,case",
    help="With --pdf: optional sections of each answer's PDF, comma-separated, as in "
    "'casewise export': feedback per argument, the model answer, the case.",
)
@click.option(
    "--summary",
    "summary_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write the class summary PDF (per-argument chart and table, copying) to this file.",
)
@click.option(
    "--tutor",
    "tutor_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Your verdicts: a class CSV with the tutor columns filled in. The summary then shows "
    "where you and the detector agree, and --csv keeps them.",
)
@click.argument("answers", nargs=-1, required=True)
def check(
    path: Path,
    question_key: str,
    fmt: str,
    csv_path: Path | None,
    pdf_dir: Path | None,
    include: str,
    summary_path: Path | None,
    tutor_path: Path | None,
    answers: tuple[str, ...],
) -> None:
    """Check ANSWERS (.txt, .md or .docx files, folders of them, or - for stdin) against a question.

    A sample answer's TOML front matter (between '+++' lines) is not part of the answer.
    Exits 1 when an answer could not be read; the others are still reported, and the CSV and the
    summary list it with the reason.
    """
    if tutor_path is not None and csv_path is None and summary_path is None:
        raise click.UsageError("--tutor needs --summary or --csv, which show your verdicts")
    if include and pdf_dir is None:
        raise click.UsageError("--include chooses the sections of the answer PDFs: add --pdf DIR")
    bank = load(path)
    question = bank.question(question_key)
    sections: frozenset[Any] = frozenset()
    if pdf_dir is not None or summary_path is not None:
        sections = _pdf_sections(include)
    sheet = read_tutor_csv(tutor_path, question) if tutor_path is not None else None
    records: list[dict[str, Any]] = []
    given: list[tuple[str, str] | Unread] = []
    for item in read_answers(_answer_names(answers)):
        given.append(item)
        if isinstance(item, Unread):
            click.echo(f"casebank: {item}", err=True)
            continue
        name, text = item
        coverage = check_coverage(question, text)
        if fmt == "text":
            click.echo(coverage_text(coverage, name, text) + "\n")
        records.append(coverage_record(coverage, name))
    unread = [item for item in given if isinstance(item, Unread)]
    failed = bool(unread)
    if fmt == "json":
        payload = {
            "schema": "casebank.check/1",
            "bank": {"id": bank.id, "version": bank.manifest.version},
            "results": records,
            "unread": [{"answer": item.name, "reason": item.reason} for item in unread],
        }
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        click.echo(coverage_csv(records, unread), nl=False)
    if csv_path or pdf_dir or summary_path:
        report = mark_class(bank, question, given)
        if sheet is not None:
            report, left_out = _with_tutor(report, sheet)
            failed = failed or left_out
        failed = not _write_class(report, csv_path, pdf_dir, sections, summary_path) or failed
    sys.exit(1 if failed else 0)


def _with_tutor(report: ClassReport, sheet: TutorSheet) -> tuple[ClassReport, bool]:
    """The report with the tutor's verdicts, and whether any cell or row was left out."""
    verdicts, unmatched = verdicts_by_answer(sheet, (a.name for a in report.answers))
    for problem in sheet.problems:
        click.echo(f"casebank: {problem}", err=True)
    for row in unmatched:
        click.echo(
            f"casebank: {sheet.path}:{row.row}: {row.answer} is not among the answers checked; "
            "the row is left out",
            err=True,
        )
    return report.with_tutor(verdicts), bool(sheet.problems or unmatched)


@cli.command()
@click.argument("path", type=click.Path(path_type=Path))
@question_option("The question whose cues to look at.")
@click.option("--argument", "-a", "argument_id", help="Only this argument (default: all).")
@click.option("--limit", default=12, show_default=True, help="Suggestions per argument.")
def cues(path: Path, question_key: str, argument_id: str | None, limit: int) -> None:
    """Suggest distinctive cue terms for arguments, and flag cues any answer would meet."""
    bank = load(path)
    question = bank.question(question_key)
    advisor = CueAdvisor(question, bank.case(question.case_id).text)
    if argument_id is not None:
        try:
            arguments = [question.argument(argument_id)]
        except KeyError:
            known = ", ".join(a.id for a in question.arguments)
            raise UserError(
                f"{question.key} has no argument {argument_id!r}; its arguments are: {known}"
            ) from None
    else:
        arguments = list(question.arguments)
    broad = advisor.broad_cues()
    for argument in arguments:
        click.echo(f"{argument.id}: {argument.title}")
        for s in advisor.suggest(argument, limit):
            notes = [f"case ¶ {s.in_case}", f"other arguments {s.in_others}"]
            if s.in_cues:
                notes.append("already a cue")
            if s.broad:
                notes.append("too common on its own")
            click.echo(f"  {s.score:6.2f}  {s.term}  ({', '.join(notes)})")
        for item in broad:
            if item.argument == argument.id:
                click.echo(f"  warning: {item.message}")
        click.echo("")


@cli.command()
@click.argument("path", type=click.Path(path_type=Path))
@question_option("The question the answers respond to.")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.option(
    "--suggest-toml",
    "toml_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write the proposed cue changes to this file, as TOML to paste into the rubric.",
)
@click.option(
    "--min-answers",
    default=MIN_ANSWERS,
    show_default=True,
    type=click.IntRange(min=1),
    help="A term is proposed only if it stands in this many answers marked covered.",
)
@click.option("--limit", default=SUGGESTIONS, show_default=True, help="Terms shown per argument.")
@click.argument("labelled", nargs=-1, required=True, type=click.Path(path_type=Path))
def tune(
    path: Path,
    question_key: str,
    fmt: str,
    toml_path: Path | None,
    min_answers: int,
    limit: int,
    labelled: tuple[Path, ...],
) -> None:
    """Measure a question's cues on answers a person judged, and suggest what to change.

    LABELLED are labelled answers (.md or .txt with an [expect] table in '+++' front matter),
    folders of them, the class CSV of 'casebank check --csv' with the tutor columns filled in,
    or students' .casewise-feedback files (their self-assessments count as weak labels, apart).
    Nothing in the bank is changed: --suggest-toml writes the proposal for you to paste.
    Exits 1 when an input could not be read, or a part of one was left out.
    """
    bank = load(path)
    question = bank.question(question_key)
    judged = read_judged(labelled, bank, question)
    for message in (*judged.refused, *judged.problems):
        click.echo(f"casebank: {message}", err=True)
    for note in judged.notes:
        click.echo(f"casebank: {note}", err=True)
    if judged.elsewhere:
        click.echo(
            f"casebank: left out {judged.elsewhere} labelled answers for other questions or banks",
            err=True,
        )
    if not judged.answers:
        raise UserError(f"no answers labelled for {question.key} to learn from")
    tuning = tune_rubric(
        question,
        bank.case(question.case_id).text,
        judged.answers,
        min_answers=min_answers,
        limit=limit,
    )
    problems = [*judged.refused, *judged.problems]
    if fmt == "json":
        click.echo(tuning_json(tuning, bank, problems))
    else:
        click.echo(tuning_text(tuning))
    if toml_path is not None:
        if judged.refused:
            click.echo(
                f"casebank: {toml_path} not written: an input was refused; fix it or leave it out",
                err=True,
            )
        else:
            write_atomically(toml_path, suggestions_toml(tuning, bank).encode("utf-8"))
            click.echo(f"Wrote {toml_path}", err=True)
    sys.exit(1 if problems else 0)


@cli.command(hidden=True)
@click.argument("directory", required=False)
def preview(directory: str | None) -> None:
    """Moved to the app: `casewise preview DIRECTORY` opens the author view."""
    # The author view is a Qt window, and casebank never imports the app (docs/architecture.md);
    # the old name stays only to say where the command went.
    raise UserError(
        f"the author view is part of the app now: run 'casewise preview {directory or 'DIR'}' "
        f"(it needs the Casewise app; {install_hint('app')})"
    )


def _answer_names(answers: tuple[str, ...]) -> list[str]:
    """The answers named; a folder with no answer file in it is said so (`read_answers` lists
    the files of the others)."""
    for name in answers:
        if name != "-" and Path(name).is_dir() and not answers_in(Path(name))[0]:
            click.echo(f"casebank: {name} holds no .txt, .md or .docx answers", err=True)
    return list(answers)


def _pdf_sections(include: str) -> frozenset[Any]:
    """The PDF export's optional sections named by --include; fails before any work when the
    PDF export's libraries are not installed."""
    try:
        import casebank.pdf.document  # noqa: F401 (the PDF export's libraries, checked here)
        from casebank.pdf import parse_sections
    except ImportError as exc:
        raise UserError(
            f"--pdf and --summary need the PDF export, which is not installed ({exc.name} is "
            f"missing); {install_hint('pdf')} (the app extra includes it)"
        ) from exc
    try:
        return parse_sections(include)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--include") from None


def _write_class(
    report: ClassReport,
    csv_path: Path | None,
    pdf_dir: Path | None,
    sections: frozenset[Any],
    summary_path: Path | None,
) -> bool:
    """Write the class's CSV, answer PDFs and summary; whether every answer's PDF was written.

    An answer whose PDF cannot be made is reported and the others are still written.
    """
    marked = counted(len(report.answers), "answer")
    if report.unread:
        marked += f" marked, {len(report.unread)} not read"
    if csv_path is not None:
        write_atomically(csv_path, class_csv(report).encode("utf-8"))
        click.echo(f"Wrote {csv_path} ({marked})", err=True)
    if pdf_dir is None and summary_path is None:
        return True
    from casebank.pdf.summary import export_answers, export_summary

    failures: list[str] = []

    def failed(name: str, error: Exception) -> None:
        if isinstance(error, UserError):
            reason = str(error)
        else:
            click.echo("".join(traceback.format_exception(error)), err=True, nl=False)
            reason = (
                f"a bug in Casewise ({type(error).__name__}: {error}); please report it with "
                "the answer file"
            )
        click.echo(f"casebank: no PDF for {name}: {reason}", err=True)
        failures.append(name)

    if pdf_dir is not None:
        written = export_answers(report, pdf_dir, include=sections, failed=failed)
        click.echo(f"Wrote {counted(len(written), 'answer PDF')} to {pdf_dir}", err=True)
    if summary_path is not None:
        export_summary(summary_path, report)
        click.echo(f"Wrote the class summary {summary_path}", err=True)
    return not failures


@cli.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    required=True,
    help="The new bank folder to create.",
)
@click.option(
    "--language",
    "-l",
    default=None,
    help="The bank's language, when the source does not say (a BCP 47 tag); "
    "default: the language the text reads as, else en.",
)
@click.option("--title", default="", help="The bank's title (default: the source's).")
def import_(files: tuple[Path, ...], output: Path, language: str | None, title: str) -> None:
    """Import essay questions from H5P, Moodle XML or QTI 3 FILES into a new bank folder.

    The format is recognised from each file's content: an .h5p package or its content.json
    (H5P Essay, also inside a Column), a Moodle XML export (essay and essayautograde
    questions), a QTI 3 item (.xml) or package (.zip). The bank is validated before it is
    written; import-report.md in it lists everything that could not be carried over.
    """
    report = import_files(list(files), output, language=language, title=title)
    click.echo(report.markdown())
    click.echo(f"Wrote {output} ({report.summary()}); the report is in {output}/import-report.md")
    click.echo(f"Next: casebank validate {output}")


@cli.command("export-question")
@click.argument("path", type=click.Path(path_type=Path))
@question_option("The question to export.")
@click.option("--to", "target", type=click.Choice(["h5p", "moodle"]), required=True)
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), required=True, help="The file to write."
)
def export_question_command(path: Path, question_key: str, target: str, output: Path) -> None:
    """Export one question as an H5P Essay (.h5p) or Moodle XML (.xml) for an LMS.

    Prints a report of what the target cannot express (co-occurrence, inflection, …).
    """
    bank = load(path)
    report = export_question(bank, question_key, target, output)
    click.echo(report.markdown())
    click.echo(f"Wrote {output} ({report.summary()})")


def main() -> None:
    """Entry point of ``casebank``."""
    run(cli, "casebank")
