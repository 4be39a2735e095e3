"""Running a command line: a `UserError` becomes a message and exit status 1, anything else keeps
its traceback. Both commands, ``casebank`` and ``casewise``, run through `run`.

A module of its own so that the student's ``casewise`` does not import the tutor's tools with it:
`casebank.cli` imports every one of them (tuning, class reports, imports), some 150 to 250 ms
of every start of the window.
"""

from __future__ import annotations

import sys

import click

from casebank.errors import UserError


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
