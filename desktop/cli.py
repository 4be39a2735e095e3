"""``casewise``: the student's command. Headless subcommands need no display."""

from __future__ import annotations

import sys

import click

from casebank import __version__
from casebank.errors import UserError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="casewise")
def cli() -> None:
    """Casewise: practise case-study exam answers and see which key arguments you cover."""


def main() -> None:
    """Entry point: run the CLI, turning a `UserError` into a message and exit status 1."""
    try:
        cli(standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        sys.exit(130)
    except UserError as exc:
        click.echo(f"casewise: {exc}", err=True)
        sys.exit(1)
